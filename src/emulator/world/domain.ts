// Records as the domain types of `src/model/types.ts`, so tests can compare what a client loaded
// through the API with the emulator's truth field by field.

import { isoSeconds } from '../clock';
import { sessionStateOf } from '../api/vpc/bgpRules';
import { routerInterfaceSpecBandwidth } from '../../model/validation/routerInterface';
import type {
  BgpGroup,
  BgpPeer,
  PeerConnection,
  PeerEnd,
  RegionalResource,
  RegionInventory,
  RouteEntry,
  RouterInterface,
  RouteTable,
  VirtualBorderRouter,
  Vpc,
} from '../../model/types';
import type { BgpGroupRecord, BgpPeerRecord, PeerEndRecord, PeerRecord, RouteEntryRecord, RouterInterfaceRecord, RouteTableRecord, VbrRecord, VpcRecord } from './records';
import type { World } from './world';

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : isoSeconds(ms));

/** A record's own fields as its domain type names them (a record carries more than the domain shows). */
const regional = (r: RegionalResource): RegionalResource => ({ id: r.id, name: r.name, description: r.description, regionId: r.regionId, accountUid: r.accountUid });

export function vpcToDomain(world: World, v: VpcRecord): Vpc {
  return {
    ...regional(v),
    status: v.status,
    cidrBlock: v.cidrBlock,
    secondaryCidrs: [...v.secondaryCidrs],
    ipv6Cidrs: [...v.ipv6Cidrs],
    vRouterId: v.vRouterId,
    routeTableIds: world.routeTables.where('vpc', v.id).map((t) => t.id),
    vSwitchIds: world.vSwitches.where('vpc', v.id).map((s) => s.id),
    isDefault: v.isDefault,
    resourceGroupId: v.resourceGroupId,
    createdAt: iso(v.createdAt),
    tags: v.tags.map((t) => ({ ...t })),
  };
}

function endToDomain(world: World, end: PeerEndRecord): PeerEnd {
  const vpc = world.vpcs.get(end.vpcId);
  return {
    accountUid: end.accountUid,
    regionId: end.regionId,
    vpcId: end.vpcId,
    ipv4Cidrs: vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs] : [],
    ipv6Cidrs: vpc ? [...vpc.ipv6Cidrs] : [],
  };
}

/** A connection as `viewerUid` sees it (its own resource group and tags). */
export function peerToDomain(world: World, p: PeerRecord, viewerUid = p.requester.accountUid): PeerConnection {
  const side = p.sides[viewerUid];
  const showsExpiry = p.status === 'Accepting' || p.status === 'Expired';
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    status: p.status,
    bizStatus: p.bizStatus,
    requester: endToDomain(world, p.requester),
    accepter: endToDomain(world, p.accepter),
    bandwidthMbps: p.bandwidth,
    linkType: p.linkType,
    resourceGroupId: side?.resourceGroupId,
    managedService: p.managedService,
    createdAt: iso(p.createdAt),
    modifiedAt: iso(p.modifiedAt),
    expiresAt: showsExpiry ? iso(p.expiresAt) : undefined,
    tags: (side?.tags ?? []).map((t) => ({ ...t })),
  };
}

export function routeTableToDomain(world: World, t: RouteTableRecord): RouteTable {
  return {
    id: t.id,
    name: t.name,
    type: t.type,
    regionId: t.regionId,
    vpcId: t.vpcId,
    routerId: t.routerId,
    routerType: t.routerType,
    // The vSwitches whose traffic the table routes: those bound to it, or for a system table, the unbound ones.
    vSwitchIds: t.vpcId ? world.vSwitches.where('vpc', t.vpcId).filter((s) => world.effectiveRouteTableId(s) === t.id).map((s) => s.id) : [],
    status: t.status,
  };
}

export function routeEntryToDomain(world: World, e: RouteEntryRecord): RouteEntry {
  return {
    id: e.id,
    routeTableId: e.routeTableId,
    regionId: e.regionId,
    destination: e.destination,
    type: e.type,
    status: e.status,
    name: e.name,
    description: e.description,
    nextHops: e.nextHops.map((h) => ({ type: h.type, id: h.id, regionId: nextHopRegion(world, e, h.type, h.id) })),
  };
}

/** For a VpcPeer hop, the region of the far end; for a router interface, its opposite's; otherwise the table's own region. */
export function nextHopRegion(world: World, e: RouteEntryRecord, type: string, id: string): string {
  if (type === 'VpcPeer') return farPeerEnd(world, e, id)?.regionId ?? e.regionId;
  if (type === 'RouterInterface') return world.routerInterfaces.get(id)?.oppositeRegionId ?? e.regionId;
  return e.regionId;
}

