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

import type { Point, Positions, TopologyGraph } from './elements';
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
 * so neither hides the other or its label; straight ones cytoscape spreads itself.
 */
export function edgeArcs(graph: TopologyGraph, positions: Positions, edgeIds?: Iterable<string>): Record<string, number> {
  const regionOf = new Map<string, string>();
  const obstacles = new Map<string, Array<{ id: string; box: Rect }>>();
  for (const node of graph.nodes) {
    if (!isLeafNode(node)) continue;
    regionOf.set(node.id, node.regionId);
    const point = positions[node.id];
    if (!point) continue;
    const box = boxAround(point, leafSize(node));
    const list = obstacles.get(node.regionId) ?? [];
    list.push({ id: node.id, box: { left: box.left - CLEARANCE, top: box.top - CLEARANCE, right: box.right + CLEARANCE, bottom: box.bottom + CLEARANCE } });
    obstacles.set(node.regionId, list);
  }
  const boxes = groupBoxes(graph, positions);
  const titles = titleStrips(graph, boxes);
  const frames = new Map<string, Rect>();
  for (const node of graph.nodes) {
    const frame = node.kind === 'region' ? boxes.regionFrames.get(node.id) : undefined;
    if (frame) frames.set(node.regionId, frame);
  }
  const wanted = edgeIds ? new Set(edgeIds) : undefined;

  // The edges of each pair of nodes, keyed in one direction (first id < second id).
  const pairs = new Map<string, { from: string; to: string; edges: string[][]; label: Size }>();
  for (const edge of graph.edges) {
    if (wanted && !wanted.has(edge.id)) continue;
    if (!regionOf.has(edge.source) || !regionOf.has(edge.target) || !positions[edge.source] || !positions[edge.target]) continue;
    const [from, to] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${from}\u0000${to}`;
    const pair = pairs.get(key) ?? { from, to, edges: [], label: { width: 0, height: 0 } };
    pair.edges.push([edge.id, edge.source]);
    const label = labelSize(edge.label);
    pair.label = { width: Math.max(pair.label.width, label.width), height: Math.max(pair.label.height, label.height) };
    pairs.set(key, pair);
  }
  const regionTitles = [...titles.values()].flatMap((strips) => strips.region);

  const arcs: Record<string, number> = {};
  for (const { from, to, edges, label } of pairs.values()) {
    const sourceRegion = regionOf.get(from) as string;
    const targetRegion = regionOf.get(to) as string;
    // The other nodes near a curve, of whichever regions it passes over (its own among them).
    // Regions are looked at first, so only the nodes of the few a curve meets are tested.
    const others = (area: Rect): Rect[] => {
      const near: Rect[] = [];
      for (const [regionId, list] of obstacles) {
        const frame = frames.get(regionId);
        if (frame && !overlaps(frame, area) && regionId !== sourceRegion && regionId !== targetRegion) continue;
        for (const o of list) if (o.id !== from && o.id !== to && overlaps(o.box, area)) near.push(o.box);
      }
      return near;
    };
    // Inside one region a bent edge's middle, and its label, is near the region's titles: keep
    // clear of them, the region's own first (it names the box), account titles after. Between
    // regions the middle lies between the boxes, and a wider bend would only cross other regions.
    // Between regions, a bend should not carry the edge across a third region's box.
    const own = sourceRegion === targetRegion ? titles.get(sourceRegion) : undefined;
    const thirdRegions = own ? [] : [...frames].filter(([regionId]) => regionId !== sourceRegion && regionId !== targetRegion).map(([, frame]) => frame);
    const avoid = own ? [[...own.region, ...own.accounts], own.region] : [thirdRegions];
    const labelled = label.width > 0 ? { size: label, titles: regionTitles } : undefined;
    const arc = clearArc(positions[from], positions[to], others, avoid, labelled);
    if (arc === 0) continue;
    edges.forEach(([id, source], i) => {
      // Further out on the side that cleared the nodes; the sign follows each edge's direction.
      const bend = arc + Math.sign(arc) * i * PARALLEL_SPREAD;
      arcs[id] = source === from ? bend : -bend;
    });
  }
  return arcs;
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
  const clear = ARC_FACTORS.map((factor) => Math.round(factor * length)).filter((arc) => !curveHits(from, to, arc, boxes));
  const readable = clear.filter(labelClear);
  if (readable.length > 0) return preferredArc(from, to, readable, avoid);
  if (straightClear) return 0;
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
