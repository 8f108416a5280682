// The scenario format: what a JSON scenario file, the built-in scenarios and the state file all
// are. Accounts are referred to by name or uid; ids may be any string with the right prefix.
// Times are ISO 8601 strings. Everything not required has a sensible default (see docs/emulator.md).
// Each object is written once, as a shape table: the TypeScript types below are derived from the
// tables, and files are checked against them (shape.ts).

import { HUAWEI_DOCUMENT } from '../huawei/scenario';
import { type DocumentOf, opt, req, type Shape } from './shape';

export const SCENARIO_VERSION = 1;

const TAG = { key: req('string'), value: req('string') } satisfies Shape;
const SIDE = { resourceGroupId: opt('string'), tags: opt({ array: TAG }) } satisfies Shape;

const ACCOUNT = {
  name: req('string'),
  /** Numeric account id (UID), up to 16 digits. */
  uid: req('string'),
  /** Derived from the uid when absent. */
  accessKeyId: opt('string'),
  accessKeySecret: opt('string'),
  /** Extra keys that act as STS credentials of this account: calls must carry the token. */
  stsCredentials: opt({ array: { accessKeyId: req('string'), accessKeySecret: req('string'), securityToken: req('string') } }),
  /** The first group is the default; one named `default` is created when absent. */
  resourceGroups: opt({ array: { id: req('string'), name: req('string') } }),
} satisfies Shape;

const VSWITCH = {
  id: req('string'),
  name: opt('string'),
  description: opt('string'),
  zoneId: opt('string'),
  cidrBlock: req('string'),
  /** A custom route table of the same VPC; the system table applies otherwise. */
  routeTableId: opt('string'),
  /** Id of the system route entry for the vSwitch CIDR (kept so ids survive a restart). */
  systemRouteEntryId: opt('string'),
  createdAt: opt('string'),
} satisfies Shape;

/** The fields every entry of something an account owns in a region starts with. */
const OWNED = {
  id: req('string'),
  /** Account name or uid. */
  account: req('string'),
  regionId: req('string'),
  name: opt('string'),
  description: opt('string'),
} satisfies Shape;

const VPC = {
  ...OWNED,
  cidrBlock: req('string'),
  secondaryCidrs: opt('string[]'),
  ipv6Cidrs: opt('string[]'),
  isDefault: opt('boolean'),
  status: opt('string'),
  resourceGroupId: opt('string'),
  tags: opt({ array: TAG }),
  createdAt: opt('string'),
  vRouterId: opt('string'),
  systemRouteTableId: opt('string'),
  vSwitches: opt({ array: VSWITCH }),
} satisfies Shape;

/** A custom route table; every VPC has a system table of its own. */
const ROUTE_TABLE = { id: req('string'), vpcId: req('string'), name: opt('string'), description: opt('string'), createdAt: opt('string') } satisfies Shape;

const ROUTE_ENTRY = {
  id: opt('string'),
  /** The table; or give `vpcId` to mean that VPC's system table. */
  routeTableId: opt('string'),
  vpcId: opt('string'),
  destination: req('string'),
  nextHopType: opt('string'),
  nextHopId: opt('string'),
  /** ECMP next hops, instead of `nextHopType`/`nextHopId`. */
  nextHops: opt({ array: { type: req('string'), id: req('string'), weight: opt('integer') } }),
  name: opt('string'),
  description: opt('string'),
  status: opt('string'),
  modifiedAt: opt('string'),
} satisfies Shape;

const PEER = {
  id: req('string'),
  name: opt('string'),
  description: opt('string'),
  /** Default `Activated`; a transitional status settles after the transition time. */
  status: opt('string'),
  requesterVpcId: req('string'),
  accepterVpcId: req('string'),
  /** Mbit/s for inter-region connections (default 1024); intra-region is always unlimited. */
  bandwidthMbps: opt('integer'),
  linkType: opt('string'),
  bizStatus: opt('string'),
  managedService: opt('string'),
  createdAt: opt('string'),
  modifiedAt: opt('string'),
  /** End of the acceptance window (Accepting, Expired); default creation + the window. */
  expiresAt: opt('string'),
  requesterSide: opt({ object: SIDE }),
  accepterSide: opt({ object: SIDE }),
} satisfies Shape;

