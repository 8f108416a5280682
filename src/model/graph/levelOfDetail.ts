// The graph as drawn at one level of detail. Regions in `expanded` are drawn in full; every other
// region is one summary node the size of its box, at the same place, so zooming in swaps a box for
// its contents without anything moving. Edges with an end in a collapsed region are merged into
// one edge per pair of drawn ends, counted by status; edges inside a collapsed region become
// counts on its summary node. Ids of detailed elements are the graph's own, so a view can be
// diffed against the previous view and applied as a small change.

import type { GraphEdge, GraphNode, Positions, TopologyGraph } from './elements';
import { center, type GroupBoxes, type Rect } from './geometry';
import { regionNodeId } from './ids';
import { compareIds } from './inventoryIndex';

/** Green when everything is up, amber while something is pending, red when something needs a look. */
export type SummaryTone = 'ok' | 'pending' | 'attention' | 'muted';

export interface RegionSummaryNode {
  id: string;
  kind: 'regionSummary';
  regionId: string;
  label: string;
  /** The region box: the summary node covers exactly the space the detailed region takes. */
  width: number;
  height: number;
  fontSize: number;
  vpcCount: number;
  accountCount: number;
  externalVpcCount: number;
  /** Edges inside the region, by peer status, `routerInterface` or `bgp`. */
  inside: Record<string, number>;
  attentionCount: number;
  tone: SummaryTone;
}

export interface AggregateEdge {
  id: string;
  kind: 'aggregate';
  source: string;
  target: string;
  label: string;
  total: number;
  /** By peer status, `routerInterface` or `bgp`. */
  counts: Record<string, number>;
  attentionCount: number;
  tone: SummaryTone;
  fontSize: number;
  width: number;
  /** One end is a node drawn in full (a VPC linked to a collapsed region). */
  toDetail: boolean;
}

/**
 * An account drawn as one box, inside a region drawn in full that alone is over the detail
 * budget (`chooseCollapsedAccounts`): the account's box, at its place, with its counts.
 */
export interface AccountSummaryNode {
  id: string;
  kind: 'accountSummary';
  /** The region node the summary is drawn in (cytoscape's parent). */
  parent: string;
  /** The account node it stands for. */
  account: string;
  regionId: string;
  accountUid: string;
  label: string;
  width: number;
  height: number;
  fontSize: number;
  vpcCount: number;
  externalVpcCount: number;
  /** Edges inside the account, by peer status, `routerInterface` or `bgp`. */
  inside: Record<string, number>;
  attentionCount: number;
  tone: SummaryTone;
}

export type ViewNode = GraphNode | RegionSummaryNode | AccountSummaryNode;
export type ViewEdge = GraphEdge | AggregateEdge;

export interface ViewGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Centres of the summary nodes (detailed leaves keep the graph's positions). */
  summaryPositions: Positions;
}

export const summaryNodeId = (regionGroupId: string): string => `summary:${regionGroupId}`;
export const accountSummaryId = (accountNodeId: string): string => `summary:${accountNodeId}`;
export const aggregateEdgeId = (a: string, b: string): string => `aggregate:${a}|${b}`;

const PENDING = new Set(['Creating', 'Accepting', 'Updating', 'Deleting']);
const MUTED = new Set(['Rejected', 'Expired', 'Deleted']);
const COUNT_ORDER = ['Activated', 'Accepting', 'Creating', 'Updating', 'Deleting', 'Rejected', 'Expired', 'Deleted', 'routerInterface', 'bgp'];
const COUNT_NAMES: Record<string, string> = { routerInterface: 'RI', bgp: 'BGP' };

