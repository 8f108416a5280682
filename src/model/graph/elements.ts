// The topology graph as plain JSON: what the graph builder produces, what the host posts to the
// page, and what the page hands to cytoscape (each element becomes one cytoscape element whose
// `data` is the element itself). Every element is flat so cytoscape selectors such as
// `edge[status = "Accepting"]` or `edge[?attention]` can style it directly.

import { resourceRef, type ResourceKind, type ResourceRef } from '../resourceRef';
import type { LinkType, PeerStatus, RouterType } from '../types';
import { regionOfKey } from './providerRegions';

/**
 * Graph nodes: boxes and resources that share the resource kinds' names, and what only the graph
 * draws: a VPC known from a connection's far end, a BGP neighbour's router, an opposite router.
 */
export type NodeKind = Extract<ResourceKind, 'region' | 'account' | 'vpc' | 'vbr'> | 'externalVpc' | 'bgpNeighbor' | 'router';
/** Graph edges: router interface links, and the drawings of peer connections and BGP peers. */
export type EdgeKind = Extract<ResourceKind, 'routerInterface'> | 'peer' | 'bgp';

/** Whether a side's route tables send the other side's CIDRs into this connection. */
export type RouteCoverage = 'covered' | 'partial' | 'missing' | 'unknown';

interface NodeBase {
  id: string;
  kind: NodeKind;
  /** Text drawn on the node; lines separated by `\n`. Always rendered as text. */
  label: string;
  /** Id of the enclosing group node. */
  parent?: string;
  regionId: string;
}

export interface RegionNode extends NodeBase {
  kind: 'region';
}

/** One account's share of one region: a box inside the region box. */
export interface AccountNode extends NodeBase {
  kind: 'account';
  parent: string;
  accountUid: string;
  /** Profile name when the account has an active profile. */
  accountName?: string;
  /** That profile's id: what the commands the page runs name the acting account by. */
  profileId?: string;
  /** False for accounts seen only as the far end of a connection. */
  active: boolean;
}

export interface VpcNode extends NodeBase {
  kind: 'vpc';
  parent: string;
  vpcId: string;
  name: string;
  description: string;
  accountUid: string;
  status: string;
  cidrBlock: string;
  secondaryCidrs: string[];
  ipv6Cidrs: string[];
  isDefault: boolean;
  vRouterId: string;
}

/**
 * A VPC known only from a connection's far end. `noProfile`: its account has no active profile;
 * `notLoaded`: the account is active but the VPC's region did not load (or is not selected).
 */
export interface ExternalVpcNode extends NodeBase {
  kind: 'externalVpc';
  parent: string;
  vpcId: string;
  accountUid: string;
  cidrs: string[];
  reason: 'noProfile' | 'notLoaded';
}

export interface VbrNode extends NodeBase {
  kind: 'vbr';
  parent: string;
  vbrId: string;
  name: string;
  accountUid: string;
  status: string;
  vlanId?: number;
  localGatewayIp?: string;
  peerGatewayIp?: string;
  physicalConnectionId?: string;
}

/** The far end of a BGP session: the customer's router, known by its address. */
export interface BgpNeighborNode extends NodeBase {
  kind: 'bgpNeighbor';
  parent: string;
  bgpPeerId: string;
  vbrId: string;
  accountUid: string;
  peerIpAddress: string;
  peerAsn: number;
}

/** The opposite router of a router interface whose VPC or VBR is not in the inventory. */
export interface RouterNode extends NodeBase {
  kind: 'router';
  parent: string;
  routerId: string;
  routerType?: RouterType;
  accountUid: string;
}

export type GraphNode = RegionNode | AccountNode | VpcNode | ExternalVpcNode | VbrNode | BgpNeighborNode | RouterNode;
/** Nodes that sit inside groups and carry a position of their own. */
export type LeafNode = VpcNode | ExternalVpcNode | VbrNode | BgpNeighborNode | RouterNode;

interface EdgeBase {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  label: string;
  /** Something the engineer should look at (CIDR overlap, routes missing, session down). */
  attention: boolean;
  /** Why `attention` is set, one sentence each. */
  warnings: string[];
  /** The Terraform block that manages the resource, when the workspace's Terraform has one. */
  terraform?: TerraformMark;
}

/** Where a resource's Terraform is written: `place` "main.tf:42", `address` "alicloud_vpc_peer_connection.hub". */
export interface TerraformMark {
  address: string;
  place: string;
}

export interface PeerEndSummary {
  accountUid: string;
  regionId: string;
  vpcId: string;
  /** The VPC's name when it is loaded and has one. */
  vpcName?: string;
  /** IPv4 and IPv6 blocks of that end, as the connection reports them. */
  cidrs: string[];
  /** Whether that end's account has an active profile (so it can act on the connection). */
  managed: boolean;
  routes: RouteCoverage;
}

