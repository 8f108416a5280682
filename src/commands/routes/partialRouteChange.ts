// When adding or removing a connection's routes stops halfway: say exactly which entries were
// changed (table, destination, entry id) and which were not, offer "Undo" (remove what this run
// added, or add back what it removed), run it if asked, and report the undo's own result too.
// The command then rejects with a PartialRouteChange that carries all of it. The two sides are
// written at once, so each side that stopped is named, with what it did not get to.

import * as vscode from 'vscode';
import { undoAddedRoutes, undoRemovedRoutes } from '../../model/routeRemoval';
import { failureLine } from '../../views/failureText';
import { confirmed, type CommandContext } from '../shared/commandContext';
import type { OperationControl } from '../operation/operationControl';
import { runOperation } from '../operation/runOperation';
import { createRoutes, removeRoutes, type AddOutcome, type ProfileForSide, type RemoveOutcome, type WriteFailure } from './routeWrites';

/** One route entry in a report. */
export interface ReportedEntry {
  routeTableId: string;
  destination: string;
  routeEntryId?: string;
}

export interface UndoReport {
  /** Entries the undo put back as they were (removed again, or re-added with their new ids). */
  done: ReportedEntry[];
  /** Why the undo stopped, if it did; the entries it did not get to. */
  failure?: string;
  notDone: ReportedEntry[];
}

/** A route change that stopped halfway; `message` lists everything. */
export class PartialRouteChange extends Error {
  override readonly name = 'PartialRouteChange';
  constructor(
    message: string,
    readonly kind: 'add' | 'remove',
    readonly done: ReportedEntry[],
    readonly notDone: ReportedEntry[],
    readonly reason: string,
    readonly undo?: UndoReport,
  ) {
    super(message);
  }
}

/** What a partial run says: a headline, the detail lines, and the entries done and not done. */
interface Report {
  headline: string;
  detail: string;
  done: ReportedEntry[];
  notDone: ReportedEntry[];
}

type Kind = 'add' | 'remove';

function entry(route: { routeTableId: string; destination: string; routeEntryId?: string }): ReportedEntry {
  return { routeTableId: route.routeTableId, destination: route.destination, routeEntryId: route.routeEntryId };
}

export function entryText(e: ReportedEntry): string {
  return e.routeEntryId ? `${e.destination} in ${e.routeTableId} (${e.routeEntryId})` : `${e.destination} in ${e.routeTableId}`;
}

function listText(entries: readonly ReportedEntry[]): string {
  return entries.map(entryText).join('; ');
}

/** Where each side stopped and why: `10.0.0.0/16 in vtb-… (rte-…): QuotaExceeded …`, one per side. */
function stoppedAt<T extends ReportedEntry>(failures: readonly WriteFailure<T>[]): string {
  return failures.map((f) => `${entryText(entry({ ...f.item, routeEntryId: f.routeEntryId ?? f.item.routeEntryId }))}: ${failureLine(f.error)}`).join('; ');
}

/**
 * What the sides that stopped did not get to: the entry each stopped at, then the rest of that
 * side. `sent`: whether an entry whose request was sent counts (a removal sent is not done until
 * confirmed; a created entry is reported on its own).
 */
function notDoneOf<T extends ReportedEntry & { side: string }>(failures: readonly WriteFailure<T>[], notTried: readonly T[], sent: boolean): ReportedEntry[] {
  return failures.flatMap((f) => [...(f.sent && !sent ? [] : [f.item]), ...notTried.filter((t) => t.side === f.item.side)]).map(entry);
}

function undoText(kind: Kind, undo: UndoReport): string {
  if (!undo.failure) {
    return kind === 'add'
      ? vscode.l10n.t('Undo removed {0}; the route tables are as they were.', listText(undo.done))
      : vscode.l10n.t('Undo added back {0}; the route tables route as they did.', listText(undo.done));
  }
  const done = undo.done.length ? listText(undo.done) : vscode.l10n.t('nothing');
  return kind === 'add'
    ? vscode.l10n.t('Undo stopped: it removed {0}, but {1} remain: {2}', done, listText(undo.notDone), undo.failure)
    : vscode.l10n.t('Undo stopped: it added back {0}, but {1} are still missing: {2}', done, listText(undo.notDone), undo.failure);
}

// ── adding ─────────────────────────────────────────────────────────────────────────────────────

export function addReport(connection: string, outcome: AddOutcome): Report {
  const stuckIds = new Set(outcome.failures.filter((f) => f.sent).map((f) => f.routeEntryId));
  const stuck = outcome.created.filter((c) => stuckIds.has(c.routeEntryId)).map(entry);
  const done = outcome.created.filter((c) => !stuckIds.has(c.routeEntryId)).map(entry);
  const notDone = notDoneOf(outcome.failures, outcome.notTried, false);
  const lines = [
    done.length ? vscode.l10n.t('Added: {0}.', listText(done)) : vscode.l10n.t('Nothing was added.'),
    ...(stuck.length ? [vscode.l10n.t('Created but not confirmed Available: {0}.', listText(stuck))] : []),
    ...(notDone.length ? [vscode.l10n.t('Not added: {0}.', listText(notDone))] : []),
  ];
  const headline = vscode.l10n.t('Adding routes for {0} stopped at {1}', connection, stoppedAt(outcome.failures));
  return { headline, detail: lines.join('\n'), done: [...done, ...stuck], notDone };
}