export function viewGraph(graph: TopologyGraph, boxes: GroupBoxes, expanded: ReadonlySet<string>): ViewGraph {
  const nodes: ViewNode[] = [];
  const summaryPositions: Positions = {};
  const regionOf = new Map<string, string>();
  const drawnAs = new Map<string, string>();
  const summaries = new Map<string, RegionSummaryNode>();
  const fontSize = summaryFontSize(boxes);
  /** Region titles ("China (Hangzhou) · cn-hangzhou"): a summary is headed as its region is. */
  const titles = new Map<string, string>();

  for (const node of graph.nodes) {
    const regionId = regionNodeId(node.regionId);
    regionOf.set(node.id, regionId);
    if (node.kind === 'region') titles.set(regionId, node.label || node.regionId);
    if (expanded.has(regionId)) {
      nodes.push(node);
      drawnAs.set(node.id, node.id);
      continue;
    }
    const box = boxes.regions.get(regionId);
    if (!box) continue;
    let summary = summaries.get(regionId);
    if (!summary) {
      summary = emptySummary(regionId, node.regionId, box, fontSize);
      summaries.set(regionId, summary);
      summaryPositions[summary.id] = center(box);
    }
    drawnAs.set(node.id, summary.id);
    if (node.kind === 'vpc') summary.vpcCount++;
    if (node.kind === 'externalVpc') summary.externalVpcCount++;
    if (node.kind === 'account') summary.accountCount++;
  }

  const edges: ViewEdge[] = [];
  const aggregates = new Map<string, AggregateEdge>();
  for (const edge of graph.edges) {
    const source = drawnAs.get(edge.source);
    const target = drawnAs.get(edge.target);
    if (!source || !target) continue;
    if (source === edge.source && target === edge.target) {
      edges.push(edge);
      continue;
    }
    if (source === target) {
      const summary = summaries.get(regionOf.get(edge.source) ?? '');
      if (summary) {
        countEdge(summary.inside, edge);
        if (edge.attention) summary.attentionCount++;
      }
      continue;
    }
    const [a, b] = [source, target].sort();
    const id = aggregateEdgeId(a, b);
    let aggregate = aggregates.get(id);
    if (!aggregate) {
      aggregate = emptyAggregate(a, b, source === edge.source || target === edge.target, fontSize);
      aggregates.set(id, aggregate);
    }
    aggregate.total++;
    countEdge(aggregate.counts, edge);
    if (edge.attention) aggregate.attentionCount++;
  }

  for (const summary of summaries.values()) nodes.push(finishSummary(summary, titles.get(regionNodeId(summary.regionId)) ?? summary.regionId));
  for (const aggregate of [...aggregates.values()].sort((x, y) => compareIds(x.id, y.id))) edges.push(finishAggregate(aggregate, fontSize));
  return { nodes, edges, summaryPositions };
}

/** A summary's tone and label, once every node and edge of its region is counted. */
export function finishSummary(summary: RegionSummaryNode, title: string): RegionSummaryNode {
  summary.tone = toneOf(summary.inside, summary.attentionCount);
  summary.label = summaryLabel(summary, title);
  return summary;
}

export function emptyAccountSummary(account: GraphNode, box: Rect, fontSize: number): AccountSummaryNode {
  return {
    id: accountSummaryId(account.id),
    kind: 'accountSummary',
    parent: regionNodeId(account.regionId),
    account: account.id,
    regionId: account.regionId,
    accountUid: account.kind === 'account' ? account.accountUid : '',
    label: account.label,
    width: box.right - box.left,
    height: box.bottom - box.top,
    fontSize,
    vpcCount: 0,
    externalVpcCount: 0,
    inside: {},
    attentionCount: 0,
    tone: 'ok',
  };
}

/** An account summary's tone and label ("Account name", "167 VPCs", "93 links inside"), once counted. */
export function finishAccountSummary(summary: AccountSummaryNode, title: string): AccountSummaryNode {
  summary.tone = toneOf(summary.inside, summary.attentionCount);
  const external = summary.externalVpcCount > 0 ? ` + ${summary.externalVpcCount} external` : '';
  const lines = [title, `${plural(summary.vpcCount, 'VPC', 'VPCs')}${external}`];
  if (Object.keys(summary.inside).length > 0) lines.push(`${linkSummary(summary.inside)} inside`);
  if (summary.attentionCount > 0) lines.push(`⚠ ${summary.attentionCount} need attention`);
  summary.label = lines.join('\n');
  return summary;
}

/** A merged edge's tone, label and width, once every edge it stands for is counted. */
export function finishAggregate(aggregate: AggregateEdge, fontSize: number): AggregateEdge {
  aggregate.tone = toneOf(aggregate.counts, aggregate.attentionCount);
  aggregate.label = aggregateLabel(aggregate);
  aggregate.width = Math.max(1.5, (fontSize / 10) * (1 + Math.log2(aggregate.total)));
  return aggregate;
}

