// The route entries that point at a connection, as far as the active profiles can see: the route
// tables of each end's VPC, as fresh as the store's route details are kept (read now when older).
// An end in an account without a profile is reported as unseen — its routes are only known to the
// service.

import { pointsAtConnection } from '../../model/routeCoverage';
import { PEER_SIDES, peerEnd, type PeerSide } from '../../model/peerStatus';
import type { PeerConnection, RouteEntry, Vpc } from '../../model/types';
import type { VpcPlace } from '../../inventory/store';
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
  /** The VPCs whose route tables were read, to read again after routes change. */
  seen: VpcPlace[];
}

/** `maxAgeMs` as for `store.freshVpcDetails`: 0 reads the route tables now (after a change). */
export async function routesThroughConnection(context: CommandContext, connection: PeerConnection, freshness: { maxAgeMs?: number } = {}): Promise<RoutesThroughConnection> {
  const result: RoutesThroughConnection = { routes: [], unseen: [], seen: [] };
  for (const side of PEER_SIDES) {
    const end = peerEnd(connection, side);
    const resolved = context.store.resolveEnd(end);
    if (resolved.kind !== 'vpc') {
      result.unseen.push(side);
      continue;
    }
    const place = { profileId: resolved.profileId, regionId: end.regionId, vpcId: end.vpcId };
    const details = await context.store.freshVpcDetails(place, freshness).catch(() => undefined);
    if (!details) {
      result.unseen.push(side);
      continue;
    }
    result.seen.push(place);
    for (const entry of details.routeEntries) {
      if (pointsAtConnection(entry, connection.id)) result.routes.push({ side, vpc: resolved.vpc, profileId: resolved.profileId, entry });
    }
  }
  return result;
}
