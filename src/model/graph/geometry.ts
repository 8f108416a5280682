// Sizes the layout and the page agree on, and the boxes that groups occupy for given positions.
// The page styles nodes with exactly these sizes and paddings, so the boxes computed here are the
// boxes cytoscape draws (plus the group labels, which sit above each box).

import type { GraphNode, LeafNode, NodeKind, Point, Positions, TopologyGraph } from './elements';
import { isLeafNode } from './elements';

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const NODE_SIZES: Record<Exclude<NodeKind, 'region' | 'account'>, Size> = {
  vpc: { width: 200, height: 64 },
  externalVpc: { width: 200, height: 64 },
  vbr: { width: 180, height: 64 },
  bgpNeighbor: { width: 150, height: 44 },
  router: { width: 180, height: 48 },
};

/**
 * The grid cell one leaf occupies when laid out: the node plus room for edges and their labels.
 * Kept tight so that a typical picture (the demo's four regions) fits a 1200×800 panel at a zoom
 * where the page's labels read at 11 px or more.
 */
export const SLOT: Size = { width: 260, height: 120 };

/** Padding inside a group's border, and the height of its label above the border. */
export const ACCOUNT_PADDING = 20;
export const ACCOUNT_LABEL_HEIGHT = 26;
export const REGION_PADDING = 20;
export const REGION_LABEL_HEIGHT = 34;
/** Horizontal space between two account boxes in one region. */
export const ACCOUNT_GAP = 48;
/** Space between two region boxes when the layout places them. */
export const REGION_GAP = 72;
/** Region boxes closer than this are pushed apart; closer-but-legal spacing a user chose stays. */
export const MIN_REGION_SEPARATION = 24;

export function leafSize(node: LeafNode): Size {
  return NODE_SIZES[node.kind];
}

export function boxAround(center: Point, size: Size): Rect {
  return {
    left: center.x - size.width / 2,
    top: center.y - size.height / 2,
    right: center.x + size.width / 2,
    bottom: center.y + size.height / 2,
  };
}

export function union(a: Rect | undefined, b: Rect): Rect {
  if (!a) return { ...b };
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

export function expand(rect: Rect, by: number, extraTop = 0): Rect {
  return { left: rect.left - by, top: rect.top - by - extraTop, right: rect.right + by, bottom: rect.bottom + by };
}

export function intersects(a: Rect, b: Rect, separation = 0): boolean {
  return a.left < b.right + separation && b.left < a.right + separation && a.top < b.bottom + separation && b.top < a.bottom + separation;
}

export function translate(rect: Rect, dx: number, dy: number): Rect {
  return { left: rect.left + dx, top: rect.top + dy, right: rect.right + dx, bottom: rect.bottom + dy };
}

export function center(rect: Rect): Point {
  return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
}

export interface GroupBoxes {
  /** Account boxes by account node id: the border cytoscape draws. */
  accounts: Map<string, Rect>;
  /** Region boxes by region node id: the border cytoscape draws. */
  regions: Map<string, Rect>;
  /** Region boxes with their label on top: the space a region takes in the picture. */
  regionFrames: Map<string, Rect>;
}

/** Group boxes for the leaves that have a position; a group whose leaves have none has no box. */
export function groupBoxes(graph: TopologyGraph, positions: Positions): GroupBoxes {
  const byId = new Map<string, GraphNode>(graph.nodes.map((node) => [node.id, node]));
  const accounts = new Map<string, Rect>();
  for (const node of graph.nodes) {
    if (!isLeafNode(node) || !node.parent) continue;
    const point = positions[node.id];
    if (!point) continue;
    accounts.set(node.parent, union(accounts.get(node.parent), boxAround(point, leafSize(node))));
  }
  const regions = new Map<string, Rect>();
  for (const [accountId, content] of accounts) {
    const box = expand(content, ACCOUNT_PADDING);
    accounts.set(accountId, box);
    const regionId = byId.get(accountId)?.parent;
    if (regionId) regions.set(regionId, union(regions.get(regionId), expand(box, 0, ACCOUNT_LABEL_HEIGHT)));
  }
  const regionFrames = new Map<string, Rect>();
  for (const [regionId, content] of regions) {
    const box = expand(content, REGION_PADDING);
    regions.set(regionId, box);
    regionFrames.set(regionId, expand(box, 0, REGION_LABEL_HEIGHT));
  }
  return { accounts, regions, regionFrames };
}
