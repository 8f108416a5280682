// Creating and deleting route entries, the store following each until it settles. The two sides
// of a connection have their own route tables, so they are written at once; within a side one
// entry at a time (the service takes one route change per table at a time, and the cloud layer
// waits out "busy" answers). A side stops at its first failure while the other carries on.
// Nothing here throws: the outcome says exactly which entries were changed, which failed and why,
// and which were not tried, so a partial run can be reported and undone.

import * as vscode from 'vscode';
import { GONE, type FollowRef } from '../../inventory/follow';
import type { PeerSide } from '../../model/peerStatus';
import type { CreatedRoute, RouteRemoval } from '../../model/routeRemoval';
import type { PlannedRoute } from '../../model/routePlan';
import { ROUTE_WRITE_SETTLED } from '../../model/transitions';
import type { RouteEntry } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import { loadedTitle } from '../shared/resourceText';
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

/** What writing a list of entries did, in the list's order whichever side finished first. */
interface WriteOutcome<T, D> {
  done: D[];
  /** At most one per side: where that side stopped. */
  failures: WriteFailure<T>[];
  /** The entries after each failure, on the side that stopped. */
  notTried: T[];
}

export interface AddOutcome {
  /** Created entries, including those created but not settled (see `failures`). */
  created: CreatedRoute[];
  failures: WriteFailure<PlannedRoute>[];
  notTried: PlannedRoute[];
}

export interface RemoveOutcome {
  removed: RouteRemoval[];
  failures: WriteFailure<RouteRemoval>[];
  notTried: RouteRemoval[];
}

/** What one write got to before it failed: a request sent, an entry made. */
interface Attempt<D> {
  sent: boolean;
  routeEntryId?: string;
  /** What the write did, kept even when following it failed afterwards (a created entry exists). */
  done?: D;
}

/** One entry's turn: its place in the list (`step`: "2/5", for progress) and the profile that writes it. */
interface Turn<D> {
  index: number;
  step: string;
  profileId: string;
  attempt: Attempt<D>;
}

interface RouteItem {
  side: PeerSide;
  accountUid: string;
}

/** Writes each side's entries in order, the sides at once; see the file's comment. */
async function writeBothSides<T extends RouteItem, D>(items: readonly T[], profileFor: ProfileForSide, write: (item: T, turn: Turn<D>) => Promise<void>): Promise<WriteOutcome<T, D>> {
  const done: [number, D][] = [];
  const failures: [number, WriteFailure<T>][] = [];
  const notTried: [number, T][] = [];
  const indexed = items.map((item, index): [number, T] => [index, item]);
  const sides = new Set(items.map((item) => item.side));
  await Promise.all(
    [...sides].map(async (side) => {
      const mine = indexed.filter(([, item]) => item.side === side);
      for (const [at, [index, item]] of mine.entries()) {
        const attempt: Attempt<D> = { sent: false };
        try {
          const profileId = profileFor(side);
          if (!profileId) throw new Error(vscode.l10n.t('No active profile holds account {0}.', item.accountUid));
          await write(item, { index, step: `${index + 1}/${items.length}`, profileId, attempt });
        } catch (error) {
          failures.push([index, { item, error, sent: attempt.sent, routeEntryId: attempt.routeEntryId }]);
          notTried.push(...mine.slice(at + 1));
          return;
        } finally {
          if (attempt.done !== undefined) done.push([index, attempt.done]);
        }
      }
    }),
  );
  const inOrder = <V>(pairs: [number, V][]): V[] => pairs.sort(([a], [b]) => a - b).map(([, value]) => value);
  return { done: inOrder(done), failures: inOrder(failures), notTried: inOrder(notTried) };
}

/** The entry as the store follows it: read through the profile that wrote it, kept with its VPC. */
function entryRef(profileId: string, entry: EntryPlace, routeEntryId: string): FollowRef<'routeEntry'> {
  const within = [
    { kind: 'vpc', id: entry.vpcId },
    { kind: 'routeTable', id: entry.routeTableId },
  ] as const;
  return { kind: 'routeEntry', id: routeEntryId, regionId: entry.regionId, profileId, within };
}

/** A ClientToken per entry, derived from the operation's (ASCII, well under 64 characters). */
function entryToken(control: OperationControl, index: number): string {
  return `${control.clientToken}-${index}`;
}

type EntryPlace = { regionId: string; vpcId: string; routeTableId: string };

/** The store follows the entry until `settled`; each status it reads is a progress line. */
async function followEntry(context: CommandContext, control: OperationControl, turn: Turn<unknown>, entry: EntryPlace, id: string, settled: (e: RouteEntry | undefined) => boolean): Promise<void> {
  await context.store.follow(entryRef(turn.profileId, entry, id), settled, {
    signal: control.signal,
    timeoutMs: ROUTE_SETTLE_TIMEOUT_MS,
    onStatus: (status) => control.report(vscode.l10n.t('{0}: {1} is {2}', turn.step, id, status === GONE ? vscode.l10n.t('gone') : status)),
  });
}

export async function createRoutes(context: CommandContext, routes: readonly PlannedRoute[], profileFor: ProfileForSide, control: OperationControl): Promise<AddOutcome> {
  const outcome = await writeBothSides<PlannedRoute, CreatedRoute>(routes, profileFor, async (route, turn) => {
    control.report(vscode.l10n.t('{0}: {1} → {2} in {3}', turn.step, route.destination, loadedTitle(context.store, route.nextHopId), route.routeTableId));
    const { regionId, routeTableId, destination, nextHopType, nextHopId, name, description } = route;
    const { id } = await clientFor(context, turn.profileId).operations.createRouteEntry(
      { regionId, routeTableId, destination, nextHopType, nextHopId, name, description },
      { clientToken: entryToken(control, turn.index), signal: control.signal },
    );
    control.markSent();
    Object.assign(turn.attempt, { sent: true, routeEntryId: id, done: { ...route, routeEntryId: id } });
    await followEntry(context, control, turn, route, id, ROUTE_WRITE_SETTLED.create);
  });
  return { created: outcome.done, failures: outcome.failures, notTried: outcome.notTried };
}

export async function removeRoutes(context: CommandContext, removals: readonly RouteRemoval[], profileFor: ProfileForSide, control: OperationControl): Promise<RemoveOutcome> {
  const outcome = await writeBothSides<RouteRemoval, RouteRemoval>(removals, profileFor, async (removal, turn) => {
    const { regionId, routeTableId, routeEntryId } = removal;
    control.report(vscode.l10n.t('{0}: removing {1} ({2}) from {3}', turn.step, removal.destination, routeEntryId, routeTableId));
    await clientFor(context, turn.profileId).operations.deleteRouteEntry({ regionId, routeTableId, routeEntryId }, { clientToken: entryToken(control, turn.index), signal: control.signal });
    turn.attempt.sent = true;
    control.markSent();
    await followEntry(context, control, turn, removal, routeEntryId, ROUTE_WRITE_SETTLED.delete);
    turn.attempt.done = removal;
  });
  return { removed: outcome.done, failures: outcome.failures, notTried: outcome.notTried };
}
