// The scenario format: what a JSON scenario file, the built-in scenarios and the state file all
// are. Accounts are referred to by name or uid; ids may be any string with the right prefix.
// Times are ISO 8601 strings. Everything not required has a sensible default (see docs/emulator.md).

import type { Tag } from '../../model/types';

export const SCENARIO_VERSION = 1;

export interface ScenarioDocument {
  version: typeof SCENARIO_VERSION;
  description?: string;
  /** Regions open to the accounts (DescribeRegions); defaults to the regions the resources use. */
  regions?: string[];
  accounts: ScenarioAccount[];
  vpcs?: ScenarioVpc[];
  /** Custom route tables; every VPC has a system table of its own. */
  routeTables?: ScenarioRouteTable[];
  routeEntries?: ScenarioRouteEntry[];
  peerConnections?: ScenarioPeerConnection[];
  routerInterfaces?: ScenarioRouterInterface[];
  vbrs?: ScenarioVbr[];
  bgpGroups?: ScenarioBgpGroup[];
  bgpPeers?: ScenarioBgpPeer[];
}

export interface ScenarioAccount {
  name: string;
  /** Numeric account id (UID), up to 16 digits. */
  uid: string;
  /** Derived from the uid when absent. */
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Extra keys that act as STS credentials of this account: calls must carry the token. */
  stsCredentials?: Array<{ accessKeyId: string; accessKeySecret: string; securityToken: string }>;
  /** The first group is the default; one named `default` is created when absent. */
  resourceGroups?: Array<{ id: string; name: string }>;
}

/** What every entry of something an account owns in a region has. */
export interface ScenarioOwned {
  id: string;
  /** Account name or uid. */
  account: string;
  regionId: string;
  name?: string;
  description?: string;
}

export interface ScenarioVpc extends ScenarioOwned {
  cidrBlock: string;
  secondaryCidrs?: string[];
  ipv6Cidrs?: string[];
  isDefault?: boolean;
  status?: string;
  resourceGroupId?: string;
  tags?: Tag[];
  createdAt?: string;
  vRouterId?: string;
  systemRouteTableId?: string;
  vSwitches?: ScenarioVSwitch[];
}

export interface ScenarioVSwitch {
  id: string;
  name?: string;
  description?: string;
  zoneId?: string;
  cidrBlock: string;
  /** A custom route table of the same VPC; the system table applies otherwise. */
  routeTableId?: string;
  /** Id of the system route entry for the vSwitch CIDR (kept so ids survive a restart). */
  systemRouteEntryId?: string;
  createdAt?: string;
}

export interface ScenarioRouteTable {
  id: string;
  vpcId: string;
  name?: string;
  description?: string;
  createdAt?: string;
}

export interface ScenarioNextHop {
  type: string;
  id: string;
  weight?: number;
}

export interface ScenarioRouteEntry {
  id?: string;
  /** The table; or give `vpcId` to mean that VPC's system table. */
  routeTableId?: string;
  vpcId?: string;
  destination: string;
  nextHopType?: string;
  nextHopId?: string;
  /** ECMP next hops, instead of `nextHopType`/`nextHopId`. */
  nextHops?: ScenarioNextHop[];
  name?: string;
  description?: string;
  status?: string;
  modifiedAt?: string;
}

export interface ScenarioPeerSide {
  resourceGroupId?: string;
  tags?: Tag[];
}

export interface ScenarioPeerConnection {
  id: string;
  name?: string;
  description?: string;
  /** Default `Activated`; a transitional status settles after the transition time. */
  status?: string;
  requesterVpcId: string;
  accepterVpcId: string;
  /** Mbit/s for inter-region connections (default 1024); intra-region is always unlimited. */
  bandwidthMbps?: number;
  linkType?: string;
  bizStatus?: string;
  managedService?: string;
  createdAt?: string;
  modifiedAt?: string;
  /** End of the acceptance window (Accepting, Expired); default creation + the window. */
  expiresAt?: string;
  requesterSide?: ScenarioPeerSide;
  accepterSide?: ScenarioPeerSide;
}

export interface ScenarioRouterInterface extends ScenarioOwned {
  /** A VPC's `vrt-` router or a `vbr-` id. */
  routerId: string;
  role: string;
  spec?: string;
  status?: string;
  businessStatus?: string;
  oppositeInterfaceId?: string;
  /** Account name or uid of the opposite interface's owner. */
  oppositeInterfaceOwner?: string;
  oppositeRouterId?: string;
  oppositeRegionId: string;
  accessPointId?: string;
  oppositeAccessPointId?: string;
  chargeType?: string;
  healthCheckSourceIp?: string;
  healthCheckTargetIp?: string;
  createdAt?: string;
  connectedAt?: string;
}

export interface ScenarioVbr extends ScenarioOwned {
  status?: string;
  vlanId: number;
  localGatewayIp: string;
  peerGatewayIp: string;
  peeringSubnetMask: string;
  physicalConnectionId?: string;
  accessPointId?: string;
  circuitCode?: string;
  vlanInterfaceId?: string;
  routeTableId?: string;
  /** IPv6 enabled on the VBR (default false). */
  enableIpv6?: boolean;
  createdAt?: string;
}

export interface ScenarioBgpGroup {
  id: string;
  vbrId: string;
  name?: string;
  description?: string;
  peerAsn: number;
  localAsn?: number;
  authKey?: string;
  ipVersion?: string;
  isFakeAsn?: boolean;
  routeLimit?: number;
  hold?: number;
  keepalive?: number;
  status?: string;
  createdAt?: string;
}

export interface ScenarioBgpPeer {
  id: string;
  bgpGroupId: string;
  name?: string;
  description?: string;
  peerIpAddress?: string;
  ipVersion?: string;
  enableBfd?: boolean;
  bfdMultiHop?: number;
  status?: string;
  bgpStatus?: string;
  advertisedRouteCount?: number;
  receivedRouteCount?: number;
  modifiedAt?: string;
}
