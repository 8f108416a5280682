// The domain the extension speaks: VPCs, their peer connections, routes, router interfaces and
// Express Connect. These types are not tied to one cloud's wire format: `src/cloud/` maps
// Alibaba Cloud's responses into them, and `src/cloud/huawei/` Huawei Cloud's.

import type { CloudProvider } from './resourceRef';

/** Lifecycle of a peer connection (Alibaba Cloud VpcPeer 2022-01-01 `Status`). */
export const PEER_STATUSES = ['Creating', 'Accepting', 'Updating', 'Rejected', 'Expired', 'Activated', 'Deleting', 'Deleted'] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

export type LinkType = 'Platinum' | 'Gold' | 'Silver';

export interface Tag {
  key: string;
  value: string;
}

/** One side of a peer connection, as the connection itself reports it. */
export interface PeerEnd {
  /**
   * The account of this end. A Huawei Cloud peering names each end's project only, so there the
   * far end of a cross-account peering carries its project id (its account is not told).
   */
  accountUid: string;
  regionId: string;
  vpcId: string;
  ipv4Cidrs: string[];
  ipv6Cidrs: string[];
  /**
   * Clouds that scope resources by project (Huawei Cloud: one project per account and region): the
   * project of this end, which a request names to reach it. Absent for Alibaba Cloud.
   */
  projectId?: string;
}

export interface PeerConnection {
  id: string;
  name: string;
  description: string;
  status: PeerStatus;
  /** `Normal` or `FinancialLocked`. */
  bizStatus: string;
  requester: PeerEnd;
  accepter: PeerEnd;
  /** Mbit/s; -1 means unlimited (intra-region). */
  bandwidthMbps: number;
  linkType?: LinkType;
  resourceGroupId?: string;
  managedService?: string;
  createdAt?: string;
  modifiedAt?: string;
  /** Only while Accepting or Expired: when the acceptance window closes. */
  expiresAt?: string;
  tags: Tag[];
  /** Whose cloud: absent means Alibaba Cloud. */
  provider?: CloudProvider;
}

export interface Region {
  id: string;
  name: string;
}

/** What a resource in one region is known by. */
export interface ResourceInRegion {
  id: string;
  name: string;
  description: string;
  regionId: string;
}

/** What every resource an account owns in one region is known by. */
export interface RegionalResource extends ResourceInRegion {
  accountUid: string;
}

export interface Vpc extends RegionalResource {
  status: string;
  cidrBlock: string;
  secondaryCidrs: string[];
  ipv6Cidrs: string[];
  vRouterId: string;
  routeTableIds: string[];
  vSwitchIds: string[];
  isDefault: boolean;
  resourceGroupId?: string;
  createdAt?: string;
  tags: Tag[];
}

export interface VSwitch {
  id: string;
  name: string;
  vpcId: string;
  regionId: string;
  zoneId: string;
  cidrBlock: string;
  routeTableId?: string;
  status: string;
}

export type RouteTableType = 'System' | 'Custom';
export type RouterType = 'VRouter' | 'VBR';

export interface RouteTable {
  id: string;
  name: string;
  type: RouteTableType;
  regionId: string;
  vpcId?: string;
  routerId: string;
  routerType: RouterType;
  vSwitchIds: string[];
  status: string;
}

export interface NextHop {
  /** e.g. `VpcPeer`, `Instance`, `RouterInterface`, `local`. */
  type: string;
  id: string;
  regionId?: string;
}

export interface RouteEntry extends ResourceInRegion {
  routeTableId: string;
  destination: string;
  /** `System`, `Custom`, `BGP`, `CEN`, … */
  type: string;
  status: string;
  nextHops: NextHop[];
}

export type RouterInterfaceRole = 'InitiatingSide' | 'AcceptingSide';

export interface RouterInterface extends RegionalResource {
  role: RouterInterfaceRole;
  spec: string;
  status: string;
  businessStatus: string;
  routerId: string;
  routerType: RouterType;
  vpcId?: string;
  bandwidthMbps?: number;
  opposite: {
    interfaceId?: string;
    accountUid?: string;
    routerId?: string;
    routerType?: RouterType;
    regionId?: string;
    vpcId?: string;
    status?: string;
  };
  createdAt?: string;
  connectedAt?: string;
}

export interface VirtualBorderRouter extends RegionalResource {
  /** lower-case on the wire: `active`, `terminated`, … */
  status: string;
  vlanId?: number;
  localGatewayIp?: string;
  peerGatewayIp?: string;
  peeringSubnetMask?: string;
  physicalConnectionId?: string;
  routeTableId?: string;
  /** IPv6 enabled on the VBR: an IPv6 BGP group needs it (CreateBgpGroup refuses otherwise). */
  enableIpv6?: boolean;
}

export interface BgpGroup extends ResourceInRegion {
  vbrId: string;
  peerAsn: number;
  localAsn: number;
  ipVersion: string;
  status: string;
  /** Whether an authentication key is set; the key itself never leaves the cloud layer. */
  hasAuthKey: boolean;
  routeLimit?: number;
  /** The group presents a fake (replacement) ASN to the peer during an AS migration. */
  isFakeAsn?: boolean;
}

export interface BgpPeer extends ResourceInRegion {
  bgpGroupId: string;
  vbrId: string;
  peerIpAddress: string;
  peerAsn: number;
  localAsn: number;
  ipVersion: string;
  enableBfd: boolean;
  bfdMultiHop?: number;
  /** Resource state: Pending, Available, Modifying, Deleting, Deleted. */
  status: string;
  /** Session state: Idle, Connect, Active, Established, Down. */
  bgpStatus: string;
  advertisedRouteCount?: number;
  receivedRouteCount?: number;
}

/** Everything the store knows about one account in one region. */
export interface RegionInventory {
  accountUid: string;
  regionId: string;
  /** Whose cloud: absent means Alibaba Cloud. */
  provider?: CloudProvider;
  vpcs: Vpc[];
  peerConnections: PeerConnection[];
  routerInterfaces: RouterInterface[];
  vbrs: VirtualBorderRouter[];
  bgpGroups: BgpGroup[];
  bgpPeers: BgpPeer[];
  /** Route tables and entries are loaded on demand per VPC; absent until then. */
  routeTables?: RouteTable[];
  routeEntries?: RouteEntry[];
}

/** An account the user has an active profile for. */
export interface AccountInfo {
  uid: string;
  /** The profile's display name, e.g. `network-hub` or `Sandbox: partner`. */
  name: string;
  profileId: string;
  /** Whose cloud: absent means Alibaba Cloud. */
  provider?: CloudProvider;
}

/**
 * What the store knows at one moment, across every active profile: the input of the graph
 * builder, the diagnosis and the route planner. `regions` holds one entry per account and region
 * that loaded; a region that failed to load is absent here and reported by the store separately.
 */
export interface InventorySnapshot {
  accounts: AccountInfo[];
  regions: RegionInventory[];
  /** Display names of the regions, by region id, as the accounts' region lists give them. */
  regionNames?: Record<string, string>;
}
