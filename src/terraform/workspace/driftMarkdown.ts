// The drift report as a person reads it: what is missing, what differs, what no code owns, and
// what code owns — each resource by its name first, its id after, with the file and line.

import type { InventorySnapshot } from '../../model/types';
import type { DriftReport } from './findDrift';

export interface DriftMarkdownInput {
  readonly report: DriftReport;
  readonly snapshot: InventorySnapshot;
  readonly generatedAt: string;
  /** `main.tf` for `/work/infra/main.tf`: paths as the person sees them in the workspace. */
  readonly relativePath: (file: string) => string;
  readonly filesRead: number;
  readonly problems: ReadonlyMap<string, string>;
}

export function driftMarkdown(input: DriftMarkdownInput): string {
  const { report } = input;
  const name = namer(input.snapshot);
  const where = (file: string, line: number) => `${input.relativePath(file)}:${line}`;
  const lines = [
    '# Terraform drift',
    '',
    `${input.generatedAt} · ${count(input.filesRead, 'Terraform file')} read · ${count(report.managed.length, 'managed resource')} · ` +
      `${report.missing.length} missing · ${count(report.differences.length, 'difference')} · ${report.unmanaged.length} unmanaged`,
  ];
  for (const [file, problem] of input.problems) lines.push('', `> **Not read:** ${input.relativePath(file)} — ${problem}`);
  section(lines, 'Missing: deleted outside Terraform', report.missing, (m) =>
    `- \`${m.address}\` (${where(m.file, m.line)}) names ${m.id ? name(m.id) : 'a resource'}, which no longer exists. ` +
      'Re-create it, or remove the block (and `terraform state rm` it).',
  );
  if (report.differences.length) {
    lines.push('', `## Differences (${report.differences.length})`, '', '| Resource | Attribute | In code or state | Live |', '|---|---|---|---|');
    for (const d of report.differences) lines.push(`| ${cell(name(d.id))} — \`${d.address}\` | \`${d.attribute}\` | ${cell(d.code)} | ${cell(d.live)} |`);
  }
  section(lines, 'Unmanaged: live, in no code or state', report.unmanaged, (id) => `- ${name(id)}`);
  section(lines, 'Managed', report.managed, (m) => `- ${name(m.id)} → \`${m.address}\` (${where(m.file, m.line)})`);
  if (!report.missing.length && !report.differences.length) lines.push('', 'No drift: what code and state say matches what is live.');
  return `${lines.join('\n')}\n`;
}

function section<T>(lines: string[], title: string, items: readonly T[], line: (item: T) => string): void {
  if (!items.length) return;
  lines.push('', `## ${title} (${items.length})`, '', ...items.map(line));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Markdown table cells hold no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ') || '(empty)';
}

/** "hub-to-app (pcc-…)", "10.0.0.0/16 → hub-to-app (rte-…)": names first, ids after. */
function namer(snapshot: InventorySnapshot): (id: string) => string {
  const names = new Map<string, string>();
  const connectionNames = new Map<string, string>();
  for (const region of snapshot.regions) {
    for (const c of region.peerConnections) {
      connectionNames.set(c.id, c.name || c.id);
      names.set(c.id, c.name ? `${c.name} (${c.id})` : c.id);
    }
  }
  for (const region of snapshot.regions) {
    for (const entry of region.routeEntries ?? []) {
      const hop = entry.nextHops[0];
      names.set(entry.id, `route ${entry.destination} → ${hop ? connectionNames.get(hop.id) ?? hop.id : 'nothing'} (${entry.id})`);
    }
    for (const ri of region.routerInterfaces) names.set(ri.id, ri.name ? `router interface ${ri.name} (${ri.id})` : `router interface ${ri.id}`);
    for (const g of region.bgpGroups) names.set(g.id, g.name ? `BGP group ${g.name} (${g.id})` : `BGP group ${g.id}`);
    for (const p of region.bgpPeers) names.set(p.id, p.name ? `BGP peer ${p.name} (${p.id})` : `BGP peer ${p.peerIpAddress} (${p.id})`);
  }
  return (id) => names.get(id) ?? id;
}
