// How a route table treats traffic to one destination block, seen from one peer connection:
// does the longest-prefix match send it through the connection, is only part of it routed there,
// or do more specific routes take part of it elsewhere. Route planning and connectivity diagnosis
// both ask this question.

import { longestPrefixMatch, moreSpecificWithin, type CidrLike } from './cidr';
import { type RouteEntry } from './types';

export const VPC_PEER_NEXT_HOP = 'VpcPeer';

/** Whether the entry sends traffic to the peer connection `connectionId` (alone or among ECMP hops). */
export function pointsAtConnection(entry: Pick<RouteEntry, 'nextHops'>, connectionId: string): boolean {
  return entry.nextHops.some((hop) => hop.type === VPC_PEER_NEXT_HOP && hop.id === connectionId);
}

/** The VPC's own routes: the system entries of its vSwitches, whose next hop is the VPC itself. */
export function isLocalRoute(entry: Pick<RouteEntry, 'type' | 'nextHops'>): boolean {
  if (entry.nextHops.length === 0) return entry.type === 'System';
  return entry.nextHops.every((hop) => hop.type.toLowerCase() === 'local');
}

/** Entries on their way out no longer carry traffic worth counting on. */
export function isLiveRoute(entry: Pick<RouteEntry, 'status'>): boolean {
  const status = entry.status.toLowerCase();
  return status !== 'deleting' && status !== 'deleted';
}

/** Names a next hop by its id ("hub-dr (pcc-…)"), or undefined when it is not known by name. */
export type HopName = (hopId: string) => string | undefined;

/** "VpcPeer pcc-…", "Instance i-…", "local", for messages. */
export function describeNextHop(entry: Pick<RouteEntry, 'type' | 'nextHops'>, hopName?: HopName): string {
  if (isLocalRoute(entry)) return 'local (the VPC itself)';
  return entry.nextHops.map((hop) => (hop.id ? `${hop.type} ${hopName?.(hop.id) ?? hop.id}` : hop.type)).join(' + ');
}

export type CoverageState = 'routed' | 'partial' | 'missing' | 'diverted';

export interface RouteCoverage {
  /**
   * `routed`: the most specific route holding the whole block goes through the connection;
   * `partial`: only routes for parts of the block do;
   * `diverted`: the route holding the whole block goes elsewhere, and no part goes through the connection;
   * `missing`: no route holds the block and none of its parts goes through the connection.
   */
  state: CoverageState;
  /** The longest-prefix match for the whole block, if any route holds all of it. */
  winner?: RouteEntry;
  /** Routes through the connection for parts of the block. */
  partialRoutes: RouteEntry[];
  /** More specific routes inside the block that send their part elsewhere (local vSwitch routes included). */
  divertingRoutes: RouteEntry[];
}

export function routeCoverage(destination: CidrLike, entries: readonly RouteEntry[], connectionId: string): RouteCoverage {
  const winner = longestPrefixMatch(destination, entries, (e) => e.destination);
  const inside = moreSpecificWithin(destination, entries, (e) => e.destination);
  const partialRoutes = inside.filter((e) => pointsAtConnection(e, connectionId));
  const divertingRoutes = inside.filter((e) => !pointsAtConnection(e, connectionId));
  let state: CoverageState;
  if (winner && pointsAtConnection(winner, connectionId)) state = 'routed';
  else if (partialRoutes.length > 0) state = 'partial';
  else state = winner ? 'diverted' : 'missing';
  return { state, winner, partialRoutes, divertingRoutes };
}
