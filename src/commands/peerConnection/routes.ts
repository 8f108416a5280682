// The route entries that point at a connection, as far as the active profiles can see: the route
// tables of each end's VPC (loaded now when the store has not loaded them yet). An end in an
// account without a profile is reported as unseen — its routes are only known to the service.

import { pointsAtConnection } from '../../model/routeCoverage';
import { PEER_SIDES, peerEnd, type PeerSide } from '../../model/peerStatus';
import type { PeerConnection, RouteEntry, Vpc } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { CommandContext } from '../shared/commandContext';

export interface RouteThroughConnection {
  side: PeerSide;
  vpc: Vpc;
  profileId: string;
  entry: RouteEntry;
}

export interface RoutesThroughConnection {
  routes: RouteThroughConnection[];
  /** Ends whose route tables nobody here can read. */
  unseen: PeerSide[];
  /** The VPCs whose route tables were read, to reload after routes change. */
  seen: { profileId: string; regionId: string; vpcId: string }[];
}

export async function routesThroughConnection(context: CommandContext, connection: PeerConnection, reload = false): Promise<RoutesThroughConnection> {
  const result: RoutesThroughConnection = { routes: [], unseen: [], seen: [] };
  for (const side of PEER_SIDES) {
    const end = peerEnd(connection, side);
    const resolved = context.store.resolveEnd(end);
    if (resolved.kind !== 'vpc') {
      result.unseen.push(side);
      continue;
    }
    let details = reload ? undefined : valueOf(context.store.vpcDetails(resolved.profileId, end.vpcId));
    details ??= await context.store.loadVpcDetails(resolved.profileId, end.regionId, end.vpcId).catch(() => undefined);
    if (!details) {
      result.unseen.push(side);
      continue;
    }
    result.seen.push({ profileId: resolved.profileId, regionId: end.regionId, vpcId: end.vpcId });
    for (const entry of details.routeEntries) {
      if (pointsAtConnection(entry, connection.id)) result.routes.push({ side, vpc: resolved.vpc, profileId: resolved.profileId, entry });
    }
  }
  return result;
}

/** Reloads the route tables of the VPCs read before, so the tree shows routes that went away. */
export async function reloadRouteTables(context: CommandContext, seen: RoutesThroughConnection['seen']): Promise<void> {
  await Promise.all(seen.map((vpc) => context.store.loadVpcDetails(vpc.profileId, vpc.regionId, vpc.vpcId).catch(() => undefined)));
}
