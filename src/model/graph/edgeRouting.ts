// Bends for edges that would run straight through other nodes. The grid layout lines VPCs up in
// rows and columns, so a connection between two VPCs of one row passes over every VPC between
// them. Such an edge becomes a quadratic curve whose control point sits `arc` units off the
// middle of the straight line (cytoscape's `control-point-distances`, same sign convention: along
// (−dy, dx) of the source→target vector). Among the arcs, alternating sides and growing, that clear
// every other node the curve passes (of the edge's own regions, and of any region between them),
// the first is taken that also keeps clear of:
// - inside one region, the titles of the region and of its account boxes, or at least the region
//   title (a curve, and the label at its middle, drawn over a title would hide it);
// - between two regions, every third region's box.
// An edge's label is drawn on a background at the curve's middle: where it would cover a region
// title, the edge bends (even a straight one) until it does not, when a bend clear of nodes can.

import type { GraphEdge, LeafNode, Point, Positions, TopologyGraph } from './elements';
import { isLeafNode } from './elements';
import { ACCOUNT_LABEL_HEIGHT, boxAround, groupBoxes, leafSize, type GroupBoxes, type Rect, type Size } from './geometry';

const CLEARANCE = 10;
/** Room kept around a title: an edge's label is drawn on a background at the curve's middle. */
const TITLE_CLEARANCE = 14;
/** Average glyph widths of the titles' fonts, generous (a wider guess only bends more often). */
const REGION_TITLE_CHAR_WIDTH = 14;
const ACCOUNT_TITLE_CHAR_WIDTH = 8;
/** Extra bend per further edge between the same two nodes: their middles (and labels) ~30 px apart. */
const PARALLEL_SPREAD = 60;
/** How much wider than the narrowest node-clearing bend a title-clearing one may be. */
const MAX_WIDENING = 2;
/** An edge label's glyph width, line height and background padding at the page's label font, generous. */
const EDGE_LABEL_CHAR_WIDTH = 9;
const EDGE_LABEL_LINE_HEIGHT = 20;
const EDGE_LABEL_PADDING = 4;
const ARC_FACTORS = [0.12, -0.12, 0.18, -0.18, 0.24, -0.24, 0.3, -0.3, 0.45, -0.45, 0.65, -0.65];

/**
 * Arc per edge id, for the edges that need one; the rest are drawn straight. Edges between the same
 * two nodes (a peering and a router interface link, say) share the bend and are then spread apart,
 * so neither hides the other or its label; straight ones cytoscape spreads itself. With `edgeIds`,
 * the edges of those ids' node pairs.
 */
export function edgeArcs(graph: TopologyGraph, positions: Positions, edgeIds?: Iterable<string>): Record<string, number> {
  const router = new EdgeRouter(graph, positions);
  return router.arcs(edgeIds ?? graph.edges.map((edge) => edge.id)).bent;
}

/** What routing some edges gave: the bent ones' arcs, and every edge routed (bent or straight). */
export interface RoutedEdges {
  bent: Record<string, number>;
  routed: string[];
}

interface Obstacle {
  id: string;
  box: Rect;
}

interface NodePair {
  from: string;
  to: string;
  /** [edge id, its source], in the graph's order. */
  edges: Array<[string, string]>;
}

/** Grid cell size of the obstacle index, in graph units: about one layout slot. */
const CELL = 256;

/**
 * Routes the edges of one graph at one set of positions, on demand: the page routes only the edges
 * it draws, when it first draws them. What it needs of the whole graph (which region a leaf is in,
 * the edges between each pair of nodes, group boxes and titles) is indexed once; each region's
 * obstacles, in a grid of cells, when a curve first passes over that region. An edge's label may
 * change without a new router (`replaceEdges`): only node positions and the filters' choice of
 * nodes are fixed for its lifetime.
 */
export class EdgeRouter {
  private readonly regionOf = new Map<string, string>();
  private readonly leavesByRegion = new Map<string, Array<{ id: string; node: LeafNode }>>();
  private readonly grids = new Map<string, Map<number, Obstacle[]>>();
  private readonly frames = new Map<string, Rect>();
  private readonly titles: Map<string, { region: Rect[]; accounts: Rect[] }>;
  private readonly regionTitles: Rect[];
  private readonly edges = new Map<string, { source: string; target: string; label: string }>();
  private readonly pairs = new Map<string, NodePair>();
  /** Half the widest and tallest obstacle: a box's centre cell is at most this far from any of its parts. */
  private readonly reach: Size = { width: 0, height: 0 };

