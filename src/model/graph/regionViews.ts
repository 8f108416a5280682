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
  countEdge,
  emptyAggregate,
  emptySummary,
  finishAggregate,
  finishSummary,
  summaryFontSize,
  summaryNodeId,
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
        continue;
      }
      const edgeAt = this.edgeIndex.get(id);
      if (edgeAt === undefined) continue;
      const edge = graph.edges[edgeAt];
      const a = this.regionOfNode.get(edge.source);
      const b = this.regionOfNode.get(edge.target);
      if (!a || !b) continue;
      if (a === b) this.summaries.delete(a);
      else for (const drawnInFull of ['', a, b]) this.merged.delete(mergedKey(pairKey(a, b), drawnInFull));
    }
  }

  /** What `viewGraph(graph, boxes, expanded)` gives. */
  view(expanded: ReadonlySet<string>): ViewGraph {
    const drawn = (region: string) => expanded.has(region);
    const collapsed = (region: string) => !expanded.has(region) && this.boxes.regions.has(region);

    const detailedNodes: number[] = [];
    const summaries: Array<{ first: number; summary: RegionSummaryNode }> = [];
    const summaryPositions: Positions = {};
    for (const [region, entry] of this.regions) {
      if (drawn(region)) detailedNodes.push(...entry.nodes);
      else if (collapsed(region)) {
        const summary = this.summary(region, entry);
        summaries.push({ first: entry.nodes[0], summary });
        summaryPositions[summary.id] = center(this.boxes.regions.get(region)!);
      }
    }

    const detailedEdges: number[] = [];
    const aggregates: AggregateEdge[] = [];
    for (const [key, pair] of this.pairs) {
      if (drawn(pair.a) && drawn(pair.b)) detailedEdges.push(...pair.edges);
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

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function mergedKey(pair: string, drawnInFull: string): string {
  return `${pair}\u0001${drawnInFull}`;
}

function ascending(a: number, b: number): number {
  return a - b;
}

