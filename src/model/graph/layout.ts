// Deterministic, incremental positions for the leaves of the graph, computed outside the page.
//
// Fresh layout: inside each account box the leaves fill a grid of slots row by row (VPCs by name,
// then external ends and routers, then each VBR followed by its BGP neighbours); account boxes sit
// side by side in their region; region boxes are packed into shelves in region-id order.
// Edges play no part, which is what makes it fast (linear) and stable.
//
// Incremental layout: every node in `keep` (the previous layout plus what the user dragged) stays
// where it is. A new leaf takes the first free slot of its account's grid; a new account box opens
// to the right of its region's boxes; a new region goes below the picture. When a box grew into a
// neighbour, the neighbour slides away as a whole (account boxes within their region, then region
// boxes), so nothing ever overlaps and nothing else moves.

import type { GraphNode, LeafNode, Positions, TopologyGraph } from './elements';
import { isLeafNode } from './elements';
import {
  ACCOUNT_GAP,
  ACCOUNT_LABEL_HEIGHT,
  ACCOUNT_PADDING,
  MIN_REGION_SEPARATION,
  REGION_GAP,
  REGION_LABEL_HEIGHT,
  REGION_PADDING,
  SLOT,
  boxAround,
  groupBoxes,
  leafSize,
  type Rect,
} from './geometry';
import { compareIds } from './inventoryIndex';
import { separateBlocks } from './separateBlocks';

export interface LayoutOptions {
  /** Positions to keep: the previous layout merged with the user's saved positions (those win). */
  keep?: Positions;
}

/**
 * A fresh layout in the order an arrangement suggests: in each region the accounts left to right
 * as their leaves lie in `arrangement`, and in each account the grid filled row by row as the
 * leaves lie there (top to bottom, then left to right within a row). Every grid, box and shelf has
 * the size the fresh layout gives it, so the picture is exactly as compact; only the order
 * follows the arrangement (a force layout's, which puts linked nodes next to each other).
 */
export function arrangedLayout(graph: TopologyGraph, arrangement: Positions): Positions {
  const plans = planRegions(graph).map((plan) => ({
    id: plan.id,
    accounts: sortByArrangement(plan.accounts, (account) => meanPoint(account.leaves, arrangement)?.x).map((account) => ({
      id: account.id,
      leaves: arrangeGrid(account.leaves, arrangement, columnsFor(account.leaves.length, plan.accounts.length)),
    })),
  }));
  return freshLayout(plans);
}

function meanPoint(leaves: LeafNode[], arrangement: Positions): { x: number; y: number } | undefined {
  const points = leaves.map((leaf) => arrangement[leaf.id]).filter((p) => p !== undefined);
  if (points.length === 0) return undefined;
  return { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length };
}