  constructor(
    graph: TopologyGraph,
    private readonly positions: Positions,
    boxes: GroupBoxes = groupBoxes(graph, positions),
  ) {
    for (const node of graph.nodes) {
      if (!isLeafNode(node)) continue;
      this.regionOf.set(node.id, node.regionId);
      const list = this.leavesByRegion.get(node.regionId) ?? [];
      list.push({ id: node.id, node });
      this.leavesByRegion.set(node.regionId, list);
      const size = leafSize(node);
      this.reach.width = Math.max(this.reach.width, size.width / 2 + CLEARANCE);
      this.reach.height = Math.max(this.reach.height, size.height / 2 + CLEARANCE);
    }
    this.titles = titleStrips(graph, boxes);
    for (const node of graph.nodes) {
      const frame = node.kind === 'region' ? boxes.regionFrames.get(node.id) : undefined;
      if (frame) this.frames.set(node.regionId, frame);
    }
    this.regionTitles = [...this.titles.values()].flatMap((strips) => strips.region);
    this.replaceEdges([], graph.edges);
  }

  /** Follows edges that were removed, added, or changed their label; returns the edges whose arc may differ now. */
  replaceEdges(removed: Iterable<string>, added: Iterable<GraphEdge>): Set<string> {
    const touched = new Set<string>();
    const touch = (key: string | undefined) => {
      const pair = key ? this.pairs.get(key) : undefined;
      if (pair) for (const [id] of pair.edges) touched.add(id);
    };
    for (const id of removed) {
      const edge = this.edges.get(id);
      if (!edge) continue;
      const key = this.pairKey(edge.source, edge.target);
      touch(key);
      const pair = this.pairs.get(key);
      if (pair) {
        pair.edges = pair.edges.filter(([edgeId]) => edgeId !== id);
        if (pair.edges.length === 0) this.pairs.delete(key);
      }
      this.edges.delete(id);
    }
    for (const edge of added) {
      const old = this.edges.get(edge.id);
      this.edges.set(edge.id, { source: edge.source, target: edge.target, label: edge.label });
      const key = this.pairKey(edge.source, edge.target);
      if (!old) {
        const [from, to] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
        const pair = this.pairs.get(key) ?? { from, to, edges: [] };
        pair.edges.push([edge.id, edge.source]);
        this.pairs.set(key, pair);
      }
      touch(key);
    }
    return touched;
  }

  /** Routes the node pairs of `edgeIds` (every edge of each pair, as they share one bend). */
  arcs(edgeIds: Iterable<string>): RoutedEdges {
    const keys = new Set<string>();
    for (const id of edgeIds) {
      const edge = this.edges.get(id);
      if (edge) keys.add(this.pairKey(edge.source, edge.target));
    }
    const bent: Record<string, number> = {};
    const routed: string[] = [];
    for (const key of keys) {
      const pair = this.pairs.get(key);
      if (!pair) continue;
      for (const [id] of pair.edges) routed.push(id);
      const arc = this.routePair(pair);
      if (arc === 0) continue;
      pair.edges.forEach(([id, source], i) => {
        // Further out on the side that cleared the nodes; the sign follows each edge's direction.
        const bend = arc + Math.sign(arc) * i * PARALLEL_SPREAD;
        bent[id] = source === pair.from ? bend : -bend;
      });
    }
    return { bent, routed };
  }

  private pairKey(source: string, target: string): string {
    return source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
  }

  private routePair({ from, to, edges }: NodePair): number {
    const sourceRegion = this.regionOf.get(from);
    const targetRegion = this.regionOf.get(to);
    if (!sourceRegion || !targetRegion || !this.positions[from] || !this.positions[to]) return 0;
    let label: Size = { width: 0, height: 0 };
    for (const [id] of edges) {
      const size = labelSize(this.edges.get(id)?.label ?? '');
      label = { width: Math.max(label.width, size.width), height: Math.max(label.height, size.height) };
    }
    // The other nodes near a curve, of whichever regions it passes over (its own among them).
    // Regions are looked at first, so only the nodes of the few a curve meets are tested.
    const others = (area: Rect): Rect[] => {
      const near: Rect[] = [];
      for (const [regionId, frame] of this.frames) {
        if (!overlaps(frame, area) && regionId !== sourceRegion && regionId !== targetRegion) continue;
        this.obstaclesIn(regionId, area, from, to, near);
      }
      return near;
    };
    // Inside one region a bent edge's middle, and its label, is near the region's titles: keep
    // clear of them, the region's own first (it names the box), account titles after. Between
    // regions the middle lies between the boxes, and a wider bend would only cross other regions.
    // Between regions, a bend should not carry the edge across a third region's box.
    const own = sourceRegion === targetRegion ? this.titles.get(sourceRegion) : undefined;
    const thirdRegions = own ? [] : [...this.frames].filter(([regionId]) => regionId !== sourceRegion && regionId !== targetRegion).map(([, frame]) => frame);
    const avoid = own ? [[...own.region, ...own.accounts], own.region] : [thirdRegions];
    const labelled = label.width > 0 ? { size: label, titles: this.regionTitles } : undefined;
    return clearArc(this.positions[from], this.positions[to], others, avoid, labelled);
  }