/** Counts one edge into a merged edge (`aggregate.counts`) or a summary (`summary.inside`). */
export function countEdge(counts: Record<string, number>, edge: GraphEdge): void {
  const key = countKey(edge);
  counts[key] = (counts[key] ?? 0) + 1;
}

export function emptyAggregate(a: string, b: string, toDetail: boolean, fontSize: number): AggregateEdge {
  return { id: aggregateEdgeId(a, b), kind: 'aggregate', source: a, target: b, label: '', total: 0, counts: {}, attentionCount: 0, tone: 'ok', fontSize, width: 0, toDetail };
}

export function emptySummary(id: string, regionId: string, box: Rect, fontSize: number): RegionSummaryNode {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  return {
    id: summaryNodeId(id),
    kind: 'regionSummary',
    regionId,
    label: '',
    width,
    height,
    // Three lines of text must fit the box, whatever the size of the whole picture.
    fontSize: Math.max(12, Math.min(fontSize, height / 5, width / 14)),
    vpcCount: 0,
    accountCount: 0,
    externalVpcCount: 0,
    inside: {},
    attentionCount: 0,
    tone: 'ok',
  };
}

/**
 * Summary text is sized to the whole picture: when everything fits on screen, a label is about
 * one ninetieth of the picture's width, which reads at ~12–16 px in a typical panel.
 */
export function summaryFontSize(boxes: GroupBoxes): number {
  let left = Infinity;
  let right = -Infinity;
  for (const frame of boxes.regionFrames.values()) {
    left = Math.min(left, frame.left);
    right = Math.max(right, frame.right);
  }
  return Number.isFinite(left) ? Math.max(14, (right - left) / 90) : 14;
}

function countKey(edge: GraphEdge): string {
  return edge.kind === 'peer' ? edge.status : edge.kind;
}

function toneOf(counts: Record<string, number>, attention: number): SummaryTone {
  if (attention > 0) return 'attention';
  const keys = Object.keys(counts);
  if (keys.some((key) => PENDING.has(key))) return 'pending';
  if (keys.length > 0 && keys.every((key) => MUTED.has(key))) return 'muted';
  return 'ok';
}

function breakdown(counts: Record<string, number>): string {
  const keys = Object.keys(counts).sort((a, b) => rank(a) - rank(b) || compareIds(a, b));
  return keys.map((key) => `${counts[key]} ${COUNT_NAMES[key] ?? key}`).join(' · ');
}

function rank(key: string): number {
  const index = COUNT_ORDER.indexOf(key);
  return index < 0 ? COUNT_ORDER.length : index;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 links · 3 pending · 1 rejected/expired": what is not simply up, in a few words. */
function linkSummary(counts: Record<string, number>): string {
  let total = 0;
  let pending = 0;
  let ended = 0;
  for (const [key, count] of Object.entries(counts)) {
    total += count;
    if (PENDING.has(key)) pending += count;
    if (MUTED.has(key)) ended += count;
  }
  const parts = [plural(total, 'link', 'links')];
  if (pending > 0) parts.push(`${pending} pending`);
  if (ended > 0) parts.push(`${ended} rejected/expired`);
  return parts.join(' · ');
}

function summaryLabel(summary: RegionSummaryNode, title: string): string {
  const accounts = plural(summary.accountCount, 'account', 'accounts');
  const vpcs = plural(summary.vpcCount, 'VPC', 'VPCs');
  const external = summary.externalVpcCount > 0 ? ` + ${summary.externalVpcCount} external` : '';
  const lines = [title, `${vpcs}${external} · ${accounts}`];
  if (Object.keys(summary.inside).length > 0) lines.push(`${linkSummary(summary.inside)} inside`);
  if (summary.attentionCount > 0) lines.push(`⚠ ${summary.attentionCount} need attention`);
  return lines.join('\n');
}

/** Shown when the edge is selected; the details pane has the full breakdown. */
function aggregateLabel(aggregate: AggregateEdge): string {
  const lines = [linkSummary(aggregate.counts), breakdown(aggregate.counts)];
  if (aggregate.attentionCount > 0) lines.push(`⚠ ${aggregate.attentionCount} need attention`);
  return lines.join('\n');
}
