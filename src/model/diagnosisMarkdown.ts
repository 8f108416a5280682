// Renders a connectivity diagnosis as Markdown for a preview or a plain text document. Names and
// descriptions come from the cloud and may hold anything, so every piece of data is escaped to
// render as the text it is: no HTML is produced and none can slip through.

import { type ConnectivityDiagnosis, type DiagnosisVpc, type Finding, type Fix, type Severity } from './diagnosis';

const SEVERITY_LABEL: Record<Severity, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  unknown: '❔ unknown',
  error: '❌ error',
};

const VERDICT_LABEL: Record<Severity, string> = {
  ok: 'reachable',
  warning: 'reachable with caveats',
  unknown: 'cannot be fully checked',
  error: 'not reachable',
};

/**
 * Escapes what carries Markdown or HTML meaning inline (emphasis, code, links, tags, entities,
 * table pipes) and what would start a block at the beginning of the text (headings, lists,
 * quotes), so the text renders as itself. Line breaks become spaces: each piece is one line.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
  if (/^[#+>-]/.test(inline)) return `\\${inline}`;
  return inline.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** The longest run of backticks in `text`: a fence around it must be longer. */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** An inline code span that holds `text` whatever backticks it contains. */
export function codeSpan(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A fenced code block that holds `text` whatever backtick runs it contains. */
export function fencedBlock(text: string, info = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`${fence}${info}`, text, fence];
}

/** A code span in a table cell: inside a table a pipe ends the cell even within a code span, unless escaped. */
export function tableCode(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

/** `name (`id`)`: the name as text, the id as code; the id alone when there is no name. */
export function named(name: string | undefined, id: string): string {
  return name ? `${escapeMarkdown(name)} (${codeSpan(id)})` : codeSpan(id);
}

export function renderDiagnosisMarkdown(diagnosis: ConnectivityDiagnosis): string {
  const { a, b } = diagnosis;
  const lines: string[] = [];
  lines.push(`# Connectivity: ${vpcHeading(a)} ↔ ${vpcHeading(b)}`, '');
  lines.push(`**Verdict: ${VERDICT_LABEL[diagnosis.verdict]}.** ${escapeMarkdown(diagnosis.summary)}`, '');
  lines.push('| | VPC | Name | Region | Account | CIDR blocks |', '|---|---|---|---|---|---|');
  lines.push(vpcRow('A', a), vpcRow('B', b), '');
  if (diagnosis.connection) {
    const c = diagnosis.connection;
    const end = (vpcId: string): string => (vpcId === a.vpcId ? vpcHeading(a) : vpcId === b.vpcId ? vpcHeading(b) : codeSpan(vpcId));
    lines.push(`Peer connection ${named(c.name, c.id)}: ${escapeMarkdown(c.status)}, requester ${end(c.requester.vpcId)}, accepter ${end(c.accepter.vpcId)}.`, '');
  }
  lines.push('## Findings', '');
  for (const finding of diagnosis.findings) lines.push(...findingLines(finding));
  return `${lines.join('\n').trimEnd()}\n`;
}

function vpcHeading(vpc: DiagnosisVpc): string {
  return named(vpc.name, vpc.vpcId);
}

function vpcRow(label: string, vpc: DiagnosisVpc): string {
  const cell = (text: string | undefined): string => (text ? escapeMarkdown(text) : '—');
  const cidrs = vpc.cidrs && vpc.cidrs.length > 0 ? vpc.cidrs.map(tableCode).join(', ') : '—';
  return `| ${label} | ${tableCode(vpc.vpcId)} | ${cell(vpc.name)} | ${cell(vpc.regionId)} | ${cell(vpc.accountUid)} | ${cidrs} |`;
}

function findingLines(finding: Finding): string[] {
  const lines = [`- ${SEVERITY_LABEL[finding.severity]} — **${escapeMarkdown(finding.title)}**`, `  ${escapeMarkdown(finding.detail)}`];
  if (finding.fix) lines.push(`  Fix: ${describeFix(finding.fix)}`);
  return lines;
}

/** The fix in words, with its ids as code spans. */
export function describeFix(fix: Fix): string {
  const arg = (name: string): string => {
    const value = fix.args[name];
    if (value === undefined) return '?';
    return Array.isArray(value) ? value.map(codeSpan).join(', ') : codeSpan(value);
  };
  switch (fix.action) {
    case 'accept':
      return `accept peer connection ${arg('connectionId')} from the accepter's account.`;
    case 'addRoutes':
      return `add routes for ${arg('destinations')} to ${arg('routeTableId')} through ${arg('connectionId')}.`;
    case 'deleteAndRecreate':
      return `delete ${arg('connectionId')} and create a new peer connection from ${arg('vpcId')} to ${arg('acceptingVpcId')}.`;
    case 'removeRoute':
      return `remove route entry ${arg('routeEntryId')} from ${arg('routeTableId')}, or accept that it carries this traffic elsewhere.`;
    case 'createPeerConnection':
      return `create a peer connection from ${arg('vpcId')} to ${arg('acceptingVpcId')}.`;
    case 'wait':
      return `wait for ${arg('connectionId')} to finish its change, then diagnose again.`;
  }
}