/** A VPC peer connection, drawn requester → accepter. */
export interface PeerEdge extends EdgeBase {
  kind: 'peer';
  connectionId: string;
  name: string;
  description: string;
  status: PeerStatus;
  bizStatus: string;
  /** Mbit/s; -1 means unlimited (intra-region). */
  bandwidthMbps: number;
  linkType?: LinkType;
  scope: 'intraRegion' | 'interRegion';
  crossAccount: boolean;
  requester: PeerEndSummary;
  accepter: PeerEndSummary;
  /** The two ends share addresses; routes through the connection cannot reach all of them. */
  overlap: boolean;
  /** `requester ∩ accepter` pairs, e.g. `10.0.0.0/16 ∩ 10.0.8.0/21`. */
  overlappingCidrs: string[];
  /** The worse of the two sides' coverage, for styling. */
  routeCoverage: RouteCoverage;
  /** Set when a managed service owns the connection (it is then deleted there, not here). */
  managedService?: string;
  createdAt?: string;
  expiresAt?: string;
}

/** A router interface link: a connected pair, or one interface pointing at its opposite router. */
export interface RouterInterfaceEdge extends EdgeBase {
  kind: 'routerInterface';
  /** The interfaces of the link present in the inventory (one or two). */
  interfaceIds: string[];
  /** Both interfaces of the pair are in the inventory. */
  paired: boolean;
  name: string;
  status: string;
  oppositeStatus?: string;
  spec: string;
  bandwidthMbps?: number;
  scope: 'intraRegion' | 'interRegion';
  /** Region and account of the initiating interface (where the link is managed from). */
  regionId: string;
  accountUid: string;
}

/** A BGP session from a VBR to a neighbour address. */
export interface BgpEdge extends EdgeBase {
  kind: 'bgp';
  bgpPeerId: string;
  bgpGroupId: string;
  name: string;
  status: string;
  bgpStatus: string;
  peerAsn: number;
  localAsn: number;
  peerIpAddress: string;
  enableBfd: boolean;
  /** The VBR's region and account. */
  regionId: string;
  accountUid: string;
}

export type GraphEdge = PeerEdge | RouterInterfaceEdge | BgpEdge;
export type GraphElement = GraphNode | GraphEdge;

export interface TopologyGraph {
  /** `buildGraph` lists groups first (regions, then accounts), then leaves, each sorted by id. */
  nodes: GraphNode[];
  /** `buildGraph` sorts them by id. */
  edges: GraphEdge[];
}

export interface Point {
  x: number;
  y: number;
}

/** Centre positions of leaf nodes, by node id. Group boxes follow their children. */
export type Positions = Record<string, Point>;

/** Regions and accounts are drawn as boxes around other nodes; their extent follows their children. */
export function isGroupKind(kind: NodeKind): kind is 'region' | 'account' {
  return kind === 'region' || kind === 'account';
}

export function isLeafNode(node: GraphNode): node is LeafNode {
  return !isGroupKind(node.kind);
}

/**
 * The resources an element draws, as refs the explorer finds its rows by, in the order to try
 * them: a connection's sides whose account has a profile first, a link's initiating interface
 * first. A region box stands for that region of every account, an account box for that account's
 * region; an opposite router has no row.
 */
export function elementRefs(element: GraphElement): ResourceRef[] {
  // A graph region key names the cloud too (providerRegions.ts); a ref names the real region.
  const at = (place: { accountUid: string; regionId: string }) => ({ accountUid: place.accountUid, ...regionOfKey(place.regionId) });
  switch (element.kind) {
    case 'region':
      return [resourceRef('region', at({ accountUid: '', regionId: element.regionId }), regionOfKey(element.regionId).regionId)];
    case 'account':
      return [resourceRef('region', at(element), regionOfKey(element.regionId).regionId)];
    case 'vpc':
    case 'externalVpc':
      return [resourceRef('vpc', at(element), element.vpcId)];
    case 'vbr':
      return [resourceRef('vbr', at(element), element.vbrId)];
    case 'bgpNeighbor':
      return [resourceRef('bgpPeer', at(element), element.bgpPeerId, [{ kind: 'vbr', id: element.vbrId }])];
    case 'bgp':
      return [resourceRef('bgpPeer', at(element), element.bgpPeerId, [{ kind: 'bgpGroup', id: element.bgpGroupId }])];
    case 'peer': {
      const sides = [element.requester, element.accepter].sort((a, b) => Number(b.managed) - Number(a.managed));
      return sides.map((side) => resourceRef('peerConnection', at(side), element.connectionId));
    }
    case 'routerInterface':
      return element.interfaceIds.map((id, i) => resourceRef('routerInterface', i === 0 ? at(element) : { accountUid: '', regionId: '' }, id));
    case 'router':
      return [];
  }
}
