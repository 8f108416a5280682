// A demo-like inventory: three accounts with profiles (hub, apps, data) and a partner without one,
// four regions, twelve VPCs, a connection in every status, overlapping CIDRs, router interface
// links (a VPC pair, a VBR link and an orphan) and a VBR with two BGP sessions.

import type {
  AccountInfo,
  BgpPeer,
  InventorySnapshot,
  PeerConnection,
  PeerStatus,
  RegionInventory,
  RouteEntry,
  RouteTable,
  RouterInterface,
  Vpc,
} from '../../../src/model/types';

export const HUB = '1200000000000001';
export const APPS = '1300000000000002';
export const DATA = '1400000000000003';
export const PARTNER = '1900000000000009';

export const ACCOUNTS: AccountInfo[] = [
  { uid: HUB, name: 'network-hub', profileId: 'hub' },
  { uid: APPS, name: 'team-apps', profileId: 'apps' },
  { uid: DATA, name: 'team-data', profileId: 'data' },
];

export function vpc(id: string, accountUid: string, regionId: string, name: string, cidrBlock: string, secondaryCidrs: string[] = []): Vpc {
  return {
    id,
    name,
    description: '',
    regionId,
    accountUid,
    status: 'Available',
    cidrBlock,
    secondaryCidrs,
    ipv6Cidrs: [],
    vRouterId: id.replace('vpc-', 'vrt-'),
    routeTableIds: [id.replace('vpc-', 'vtb-')],
    vSwitchIds: [],
    isDefault: false,
    tags: [],
  };
}

export function connection(
  id: string,
  status: PeerStatus,
  requester: Vpc | { id: string; accountUid: string; regionId: string; cidrBlock: string; secondaryCidrs: string[] },
  accepter: Vpc,
  extra: Partial<PeerConnection> = {},
): PeerConnection {
  const end = (v: typeof requester) => ({
    accountUid: v.accountUid,
    regionId: v.regionId,
    vpcId: v.id,
    ipv4Cidrs: [v.cidrBlock, ...v.secondaryCidrs],
    ipv6Cidrs: [],
  });
  const interRegion = requester.regionId !== accepter.regionId;
  return {
    id,
    name: id.replace('pcc-', ''),
    description: '',
    status,
    bizStatus: 'Normal',
    requester: end(requester),
    accepter: end(accepter),
    bandwidthMbps: interRegion ? 100 : -1,
    linkType: interRegion ? 'Gold' : undefined,
    createdAt: '2025-01-10T08:00:00Z',
    modifiedAt: '2025-01-10T08:00:00Z',
    tags: [],
    ...extra,
  };
}

export function systemTable(v: Vpc): RouteTable {
  return {
    id: v.routeTableIds[0],
    name: '',
    type: 'System',
    regionId: v.regionId,
    vpcId: v.id,
    routerId: v.vRouterId,
    routerType: 'VRouter',
    vSwitchIds: [],
    status: 'Available',
  };
}

export function peerRoute(table: RouteTable, destination: string, connectionId: string): RouteEntry {
  return {
    id: `rte-${connectionId}-${destination}`,
    routeTableId: table.id,
    regionId: table.regionId,
    destination,
    type: 'Custom',
    status: 'Available',
    name: '',
    description: '',
    nextHops: [{ type: 'VpcPeer', id: connectionId }],
  };
}

function region(accountUid: string, regionId: string, parts: Partial<RegionInventory> = {}): RegionInventory {
  return { accountUid, regionId, vpcs: [], peerConnections: [], routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [], ...parts };
}

function routerInterface(
  id: string,
  owner: { accountUid: string; regionId: string },
  role: RouterInterface['role'],
  router: { routerId: string; routerType: RouterInterface['routerType']; vpcId?: string },
  opposite: RouterInterface['opposite'],
  status = 'Active',
): RouterInterface {
  return {
    id,
    name: id,
    description: '',
    regionId: owner.regionId,
    accountUid: owner.accountUid,
    role,
    spec: role === 'InitiatingSide' ? 'Large.1' : 'Negative',
    status,
    businessStatus: 'Normal',
    ...router,
    opposite,
  };
}

