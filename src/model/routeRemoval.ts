// The route entries that point at a peer connection, per side — they must go before the
// connection can be deleted without `Force` (`OperationDenied.RouteEntryExist`) — and the undo of
// a route change: removing what was just added, or re-adding what was just removed.

import { peerEnd, PEER_SIDES, sidePlace, type PeerSide } from './peerStatus';
import { titleOf } from './resourceTitle';
import { huaweiRemoveRouteCommands } from './huaweiRouteInstructions';
import { findSystemRouteTableCommand, listRoutesToConnectionCommand, routeTablePlaceholder, type OwnerInstructions } from './routeCli';
import { pointsAtConnection, VPC_PEER_NEXT_HOP } from './routeCoverage';
import { type PlannedRoute } from './routePlan';
import { type PeerConnection, type RouteEntry, type RouteTable } from './types';

/** An entry to delete, with what an undo needs to re-create it as it was. */
export interface RouteRemoval extends Omit<CreatedRoute, 'nextHopType'> {
  nextHopType: string;
  /** The entry also has other next hops (ECMP); deleting it drops those too. */
  sharedWithOtherNextHops: boolean;
}

export interface RouteRemovalPlan {
  connectionId: string;
  removals: RouteRemoval[];
  /** Sides nobody here can see: their owners must check for and delete such routes themselves. */
  manual: OwnerInstructions[];
}

/** What the user can see of one side's routes. */
export interface RouteTablesView {
  routeTables: readonly RouteTable[];
  routeEntries: readonly RouteEntry[];
}

export function planRouteRemoval(connection: PeerConnection, sides: Partial<Record<PeerSide, RouteTablesView>>): RouteRemovalPlan {
  const plan: RouteRemovalPlan = { connectionId: connection.id, removals: [], manual: [] };
  for (const side of PEER_SIDES) {
    const place = sidePlace(connection, side);
    const view = sides[side];
    if (!view) {
      plan.manual.push(manualRemoval(connection, side));
      continue;
    }
    const tableIds = new Set(view.routeTables.map((t) => t.id));
    for (const entry of view.routeEntries) {
      if (!tableIds.has(entry.routeTableId) || !pointsAtConnection(entry, connection.id)) continue;
      plan.removals.push({
        ...place,
        regionId: entry.regionId || place.regionId,
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

function manualRemoval(connection: PeerConnection, side: PeerSide): OwnerInstructions {
  const end = peerEnd(connection, side);
  const placeholder = routeTablePlaceholder(end.vpcId);
  return {
    ...sidePlace(connection, side),
    commands:
      connection.provider === 'huawei'
        ? huaweiRemoveRouteCommands(end, connection)
        : [
            `# List the route entries of each route table of ${end.vpcId} that point at ${titleOf(connection)}, then delete them with aliyun vpc DeleteRouteEntry:`,
            findSystemRouteTableCommand(end.regionId, end.vpcId),
            listRoutesToConnectionCommand(end.regionId, placeholder, connection.id),
          ],
    summary:
      connection.provider === 'huawei'
        ? `Routes in VPC ${end.vpcId} (${end.regionId}) of account ${end.accountUid} may still point at peering ${titleOf(connection)}; its owner must delete them, or delete the peering, which removes them.`
        : `Routes in VPC ${end.vpcId} (${end.regionId}) of account ${end.accountUid} may still point at peer connection ${titleOf(connection)}; its owner must delete them, or the connection must be deleted with Force.`,
  };
}

/** A route entry the API created from a plan, with the id it returned. */
export interface CreatedRoute extends PlannedRoute {
  routeEntryId: string;
}

/** Undo of adding routes: remove them again, the last created first. */
export function undoAddedRoutes(created: readonly CreatedRoute[]): RouteRemoval[] {
  return [...created].reverse().map((route) => ({ ...route, sharedWithOtherNextHops: false }));
}

/**
 * Undo of removing routes: add them again as they were, the last removed first. Entries that
 * shared their destination with other next hops come back with the peer connection hop only.
 */
export function undoRemovedRoutes(removed: readonly RouteRemoval[]): PlannedRoute[] {
  return [...removed].reverse().map(({ routeEntryId: _id, sharedWithOtherNextHops: _shared, ...route }) => ({ ...route, nextHopType: VPC_PEER_NEXT_HOP }));
}