/** The end of the connection `peerId` that is not the VPC of the route's own table. */
export function farPeerEnd(world: World, e: RouteEntryRecord, peerId: string): PeerEndRecord | undefined {
  const peer = world.peers.get(peerId);
  const table = world.routeTables.get(e.routeTableId);
  if (!peer || !table) return undefined;
  return peer.requester.vpcId === table.vpcId ? peer.accepter : peer.requester;
}

export function routerInterfaceToDomain(world: World, r: RouterInterfaceRecord): RouterInterface {
  const opposite = r.oppositeInterfaceId ? world.routerInterfaces.get(r.oppositeInterfaceId) : undefined;
  return {
    ...regional(r),
    role: r.role,
    spec: r.spec,
    status: r.status,
    businessStatus: r.businessStatus,
    routerId: r.routerId,
    routerType: r.routerType,
    vpcId: r.vpcId,
    bandwidthMbps: routerInterfaceSpecBandwidth(r.spec) ?? (opposite ? routerInterfaceSpecBandwidth(opposite.spec) : undefined),
    opposite: {
      interfaceId: r.oppositeInterfaceId,
      accountUid: r.oppositeInterfaceOwnerId,
      routerId: r.oppositeRouterId,
      routerType: r.oppositeRouterType,
      regionId: r.oppositeRegionId,
      vpcId: opposite?.vpcId ?? (r.oppositeRouterId ? world.vpcOfRouter(r.oppositeRouterId)?.id : undefined),
      status: opposite?.status,
    },
    createdAt: iso(r.createdAt),
    connectedAt: iso(r.connectedAt),
  };
}

export function vbrToDomain(v: VbrRecord): VirtualBorderRouter {
  const { status, vlanId, localGatewayIp, peerGatewayIp, peeringSubnetMask, physicalConnectionId, routeTableId } = v;
  return { ...regional(v), status, vlanId, localGatewayIp, peerGatewayIp, peeringSubnetMask, physicalConnectionId, routeTableId, enableIpv6: v.enableIpv6 === true };
}

export function bgpGroupToDomain(g: BgpGroupRecord): BgpGroup {
  const { id, name, description, regionId, vbrId, peerAsn, localAsn, ipVersion, status, routeLimit, isFakeAsn } = g;
  return { id, name, description, regionId, vbrId, peerAsn, localAsn, ipVersion, status, hasAuthKey: g.authKey !== '', routeLimit, isFakeAsn };
}

export function bgpPeerToDomain(world: World, p: BgpPeerRecord): BgpPeer {
  const group = world.bgpGroups.get(p.bgpGroupId);
  const { id, name, description, regionId, bgpGroupId, peerIpAddress, ipVersion, enableBfd, bfdMultiHop, status, advertisedRouteCount, receivedRouteCount } = p;
  return {
    id, name, description, regionId, bgpGroupId, peerIpAddress, ipVersion, enableBfd, bfdMultiHop, status, advertisedRouteCount, receivedRouteCount,
    // The VBR and both ASNs are the group's: a peer has none of its own.
    vbrId: group?.vbrId ?? '',
    peerAsn: group?.peerAsn ?? 0,
    localAsn: group?.localAsn ?? 0,
    bgpStatus: sessionStateOf(p),
  };
}

/** Everything one account has in one region, route tables and entries included. */
export function regionInventory(world: World, accountUid: string, regionId: string): RegionInventory {
  const vpcs = world.vpcs.ownedBy(accountUid, regionId);
  const vbrs = world.vbrs.ownedBy(accountUid, regionId);
  const tables = [...vpcs.flatMap((v) => world.routeTables.where('vpc', v.id)), ...vbrs.flatMap((v) => world.routeTables.where('router', v.id))];
  return {
    accountUid,
    regionId,
    vpcs: vpcs.map((v) => vpcToDomain(world, v)),
    peerConnections: world.peersVisibleTo(accountUid, regionId).map((p) => peerToDomain(world, p, accountUid)),
    routerInterfaces: world.routerInterfaces.ownedBy(accountUid, regionId).map((r) => routerInterfaceToDomain(world, r)),
    vbrs: vbrs.map(vbrToDomain),
    bgpGroups: world.bgpGroups.ownedBy(accountUid, regionId).map(bgpGroupToDomain),
    bgpPeers: world.bgpPeers.ownedBy(accountUid, regionId).map((p) => bgpPeerToDomain(world, p)),
    routeTables: tables.map((t) => routeTableToDomain(world, t)),
    routeEntries: tables.flatMap((t) => world.routeEntries.where('table', t.id)).map((e) => routeEntryToDomain(world, e)),
  };
}