export const V = {
  hubProd: vpc('vpc-hub-prod', HUB, 'cn-hangzhou', 'hub-prod', '10.0.0.0/16', ['10.100.0.0/16']),
  hubShared: vpc('vpc-hub-shared', HUB, 'cn-hangzhou', 'hub-shared', '10.1.0.0/16'),
  hubDr: vpc('vpc-hub-dr', HUB, 'cn-shanghai', 'hub-dr', '10.2.0.0/16'),
  hubBj: vpc('vpc-hub-bj', HUB, 'cn-beijing', 'hub-beijing', '10.4.0.0/16'),
  hubSg: vpc('vpc-hub-sg', HUB, 'ap-southeast-1', 'hub-singapore', '10.3.0.0/16'),
  appProd: vpc('vpc-app-prod', APPS, 'cn-hangzhou', 'app-prod', '172.16.0.0/16'),
  appTest: vpc('vpc-app-test', APPS, 'cn-hangzhou', 'app-test', '172.17.0.0/16'),
  appBj: vpc('vpc-app-bj', APPS, 'cn-beijing', 'app-beijing', '172.18.0.0/16'),
  appSh: vpc('vpc-app-sh', APPS, 'cn-shanghai', 'app-shanghai', '10.2.0.0/16'),
  dataLake: vpc('vpc-data-lake', DATA, 'cn-hangzhou', 'data-lake', '192.168.0.0/16'),
  dataBj: vpc('vpc-data-bj', DATA, 'cn-beijing', 'data-beijing', '192.168.32.0/20'),
  dataSg: vpc('vpc-data-sg', DATA, 'ap-southeast-1', 'data-singapore', '192.168.16.0/20'),
};

