// The `demo` scenario: a network hub account peered with an application team and an outside
// partner across four regions. It shows every connection status (in-flight ones settle after the
// transition time), overlapping and disjoint CIDRs, routes on both sides, on one side only and a
// more specific route that pulls part of one pair's traffic elsewhere, a legacy Express Connect
// router-interface link, and a VBR with two BGP peers. Times are relative to the load time so
// pending requests are always still pending.

import { isoSeconds } from '../clock';
import { ScenarioBuilder, type BuiltVpc } from './builder';
import type { ScenarioDocument } from './document';
import { SANDBOX_REGIONS, sandboxAccounts } from './sandboxAccounts';

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';
const BJ = 'cn-beijing';
const SG = 'ap-southeast-1';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

export function demoScenario(now = Date.now(), acceptWindowMs = 7 * DAY): ScenarioDocument {
  const ago = (ms: number): string => isoSeconds(now - ms);
  const b = new ScenarioBuilder(20260101, sandboxAccounts(), [...SANDBOX_REGIONS], 'Hub, application team and partner peered across four regions.');
  const prod = [{ key: 'env', value: 'prod' }];

  // ── network-hub ──────────────────────────────────────────────────────────────────────────────
  const transit = b.vpc({
    account: 'network-hub',
    regionId: HZ,
    name: 'hub-transit-hz',
    description: 'Central transit VPC; every team peers here',
    cidrBlock: '10.0.0.0/16',
    secondaryCidrs: ['10.100.0.0/16'],
    resourceGroupId: 'rg-acfmznetcore4k2q',
    tags: [...prod, { key: 'owner', value: 'network-team' }],
    createdAt: ago(640 * DAY),
    vSwitches: [
      { name: 'transit-a', cidrBlock: '10.0.0.0/24' },
      { name: 'transit-b', cidrBlock: '10.0.1.0/24' },
      { name: 'tools', description: 'Bastions and monitoring', cidrBlock: '10.100.0.0/20' },
    ],
  });
  const shared = b.vpc({
    account: 'network-hub',
    regionId: HZ,
    name: 'shared-services-hz',
    description: 'DNS, CI runners and artifact mirrors',
    cidrBlock: '10.1.0.0/16',
    resourceGroupId: 'rg-acfmznetcore4k2q',
    tags: prod,
    createdAt: ago(610 * DAY),
    vSwitches: [
      { name: 'dns', cidrBlock: '10.1.0.0/24' },
      { name: 'ci-runners', cidrBlock: '10.1.16.0/20' },
    ],
  });
  const sharedPrivate = b.routeTable(shared, 'ci-private', 'CI runners: no internet, hub only', [shared.vSwitchIds[1]]);
  const egress = b.vpc({
    account: 'network-hub',
    regionId: SH,
    name: 'hub-egress-sh',
    description: 'Shanghai hub with the NAT egress',
    cidrBlock: '10.2.0.0/16',
    tags: prod,
    createdAt: ago(500 * DAY),
    vSwitches: [
      { name: 'egress-a', cidrBlock: '10.2.0.0/24' },
      { name: 'egress-b', cidrBlock: '10.2.1.0/24' },
    ],
  });
  const dr = b.vpc({
    account: 'network-hub',
    regionId: BJ,
    name: 'hub-dr-bj',
    description: 'Disaster recovery hub in Beijing',
    cidrBlock: '10.3.0.0/16',
    tags: [{ key: 'env', value: 'dr' }],
    createdAt: ago(420 * DAY),
    vSwitches: [{ name: 'dr-core', cidrBlock: '10.3.0.0/24' }],
  });
  const hubSg = b.vpc({
    account: 'network-hub',
    regionId: SG,
    name: 'hub-sg',
    description: 'Singapore hub for partners in Southeast Asia',
    cidrBlock: '10.4.0.0/16',
    tags: prod,
    createdAt: ago(300 * DAY),
    vSwitches: [
      { name: 'sg-a', cidrBlock: '10.4.0.0/24' },
      { name: 'sg-b', cidrBlock: '10.4.1.0/24' },
    ],
  });

  // ── app-team ─────────────────────────────────────────────────────────────────────────────────
  const payProd = b.vpc({
    account: 'app-team',
    regionId: HZ,
    name: 'payments-prod-hz',
    description: 'Payments API and ledger database',
    cidrBlock: '172.16.0.0/16',
    secondaryCidrs: ['172.17.0.0/16'],
    resourceGroupId: 'rg-acfmzpayprod9xw1',
    tags: [...prod, { key: 'team', value: 'payments' }],
    createdAt: ago(590 * DAY),
    vSwitches: [
      { name: 'app-a', cidrBlock: '172.16.0.0/20' },
      { name: 'app-b', cidrBlock: '172.16.16.0/20' },
      { name: 'ledger-db', cidrBlock: '172.17.0.0/24' },
    ],
  });
  const payDb = b.routeTable(payProd, 'ledger-db', 'Database subnet: hub and analytics only', [payProd.vSwitchIds[2]]);
  const payStaging = b.vpc({
    account: 'app-team',
    regionId: HZ,
    name: 'payments-staging-hz',
    description: 'Staging copy of payments',
    cidrBlock: '172.18.0.0/16',
    tags: [{ key: 'env', value: 'staging' }, { key: 'team', value: 'payments' }],
    createdAt: ago(200 * DAY),
    vSwitches: [{ name: 'staging-app', cidrBlock: '172.18.0.0/20' }],
  });
  const payDr = b.vpc({
    account: 'app-team',
    regionId: SH,
    name: 'payments-dr-sh',
    description: 'Warm standby of payments-prod (same addressing)',
    cidrBlock: '172.16.0.0/16',
    tags: [{ key: 'env', value: 'dr' }, { key: 'team', value: 'payments' }],
    createdAt: ago(180 * DAY),
    vSwitches: [{ name: 'dr-app', cidrBlock: '172.16.0.0/20' }],
  });
  const analytics = b.vpc({
    account: 'app-team',
    regionId: BJ,
    name: 'analytics-bj',
    description: 'Reporting warehouse fed from the ledger',
    cidrBlock: '192.168.0.0/16',
    tags: [...prod, { key: 'team', value: 'data' }],
    createdAt: ago(350 * DAY),
    vSwitches: [
      { name: 'warehouse', cidrBlock: '192.168.0.0/24' },
      { name: 'etl', cidrBlock: '192.168.10.0/24' },
    ],
  });
  const checkout = b.vpc({
    account: 'app-team',
    regionId: SG,
    name: 'checkout-sg',
    description: 'Checkout frontend for Southeast Asia',
    cidrBlock: '10.1.0.0/16',
    tags: [...prod, { key: 'team', value: 'checkout' }],
    createdAt: ago(90 * DAY),
    vSwitches: [{ name: 'checkout-web', cidrBlock: '10.1.0.0/24' }],
  });
  b.vpc({
    account: 'app-team',
    regionId: HZ,
    name: 'default-vpc',
    cidrBlock: '172.31.0.0/16',
    isDefault: true,
    createdAt: ago(700 * DAY),
    vSwitches: [{ name: 'default-vswitch', cidrBlock: '172.31.0.0/20' }],
  });

  // ── partner ──────────────────────────────────────────────────────────────────────────────────
  const edi = b.vpc({
    account: 'partner',
    regionId: SH,
    name: 'northwind-edi-sh',
    description: 'Northwind Logistics EDI gateway',
    cidrBlock: '10.50.0.0/16',
    createdAt: ago(260 * DAY),
    vSwitches: [{ name: 'edi-gw', cidrBlock: '10.50.0.0/24' }],
  });
  const tracking = b.vpc({
    account: 'partner',
    regionId: SG,
    name: 'northwind-tracking-sg',
    description: 'Northwind shipment tracking API',
    cidrBlock: '10.60.0.0/16',
    createdAt: ago(120 * DAY),
    vSwitches: [{ name: 'tracking-api', cidrBlock: '10.60.0.0/24' }],
  });
  const legacy = b.vpc({
    account: 'partner',
    regionId: HZ,
    name: 'northwind-legacy-hz',
    description: 'Old Northwind integration, being retired',
    cidrBlock: '10.1.128.0/17',
    createdAt: ago(720 * DAY),
    vSwitches: [{ name: 'legacy-ftp', cidrBlock: '10.1.128.0/24' }],
  });

  // ── peer connections, one or more in every status ───────────────────────────────────────────
  const routeBoth = (peerId: string, a: BuiltVpc, aTables: string[], z: BuiltVpc, zTables: string[]): void => {
    for (const table of aTables) for (const cidr of z.cidrs) b.route(a.regionId, { routeTableId: table, destination: cidr, nextHopType: 'VpcPeer', nextHopId: peerId, name: `to-${z.name}` });
    for (const table of zTables) for (const cidr of a.cidrs) b.route(z.regionId, { routeTableId: table, destination: cidr, nextHopType: 'VpcPeer', nextHopId: peerId, name: `to-${a.name}` });
  };

  const transitShared = b.peer({
    regionId: HZ,
    name: 'transit-to-shared-services',
    description: 'Hub transit to DNS and CI',
    requesterVpcId: transit.id,
    accepterVpcId: shared.id,
    createdAt: ago(600 * DAY),
    requesterSide: { resourceGroupId: 'rg-acfmznetcore4k2q', tags: prod },
  });
  routeBoth(transitShared, transit, [transit.systemRouteTableId], shared, [shared.systemRouteTableId, sharedPrivate]);

  const backbone = b.peer({
    regionId: HZ,
    name: 'hz-sh-backbone',
    description: 'Hangzhou to Shanghai hub backbone',
    requesterVpcId: transit.id,
    accepterVpcId: egress.id,
    bandwidthMbps: 1024,
    linkType: 'Gold',
    createdAt: ago(480 * DAY),
    requesterSide: { resourceGroupId: 'rg-acfmznetcore4k2q', tags: prod },
  });
  routeBoth(backbone, transit, [transit.systemRouteTableId], egress, [egress.systemRouteTableId]);

  const hubPayments = b.peer({
    regionId: HZ,
    name: 'hub-to-payments-prod',
    description: 'Transit access for the payments platform',
    requesterVpcId: transit.id,
    accepterVpcId: payProd.id,
    createdAt: ago(400 * DAY),
    requesterSide: { tags: [...prod, { key: 'ticket', value: 'NET-1042' }] },
    accepterSide: { resourceGroupId: 'rg-acfmzpayprod9xw1', tags: [{ key: 'team', value: 'payments' }] },
  });
  routeBoth(hubPayments, transit, [transit.systemRouteTableId], payProd, [payProd.systemRouteTableId, payDb]);
  // Left over from a DR drill: the app-b subnet of payments-prod is sent to Shanghai instead.
  b.route(HZ, {
    routeTableId: transit.systemRouteTableId,
    destination: '172.16.16.0/20',
    nextHopType: 'VpcPeer',
    nextHopId: backbone,
    name: 'dr-drill-app-b',
    description: 'Temporary: app-b via Shanghai during the DR drill',
  });

  const drReplication = b.peer({
    regionId: SH,
    name: 'egress-to-payments-dr',
    description: 'DR replication path; the app team has not added its route yet',
    requesterVpcId: egress.id,
    accepterVpcId: payDr.id,
    createdAt: ago(170 * DAY),
  });
  b.route(SH, { routeTableId: egress.systemRouteTableId, destination: '172.16.0.0/16', nextHopType: 'VpcPeer', nextHopId: drReplication, name: 'to-payments-dr' });

  b.peer({
    regionId: HZ,
    name: 'payments-staging-to-transit',
    description: 'Staging needs the shared CI through the hub',
    status: 'Accepting',
    requesterVpcId: payStaging.id,
    accepterVpcId: transit.id,
    createdAt: ago(1 * DAY),
    expiresAt: ago(1 * DAY - acceptWindowMs),
  });
  b.peer({
    regionId: BJ,
    name: 'analytics-to-dr-hub',
    description: 'Analytics backups to the DR hub',
    status: 'Accepting',
    requesterVpcId: analytics.id,
    accepterVpcId: dr.id,
    createdAt: ago(3 * HOUR),
    expiresAt: ago(3 * HOUR - acceptWindowMs),
  });
  b.peer({
    regionId: SG,
    name: 'hub-sg-to-northwind-tracking',
    description: 'Shipment tracking feed for checkout',
    status: 'Accepting',
    requesterVpcId: hubSg.id,
    accepterVpcId: tracking.id,
    createdAt: ago(2 * DAY),
    expiresAt: ago(2 * DAY - acceptWindowMs),
  });
  b.peer({
    regionId: SH,
    name: 'northwind-edi-request',
    description: 'Partner asked for direct access to the egress hub',
    status: 'Rejected',
    requesterVpcId: edi.id,
    accepterVpcId: egress.id,
    createdAt: ago(40 * DAY),
    modifiedAt: ago(38 * DAY),
  });
  b.peer({
    regionId: SG,
    name: 'checkout-sg-to-hub',
    description: 'Nobody answered: checkout overlaps shared-services addressing',
    status: 'Expired',
    requesterVpcId: checkout.id,
    accepterVpcId: hubSg.id,
    createdAt: ago(10 * DAY),
    expiresAt: ago(3 * DAY),
  });

  const drBackbone = b.peer({
    regionId: BJ,
    name: 'bj-dr-to-transit',
    description: 'DR backbone; bandwidth upgrade in progress',
    status: 'Updating',
    requesterVpcId: dr.id,
    accepterVpcId: transit.id,
    bandwidthMbps: 2048,
    linkType: 'Platinum',
    createdAt: ago(400 * DAY),
    modifiedAt: ago(0),
  });
  b.route(BJ, { routeTableId: dr.systemRouteTableId, destination: '10.0.0.0/16', nextHopType: 'VpcPeer', nextHopId: drBackbone, name: 'to-transit' });
  b.route(HZ, { routeTableId: transit.systemRouteTableId, destination: '10.3.0.0/16', nextHopType: 'VpcPeer', nextHopId: drBackbone, name: 'to-dr-bj' });

  b.peer({
    regionId: HZ,
    name: 'prod-staging-mirror',
    description: 'Traffic mirror from prod to staging',
    status: 'Creating',
    requesterVpcId: payProd.id,
    accepterVpcId: payStaging.id,
    createdAt: ago(0),
  });
  b.peer({
    regionId: HZ,
    name: 'legacy-northwind-link',
    description: 'Retired: address space overlaps shared-services',
    status: 'Deleting',
    requesterVpcId: shared.id,
    accepterVpcId: legacy.id,
    createdAt: ago(700 * DAY),
    modifiedAt: ago(0),
  });

  const paymentsAnalytics = b.peer({
    regionId: HZ,
    name: 'payments-to-analytics',
    description: 'Ledger exports to the Beijing warehouse',
    requesterVpcId: payProd.id,
    accepterVpcId: analytics.id,
    bandwidthMbps: 512,
    linkType: 'Silver',
    createdAt: ago(330 * DAY),
    requesterSide: { resourceGroupId: 'rg-acfmzpayprod9xw1', tags: [{ key: 'team', value: 'payments' }] },
  });
  routeBoth(paymentsAnalytics, payProd, [payProd.systemRouteTableId, payDb], analytics, [analytics.systemRouteTableId]);

  const ediHub = b.peer({
    regionId: SH,
    name: 'northwind-edi-to-hub',
    description: 'EDI messages into the hub transit',
    requesterVpcId: edi.id,
    accepterVpcId: transit.id,
    bandwidthMbps: 200,
    linkType: 'Gold',
    createdAt: ago(250 * DAY),
  });
  routeBoth(ediHub, edi, [edi.systemRouteTableId], transit, [transit.systemRouteTableId]);

  // ── Express Connect: a legacy VPC-to-VPC link, an idle interface, a VBR with BGP ─────────────
  const riTransit = b.routerInterface({
    account: 'network-hub',
    regionId: HZ,
    routerId: transit.vRouterId,
    role: 'InitiatingSide',
    spec: 'Large.1',
    status: 'Active',
    name: 'legacy-hz-bj-express',
    description: 'Express Connect link to Beijing, replaced by bj-dr-to-transit',
    oppositeRegionId: BJ,
    oppositeInterfaceOwner: 'network-hub',
    oppositeRouterId: dr.vRouterId,
    createdAt: ago(560 * DAY),
  });
  const riDr = b.routerInterface({
    account: 'network-hub',
    regionId: BJ,
    routerId: dr.vRouterId,
    role: 'AcceptingSide',
    status: 'Active',
    name: 'legacy-hz-bj-express-bj',
    oppositeRegionId: HZ,
    oppositeInterfaceOwner: 'network-hub',
    oppositeRouterId: transit.vRouterId,
    createdAt: ago(560 * DAY),
  });
  b.pairInterfaces(riTransit, riDr);
  b.route(BJ, { routeTableId: dr.systemRouteTableId, destination: '10.100.0.0/16', nextHopType: 'RouterInterface', nextHopId: riDr, name: 'tools-via-express' });

  b.routerInterface({
    account: 'app-team',
    regionId: HZ,
    routerId: payProd.vRouterId,
    role: 'InitiatingSide',
    spec: 'Small.2',
    status: 'Idle',
    name: 'dr-sync-link',
    description: 'Planned link to payments-dr-sh; not connected yet',
    oppositeRegionId: SH,
    oppositeInterfaceOwner: 'app-team',
    oppositeRouterId: payDr.vRouterId,
    createdAt: ago(20 * DAY),
  });

  const vbr = b.vbr({
    account: 'network-hub',
    regionId: HZ,
    name: 'idc-hangzhou-dc1',
    description: 'Leased line to the Hangzhou data centre',
    status: 'active',
    vlanId: 1201,
    localGatewayIp: '10.254.0.1',
    peerGatewayIp: '10.254.0.2',
    peeringSubnetMask: '255.255.255.252',
    accessPointId: 'ap-cn-hangzhou-yh-B',
    circuitCode: 'CTC-HZ-88213',
    createdAt: ago(650 * DAY),
  });
  const riVbr = b.routerInterface({
    account: 'network-hub',
    regionId: HZ,
    routerId: vbr.id,
    role: 'InitiatingSide',
    spec: 'Large.1',
    status: 'Active',
    name: 'dc1-to-transit',
    oppositeRegionId: HZ,
    oppositeInterfaceOwner: 'network-hub',
    oppositeRouterId: transit.vRouterId,
    createdAt: ago(650 * DAY),
  });
  const riTransitVbr = b.routerInterface({
    account: 'network-hub',
    regionId: HZ,
    routerId: transit.vRouterId,
    role: 'AcceptingSide',
    status: 'Active',
    name: 'transit-to-dc1',
    oppositeRegionId: HZ,
    oppositeInterfaceOwner: 'network-hub',
    oppositeRouterId: vbr.id,
    createdAt: ago(650 * DAY),
  });
  b.pairInterfaces(riVbr, riTransitVbr);
  b.route(HZ, { routeTableId: vbr.routeTableId, destination: '10.0.0.0/16', nextHopType: 'RouterInterface', nextHopId: riVbr, name: 'to-transit' });
  b.route(HZ, { routeTableId: transit.systemRouteTableId, destination: '192.168.200.0/24', nextHopType: 'RouterInterface', nextHopId: riTransitVbr, name: 'to-dc1-servers' });

  const group = b.bgpGroup(HZ, {
    vbrId: vbr.id,
    name: 'dc1-ebgp',
    description: 'eBGP with the DC1 edge routers',
    peerAsn: 65010,
    localAsn: 45104,
    authKey: 'dc1-md5-rotate-2026q1',
    routeLimit: 110,
  });
  b.bgpPeer(HZ, {
    bgpGroupId: group,
    name: 'dc1-edge-01',
    description: 'Primary edge router',
    peerIpAddress: '10.254.0.2',
    enableBfd: true,
    bfdMultiHop: 1,
    bgpStatus: 'Established',
    advertisedRouteCount: 3,
    receivedRouteCount: 38,
  });
  b.bgpPeer(HZ, {
    bgpGroupId: group,
    name: 'dc1-edge-02',
    description: 'Secondary edge router (in maintenance)',
    peerIpAddress: '10.254.0.6',
    enableBfd: false,
    bgpStatus: 'Down',
  });

  return b.build();
}
