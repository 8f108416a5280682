// Creating and deleting route entries one at a time, the store following each until it settles
// (the service takes one route change per table at a time, and the cloud layer waits out "busy"
// answers). Nothing here throws: the outcome says exactly which entries were changed, which one
// failed and why, and which were not tried, so a partial run can be reported and undone.

import * as vscode from 'vscode';
import { GONE, type FollowRef } from '../../inventory/follow';
import type { PeerSide } from '../../model/peerStatus';
import type { CreatedRoute, RouteRemoval } from '../../model/routeRemoval';
import type { PlannedRoute } from '../../model/routePlan';
import { ROUTE_WRITE_SETTLED } from '../../model/transitions';
import type { CommandContext } from '../shared/commandContext';
import type { OperationControl } from '../operation/operationControl';
import { clientFor } from '../operation/runOperation';

/** How long one entry may take to become Available or disappear (Terraform allows 10 minutes). */
export const ROUTE_SETTLE_TIMEOUT_MS = 600_000;

/** The active profile for a side's account, decided by the caller. */
export type ProfileForSide = (side: PeerSide) => string | undefined;

export interface WriteFailure<T> {
  item: T;
  error: unknown;
  /** The request reached the cloud (the entry exists or is going), but it did not settle. */
  sent: boolean;
  /** For a create that was sent: the new entry's id. */
  routeEntryId?: string;
}

export interface AddOutcome {
  /** Created entries in order, including one that was created but did not settle (see `failure`). */
  created: CreatedRoute[];
  failure?: WriteFailure<PlannedRoute>;
  notTried: PlannedRoute[];
}

export interface RemoveOutcome {
  removed: RouteRemoval[];
  failure?: WriteFailure<RouteRemoval>;
  notTried: RouteRemoval[];
}

/** The entry as the store follows it: read through the profile that wrote it, kept with its VPC. */
function entryRef(profileId: string, entry: { regionId: string; vpcId: string; routeTableId: string }, routeEntryId: string): FollowRef<'routeEntry'> {
  const within = [
    { kind: 'vpc', id: entry.vpcId },
    { kind: 'routeTable', id: entry.routeTableId },
  ] as const;
  return { kind: 'routeEntry', id: routeEntryId, regionId: entry.regionId, profileId, within };
}

function profileOrThrow(profileFor: ProfileForSide, side: PeerSide, accountUid: string): string {
  const profileId = profileFor(side);
  if (!profileId) throw new Error(vscode.l10n.t('No active profile holds account {0}.', accountUid));
  return profileId;
}

/** A ClientToken per entry, derived from the operation's (ASCII, well under 64 characters). */
function entryToken(control: OperationControl, index: number): string {
  return `${control.clientToken}-${index}`;
}

export async function createRoutes(
  context: CommandContext,
  routes: readonly PlannedRoute[],
  profileFor: ProfileForSide,
  control: OperationControl,
): Promise<AddOutcome> {
  const created: CreatedRoute[] = [];
  for (const [index, route] of routes.entries()) {
    let routeEntryId: string | undefined;
    try {
      const profileId = profileOrThrow(profileFor, route.side, route.accountUid);
      const client = clientFor(context, profileId);
      control.report(vscode.l10n.t('{0}/{1}: {2} → {3} in {4}', index + 1, routes.length, route.destination, route.nextHopId, route.routeTableId));
      const result = await client.operations.createRouteEntry(
        {
          regionId: route.regionId,
          routeTableId: route.routeTableId,
          destination: route.destination,
          nextHopType: route.nextHopType,
          nextHopId: route.nextHopId,
          name: route.name,
          description: route.description,
        },
        { clientToken: entryToken(control, index), signal: control.signal },
      );
      control.markSent();
      routeEntryId = result.id;
      created.push({ ...route, routeEntryId });
      const id = routeEntryId;
      await context.store.follow(entryRef(profileId, route, id), ROUTE_WRITE_SETTLED.create, {
        signal: control.signal,
        timeoutMs: ROUTE_SETTLE_TIMEOUT_MS,
        onStatus: (status) => control.report(vscode.l10n.t('{0}/{1}: {2} is {3}', index + 1, routes.length, id, status === GONE ? '…' : status)),
      });
    } catch (error) {
      return { created, failure: { item: route, error, sent: routeEntryId !== undefined, routeEntryId }, notTried: routes.slice(index + 1) };
    }
  }
  return { created, notTried: [] };
}

export async function removeRoutes(
  context: CommandContext,
  removals: readonly RouteRemoval[],
  profileFor: ProfileForSide,
  control: OperationControl,
): Promise<RemoveOutcome> {
  const removed: RouteRemoval[] = [];
  for (const [index, removal] of removals.entries()) {
    let sent = false;
    try {
      const profileId = profileOrThrow(profileFor, removal.side, removal.accountUid);
      const client = clientFor(context, profileId);
      control.report(vscode.l10n.t('{0}/{1}: removing {2} ({3}) from {4}', index + 1, removals.length, removal.destination, removal.routeEntryId, removal.routeTableId));
      await client.operations.deleteRouteEntry(
        { regionId: removal.regionId, routeTableId: removal.routeTableId, routeEntryId: removal.routeEntryId },
        { clientToken: entryToken(control, index), signal: control.signal },
      );
      sent = true;
      control.markSent();
      await context.store.follow(entryRef(profileId, removal, removal.routeEntryId), ROUTE_WRITE_SETTLED.delete, {
        signal: control.signal,
        timeoutMs: ROUTE_SETTLE_TIMEOUT_MS,
        onStatus: (status) => control.report(vscode.l10n.t('{0}/{1}: {2} is {3}', index + 1, removals.length, removal.routeEntryId, status === GONE ? vscode.l10n.t('gone') : status)),
      });
      removed.push(removal);
    } catch (error) {
      return { removed, failure: { item: removal, error, sent }, notTried: removals.slice(index + 1) };
    }
  }
  return { removed, notTried: [] };
}
