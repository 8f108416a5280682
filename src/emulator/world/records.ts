// What the emulator stores: one record per resource, holding everything any API answer needs.
// Records are plain data (they round-trip through the state file); times are epoch milliseconds.
// A record is its domain type (src/model/types.ts) less what is derived from other records, plus
// what only the emulator keeps: the owner, the description, times, a pending transition.

import type {
  BgpGroup,
  BgpPeer,
  LinkType,
  PeerStatus,
  RegionalResource,
  RouteEntry,
  RouterInterface,
  RouteTable,
  RouterType,
  Tag,
  VirtualBorderRouter,
  Vpc,
  VSwitch,
} from '../../model/types';

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

export interface VpcRecord extends Omit<Vpc, 'routeTableIds' | 'vSwitchIds' | 'resourceGroupId' | 'createdAt'> {
  systemRouteTableId: string;
  resourceGroupId: string;
  createdAt: number;
}

export interface VSwitchRecord extends Omit<VSwitch, 'routeTableId'> {
  accountUid: string;
  description: string;
  /** A custom route table the vSwitch is bound to; otherwise the VPC's system table applies. */
  customRouteTableId?: string;
  createdAt: number;
}

/** `vpcId` is absent for a VBR's table. */
export interface RouteTableRecord extends Omit<RouteTable, 'vSwitchIds'> {
  accountUid: string;
  description: string;
  createdAt: number;
}

export interface NextHopRecord {
  /** `VpcPeer`, `RouterInterface`, `Instance`, `local`, … */
  type: string;
  id: string;
  weight?: number;
}

export interface RouteEntryRecord extends Omit<RouteEntry, 'type' | 'nextHops'> {
  accountUid: string;
  type: 'System' | 'Custom';
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

export interface VbrRecord extends Required<Omit<VirtualBorderRouter, 'enableIpv6'>> {
  vlanInterfaceId: string;
  accessPointId: string;
  circuitCode: string;
  /** Absent: IPv6 is not enabled, as on a new VBR; an IPv6 BGP group needs it. */
  enableIpv6?: boolean;
  createdAt: number;
}

export interface BgpGroupRecord extends Required<Omit<BgpGroup, 'hasAuthKey'>> {
  accountUid: string;
  /** Never logged; answered only as the real DescribeBgpGroups does. */
  authKey: string;
  hold: number;
  keepalive: number;
  createdAt: number;
  pending?: PendingTransition;
}

/** The VBR and both ASNs are the group's: a peer has none of its own. */
export interface BgpPeerRecord extends Required<Omit<BgpPeer, 'vbrId' | 'peerAsn' | 'localAsn' | 'bfdMultiHop'>> {
  accountUid: string;
  bfdMultiHop?: number;
  modifiedAt: number;
  pending?: PendingTransition;
}

/** The kinds of resource records, each a table of the world and a list of `WorldRecords` under the same name. */
export const RESOURCE_KINDS = ['vpcs', 'vSwitches', 'routeTables', 'routeEntries', 'peers', 'routerInterfaces', 'vbrs', 'bgpGroups', 'bgpPeers'] as const;

/** Every resource kind's records, listed by `list`. */
export function resourceRecords(list: (kind: (typeof RESOURCE_KINDS)[number]) => unknown[]): Omit<WorldRecords, 'regions' | 'accounts' | 'accessKeys'> {
  return Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, list(kind)])) as Omit<WorldRecords, 'regions' | 'accounts' | 'accessKeys'>;
}

/** No records: where a compilation starts. */
export function emptyRecords(): WorldRecords {
  return { regions: [], accounts: [], accessKeys: [], ...resourceRecords(() => []) };
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
