// When adding or removing a connection's routes stops halfway: say exactly which entries were
// changed (table, destination, entry id) and which were not, offer "Undo" (remove what this run
// added, or add back what it removed), run it if asked, and report the undo's own result too.
// The command then rejects with a PartialRouteChange that carries all of it.

import * as vscode from 'vscode';
import { undoAddedRoutes, undoRemovedRoutes, type CreatedRoute } from '../../model/routeRemoval';
import type { PlannedRoute } from '../../model/routePlan';
import { failureLine } from '../../views/failureText';
import type { CommandContext } from '../shared/commandContext';
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

function entry(route: { routeTableId: string; destination: string; routeEntryId?: string }): ReportedEntry {
  return { routeTableId: route.routeTableId, destination: route.destination, routeEntryId: route.routeEntryId };
}

export function entryText(e: ReportedEntry): string {
  return e.routeEntryId ? `${e.destination} in ${e.routeTableId} (${e.routeEntryId})` : `${e.destination} in ${e.routeTableId}`;
}

function listText(entries: readonly ReportedEntry[]): string {
  return entries.map(entryText).join('; ');
}

function failureText<T extends { routeTableId: string; destination: string }>(failure: WriteFailure<T>): string {
  return failureLine(failure.error);
}

function undoText(kind: 'add' | 'remove', undo: UndoReport): string {
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

export function addReport(connectionId: string, outcome: AddOutcome): { headline: string; detail: string; done: ReportedEntry[]; notDone: ReportedEntry[] } {
  const failure = outcome.failure!;
  const stuck = failure.sent ? outcome.created.filter((c) => c.routeEntryId === failure.routeEntryId) : [];
  const done = outcome.created.filter((c) => !stuck.includes(c)).map(entry);
  const notDone = [...(failure.sent ? [] : [failure.item]), ...outcome.notTried].map(entry);
  const headline = vscode.l10n.t(
    'Adding routes for {0} stopped at {1}: {2}',
    connectionId,
    entryText(entry({ ...failure.item, routeEntryId: failure.routeEntryId })),
    failureText(failure),
  );
  const lines = [
    done.length ? vscode.l10n.t('Added: {0}.', listText(done)) : vscode.l10n.t('Nothing was added.'),
    ...(stuck.length ? [vscode.l10n.t('Created but not confirmed Available: {0}.', listText(stuck.map(entry)))] : []),
    ...(notDone.length ? [vscode.l10n.t('Not added: {0}.', listText(notDone))] : []),
  ];
  return { headline, detail: lines.join('\n'), done: [...done, ...stuck.map(entry)], notDone };
}

/**
 * Reports a partial add, offers Undo (unless `undo` already decides), runs it, and throws the
 * PartialRouteChange. `undo`: true = undo without asking, false = keep what was added.
 */
export async function failAfterAdding(
  context: CommandContext,
  connectionId: string,
  outcome: AddOutcome,
  profileFor: ProfileForSide,
  undo: boolean | undefined,
): Promise<never> {
  const report = addReport(connectionId, outcome);
  context.log.error(`${report.headline}\n${report.detail}`);
  let undoReport: UndoReport | undefined;
  if (outcome.created.length > 0 && (await wantsUndo(context, report, undo))) {
    const removals = undoAddedRoutes(outcome.created);
    const result: RemoveOutcome = await runOperation(vscode.l10n.t('Undoing the routes added for {0}', connectionId), (control) =>
      removeRoutes(context, removals, profileFor, control),
    );
    undoReport = {
      done: result.removed.map(entry),
      failure: result.failure && failureLine(result.failure.error),
      notDone: result.failure ? [result.failure.item, ...result.notTried].map(entry) : [],
    };
  }
  throw finish(context, 'add', report, failureText(outcome.failure!), undoReport);
}

// ── removing ───────────────────────────────────────────────────────────────────────────────────

export function removeReport(connectionId: string, outcome: RemoveOutcome): { headline: string; detail: string; done: ReportedEntry[]; notDone: ReportedEntry[] } {
  const failure = outcome.failure!;
  const done = outcome.removed.map(entry);
  const notDone = [failure.item, ...outcome.notTried].map(entry);
  const headline = vscode.l10n.t('Removing routes of {0} stopped at {1}: {2}', connectionId, entryText(entry(failure.item)), failureText(failure));
  const lines = [
    done.length ? vscode.l10n.t('Removed: {0}.', listText(done)) : vscode.l10n.t('Nothing was removed.'),
    ...(failure.sent ? [vscode.l10n.t('Deletion of {0} was sent but not confirmed.', entryText(entry(failure.item)))] : []),
    vscode.l10n.t('Not removed: {0}.', listText(notDone)),
  ];
  return { headline, detail: lines.join('\n'), done, notDone };
}

export async function failAfterRemoving(
  context: CommandContext,
  connectionId: string,
  outcome: RemoveOutcome,
  profileFor: ProfileForSide,
  undo: boolean | undefined,
): Promise<never> {
  const report = removeReport(connectionId, outcome);
  context.log.error(`${report.headline}\n${report.detail}`);
  let undoReport: UndoReport | undefined;
  if (outcome.removed.length > 0 && (await wantsUndo(context, report, undo))) {
    const routes: PlannedRoute[] = undoRemovedRoutes(outcome.removed);
    const result: AddOutcome = await runOperation(vscode.l10n.t('Adding back the routes removed from {0}', connectionId), (control) =>
      createRoutes(context, routes, profileFor, control),
    );
    const settled: CreatedRoute[] = result.failure?.sent ? result.created.filter((c) => c.routeEntryId !== result.failure?.routeEntryId) : result.created;
    undoReport = {
      done: settled.map(entry),
      failure: result.failure && failureLine(result.failure.error),
      notDone: result.failure ? [result.failure.item, ...result.notTried].map(entry) : [],
    };
  }
  throw finish(context, 'remove', report, failureText(outcome.failure!), undoReport);
}

// ── shared ─────────────────────────────────────────────────────────────────────────────────────

async function wantsUndo(context: CommandContext, report: { headline: string; detail: string }, undo: boolean | undefined): Promise<boolean> {
  if (undo !== undefined) return undo;
  const label = vscode.l10n.t('Undo');
  const answer = await context.prompter().confirm(report.headline, `${report.detail}\n\n${vscode.l10n.t('Undo puts the route tables back as they were before this run.')}`, [label]);
  return answer === label;
}

function finish(
  context: CommandContext,
  kind: 'add' | 'remove',
  report: { headline: string; detail: string; done: ReportedEntry[]; notDone: ReportedEntry[] },
  cause: string,
  undo: UndoReport | undefined,
): PartialRouteChange {
  const parts = [report.headline, report.detail.replace(/\n/g, ' ')];
  if (undo) {
    const text = undoText(kind, undo);
    parts.push(text);
    context.log.info(text);
  }
  return new PartialRouteChange(parts.join(' '), kind, report.done, report.notDone, cause, undo);
}