/** Stable: items without a key keep their place after the keyed ones. */
function sortByArrangement<T>(items: T[], key: (item: T) => number | undefined): T[] {
  return items
    .map((item, index) => ({ item, index, key: key(item) ?? Infinity }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}

/** Leaves in grid order: rows of `columns` taken top to bottom, each row left to right. */
function arrangeGrid(leaves: LeafNode[], arrangement: Positions, columns: number): LeafNode[] {
  const byY = sortByArrangement(leaves, (leaf) => arrangement[leaf.id]?.y);
  const ordered: LeafNode[] = [];
  for (let start = 0; start < byY.length; start += columns) {
    ordered.push(...sortByArrangement(byY.slice(start, start + columns), (leaf) => arrangement[leaf.id]?.x));
  }
  return ordered;
}

/** Room kept between two nodes that a re-layout put too close together. */
const NODE_CLEARANCE = 20;

interface AccountPlan {
  id: string;
  leaves: LeafNode[];
}

interface RegionPlan {
  id: string;
  accounts: AccountPlan[];
}

export function layoutGraph(graph: TopologyGraph, options: LayoutOptions = {}): Positions {
  const plans = planRegions(graph);
  const keep = options.keep ?? {};
  const positions: Positions = {};
  for (const plan of plans) for (const account of plan.accounts) for (const leaf of account.leaves) {
    const kept = keep[leaf.id];
    if (kept && Number.isFinite(kept.x) && Number.isFinite(kept.y)) positions[leaf.id] = { x: kept.x, y: kept.y };
  }
  if (Object.keys(positions).length === 0) return freshLayout(plans);

  const newRegions: RegionPlan[] = [];
  for (const plan of plans) {
    const regionHasKept = plan.accounts.some((account) => account.leaves.some((leaf) => positions[leaf.id]));
    if (!regionHasKept) {
      newRegions.push(plan);
      continue;
    }
    for (const account of plan.accounts) {
      if (account.leaves.some((leaf) => positions[leaf.id])) fillFreeSlots(account, positions, plan.accounts.length);
      else openAccountBox(graph, plan, account, positions);
    }
  }
  placeNewRegionsBelow(graph, newRegions, positions);
  separateGroups(graph, plans, positions);
  return positions;
}

/** Regions in id order; in each, active accounts before external ones; leaves in reading order. */
function planRegions(graph: TopologyGraph): RegionPlan[] {
  const accountsByRegion = new Map<string, GraphNode[]>();
  const leavesByAccount = new Map<string, LeafNode[]>();
  for (const node of graph.nodes) {
    if (node.kind === 'account') {
      const list = accountsByRegion.get(node.parent) ?? [];
      list.push(node);
      accountsByRegion.set(node.parent, list);
    } else if (isLeafNode(node)) {
      const list = leavesByAccount.get(node.parent) ?? [];
      list.push(node);
      leavesByAccount.set(node.parent, list);
    }
  }
  const regions = graph.nodes.filter((node) => node.kind === 'region').sort((a, b) => compareIds(a.id, b.id));
  return regions.map((region) => ({
    id: region.id,
    accounts: (accountsByRegion.get(region.id) ?? [])
      .slice()
      .sort(compareAccounts)
      .map((account) => ({ id: account.id, leaves: orderLeaves(leavesByAccount.get(account.id) ?? []) }))
      .filter((account) => account.leaves.length > 0),
  }));
}

function compareAccounts(a: GraphNode, b: GraphNode): number {
  if (a.kind !== 'account' || b.kind !== 'account') return 0;
  if (a.active !== b.active) return a.active ? -1 : 1;
  return compareIds(a.accountName ?? '', b.accountName ?? '') || compareIds(a.accountUid, b.accountUid);
}

const LEAF_ORDER: Record<LeafNode['kind'], number> = { vpc: 0, externalVpc: 1, router: 2, vbr: 3, bgpNeighbor: 3 };

function orderLeaves(leaves: LeafNode[]): LeafNode[] {
  const neighborsByVbr = new Map<string, LeafNode[]>();
  for (const leaf of leaves) {
    if (leaf.kind !== 'bgpNeighbor') continue;
    const list = neighborsByVbr.get(leaf.vbrId) ?? [];
    list.push(leaf);
    neighborsByVbr.set(leaf.vbrId, list);
  }
  const sortKey = (leaf: LeafNode): string => ('name' in leaf && leaf.name ? leaf.name : leaf.id);
  const main = leaves
    .filter((leaf) => leaf.kind !== 'bgpNeighbor' || !leaves.some((other) => other.kind === 'vbr' && other.vbrId === leaf.vbrId))
    .sort((a, b) => LEAF_ORDER[a.kind] - LEAF_ORDER[b.kind] || compareIds(sortKey(a), sortKey(b)) || compareIds(a.id, b.id));
  const ordered: LeafNode[] = [];
  for (const leaf of main) {
    ordered.push(leaf);
    if (leaf.kind === 'vbr') ordered.push(...(neighborsByVbr.get(leaf.vbrId) ?? []).sort((a, b) => compareIds(a.id, b.id)));
  }
  return ordered;
}

/**
 * Columns of an account's grid: about square, since slots are wider than tall. Account boxes sit
 * side by side, so with several accounts in a region each box is made somewhat narrower (by the
 * square root of their number), which keeps region boxes from turning into long strips.
 */
function columnsFor(count: number, accountsInRegion = 1): number {
  return Math.max(1, Math.ceil(Math.sqrt((count * SLOT.height) / (SLOT.width * Math.sqrt(Math.max(1, accountsInRegion))))));
}

function slotCenter(originX: number, originY: number, column: number, row: number): { x: number; y: number } {
  return { x: originX + column * SLOT.width + SLOT.width / 2, y: originY + row * SLOT.height + SLOT.height / 2 };
}

/** Lays out one account's leaves in a fresh grid whose top-left slot corner is (x, y); returns its width. */
function gridAccount(account: AccountPlan, x: number, y: number, positions: Positions, accountsInRegion: number): number {
  const columns = columnsFor(account.leaves.length, accountsInRegion);
  account.leaves.forEach((leaf, i) => {
    positions[leaf.id] = slotCenter(x, y, i % columns, Math.floor(i / columns));
  });
  return Math.min(columns, account.leaves.length) * SLOT.width;
}

/** Lays out a region with its frame's top-left corner at (x, y). */
function gridRegion(plan: RegionPlan, x: number, y: number, positions: Positions): void {
  let accountX = x + REGION_PADDING;
  const gridTop = y + REGION_LABEL_HEIGHT + REGION_PADDING + ACCOUNT_LABEL_HEIGHT;
  for (const account of plan.accounts) {
    accountX += gridAccount(account, accountX, gridTop, positions, plan.accounts.length) + ACCOUNT_GAP;
  }
}

function freshLayout(plans: RegionPlan[]): Positions {
  // Lay each region out at the origin, measure its frame, then pack the frames into shelves.
  const local: Positions = {};
  const frames = plans.map((plan) => {
    const regionPositions: Positions = {};
    gridRegion(plan, 0, 0, regionPositions);
    Object.assign(local, regionPositions);
    return { plan, frame: frameOf(plan, regionPositions) };
  });
  const origins = shelve(frames.map(({ frame }) => frame));
  const positions: Positions = {};
  frames.forEach(({ plan, frame }, i) => {
    const dx = origins[i].x - frame.left;
    const dy = origins[i].y - frame.top;
    for (const account of plan.accounts) for (const leaf of account.leaves) {
      const p = local[leaf.id];
      positions[leaf.id] = { x: p.x + dx, y: p.y + dy };
    }
  });
  return positions;
}

/** The picture's shape to aim for: a typical editor panel, a little wider than tall. */
const TARGET_ASPECT = 16 / 10;

/**
 * Places frames in order on shelves (rows), trying shelf widths between the widest frame and all
 * frames in one row, and keeps the arrangement whose overall shape is closest to TARGET_ASPECT.
 */
function shelve(frames: Rect[]): Array<{ x: number; y: number }> {
  const widest = Math.max(0, ...frames.map(width));
  const total = frames.reduce((sum, frame) => sum + width(frame) + REGION_GAP, 0);
  let best: { origins: Array<{ x: number; y: number }>; score: number } | undefined;
  const tries = 24;
  for (let i = 0; i <= tries; i++) {
    const limit = widest + ((total - widest) * i) / tries;
    const origins: Array<{ x: number; y: number }> = [];
    let x = 0;
    let y = 0;
    let shelfHeight = 0;
    let right = 0;
    for (const frame of frames) {
      if (x > 0 && x + width(frame) > limit) {
        x = 0;
        y += shelfHeight + REGION_GAP;
        shelfHeight = 0;
      }
      origins.push({ x, y });
      right = Math.max(right, x + width(frame));
      x += width(frame) + REGION_GAP;
      shelfHeight = Math.max(shelfHeight, height(frame));
    }
    const aspect = right / Math.max(1, y + shelfHeight);
    const score = Math.max(aspect / TARGET_ASPECT, TARGET_ASPECT / aspect);
    if (!best || score < best.score - 1e-9) best = { origins, score };
  }
  return best?.origins ?? [];
}

/** The frame (box plus label) a region's leaves occupy, computed the way the page draws it. */
function frameOf(plan: RegionPlan, positions: Positions): Rect {
  const leaves = plan.accounts.flatMap((account) => account.leaves);
  const nodes: GraphNode[] = [
    { id: plan.id, kind: 'region', label: '', regionId: '' },
    ...plan.accounts.map((account): GraphNode => ({ id: account.id, kind: 'account', parent: plan.id, label: '', regionId: '', accountUid: '', active: true })),
    ...leaves,
  ];
  const frame = groupBoxes({ nodes, edges: [] }, positions).regionFrames.get(plan.id);
  return frame ?? { left: 0, top: 0, right: 0, bottom: 0 };
}

/** New leaves of an account that already has placed leaves take its grid's first free slots. */
function fillFreeSlots(account: AccountPlan, positions: Positions, accountsInRegion: number): void {
  const placed = account.leaves.filter((leaf) => positions[leaf.id]);
  const fresh = account.leaves.filter((leaf) => !positions[leaf.id]);
  if (fresh.length === 0) return;
  const originX = Math.min(...placed.map((leaf) => positions[leaf.id].x)) - SLOT.width / 2;
  const originY = Math.min(...placed.map((leaf) => positions[leaf.id].y)) - SLOT.height / 2;
  const occupied = new Set<string>();
  let maxColumn = 0;
  for (const leaf of placed) {
    const column = Math.round((positions[leaf.id].x - originX - SLOT.width / 2) / SLOT.width);
    const row = Math.round((positions[leaf.id].y - originY - SLOT.height / 2) / SLOT.height);
    occupied.add(`${column},${row}`);
    maxColumn = Math.max(maxColumn, column);
  }
  const columns = Math.max(maxColumn + 1, columnsFor(account.leaves.length, accountsInRegion));
  let next = 0;
  for (let slot = 0; next < fresh.length; slot++) {
    const column = slot % columns;
    const row = Math.floor(slot / columns);
    if (occupied.has(`${column},${row}`)) continue;
    positions[fresh[next++].id] = slotCenter(originX, originY, column, row);
  }
}

/** A region's first leaf of a new account: a new box to the right of the region's boxes. */
function openAccountBox(graph: TopologyGraph, plan: RegionPlan, account: AccountPlan, positions: Positions): void {
  const boxes = groupBoxes(graph, positions);
  let right = -Infinity;
  let top = Infinity;
  for (const other of plan.accounts) {
    const box = boxes.accounts.get(other.id);
    if (!box || other === account) continue;
    right = Math.max(right, box.right);
    top = Math.min(top, box.top);
  }
  // The slot margin around a node replaces the padding the box adds: start one gap to the right.
  const slotMarginX = (SLOT.width - Math.max(...account.leaves.map((leaf) => leafSize(leaf).width))) / 2;
  const slotMarginY = (SLOT.height - Math.max(...account.leaves.map((leaf) => leafSize(leaf).height))) / 2;
  gridAccount(account, right + ACCOUNT_GAP + ACCOUNT_PADDING - slotMarginX, top + ACCOUNT_PADDING - slotMarginY, positions, plan.accounts.length);
}

/** Regions with no placed leaf yet go below everything, left-aligned, one under the other. */
function placeNewRegionsBelow(graph: TopologyGraph, plans: RegionPlan[], positions: Positions): void {
  if (plans.length === 0) return;
  const frames = [...groupBoxes(graph, positions).regionFrames.values()];
  let left = Math.min(...frames.map((frame) => frame.left));
  let y = Math.max(...frames.map((frame) => frame.bottom)) + REGION_GAP;
  if (!Number.isFinite(left)) left = 0;
  if (!Number.isFinite(y)) y = 0;
  for (const plan of plans) {
    const local: Positions = {};
    gridRegion(plan, 0, 0, local);
    const frame = frameOf(plan, local);
    for (const [id, p] of Object.entries(local)) positions[id] = { x: p.x - frame.left + left, y: p.y - frame.top + y };
    y += height(frame) + REGION_GAP;
  }
}

/**
 * Keeps each region's inside as it is (nodes that overlap are nudged apart) and arranges the
 * regions afresh, in shelves as the fresh layout does: for after a re-layout, which changes every
 * region's size and can leave nodes on top of each other.
 */
export function packRegions(graph: TopologyGraph, positions: Positions): Positions {
  const plans = planRegions(graph);
  const result: Positions = { ...positions };
  for (const plan of plans) {
    for (const account of plan.accounts) {
      const blocks = account.leaves
        .filter((leaf) => result[leaf.id])
        .map((leaf) => ({ rect: boxAround(result[leaf.id], leafSize(leaf)), members: [leaf.id] }));
      separateBlocks(blocks, result, { minSeparation: NODE_CLEARANCE, gap: NODE_CLEARANCE * 2 });
    }
  }
  separateAccounts(graph, plans, result);
  const frames = groupBoxes(graph, result).regionFrames;
  const placed = plans.filter((plan) => frames.has(plan.id));
  const origins = shelve(placed.map((plan) => frames.get(plan.id) as Rect));
  placed.forEach((plan, i) => {
    const frame = frames.get(plan.id) as Rect;
    const dx = origins[i].x - frame.left;
    const dy = origins[i].y - frame.top;
    for (const account of plan.accounts) for (const leaf of account.leaves) {
      const p = result[leaf.id];
      if (p) result[leaf.id] = { x: p.x + dx, y: p.y + dy };
    }
  });
  return result;
}

function separateAccounts(graph: TopologyGraph, plans: RegionPlan[], positions: Positions): void {
  const accountBoxes = groupBoxes(graph, positions).accounts;
  for (const plan of plans) {
    const blocks = plan.accounts
      .filter((account) => accountBoxes.has(account.id))
      .map((account) => ({ rect: accountBoxes.get(account.id) as Rect, members: account.leaves.map((leaf) => leaf.id) }));
    separateBlocks(blocks, positions, { minSeparation: ACCOUNT_LABEL_HEIGHT, gap: ACCOUNT_GAP });
  }
}

/** Pushes apart account boxes within each region, then region boxes, moving each as a whole. */
function separateGroups(graph: TopologyGraph, plans: RegionPlan[], positions: Positions): void {
  separateAccounts(graph, plans, positions);
  const frames = groupBoxes(graph, positions).regionFrames;
  const blocks = plans
    .filter((plan) => frames.has(plan.id))
    .map((plan) => ({ rect: frames.get(plan.id) as Rect, members: plan.accounts.flatMap((account) => account.leaves.map((leaf) => leaf.id)) }));
  separateBlocks(blocks, positions, { minSeparation: MIN_REGION_SEPARATION, gap: REGION_GAP });
}

function width(rect: Rect): number {
  return rect.right - rect.left;
}

function height(rect: Rect): number {
  return rect.bottom - rect.top;
}