  /** Adds to `near` the obstacles of a region that meet `area`, but for the two ends. */
  private obstaclesIn(regionId: string, area: Rect, from: string, to: string, near: Rect[]): void {
    const grid = this.grid(regionId);
    // Only the cells of the region's own frame can hold its obstacles.
    const frame = this.frames.get(regionId);
    const left = Math.floor((Math.max(area.left, frame?.left ?? -Infinity) - this.reach.width) / CELL);
    const right = Math.floor((Math.min(area.right, frame?.right ?? Infinity) + this.reach.width) / CELL);
    const top = Math.floor((Math.max(area.top, frame?.top ?? -Infinity) - this.reach.height) / CELL);
    const bottom = Math.floor((Math.min(area.bottom, frame?.bottom ?? Infinity) + this.reach.height) / CELL);
    for (let x = left; x <= right; x++) {
      for (let y = top; y <= bottom; y++) {
        const cell = grid.get(cellKey(x, y));
        if (cell) for (const o of cell) if (o.id !== from && o.id !== to && overlaps(o.box, area)) near.push(o.box);
      }
    }
  }

  /** A region's leaves as obstacles (their box and a clearance), each in the cell of its centre. */
  private grid(regionId: string): Map<number, Obstacle[]> {
    let grid = this.grids.get(regionId);
    if (grid) return grid;
    grid = new Map();
    for (const { id, node } of this.leavesByRegion.get(regionId) ?? []) {
      const point = this.positions[id];
      if (!point) continue;
      const box = boxAround(point, leafSize(node));
      const key = cellKey(Math.floor(point.x / CELL), Math.floor(point.y / CELL));
      const cell = grid.get(key) ?? [];
      cell.push({ id, box: { left: box.left - CLEARANCE, top: box.top - CLEARANCE, right: box.right + CLEARANCE, bottom: box.bottom + CLEARANCE } });
      grid.set(key, cell);
    }
    this.grids.set(regionId, grid);
    return grid;
  }
}

/** One number per grid cell (cells within ±2^20 of the origin, far beyond any picture). */
function cellKey(x: number, y: number): number {
  return (x + 1_048_576) * 2_097_152 + (y + 1_048_576);
}

/** Boxes a curve must keep clear of: all of them, or those meeting a given area. */
export type Obstacles = Rect[] | ((area: Rect) => Rect[]);

/** A label drawn at an edge's middle, and the titles it must not cover. */
export interface MiddleLabel {
  size: Size;
  titles: Rect[];
}

/**
 * 0 when the straight line is clear of `boxes` (and its label of the titles). Else the first arc
 * clear of `boxes`, with its label clear of the titles, that also misses everything in `avoid[0]`,
 * else one that misses `avoid[1]`, and so on (most to least to avoid), at most twice as wide as
 * the first such arc; else that first one. A straight line is never bent only to miss what is in
 * `avoid`, nor for its label when no bend clear of `boxes` moves the label off the titles. When
 * nothing tried clears `boxes`, the widest arc tried on the first side.
 */
export function clearArc(from: Point, to: Point, boxes: Obstacles, avoid: Rect[][] = [], label?: MiddleLabel): number {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length < 1) return 0;
  const labelClear = (arc: number) => !label || !labelHitsTitle(from, to, arc, label);
  const straightClear = !curveHits(from, to, 0, boxes);
  if (straightClear && labelClear(0)) return 0;
  const arcs = ARC_FACTORS.map((factor) => Math.round(factor * length));
  // The arcs grow: once one qualifies, only those up to MAX_WIDENING times as wide can be preferred
  // to it, and wider ones are not tried.
  const qualifying = (test: (arc: number) => boolean): number[] => {
    const found: number[] = [];
    for (const arc of arcs) {
      if (found.length > 0 && Math.abs(arc) > Math.abs(found[0]) * MAX_WIDENING) break;
      if (test(arc)) found.push(arc);
    }
    return found;
  };
  const clearOf = new Map<number, boolean>();
  const clearArcOnly = (arc: number): boolean => {
    let clear = clearOf.get(arc);
    if (clear === undefined) clearOf.set(arc, (clear = !curveHits(from, to, arc, boxes)));
    return clear;
  };
  const readable = qualifying((arc) => clearArcOnly(arc) && labelClear(arc));
  if (readable.length > 0) return preferredArc(from, to, readable, avoid);
  if (straightClear) return 0;
  const clear = qualifying(clearArcOnly);
  return clear.length > 0 ? preferredArc(from, to, clear, avoid) : Math.round(ARC_FACTORS[ARC_FACTORS.length - 2] * length);
}

