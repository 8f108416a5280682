// The route entries that point at a peer connection, per side — they must go before the
// connection can be deleted without `Force` (`OperationDenied.RouteEntryExist`) — and the undo of
// a route change: removing what was just added, or re-adding what was just removed.

import { peerEnd, PEER_SIDES, type PeerSide } from './peerStatus';
import { titleOf } from './resourceTitle';
import { findSystemRouteTableCommand, listRoutesToConnectionCommand, routeTablePlaceholder } from './routeCli';
import { pointsAtConnection, VPC_PEER_NEXT_HOP } from './routeCoverage';
import { type PlannedRoute } from './routePlan';
import { type PeerConnection, type RouteEntry, type RouteTable } from './types';

export interface RouteRemoval {
  side: PeerSide;
  accountUid: string;
  regionId: string;
  vpcId: string;
  routeTableId: string;
  routeEntryId: string;
  destination: string;
  nextHopType: string;
  nextHopId: string;
  /** Kept so that an undo can re-create the entry as it was. */
  name: string;
  description: string;
  /** The entry also has other next hops (ECMP); deleting it drops those too. */
  sharedWithOtherNextHops: boolean;
}

export interface ManualRemovalInstructions {
  side: PeerSide;
  accountUid: string;
  regionId: string;
  vpcId: string;
  commands: string[];
  summary: string;
}

export interface RouteRemovalPlan {
  connectionId: string;
  removals: RouteRemoval[];
  /** Sides nobody here can see: their owners must check for and delete such routes themselves. */
  manual: ManualRemovalInstructions[];
}

/** What the user can see of one side's routes. */
export interface RouteTablesView {
  routeTables: readonly RouteTable[];
  routeEntries: readonly RouteEntry[];
}

export function planRouteRemoval(connection: PeerConnection, sides: Partial<Record<PeerSide, RouteTablesView>>): RouteRemovalPlan {
  const plan: RouteRemovalPlan = { connectionId: connection.id, removals: [], manual: [] };
  for (const side of PEER_SIDES) {
    const end = peerEnd(connection, side);
    const view = sides[side];
    if (!view) {
      plan.manual.push(manualRemoval(connection, side));
      continue;
    }
    const tableIds = new Set(view.routeTables.map((t) => t.id));
    for (const entry of view.routeEntries) {
      if (!tableIds.has(entry.routeTableId) || !pointsAtConnection(entry, connection.id)) continue;
      plan.removals.push({
        side,
        accountUid: end.accountUid,
        regionId: entry.regionId || end.regionId,
        vpcId: end.vpcId,
        routeTableId: entry.routeTableId,
        routeEntryId: entry.id,
        destination: entry.destination,
        nextHopType: VPC_PEER_NEXT_HOP,
        nextHopId: connection.id,
        name: entry.name,
        description: entry.description,
        sharedWithOtherNextHops: entry.nextHops.length > 1,
      });
    }
  }
  return plan;
}

function manualRemoval(connection: PeerConnection, side: PeerSide): ManualRemovalInstructions {
  const end = peerEnd(connection, side);
  const placeholder = routeTablePlaceholder(end.vpcId);
  return {
    side,
    accountUid: end.accountUid,
    regionId: end.regionId,
    vpcId: end.vpcId,
    commands: [
      `# List the route entries of each route table of ${end.vpcId} that point at ${titleOf(connection)}, then delete them with aliyun vpc DeleteRouteEntry:`,
      findSystemRouteTableCommand(end.regionId, end.vpcId),
      listRoutesToConnectionCommand(end.regionId, placeholder, connection.id),
    ],
    summary: `Routes in VPC ${end.vpcId} (${end.regionId}) of account ${end.accountUid} may still point at peer connection ${titleOf(connection)}; its owner must delete them, or the connection must be deleted with Force.`,
  };
}

/** A route entry the API created from a plan, with the id it returned. */
export interface CreatedRoute extends PlannedRoute {
  routeEntryId: string;
}

/** Undo of adding routes: remove them again, the last created first. */
export function undoAddedRoutes(created: readonly CreatedRoute[]): RouteRemoval[] {
  return [...created].reverse().map((route) => ({
    side: route.side,
    accountUid: route.accountUid,
    regionId: route.regionId,
    vpcId: route.vpcId,
    routeTableId: route.routeTableId,
    routeEntryId: route.routeEntryId,
    destination: route.destination,
    nextHopType: route.nextHopType,
    nextHopId: route.nextHopId,
    name: route.name,
    description: route.description,
    sharedWithOtherNextHops: false,
  }));
}

/**
 * Undo of removing routes: add them again as they were, the last removed first. Entries that
 * shared their destination with other next hops come back with the peer connection hop only.
 */
export function undoRemovedRoutes(removed: readonly RouteRemoval[]): PlannedRoute[] {
  return [...removed].reverse().map((r) => ({
    side: r.side,
    accountUid: r.accountUid,
    regionId: r.regionId,
    vpcId: r.vpcId,
    routeTableId: r.routeTableId,
    destination: r.destination,
    nextHopType: VPC_PEER_NEXT_HOP,
    nextHopId: r.nextHopId,
    name: r.name,
    description: r.description,
  }));
}
