// The level-of-detail view (`viewGraph`) kept by region, so that drawing it costs what is drawn
// and a status change costs what it touches. The graph's elements are indexed once by region (its
// nodes) and by pair of regions (the edges between them, or inside one); a collapsed region's
// summary and the merged edge between two collapsed regions are built when first drawn and kept
// until an element of theirs changes. A view then walks the regions drawn in full and the pairs
// of regions, never the whole graph, and gives what `viewGraph` gives for the same graph, boxes
// and regions, in the same order.

import type { Positions, TopologyGraph } from './elements';
import { center, type GroupBoxes } from './geometry';
import { regionNodeId } from './ids';
import { compareIds } from './inventoryIndex';
import {
  accountSummaryId,
  countEdge,
  emptyAccountSummary,
  finishAccountSummary,
  emptyAggregate,
  emptySummary,
  finishAggregate,
  finishSummary,
  summaryFontSize,
  summaryNodeId,
  type AccountSummaryNode,
  type AggregateEdge,
  type RegionSummaryNode,
  type ViewEdge,
  type ViewGraph,
  type ViewNode,
} from './levelOfDetail';

interface RegionEntry {
  /** Graph indices of the region's nodes, ascending. */
  nodes: number[];
  title: string;
  /** Keys of the region pairs (`pairs`) that have an end here, the region's own among them. */
  pairs: Set<string>;
}

interface AccountMerge {
  /** Graph indices of the pair's edges drawn as themselves. */
  edges: number[];
  merged: AggregateEdge[];
  /** An edge of the pair changed since: built again on the next view, keeping what is unchanged. */
  stale?: boolean;
}

function sameCounts(a: AggregateEdge, b: AggregateEdge): boolean {
  if (a.total !== b.total || a.attentionCount !== b.attentionCount || a.toDetail !== b.toDetail) return false;
  const keys = Object.keys(a.counts);
  return keys.length === Object.keys(b.counts).length && keys.every((key) => a.counts[key] === b.counts[key]);
}

interface PairEntry {
  a: string;
  b: string;
  /** Graph indices of the edges between the two regions (or inside one), ascending. */
  edges: number[];
}

export class RegionViews {
  private readonly regions = new Map<string, RegionEntry>();
  private readonly pairs = new Map<string, PairEntry>();
  private readonly regionOfNode = new Map<string, string>();
  private readonly nodeIndex = new Map<string, number>();
  private readonly edgeIndex = new Map<string, number>();
  private readonly summaries = new Map<string, RegionSummaryNode>();
  private readonly merged = new Map<string, AggregateEdge[]>();
  /** The account (node id) each node in an account box belongs to. */
  private readonly accountOfNode = new Map<string, string>();
  private readonly accountSummaries = new Map<string, AccountSummaryNode>();
  /** Merged edges of a pair with an end in a region whose accounts are partly summaries, by pair and choice. */
  private readonly accountMerged = new Map<string, Map<string, AccountMerge>>();
  private readonly fontSize: number;

  /** `graph` is read again on each view: a caller that replaces an element in place says so with `changed`. */
  constructor(
    private graph: TopologyGraph,
    private readonly boxes: GroupBoxes,
  ) {
    this.fontSize = summaryFontSize(boxes);
    graph.nodes.forEach((node, i) => {
      const region = regionNodeId(node.regionId);
      this.nodeIndex.set(node.id, i);
      this.regionOfNode.set(node.id, region);
      let entry = this.regions.get(region);
      if (!entry) {
        entry = { nodes: [], title: node.regionId, pairs: new Set() };
        this.regions.set(region, entry);
      }
      entry.nodes.push(i);
      if (node.kind === 'region') entry.title = node.label || node.regionId;
    });
    const accounts = new Set(graph.nodes.filter((node) => node.kind === 'account').map((node) => node.id));
    for (const node of graph.nodes) if (node.parent && accounts.has(node.parent)) this.accountOfNode.set(node.id, node.parent);
    graph.edges.forEach((edge, i) => {
      this.edgeIndex.set(edge.id, i);
      const a = this.regionOfNode.get(edge.source);
      const b = this.regionOfNode.get(edge.target);
      if (!a || !b) return;
      const key = pairKey(a, b);
      let pair = this.pairs.get(key);
      if (!pair) {
        pair = a < b ? { a, b, edges: [] } : { a: b, b: a, edges: [] };
        this.pairs.set(key, pair);
        this.regions.get(a)?.pairs.add(key);
        this.regions.get(b)?.pairs.add(key);
      }
      pair.edges.push(i);
    });
  }

