// Counts as people read them on explorer rows: the right plural, and what a waiting request asks
// of this account.

import * as vscode from 'vscode';
import type { AwaitingAcceptance } from '../../model/peerStatus';

/** "1 VPC", "3 VPCs"; both forms are whole strings so translators see each. */
export function countText(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

export function vpcCount(count: number): string {
  return countText(count, vscode.l10n.t('1 VPC'), vscode.l10n.t('{0} VPCs', count));
}

export function vbrCount(count: number): string {
  return countText(count, vscode.l10n.t('1 VBR'), vscode.l10n.t('{0} VBRs', count));
}

export function routeEntryCount(count: number): string {
  return countText(count, vscode.l10n.t('1 entry'), vscode.l10n.t('{0} entries', count));
}

/** What waits for acceptance, as description parts: the ones to accept come first. */
export function awaitingText(waiting: AwaitingAcceptance): string[] {
  const parts: string[] = [];
  if (waiting.yours) {
    parts.push(countText(waiting.yours, vscode.l10n.t('1 awaiting acceptance — yours to accept'), vscode.l10n.t('{0} awaiting acceptance — yours to accept', waiting.yours)));
  }
  if (waiting.theirs) {
    parts.push(countText(waiting.theirs, vscode.l10n.t('1 request awaiting the other account'), vscode.l10n.t('{0} requests awaiting the other accounts', waiting.theirs)));
  }
  return parts;
}