/** The first of `arcs` that misses the most important level of `avoid` it can, within bounds. */
function preferredArc(from: Point, to: Point, arcs: number[], avoid: Rect[][]): number {
  // Missing a title is worth a somewhat wider bend, not a loop across the picture.
  const widest = Math.abs(arcs[0]) * MAX_WIDENING;
  for (const level of avoid) {
    const arc = arcs.find((candidate) => Math.abs(candidate) <= widest && !curveHits(from, to, candidate, level));
    if (arc !== undefined) return arc;
  }
  return arcs[0];
}

/** Whether the label at the middle of the curve with `arc` covers one of the titles. */
function labelHitsTitle(from: Point, to: Point, arc: number, label: MiddleLabel): boolean {
  const middle = curvePoint(from, to, arc, 0.5);
  const box = boxAround(middle, label.size);
  return label.titles.some((title) => overlaps(box, title));
}

/** An edge label's box, from its text: generous, as a larger guess only bends more often. */
function labelSize(text: string): Size {
  if (!text) return { width: 0, height: 0 };
  const lines = text.split('\n');
  return {
    width: Math.max(...lines.map((line) => line.length)) * EDGE_LABEL_CHAR_WIDTH + 2 * EDGE_LABEL_PADDING,
    height: lines.length * EDGE_LABEL_LINE_HEIGHT + 2 * EDGE_LABEL_PADDING,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Per region: where its title is drawn above its box, and the titles above its account boxes.
 * Titles are centred over their box; their width is estimated from the text (the page draws
 * region titles at 22 px bold, account titles at 13 px).
 */
function titleStrips(graph: TopologyGraph, boxes: GroupBoxes): Map<string, { region: Rect[]; accounts: Rect[] }> {
  const strips = new Map<string, { region: Rect[]; accounts: Rect[] }>();
  const add = (regionId: string, which: 'region' | 'accounts', box: Rect, top: number, bottom: number, textWidth: number) => {
    const middle = (box.left + box.right) / 2;
    const half = Math.min(box.right - box.left, textWidth) / 2 + TITLE_CLEARANCE;
    const entry = strips.get(regionId) ?? { region: [], accounts: [] };
    entry[which].push({ left: middle - half, top: top - TITLE_CLEARANCE, right: middle + half, bottom: bottom + TITLE_CLEARANCE });
    strips.set(regionId, entry);
  };
  for (const node of graph.nodes) {
    if (node.kind === 'region') {
      const frame = boxes.regionFrames.get(node.id);
      const box = boxes.regions.get(node.id);
      if (frame && box) add(node.regionId, 'region', box, frame.top, box.top, node.label.length * REGION_TITLE_CHAR_WIDTH);
    } else if (node.kind === 'account') {
      const box = boxes.accounts.get(node.id);
      if (box) add(node.regionId, 'accounts', box, box.top - ACCOUNT_LABEL_HEIGHT, box.top, node.label.length * ACCOUNT_TITLE_CHAR_WIDTH);
    }
  }
  return strips;
}

function controlPoint(from: Point, to: Point, arc: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  return { x: (from.x + to.x) / 2 + (-dy / length) * arc, y: (from.y + to.y) / 2 + (dx / length) * arc };
}

/** The point at `t` (0 at `from`, 1 at `to`) of the quadratic curve with `arc`. */
function curvePoint(from: Point, to: Point, arc: number, t: number, control = controlPoint(from, to, arc)): Point {
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  const c = t * t;
  return { x: a * from.x + b * control.x + c * to.x, y: a * from.y + b * control.y + c * to.y };
}

function curveHits(from: Point, to: Point, arc: number, boxes: Obstacles): boolean {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const control = controlPoint(from, to, arc);
  // The curve stays inside the triangle of its three points: only boxes meeting that hull matter.
  const hull = {
    left: Math.min(from.x, to.x, control.x),
    right: Math.max(from.x, to.x, control.x),
    top: Math.min(from.y, to.y, control.y),
    bottom: Math.max(from.y, to.y, control.y),
  };
  const near = typeof boxes === 'function' ? boxes(hull) : boxes.filter((box) => overlaps(box, hull));
  if (near.length === 0) return false;
  const steps = Math.max(8, Math.ceil((length + Math.abs(arc)) / 15));
  for (let i = 1; i < steps; i++) {
    const { x, y } = curvePoint(from, to, arc, i / steps, control);
    for (const box of near) if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}