  /**
   * Follows elements replaced at their place in the graph's arrays (same id, same ends, same
   * region): only the summaries and merged edges they count in are built again.
   */
  changed(graph: TopologyGraph, ids: Iterable<string>): void {
    this.graph = graph;
    for (const id of ids) {
      const nodeAt = this.nodeIndex.get(id);
      if (nodeAt !== undefined) {
        const node = graph.nodes[nodeAt];
        const region = this.regionOfNode.get(id);
        const entry = region ? this.regions.get(region) : undefined;
        if (region && entry) {
          if (node.kind === 'region') entry.title = node.label || node.regionId;
          this.summaries.delete(region);
        }
        this.accountSummaries.delete(this.accountOfNode.get(id) ?? id);
        continue;
      }
      const edgeAt = this.edgeIndex.get(id);
      if (edgeAt === undefined) continue;
      const edge = graph.edges[edgeAt];
      const a = this.regionOfNode.get(edge.source);
      const b = this.regionOfNode.get(edge.target);
      if (!a || !b) continue;
      for (const kept of this.accountMerged.get(pairKey(a, b))?.values() ?? []) kept.stale = true;
      for (const end of [edge.source, edge.target]) {
        const account = this.accountOfNode.get(end);
        if (account) this.accountSummaries.delete(account);
      }
      if (a === b) this.summaries.delete(a);
      else for (const drawnInFull of ['', a, b]) this.merged.delete(mergedKey(pairKey(a, b), drawnInFull));
    }
  }

  /**
   * What `viewGraph(graph, boxes, expanded)` gives. With `collapsedAccounts` (account node ids in
   * regions drawn in full, `chooseCollapsedAccounts`), each of those accounts is one summary in
   * its box instead, and in its region every link that does not join two nodes drawn as
   * themselves is merged per pair of drawn ends, a VPC's end standing as its account: the links
   * of the accounts drawn in full to everything drawn as a summary are one edge per account.
   */
  view(expanded: ReadonlySet<string>, collapsedAccounts: ReadonlySet<string> = new Set()): ViewGraph {
    const drawn = (region: string) => expanded.has(region);
    const collapsed = (region: string) => !expanded.has(region) && this.boxes.regions.has(region);
    const partial = new Map<string, string[]>();
    for (const account of collapsedAccounts) {
      const region = this.regionOfNode.get(account);
      if (!region || !drawn(region) || !this.boxes.accounts.has(account)) continue;
      partial.set(region, [...(partial.get(region) ?? []), account]);
    }

    const detailedNodes: number[] = [];
    const summaries: Array<{ first: number; summary: ViewNode }> = [];
    const summaryPositions: Positions = {};
    for (const [region, entry] of this.regions) {
      const summarised = partial.get(region);
      if (summarised) {
        for (const i of entry.nodes) {
          const id = this.graph.nodes[i].id;
          if (!collapsedAccounts.has(id) && !collapsedAccounts.has(this.accountOfNode.get(id) ?? '')) detailedNodes.push(i);
        }
        for (const account of summarised) {
          const summary = this.accountSummary(account);
          summaries.push({ first: this.nodeIndex.get(account)!, summary });
          summaryPositions[summary.id] = center(this.boxes.accounts.get(account)!);
        }
      } else if (drawn(region)) detailedNodes.push(...entry.nodes);
      else if (collapsed(region)) {
        const summary = this.summary(region, entry);
        summaries.push({ first: entry.nodes[0], summary });
        summaryPositions[summary.id] = center(this.boxes.regions.get(region)!);
      }
    }

    const detailedEdges: number[] = [];
    const aggregates: AggregateEdge[] = [];
    for (const [key, pair] of this.pairs) {
      if (partial.has(pair.a) || partial.has(pair.b)) {
        if (!(drawn(pair.a) || collapsed(pair.a)) || !(drawn(pair.b) || collapsed(pair.b))) continue;
        const { edges, merged } = this.mergeByAccount(key, pair, collapsedAccounts, drawn);
        detailedEdges.push(...edges);
        aggregates.push(...merged);
      } else if (drawn(pair.a) && drawn(pair.b)) detailedEdges.push(...pair.edges);
      else if (pair.a !== pair.b && collapsed(pair.a) && collapsed(pair.b)) aggregates.push(...this.merge(key, pair, ''));
      else if (drawn(pair.a) && collapsed(pair.b)) aggregates.push(...this.merge(key, pair, pair.a));
      else if (drawn(pair.b) && collapsed(pair.a)) aggregates.push(...this.merge(key, pair, pair.b));
    }

    const nodes: ViewNode[] = detailedNodes.sort(ascending).map((i) => this.graph.nodes[i]);
    for (const { summary } of summaries.sort((x, y) => x.first - y.first)) nodes.push(summary);
    const edges: ViewEdge[] = detailedEdges.sort(ascending).map((i) => this.graph.edges[i]);
    for (const aggregate of aggregates.sort((x, y) => compareIds(x.id, y.id))) edges.push(aggregate);
    return { nodes, edges, summaryPositions };
  }

