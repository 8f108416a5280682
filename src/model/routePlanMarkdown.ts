// Renders a route plan, and instructions for the owners of sides nobody here can reach, as
// Markdown for a read-only document. Data from the cloud (names, ids) is escaped to render as
// the text it is; shell commands go into fenced blocks longer than any backtick run they hold.

import { countOf } from './countText';
import { codeSpan, escapeMarkdown, fencedBlock, named, tableCode } from './diagnosisMarkdown';
import type { OwnerInstructions } from './routeCli';
import type { ConflictSeverity, RoutePlan } from './routePlan';
import type { PeerConnection, PeerEnd } from './types';

const SEVERITY_LABEL: Record<ConflictSeverity, string> = {
  error: '❌ blocks',
  warning: '⚠️ warning',
  info: 'ℹ️ note',
};

export function renderRoutePlanMarkdown(plan: RoutePlan, connection: PeerConnection): string {
  const lines: string[] = [];
  lines.push(`# Routes for peer connection ${named(connection.name, connection.id)}`, '');
  const end = (role: string, e: PeerEnd): string => `${role} ${codeSpan(e.vpcId)} (${escapeMarkdown(e.regionId)}, account ${escapeMarkdown(e.accountUid)})`;
  lines.push(`${end('Requester', connection.requester)} ↔ ${end('accepter', connection.accepter)}; status ${escapeMarkdown(connection.status)}.`, '');
  if (plan.blockers.length > 0) {
    lines.push('## Nothing can be added', '');
    for (const blocker of plan.blockers) lines.push(`- ${escapeMarkdown(blocker)}`);
    lines.push('');
  }
  lines.push(`## To add: ${countOf(plan.toAdd.length, 'route', 'routes')}`, '');
  if (plan.toAdd.length === 0) lines.push('Nothing to add.', '');
  else {
    lines.push('| Side | VPC | Route table | Destination | Next hop |', '|---|---|---|---|---|');
    for (const r of plan.toAdd) lines.push(`| ${r.side} | ${tableCode(r.vpcId)} | ${tableCode(r.routeTableId)} | ${tableCode(r.destination)} | ${escapeMarkdown(r.nextHopType)} ${tableCode(r.nextHopId)} |`);
    lines.push('');
  }
  if (plan.alreadyPresent.length > 0) {
    lines.push(`## Already present, skipped: ${countOf(plan.alreadyPresent.length, 'route', 'routes')}`, '');
    lines.push('| Side | Route table | Destination | Entry |', '|---|---|---|---|');
    for (const r of plan.alreadyPresent) lines.push(`| ${r.side} | ${tableCode(r.routeTableId)} | ${tableCode(r.destination)} | ${tableCode(r.existingEntryId)} |`);
    lines.push('');
  }
  if (plan.conflicts.length > 0) {
    lines.push(`## ${countOf(plan.conflicts.length, 'conflict', 'conflicts')}`, '');
    for (const c of plan.conflicts) {
      const where = [c.side, c.routeTableId, c.destination].filter((part): part is string => part !== undefined).map(escapeMarkdown).join(' · ');
      lines.push(`- ${SEVERITY_LABEL[c.severity]} (${where}): ${escapeMarkdown(c.message)}`);
    }
    lines.push('');
  }
  if (plan.manual.length > 0) lines.push(...ownerInstructionsLines(plan.manual));
  return `${lines.join('\n').trimEnd()}\n`;
}

function ownerInstructionsLines(items: readonly OwnerInstructions[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    lines.push(`## For the owner of account ${escapeMarkdown(item.accountUid)} (${item.side}, ${codeSpan(item.vpcId)} in ${escapeMarkdown(item.regionId)})`, '');
    lines.push(escapeMarkdown(item.summary), '');
    lines.push(...fencedBlock(item.commands.join('\n'), 'sh'), '');
  }
  return lines;
}

/** A document of instructions alone, to send to the owners of the other sides. */
export function renderOwnerInstructionsMarkdown(title: string, items: readonly OwnerInstructions[]): string {
  return `${[`# ${escapeMarkdown(title)}`, '', ...ownerInstructionsLines(items)].join('\n').trimEnd()}\n`;
}
