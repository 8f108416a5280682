// Bends for edges that would run straight through other nodes. The grid layout lines VPCs up in
// rows and columns, so a connection between two VPCs of one row passes over every VPC between
// them. Such an edge becomes a quadratic curve whose control point sits `arc` units off the
// middle of the straight line (cytoscape's `control-point-distances`, same sign convention: along
// (−dy, dx) of the source→target vector). Among the arcs, alternating sides and growing, that clear
// every other node of the regions at the edge's two ends, the first is taken that also keeps
// clear of:
// - inside one region, the titles of the region and of its account boxes, or at least the region
//   title (a curve, and the label at its middle, drawn over a title would hide it);
// - between two regions, every third region's box.
// Nodes of regions an edge passes over are not obstacles: the region grid keeps such crossings short.

import type { Point, Positions, TopologyGraph } from './elements';
import { isLeafNode } from './elements';
import { ACCOUNT_LABEL_HEIGHT, boxAround, groupBoxes, leafSize, type GroupBoxes, type Rect } from './geometry';

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
  const pairs = new Map<string, { from: string; to: string; edges: string[][] }>();
  for (const edge of graph.edges) {
    if (wanted && !wanted.has(edge.id)) continue;
    if (!regionOf.has(edge.source) || !regionOf.has(edge.target) || !positions[edge.source] || !positions[edge.target]) continue;
    const [from, to] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${from}\u0000${to}`;
    const pair = pairs.get(key) ?? { from, to, edges: [] };
    pair.edges.push([edge.id, edge.source]);
    pairs.set(key, pair);
  }

  const arcs: Record<string, number> = {};
  for (const { from, to, edges } of pairs.values()) {
    const sourceRegion = regionOf.get(from) as string;
    const targetRegion = regionOf.get(to) as string;
    const candidates = sourceRegion === targetRegion ? obstacles.get(sourceRegion) ?? [] : [...(obstacles.get(sourceRegion) ?? []), ...(obstacles.get(targetRegion) ?? [])];
    const others = candidates.filter((o) => o.id !== from && o.id !== to);
    // Inside one region a bent edge's middle, and its label, is near the region's titles: keep
    // clear of them, the region's own first (it names the box), account titles after. Between
    // regions the middle lies between the boxes, and a wider bend would only cross other regions.
    // Between regions, a bend should not carry the edge across a third region's box.
    const own = sourceRegion === targetRegion ? titles.get(sourceRegion) : undefined;
    const thirdRegions = own ? [] : [...frames].filter(([regionId]) => regionId !== sourceRegion && regionId !== targetRegion).map(([, frame]) => frame);
    const avoid = own ? [[...own.region, ...own.accounts], own.region] : [thirdRegions];
    const arc = clearArc(positions[from], positions[to], others.map((o) => o.box), avoid);
    if (arc === 0) continue;
    edges.forEach(([id, source], i) => {
      // Further out on the side that cleared the nodes; the sign follows each edge's direction.
      const bend = arc + Math.sign(arc) * i * PARALLEL_SPREAD;
      arcs[id] = source === from ? bend : -bend;
    });
  }
  return arcs;
}

/**
 * 0 when the straight line is clear of `boxes`. Else the first arc clear of `boxes` that also
 * misses everything in `avoid[0]`, else one that misses `avoid[1]`, and so on (most to least
 * to avoid), at most twice as wide as the first clear of `boxes` alone; else that first one; else
 * the widest tried. A straight line is never bent only to miss what is in `avoid`.
 */
export function clearArc(from: Point, to: Point, boxes: Rect[], avoid: Rect[][] = []): number {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length < 1 || !curveHits(from, to, 0, boxes)) return 0;
  const clear = ARC_FACTORS.map((factor) => Math.round(factor * length)).filter((arc) => !curveHits(from, to, arc, boxes));
  // Missing a title is worth a somewhat wider bend, not a loop across the picture.
  const widest = clear.length > 0 ? Math.abs(clear[0]) * MAX_WIDENING : 0;
  for (const level of avoid) {
    const arc = clear.find((candidate) => Math.abs(candidate) <= widest && !curveHits(from, to, candidate, level));
    if (arc !== undefined) return arc;
  }
  return clear[0] ?? Math.round(ARC_FACTORS[ARC_FACTORS.length - 2] * length);
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

function curveHits(from: Point, to: Point, arc: number, boxes: Rect[]): boolean {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const control = { x: (from.x + to.x) / 2 + (-dy / length) * arc, y: (from.y + to.y) / 2 + (dx / length) * arc };
  // The curve stays inside the triangle of its three points: only boxes meeting that hull matter.
  const hull = {
    left: Math.min(from.x, to.x, control.x),
    right: Math.max(from.x, to.x, control.x),
    top: Math.min(from.y, to.y, control.y),
    bottom: Math.max(from.y, to.y, control.y),
  };
  const near = boxes.filter((box) => box.left < hull.right && hull.left < box.right && box.top < hull.bottom && hull.top < box.bottom);
  if (near.length === 0) return false;
  const steps = Math.max(8, Math.ceil((length + Math.abs(arc)) / 15));
  for (let i = 1; i < steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    const x = a * from.x + b * control.x + c * to.x;
    const y = a * from.y + b * control.y + c * to.y;
    for (const box of near) if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}
