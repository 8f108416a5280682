// Which regions to draw in full for the current viewport. Everything is drawn in full while the
// whole graph is small; past that, only regions in (or near) view once the zoom is high enough for
// a VPC's label to be read, nearest the centre of the view first, within an element budget that
// keeps one redraw short. The zoomed-out rest is drawn as region summaries.

import type { TopologyGraph } from './elements';
import { center, intersects, type Rect } from './geometry';
import { regionNodeId } from './ids';

/** Below this zoom a VPC node is under ~60 px wide and its text unreadable: summaries only. */
export const DETAIL_MIN_ZOOM = 0.3;
/** Elements drawn in full at most: with software rendering, redrawing this many takes tens of ms. */
export const DEFAULT_DETAIL_BUDGET = 900;

export interface DetailRequest {
  /** Region frames by region node id (`groupBoxes(...).regionFrames`). */
  frames: Map<string, Rect>;
  /** Elements each region adds when drawn in full (`regionElementCounts`). */
  counts: Map<string, number>;
  /** The visible part of the graph, in graph coordinates. */
  viewport: Rect;
  zoom: number;
  budget?: number;
  /**
   * The zoom below which the detailed drawing's text would be too small to read: below it only
   * summaries are drawn, however small the graph. Without it a graph within the budget is always
   * drawn in full.
   */
  readableZoom?: number;
}

export function chooseExpandedRegions(request: DetailRequest): Set<string> {
  const budget = request.budget ?? DEFAULT_DETAIL_BUDGET;
  if (request.readableZoom !== undefined && request.zoom < request.readableZoom) return new Set();
  const total = [...request.counts.values()].reduce((sum, n) => sum + n, 0);
  if (total <= budget) return new Set(request.frames.keys());
  if (request.zoom < DETAIL_MIN_ZOOM) return new Set();

  // Regions just outside the view are drawn too, so a short pan shows detail at once.
  const width = request.viewport.right - request.viewport.left;
  const height = request.viewport.bottom - request.viewport.top;
  const near: Rect = {
    left: request.viewport.left - width * 0.15,
    right: request.viewport.right + width * 0.15,
    top: request.viewport.top - height * 0.15,
    bottom: request.viewport.bottom + height * 0.15,
  };
  const focus = center(request.viewport);
  const candidates = [...request.frames.entries()]
    .filter(([, frame]) => intersects(frame, near))
    .map(([id, frame]) => ({ id, distance: distanceToRect(focus, frame) }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));

  const chosen = new Set<string>();
  let used = 0;
  for (const { id } of candidates) {
    const count = request.counts.get(id) ?? 0;
    // The region under the centre of the view is always drawn, even over budget: the user zoomed
    // into it and nothing else would show its VPCs.
    if (chosen.size > 0 && used + count > budget) continue;
    chosen.add(id);
    used += count;
  }
  return chosen;
}

/** Nodes and edges each region contributes when drawn in full (an edge counts for both ends). */
export function regionElementCounts(graph: TopologyGraph): Map<string, number> {
  const counts = new Map<string, number>();
  const regionOfNode = new Map<string, string>();
  for (const node of graph.nodes) {
    const region = regionNodeId(node.regionId);
    regionOfNode.set(node.id, region);
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  for (const edge of graph.edges) {
    const a = regionOfNode.get(edge.source);
    const b = regionOfNode.get(edge.target);
    if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
    if (b && b !== a) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return counts;
}

function distanceToRect(point: { x: number; y: number }, rect: Rect): number {
  const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
  const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
  return Math.hypot(dx, dy);
}

export interface AccountDetailRequest {
  /** Regions drawn in full (`chooseExpandedRegions`). */
  expanded: ReadonlySet<string>;
  /** Elements each region adds when drawn in full (`regionElementCounts`). */
  regionCounts: Map<string, number>;
  /** Account boxes by account node id (`groupBoxes(...).accounts`). */
  accountBoxes: Map<string, Rect>;
  /** Account node ids by region node id, and what each adds when drawn in full (`accountElementCounts`). */
  accounts: AccountCounts;
  viewport: Rect;
  budget?: number;
}

export interface AccountCounts {
  byRegion: Map<string, string[]>;
  counts: Map<string, number>;
}

/**
 * The accounts to draw as summaries. A region drawn in full only because it is under the centre
 * of the view, itself over the budget, draws in full the accounts nearest the centre that fit the
 * budget (the nearest always) and the others as summaries; every other region is unchanged.
 */
export function chooseCollapsedAccounts(request: AccountDetailRequest): Set<string> {
  const budget = request.budget ?? DEFAULT_DETAIL_BUDGET;
  const collapsed = new Set<string>();
  const focus = center(request.viewport);
  for (const region of request.expanded) {
    if ((request.regionCounts.get(region) ?? 0) <= budget) continue;
    const accounts = (request.accounts.byRegion.get(region) ?? [])
      .filter((id) => request.accountBoxes.has(id))
      .map((id) => ({ id, distance: distanceToRect(focus, request.accountBoxes.get(id)!) }))
      .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
    if (accounts.length < 2) continue;
    // What the region draws besides its accounts' contents (its box, other leaves, their links).
    let used = request.regionCounts.get(region) ?? 0;
    for (const { id } of accounts) used -= request.accounts.counts.get(id) ?? 0;
    let drawn = 0;
    for (const { id } of accounts) {
      const count = request.accounts.counts.get(id) ?? 0;
      if (drawn > 0 && used + count > budget) {
        collapsed.add(id);
        used += 1;
        continue;
      }
      drawn++;
      used += count;
    }
  }
  return collapsed;
}

/** The accounts of each region, and the nodes and edges each contributes (an edge counts for both ends). */
export function accountElementCounts(graph: TopologyGraph): AccountCounts {
  const byRegion = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const accountOfNode = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.kind !== 'account') continue;
    const region = regionNodeId(node.regionId);
    byRegion.set(region, [...(byRegion.get(region) ?? []), node.id]);
    counts.set(node.id, 0);
  }
  for (const node of graph.nodes) {
    if (node.parent && counts.has(node.parent)) {
      accountOfNode.set(node.id, node.parent);
      counts.set(node.parent, counts.get(node.parent)! + 1);
    }
  }
  for (const edge of graph.edges) {
    const a = accountOfNode.get(edge.source);
    const b = accountOfNode.get(edge.target);
    if (a) counts.set(a, counts.get(a)! + 1);
    if (b && b !== a) counts.set(b, counts.get(b)! + 1);
  }
  return { byRegion, counts };
}