/**
 * Reports a partial add, offers Undo (unless `undo` already decides), runs it, and throws the
 * PartialRouteChange. `connection` names it ("name (id)"); `undo`: true = undo without asking,
 * false = keep what was added.
 */
export function failAfterAdding(context: CommandContext, connection: string, outcome: AddOutcome, profileFor: ProfileForSide, undo: boolean | undefined): Promise<never> {
  return failAfter(context, 'add', addReport(connection, outcome), outcome.failures, undo, outcome.created.length > 0 && {
    title: vscode.l10n.t('Undoing the routes added for {0}', connection),
    run: async (control) => {
      const result = await removeRoutes(context, undoAddedRoutes(outcome.created), profileFor, control);
      return { done: result.removed.map(entry), failures: result.failures, notDone: notDoneOf(result.failures, result.notTried, true) };
    },
  });
}

// ── removing ───────────────────────────────────────────────────────────────────────────────────

export function removeReport(connection: string, outcome: RemoveOutcome): Report {
  const done = outcome.removed.map(entry);
  const notDone = notDoneOf(outcome.failures, outcome.notTried, true);
  const unconfirmed = outcome.failures.filter((f) => f.sent).map((f) => entry(f.item));
  const lines = [
    done.length ? vscode.l10n.t('Removed: {0}.', listText(done)) : vscode.l10n.t('Nothing was removed.'),
    ...(unconfirmed.length ? [vscode.l10n.t('Deletion of {0} was sent but not confirmed.', listText(unconfirmed))] : []),
    vscode.l10n.t('Not removed: {0}.', listText(notDone)),
  ];
  const headline = vscode.l10n.t('Removing routes of {0} stopped at {1}', connection, stoppedAt(outcome.failures));
  return { headline, detail: lines.join('\n'), done, notDone };
}

export function failAfterRemoving(context: CommandContext, connection: string, outcome: RemoveOutcome, profileFor: ProfileForSide, undo: boolean | undefined): Promise<never> {
  return failAfter(context, 'remove', removeReport(connection, outcome), outcome.failures, undo, outcome.removed.length > 0 && {
    title: vscode.l10n.t('Adding back the routes removed from {0}', connection),
    run: async (control) => {
      const result = await createRoutes(context, undoRemovedRoutes(outcome.removed), profileFor, control);
      // An entry re-created but not confirmed Available is not put back yet: it is among those missing.
      const stuckIds = new Set(result.failures.filter((f) => f.sent).map((f) => f.routeEntryId));
      return { done: result.created.filter((c) => !stuckIds.has(c.routeEntryId)).map(entry), failures: result.failures, notDone: notDoneOf(result.failures, result.notTried, true) };
    },
  });
}

// ── shared ─────────────────────────────────────────────────────────────────────────────────────

/** How to undo what a partial run did, when it did anything. */
interface Undo {
  title: string;
  run(control: OperationControl): Promise<{ done: ReportedEntry[]; failures: readonly WriteFailure<unknown>[]; notDone: ReportedEntry[] }>;
}

/** Logs the report, undoes when asked (or told to), and builds the PartialRouteChange to throw. */
async function failAfter(context: CommandContext, kind: Kind, report: Report, failures: readonly WriteFailure<unknown>[], undo: boolean | undefined, undoing: Undo | false): Promise<never> {
  context.log.error(`${report.headline}\n${report.detail}`);
  let undoReport: UndoReport | undefined;
  if (undoing && (await wantsUndo(context, report, undo))) {
    const result = await runOperation(undoing.title, (control) => undoing.run(control));
    const failure = result.failures.map((f) => failureLine(f.error)).join('; ') || undefined;
    undoReport = { done: result.done, failure, notDone: result.failures.length ? result.notDone : [] };
  }
  const parts = [report.headline, report.detail.replace(/\n/g, ' ')];
  if (undoReport) {
    const text = undoText(kind, undoReport);
    parts.push(text);
    context.log.info(text);
  }
  throw new PartialRouteChange(parts.join(' '), kind, report.done, report.notDone, failures.map((f) => failureLine(f.error)).join('; '), undoReport);
}

async function wantsUndo(context: CommandContext, report: Report, undo: boolean | undefined): Promise<boolean> {
  if (undo !== undefined) return undo;
  return confirmed(context, report.headline, `${report.detail}\n\n${vscode.l10n.t('Undo puts the route tables back as they were before this run.')}`, vscode.l10n.t('Undo'));
}
