// The state the "Add Routes" wizard fills in, and the route plan made from it with the model's
// planner (src/model/routePlan.ts) over what the store holds for both sides.

import { planRoutes, type RoutePlan, type RouteSideView } from '../../model/routePlan';
import { PEER_SIDES, type PeerSide } from '../../model/peerStatus';
import type { PeerConnection } from '../../model/types';
import type { ConnectionAccess } from './connectionAccess';
import type { AddOutcome } from './routeWrites';
import type { PerSide } from './routeArguments';
import type { HopName } from '../../model/routeCoverage';

export interface AddRoutesState {
  given: {
    connectionId?: string;
    sides?: PeerSide[];
    routeTableIds?: PerSide<string[]>;
    destinations?: PerSide<string[]>;
    apply?: boolean;
    /**
     * An arguments object was given: what it leaves out takes its default (both sides, system
     * tables, the other VPC's blocks) instead of being asked.
     */
    defaults?: boolean;
  };
  connectionId?: string;
  connection?: PeerConnection;
  access?: ConnectionAccess;
  sides?: PeerSide[];
  routeTableIds: PerSide<string[]>;
  destinations: PerSide<string[]>;
  /** What was chosen in the destinations list, "Other CIDR blocks…" included. */
  destinationChoices: PerSide<string[]>;
  /** The blocks typed after "Other CIDR blocks…". */
  typedDestinations: PerSide<string>;
  /** The person's answer in the review: add the entries, or there was nothing to add. */
  decision?: 'apply' | 'nothing';
  /** Names other connections a table already routes to, in the plan's messages. */
  hopName?: HopName;
  /** What adding the entries did (set by the execute phase). */
  outcome?: AddOutcome;
}

export function chosenSides(s: AddRoutesState): PeerSide[] {
  return s.given.sides ?? s.sides ?? [...PEER_SIDES];
}

/** What the planner may see of one side: only sides a profile here can read. */
export function sideView(access: ConnectionAccess, side: PeerSide): RouteSideView | undefined {
  const a = access[side];
  if (!a.profileId || !a.details) return undefined;
  return { vpc: a.vpc, routeTables: a.details.routeTables, routeEntries: a.details.routeEntries, vSwitches: a.details.vSwitches };
}

export function makePlan(s: AddRoutesState): RoutePlan {
  const connection = s.connection!;
  const access = s.access!;
  const sides: PerSide<RouteSideView> = {};
  for (const side of PEER_SIDES) {
    const view = sideView(access, side);
    if (view) sides[side] = view;
  }
  return planRoutes({
    connection,
    sides,
    options: {
      sides: chosenSides(s),
      routeTableIds: { ...s.routeTableIds, ...s.given.routeTableIds },
      destinations: { ...s.destinations, ...s.given.destinations },
      hopName: s.hopName,
    },
  });
}