const ROUTER_INTERFACE = {
  id: req('string'),
  account: req('string'),
  regionId: req('string'),
  /** A VPC's `vrt-` router or a `vbr-` id. */
  routerId: req('string'),
  role: req('string'),
  spec: opt('string'),
  status: opt('string'),
  businessStatus: opt('string'),
  name: opt('string'),
  description: opt('string'),
  oppositeInterfaceId: opt('string'),
  /** Account name or uid of the opposite interface's owner. */
  oppositeInterfaceOwner: opt('string'),
  oppositeRouterId: opt('string'),
  oppositeRegionId: req('string'),
  accessPointId: opt('string'),
  oppositeAccessPointId: opt('string'),
  chargeType: opt('string'),
  healthCheckSourceIp: opt('string'),
  healthCheckTargetIp: opt('string'),
  createdAt: opt('string'),
  connectedAt: opt('string'),
} satisfies Shape;

const VBR = {
  ...OWNED,
  status: opt('string'),
  vlanId: req('integer'),
  localGatewayIp: req('string'),
  peerGatewayIp: req('string'),
  peeringSubnetMask: req('string'),
  physicalConnectionId: opt('string'),
  accessPointId: opt('string'),
  circuitCode: opt('string'),
  vlanInterfaceId: opt('string'),
  routeTableId: opt('string'),
  /** IPv6 enabled on the VBR (default false). */
  enableIpv6: opt('boolean'),
  createdAt: opt('string'),
} satisfies Shape;

const BGP_GROUP = {
  id: req('string'),
  vbrId: req('string'),
  name: opt('string'),
  description: opt('string'),
  peerAsn: req('integer'),
  localAsn: opt('integer'),
  authKey: opt('string'),
  ipVersion: opt('string'),
  isFakeAsn: opt('boolean'),
  routeLimit: opt('integer'),
  hold: opt('integer'),
  keepalive: opt('integer'),
  status: opt('string'),
  createdAt: opt('string'),
} satisfies Shape;

const BGP_PEER = {
  id: req('string'),
  bgpGroupId: req('string'),
  name: opt('string'),
  description: opt('string'),
  peerIpAddress: opt('string'),
  ipVersion: opt('string'),
  enableBfd: opt('boolean'),
  bfdMultiHop: opt('integer'),
  status: opt('string'),
  bgpStatus: opt('string'),
  advertisedRouteCount: opt('integer'),
  receivedRouteCount: opt('integer'),
  modifiedAt: opt('string'),
} satisfies Shape;

export const DOCUMENT = {
  version: req('integer'),
  description: opt('string'),
  /** Regions open to the accounts (DescribeRegions); defaults to the regions the resources use. */
  regions: opt('string[]'),
  accounts: req({ array: ACCOUNT }),
  vpcs: opt({ array: VPC }),
  routeTables: opt({ array: ROUTE_TABLE }),
  routeEntries: opt({ array: ROUTE_ENTRY }),
  peerConnections: opt({ array: PEER }),
  routerInterfaces: opt({ array: ROUTER_INTERFACE }),
  vbrs: opt({ array: VBR }),
  bgpGroups: opt({ array: BGP_GROUP }),
  bgpPeers: opt({ array: BGP_PEER }),
  /** Huawei Cloud tenants and resources (huawei/scenario.ts); absent: as `EmulatorOptions.huawei` says. */
  huawei: opt({ object: HUAWEI_DOCUMENT }),
} satisfies Shape;

export type ScenarioDocument = DocumentOf<typeof DOCUMENT>;
export type ScenarioAccount = DocumentOf<typeof ACCOUNT>;
export type ScenarioOwned = DocumentOf<typeof OWNED>;
export type ScenarioVpc = DocumentOf<typeof VPC>;
export type ScenarioVSwitch = DocumentOf<typeof VSWITCH>;
export type ScenarioRouteEntry = DocumentOf<typeof ROUTE_ENTRY>;
export type ScenarioPeerSide = DocumentOf<typeof SIDE>;
export type ScenarioPeerConnection = DocumentOf<typeof PEER>;
export type ScenarioRouterInterface = DocumentOf<typeof ROUTER_INTERFACE>;
export type ScenarioVbr = DocumentOf<typeof VBR>;
export type ScenarioBgpGroup = DocumentOf<typeof BGP_GROUP>;
export type ScenarioBgpPeer = DocumentOf<typeof BGP_PEER>;