  /** A collapsed account's summary: its nodes and the edges inside it, counted. */
  private accountSummary(account: string): AccountSummaryNode {
    let summary = this.accountSummaries.get(account);
    if (summary) return summary;
    const node = this.graph.nodes[this.nodeIndex.get(account)!];
    summary = emptyAccountSummary(node, this.boxes.accounts.get(account)!, ACCOUNT_SUMMARY_FONT_PX);
    const region = this.regionOfNode.get(account)!;
    for (const i of this.regions.get(region)?.nodes ?? []) {
      const inside = this.graph.nodes[i];
      if (this.accountOfNode.get(inside.id) !== account) continue;
      if (inside.kind === 'vpc') summary.vpcCount++;
      if (inside.kind === 'externalVpc') summary.externalVpcCount++;
    }
    for (const i of this.pairs.get(pairKey(region, region))?.edges ?? []) {
      const edge = this.graph.edges[i];
      if (this.accountOfNode.get(edge.source) !== account || this.accountOfNode.get(edge.target) !== account) continue;
      countEdge(summary.inside, edge);
      if (edge.attention) summary.attentionCount++;
    }
    summary = finishAccountSummary(summary, node.label || node.id);
    this.accountSummaries.set(account, summary);
    return summary;
  }

  /**
   * A pair of regions with an end in a region whose accounts are partly summaries: the edges
   * that join two nodes drawn as themselves, and the others merged per pair of drawn ends (a
   * summary, or the account box of a node drawn in full). Kept per pair and choice of accounts
   * until an edge of the pair changes.
   */
  private mergeByAccount(
    key: string,
    pair: PairEntry,
    collapsedAccounts: ReadonlySet<string>,
    drawn: (region: string) => boolean,
  ): AccountMerge {
    const ends = (region: string) => (drawn(region) ? (this.regions.get(region)?.nodes ?? []).map((i) => this.graph.nodes[i].id).filter((id) => collapsedAccounts.has(id)).sort().join(',') : '-');
    const choice = `${ends(pair.a)}\u0001${ends(pair.b)}`;
    let byChoice = this.accountMerged.get(key);
    const kept = byChoice?.get(choice);
    if (kept && !kept.stale) return kept;
    const self = (node: string): string | undefined => {
      const region = this.regionOfNode.get(node)!;
      if (!drawn(region)) return undefined;
      const account = this.accountOfNode.get(node);
      return account && collapsedAccounts.has(account) ? undefined : node;
    };
    const drawnAs = (node: string): string => {
      const region = this.regionOfNode.get(node)!;
      if (!drawn(region)) return summaryNodeId(region);
      const account = this.accountOfNode.get(node);
      if (!account) return node;
      return collapsedAccounts.has(account) ? accountSummaryId(account) : account;
    };
    const edges: number[] = [];
    const byId = new Map<string, AggregateEdge>();
    for (const i of pair.edges) {
      const edge = this.graph.edges[i];
      if (self(edge.source) && self(edge.target)) {
        edges.push(i);
        continue;
      }
      const source = drawnAs(edge.source);
      const target = drawnAs(edge.target);
      if (source === target) continue; // inside one account summary: counted on it
      const [a, b] = [source, target].sort();
      const id = `${a}|${b}`;
      let aggregate = byId.get(id);
      if (!aggregate) {
        // Sized for the zoom detail is drawn at, like the summaries they join, not for the overview.
        aggregate = emptyAggregate(a, b, source === edge.source || target === edge.target, ACCOUNT_SUMMARY_FONT_PX);
        byId.set(id, aggregate);
      }
      aggregate.total++;
      countEdge(aggregate.counts, edge);
      if (edge.attention) aggregate.attentionCount++;
    }
    // A merged edge that counts the same as before stays the same object: a status change then
    // replaces only the merged edge it counts in, not every one of the pair.
    const before = new Map((kept?.merged ?? []).map((aggregate) => [aggregate.id, aggregate]));
    const merged = [...byId.values()].map((aggregate) => {
      const finished = finishAggregate(aggregate, ACCOUNT_SUMMARY_FONT_PX);
      const previous = before.get(finished.id);
      return previous && sameCounts(previous, finished) ? previous : finished;
    });
    const result: AccountMerge = { edges, merged };
    if (!byChoice) {
      byChoice = new Map();
      this.accountMerged.set(key, byChoice);
    }
    byChoice.set(choice, result);
    return result;
  }

