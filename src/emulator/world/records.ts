// What the emulator stores: one record per resource, holding everything any API answer needs.
// Records are plain data (they round-trip through the state file); times are epoch milliseconds.

import type { LinkType, PeerStatus, RegionalResource, RouterInterface, RouterType, Tag } from '../../model/types';

/** A status change the service will make by itself at `at`; `to: 'gone'` removes the resource. */
export interface PendingTransition {
  to: string;
  at: number;
}

export interface AccessKeyRecord {
  accessKeyId: string;
  accessKeySecret: string;
  accountUid: string;
  /** Present for an STS credential; requests must then carry this token. */
  securityToken?: string;
}

export interface ResourceGroupRecord {
  id: string;
  name: string;
}

export interface AccountRecord {
  name: string;
  uid: string;
  resourceGroups: ResourceGroupRecord[];
  /** Where resources go when a call names no resource group. */
  defaultResourceGroupId: string;
}

export interface VpcRecord extends RegionalResource {
  status: string;
  cidrBlock: string;
  secondaryCidrs: string[];
  ipv6Cidrs: string[];
  vRouterId: string;
  systemRouteTableId: string;
  isDefault: boolean;
  resourceGroupId: string;
  createdAt: number;
  tags: Tag[];
}

export interface VSwitchRecord {
  id: string;
  vpcId: string;
  accountUid: string;
  regionId: string;
  zoneId: string;
  name: string;
  description: string;
  cidrBlock: string;
  /** A custom route table the vSwitch is bound to; otherwise the VPC's system table applies. */
  customRouteTableId?: string;
  status: string;
  createdAt: number;
}

export interface RouteTableRecord {
  id: string;
  accountUid: string;
  regionId: string;
  /** Absent for a VBR's table. */
  vpcId?: string;
  routerId: string;
  routerType: RouterType;
  type: 'System' | 'Custom';
  name: string;
  description: string;
  status: string;
  createdAt: number;
}

export interface NextHopRecord {
  /** `VpcPeer`, `RouterInterface`, `Instance`, `local`, … */
  type: string;
  id: string;
  weight?: number;
}

export interface RouteEntryRecord {
  id: string;
  routeTableId: string;
  accountUid: string;
  regionId: string;
  destination: string;
  type: 'System' | 'Custom';
  status: string;
  name: string;
  description: string;
  nextHops: NextHopRecord[];
  modifiedAt: number;
  pending?: PendingTransition;
}

export interface PeerEndRecord {
  accountUid: string;
  regionId: string;
  vpcId: string;
}

/** What each account keeps for itself about a connection it can see. */
export interface PeerSideRecord {
  resourceGroupId: string;
  tags: Tag[];
}

export interface PeerRecord {
  id: string;
  name: string;
  description: string;
  status: PeerStatus;
  bizStatus: string;
  requester: PeerEndRecord;
  accepter: PeerEndRecord;
  /** Mbit/s; -1 = unlimited (intra-region). */
  bandwidth: number;
  linkType?: LinkType;
  managedService?: string;
  createdAt: number;
  modifiedAt: number;
  /** When an unanswered request expires (set while Accepting and after it Expired). */
  expiresAt?: number;
  /** Per account uid: that account's resource group and tags for the connection. */
  sides: Record<string, PeerSideRecord>;
  pending?: PendingTransition;
}

/** The VPC (`vpcId`) is that of a VRouter interface. */
export interface RouterInterfaceRecord
  extends RegionalResource,
    Pick<RouterInterface, 'role' | 'spec' | 'status' | 'businessStatus' | 'routerId' | 'routerType' | 'vpcId'> {
  accessPointId?: string;
  oppositeInterfaceId?: string;
  oppositeInterfaceOwnerId?: string;
  oppositeRouterId?: string;
  oppositeRouterType?: RouterType;
  oppositeRegionId: string;
  oppositeAccessPointId?: string;
  chargeType: string;
  healthCheckSourceIp?: string;
  healthCheckTargetIp?: string;
  createdAt: number;
  connectedAt?: number;
  pending?: PendingTransition;
}

export interface VbrRecord extends RegionalResource {
  status: string;
  vlanId: number;
  vlanInterfaceId: string;
  localGatewayIp: string;
  peerGatewayIp: string;
  peeringSubnetMask: string;
  physicalConnectionId: string;
  accessPointId: string;
  circuitCode: string;
  routeTableId: string;
  /** Absent: IPv6 is not enabled, as on a new VBR; an IPv6 BGP group needs it. */
  enableIpv6?: boolean;
  createdAt: number;
}

export interface BgpGroupRecord {
  id: string;
  accountUid: string;
  regionId: string;
  vbrId: string;
  name: string;
  description: string;
  peerAsn: number;
  localAsn: number;
  /** Never logged; answered only as the real DescribeBgpGroups does. */
  authKey: string;
  ipVersion: string;
  isFakeAsn: boolean;
  routeLimit: number;
  hold: number;
  keepalive: number;
  status: string;
  createdAt: number;
  pending?: PendingTransition;
}

export interface BgpPeerRecord {
  id: string;
  accountUid: string;
  regionId: string;
  bgpGroupId: string;
  name: string;
  description: string;
  peerIpAddress: string;
  ipVersion: string;
  enableBfd: boolean;
  bfdMultiHop?: number;
  status: string;
  bgpStatus: string;
  advertisedRouteCount: number;
  receivedRouteCount: number;
  modifiedAt: number;
  pending?: PendingTransition;
}

export interface WorldRecords {
  regions: string[];
  accounts: AccountRecord[];
  accessKeys: AccessKeyRecord[];
  vpcs: VpcRecord[];
  vSwitches: VSwitchRecord[];
  routeTables: RouteTableRecord[];
  routeEntries: RouteEntryRecord[];
  peers: PeerRecord[];
  routerInterfaces: RouterInterfaceRecord[];
  vbrs: VbrRecord[];
  bgpGroups: BgpGroupRecord[];
  bgpPeers: BgpPeerRecord[];
}