/** The partner's VPC: known only from the connection it requested. */
export const PARTNER_VPC = { id: 'vpc-partner-edge', accountUid: PARTNER, regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/20', secondaryCidrs: [] };

export const C = {
  hubApp: connection('pcc-hub-app', 'Activated', V.hubProd, V.appProd),
  hubDr: connection('pcc-hub-dr', 'Activated', V.hubProd, V.hubDr),
  sgHz: connection('pcc-sg-hz', 'Activated', V.hubSg, V.hubProd, { bandwidthMbps: 50, linkType: 'Platinum' }),
  appTest: connection('pcc-app-test', 'Accepting', V.appTest, V.hubShared, { expiresAt: '2025-01-17T08:00:00Z' }),
  dataLake: connection('pcc-data-lake', 'Creating', V.dataLake, V.hubShared),
  hubBj: connection('pcc-hub-bj', 'Updating', V.hubBj, V.appBj, { modifiedAt: '2025-01-11T09:00:00Z' }),
  rejected: connection('pcc-app-sh-dr', 'Rejected', V.appSh, V.hubDr),
  expired: connection('pcc-data-sg', 'Expired', V.dataSg, V.hubSg),
  deleting: connection('pcc-data-bj', 'Deleting', V.dataBj, V.hubBj),
  partner: connection('pcc-partner', 'Accepting', PARTNER_VPC, V.hubProd, { name: 'partner-edge' }),
  deleted: connection('pcc-gone', 'Deleted', V.appProd, V.dataLake),
};

export interface DemoOptions {
  /** Names that try to break out of text into markup or script. */
  hostileNames?: boolean;
}

export const HOSTILE_VPC_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_CONNECTION_NAME = '"><script>window.pwned=1</script>';

export function demoSnapshot(options: DemoOptions = {}): InventorySnapshot {
  const hubProdTable = systemTable(V.hubProd);
  const appProdTable = systemTable(V.appProd);
  const hubDrTable = systemTable(V.hubDr);
  const hubProd = options.hostileNames ? { ...V.hubProd, name: HOSTILE_VPC_NAME } : V.hubProd;
  const hubApp = options.hostileNames ? { ...C.hubApp, name: HOSTILE_CONNECTION_NAME } : C.hubApp;
  // The apps account read pcc-hub-bj before it started updating; the hub's newer record wins.
  const hubBjAsSeenByApps = { ...C.hubBj, status: 'Activated' as const, modifiedAt: '2025-01-10T08:00:00Z' };

  const bgpPeers: BgpPeer[] = [
    bgpPeer('bgp-idc-1', '10.200.0.2', 'Established'),
    bgpPeer('bgp-idc-2', '10.200.1.2', 'Idle'),
  ];

  return {
    accounts: ACCOUNTS,
    regions: [
      region(HUB, 'cn-hangzhou', {
        vpcs: [hubProd, V.hubShared],
        peerConnections: [hubApp, C.hubDr, C.sgHz, C.appTest, C.dataLake, C.partner],
        routerInterfaces: [
          routerInterface('ri-hz-shared', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'InitiatingSide', { routerId: V.hubShared.vRouterId, routerType: 'VRouter', vpcId: V.hubShared.id }, { interfaceId: 'ri-bj-hub', routerId: V.hubBj.vRouterId, routerType: 'VRouter', regionId: 'cn-beijing', accountUid: HUB, vpcId: V.hubBj.id }),
          routerInterface('ri-vbr-idc', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'InitiatingSide', { routerId: 'vbr-hz-idc', routerType: 'VBR' }, { interfaceId: 'ri-hz-prod', routerId: V.hubProd.vRouterId, routerType: 'VRouter', regionId: 'cn-hangzhou', accountUid: HUB }),
          routerInterface('ri-hz-prod', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'AcceptingSide', { routerId: V.hubProd.vRouterId, routerType: 'VRouter', vpcId: V.hubProd.id }, { interfaceId: 'ri-vbr-idc', routerId: 'vbr-hz-idc', routerType: 'VBR', regionId: 'cn-hangzhou', accountUid: HUB }),
        ],
        vbrs: [
          {
            id: 'vbr-hz-idc',
            name: 'idc-hangzhou',
            description: '',
            regionId: 'cn-hangzhou',
            accountUid: HUB,
            status: 'active',
            vlanId: 100,
            localGatewayIp: '10.200.0.1',
            peerGatewayIp: '10.200.0.2',
            peeringSubnetMask: '255.255.255.252',
            physicalConnectionId: 'pc-hz-001',
          },
        ],
        bgpGroups: [
          { id: 'bgpg-idc', name: 'idc', description: '', regionId: 'cn-hangzhou', vbrId: 'vbr-hz-idc', peerAsn: 65001, localAsn: 45104, ipVersion: 'IPv4', status: 'Available', hasAuthKey: true },
        ],
        bgpPeers,
        routeTables: [hubProdTable],
        routeEntries: [
          peerRoute(hubProdTable, '172.16.0.0/16', C.hubApp.id),
          peerRoute(hubProdTable, '10.2.0.0/16', C.hubDr.id),
          // Only half of Singapore's block: the connection is partly routed on this side.
          peerRoute(hubProdTable, '10.3.0.0/17', C.sgHz.id),
        ],
      }),
      region(HUB, 'cn-shanghai', {
        vpcs: [V.hubDr],
        peerConnections: [C.hubDr, C.rejected],
        // The DR side never got its route back to hub-prod.
        routeTables: [hubDrTable],
        routeEntries: [],
      }),
      region(HUB, 'cn-beijing', {
        vpcs: [V.hubBj],
        peerConnections: [C.hubBj, C.deleting],
        routerInterfaces: [
          routerInterface('ri-bj-hub', { accountUid: HUB, regionId: 'cn-beijing' }, 'AcceptingSide', { routerId: V.hubBj.vRouterId, routerType: 'VRouter', vpcId: V.hubBj.id }, { interfaceId: 'ri-hz-shared', routerId: V.hubShared.vRouterId, routerType: 'VRouter', regionId: 'cn-hangzhou', accountUid: HUB, vpcId: V.hubShared.id }),
        ],
      }),
      region(HUB, 'ap-southeast-1', { vpcs: [V.hubSg], peerConnections: [C.sgHz, C.expired] }),
      region(APPS, 'cn-hangzhou', {
        vpcs: [V.appProd, V.appTest],
        peerConnections: [hubApp, C.appTest, C.deleted],
        routeTables: [appProdTable],
        routeEntries: [peerRoute(appProdTable, '10.0.0.0/16', C.hubApp.id), peerRoute(appProdTable, '10.100.0.0/16', C.hubApp.id)],
      }),
      region(APPS, 'cn-beijing', {
        vpcs: [V.appBj],
        peerConnections: [hubBjAsSeenByApps],
        routerInterfaces: [
          routerInterface('ri-bj-orphan', { accountUid: APPS, regionId: 'cn-beijing' }, 'InitiatingSide', { routerId: V.appBj.vRouterId, routerType: 'VRouter', vpcId: V.appBj.id }, { interfaceId: 'ri-remote-1', routerId: 'vrt-remote-1', routerType: 'VRouter', regionId: 'cn-shanghai', accountUid: PARTNER }, 'Inactive'),
        ],
      }),
      region(APPS, 'cn-shanghai', { vpcs: [V.appSh], peerConnections: [C.rejected] }),
      region(DATA, 'cn-hangzhou', { vpcs: [V.dataLake], peerConnections: [C.dataLake, C.deleted] }),
      region(DATA, 'cn-beijing', { vpcs: [V.dataBj], peerConnections: [C.deleting] }),
      region(DATA, 'ap-southeast-1', { vpcs: [V.dataSg], peerConnections: [C.expired] }),
    ],
  };
}

function bgpPeer(id: string, peerIpAddress: string, bgpStatus: string): BgpPeer {
  return {
    id,
    name: id,
    description: '',
    regionId: 'cn-hangzhou',
    bgpGroupId: 'bgpg-idc',
    vbrId: 'vbr-hz-idc',
    peerIpAddress,
    peerAsn: 65001,
    localAsn: 45104,
    ipVersion: 'IPv4',
    enableBfd: true,
    status: 'Available',
    bgpStatus,
  };
}