  /** A collapsed region's summary: its nodes and the edges inside it, counted. */
  private summary(region: string, entry: RegionEntry): RegionSummaryNode {
    let summary = this.summaries.get(region);
    if (summary) return summary;
    const first = this.graph.nodes[entry.nodes[0]];
    summary = emptySummary(region, first.regionId, this.boxes.regions.get(region)!, this.fontSize);
    for (const i of entry.nodes) {
      const kind = this.graph.nodes[i].kind;
      if (kind === 'vpc') summary.vpcCount++;
      if (kind === 'externalVpc') summary.externalVpcCount++;
      if (kind === 'account') summary.accountCount++;
    }
    for (const i of this.pairs.get(pairKey(region, region))?.edges ?? []) {
      const edge = this.graph.edges[i];
      countEdge(summary.inside, edge);
      if (edge.attention) summary.attentionCount++;
    }
    summary = finishSummary(summary, entry.title);
    this.summaries.set(region, summary);
    return summary;
  }

  /**
   * The pair's edges merged: into one between two collapsed regions (`drawnInFull` empty), or per
   * node of the region drawn in full (`drawnInFull`) to the collapsed one. Kept until an edge of
   * the pair changes, so an unchanged merged edge is the same object in the next view.
   */
  private merge(key: string, pair: PairEntry, drawnInFull: string): AggregateEdge[] {
    const cacheKey = mergedKey(key, drawnInFull);
    let merged = this.merged.get(cacheKey);
    if (!merged) {
      merged = this.aggregate(pair, (node) => this.regionOfNode.get(node) === drawnInFull);
      this.merged.set(cacheKey, merged);
    }
    return merged;
  }

  /** The pair's edges merged per pair of drawn ends; `drawnInFull` says which nodes are drawn as themselves. */
  private aggregate(pair: PairEntry, drawnInFull: (node: string) => boolean): AggregateEdge[] {
    const drawnAs = (node: string) => (drawnInFull(node) ? node : summaryNodeId(this.regionOfNode.get(node)!));
    const byId = new Map<string, AggregateEdge>();
    for (const i of pair.edges) {
      const edge = this.graph.edges[i];
      const source = drawnAs(edge.source);
      const target = drawnAs(edge.target);
      const [a, b] = [source, target].sort();
      const id = `${a}|${b}`;
      let aggregate = byId.get(id);
      if (!aggregate) {
        aggregate = emptyAggregate(a, b, source === edge.source || target === edge.target, this.fontSize);
        byId.set(id, aggregate);
      }
      aggregate.total++;
      countEdge(aggregate.counts, edge);
      if (edge.attention) aggregate.attentionCount++;
    }
    return [...byId.values()].map((aggregate) => finishAggregate(aggregate, this.fontSize));
  }
}

/** Account summaries are read at the zoom detail is drawn from, like an account's own label. */
const ACCOUNT_SUMMARY_FONT_PX = 16;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function mergedKey(pair: string, drawnInFull: string): string {
  return `${pair}\u0001${drawnInFull}`;
}

function ascending(a: number, b: number): number {
  return a - b;
}

