import assert from 'node:assert/strict';
import {
  arrangedLayout,
  buildGraph,
  groupBoxes,
  isLeafNode,
  layoutGraph,
  NODE_SIZES,
  packRegions,
  type Positions,
  type Rect,
  type TopologyGraph,
} from '../../../../src/model/graph';
import type { InventorySnapshot, Vpc } from '../../../../src/model/types';
import { APPS, DATA, HUB, demoSnapshot, vpc } from './fixtures/demoSnapshot';

function overlapping(boxes: Map<string, Rect>): string[] {
  const list = [...boxes.entries()];
  const pairs: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, ra] = list[i];
      const [b, rb] = list[j];
      if (ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom) pairs.push(`${a} × ${b}`);
    }
  }
  return pairs;
}

function leafBoxes(graph: TopologyGraph, positions: Positions): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  for (const node of graph.nodes) {
    if (!isLeafNode(node)) continue;
    const p = positions[node.id];
    const size = NODE_SIZES[node.kind];
    boxes.set(node.id, { left: p.x - size.width / 2, right: p.x + size.width / 2, top: p.y - size.height / 2, bottom: p.y + size.height / 2 });
  }
  return boxes;
}

function assertReadable(graph: TopologyGraph, positions: Positions): void {
  for (const node of graph.nodes) if (isLeafNode(node)) assert.ok(positions[node.id], `${node.id} has no position`);
  const boxes = groupBoxes(graph, positions);
  assert.deepEqual(overlapping(boxes.regionFrames), [], 'region boxes overlap');
  const accountsByRegion = new Map<string, Map<string, Rect>>();
  for (const [id, rect] of boxes.accounts) {
    const region = graph.nodes.find((n) => n.id === id)?.parent ?? '';
    const map = accountsByRegion.get(region) ?? new Map<string, Rect>();
    map.set(id, rect);
    accountsByRegion.set(region, map);
  }
  for (const map of accountsByRegion.values()) assert.deepEqual(overlapping(map), [], 'account boxes overlap');
  assert.deepEqual(overlapping(leafBoxes(graph, positions)), [], 'nodes overlap');
}

function addVpcs(snapshot: InventorySnapshot, accountUid: string, regionId: string, vpcs: Vpc[]): InventorySnapshot {
  const copy = structuredClone(snapshot);
  const inventory = copy.regions.find((r) => r.accountUid === accountUid && r.regionId === regionId);
  if (inventory) inventory.vpcs.push(...vpcs);
  else copy.regions.push({ accountUid, regionId, vpcs, peerConnections: [], routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] });
  return copy;
}

function manyVpcs(prefix: string, accountUid: string, regionId: string, count: number): Vpc[] {
  return Array.from({ length: count }, (_, i) => vpc(`vpc-${prefix}-${String(i).padStart(3, '0')}`, accountUid, regionId, `${prefix}-${i}`, `10.${i}.0.0/16`));
}

describe('graph: layoutGraph', () => {
  const graph = buildGraph(demoSnapshot());
  const positions = layoutGraph(graph);

  it('places every leaf with no overlapping nodes, account boxes or region boxes', () => {
    assertReadable(graph, positions);
  });

  it('is a function of the graph: the same graph gives the same positions', () => {
    assert.deepEqual(layoutGraph(buildGraph(demoSnapshot())), positions);
  });

  it('puts active accounts first, left to right, in each region', () => {
    const boxes = groupBoxes(graph, positions).accounts;
    const hub = boxes.get(`account:cn-hangzhou/${HUB}`);
    const partner = [...boxes.entries()].find(([id]) => id.startsWith('account:cn-hangzhou/19'))?.[1];
    assert.ok(hub && partner);
    assert.ok(hub.right < partner.left);
  });

  it('keeps every placed node where it was when a VPC is added', () => {
    const next = buildGraph(addVpcs(demoSnapshot(), APPS, 'cn-hangzhou', [vpc('vpc-app-new', APPS, 'cn-hangzhou', 'app-new', '172.20.0.0/16')]));
    const after = layoutGraph(next, { keep: positions });
    for (const [id, p] of Object.entries(positions)) assert.deepEqual(after[id], p, `${id} moved`);
    assert.ok(after['vpc:vpc-app-new']);
    assertReadable(next, after);
  });

  it('reuses the slot a removed VPC left', () => {
    const snapshot = demoSnapshot();
    const without = structuredClone(snapshot);
    const hub = without.regions.find((r) => r.accountUid === HUB && r.regionId === 'cn-hangzhou');
    assert.ok(hub);
    hub.vpcs = hub.vpcs.filter((v) => v.id !== 'vpc-hub-shared');
    for (const r of without.regions) {
      r.peerConnections = r.peerConnections.filter((c) => c.accepter.vpcId !== 'vpc-hub-shared');
      r.routerInterfaces = r.routerInterfaces.filter((ri) => ri.vpcId !== 'vpc-hub-shared' && ri.opposite.vpcId !== 'vpc-hub-shared');
    }
    const shrunk = buildGraph(without);
    const kept = layoutGraph(shrunk, { keep: positions });
    assert.equal(kept['vpc:vpc-hub-shared'], undefined, 'positions of removed nodes are dropped');
    const renamed = addVpcs(without, HUB, 'cn-hangzhou', [vpc('vpc-hub-zzz', HUB, 'cn-hangzhou', 'hub-shared-2', '10.7.0.0/16')]);
    const after = layoutGraph(buildGraph(renamed), { keep: kept });
    assert.deepEqual(after['vpc:vpc-hub-zzz'], positions['vpc:vpc-hub-shared']);
  });

  it('slides neighbouring regions away as a whole when a region grows, never overlapping', () => {
    const grown = buildGraph(addVpcs(demoSnapshot(), DATA, 'cn-beijing', manyVpcs('bulk', DATA, 'cn-beijing', 40)));
    const after = layoutGraph(grown, { keep: positions });
    assertReadable(grown, after);
    // Inside every region, nodes that were there keep their arrangement (one translation each).
    const regionOf = (id: string) => graph.nodes.find((n) => n.id === id)?.regionId ?? '';
    const shifts = new Map<string, string>();
    for (const [id, p] of Object.entries(positions)) {
      const shift = `${after[id].x - p.x},${after[id].y - p.y}`;
      const region = regionOf(id);
      if (!shifts.has(region)) shifts.set(region, shift);
      assert.equal(shift, shifts.get(region), `${id} moved differently from the rest of ${region}`);
    }
    assert.equal(shifts.get('cn-beijing'), '0,0', 'the region that grew stays put');
  });

  it('keeps positions the user saved, even off the grid', () => {
    const saved = { ...positions, 'vpc:vpc-hub-prod': { x: positions['vpc:vpc-hub-prod'].x + 13, y: positions['vpc:vpc-hub-prod'].y + 7 } };
    const after = layoutGraph(graph, { keep: saved });
    assert.deepEqual(after['vpc:vpc-hub-prod'], saved['vpc:vpc-hub-prod']);
  });

  it('opens a new account box and a new region without touching the rest', () => {
    let snapshot = addVpcs(demoSnapshot(), DATA, 'cn-shanghai', [vpc('vpc-data-sh', DATA, 'cn-shanghai', 'data-sh', '192.168.64.0/20')]);
    snapshot = addVpcs(snapshot, HUB, 'eu-central-1', [vpc('vpc-hub-fra', HUB, 'eu-central-1', 'hub-fra', '10.9.0.0/16')]);
    const next = buildGraph(snapshot);
    const after = layoutGraph(next, { keep: positions });
    assertReadable(next, after);
    const unchanged = Object.keys(positions).filter((id) => after[id].x === positions[id].x && after[id].y === positions[id].y);
    const regionsMoved = new Set(
      Object.keys(positions)
        .filter((id) => !unchanged.includes(id))
        .map((id) => graph.nodes.find((n) => n.id === id)?.regionId),
    );
    assert.ok(regionsMoved.size <= 1, `only a region next to the widened one may slide: ${[...regionsMoved].join(', ')}`);
  });

  it('packs a large graph into a readable grid quickly', () => {
    let snapshot = demoSnapshot();
    for (const [i, region] of ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1', 'eu-central-1', 'us-west-1'].entries()) {
      for (const account of [HUB, APPS, DATA]) snapshot = addVpcs(snapshot, account, region, manyVpcs(`g${i}${account.slice(-1)}`, account, region, 30));
    }
    const big = buildGraph(snapshot);
    const started = Date.now();
    const placed = layoutGraph(big);
    assert.ok(Date.now() - started < 1000, 'linear-time layout');
    assertReadable(big, placed);
  });

  it('re-packs regions after a re-layout: nodes pulled onto each other are nudged apart, regions shelved again', () => {
    // What a force layout may leave: every node of a region piled near one point, regions far apart.
    const piled: Positions = {};
    for (const node of graph.nodes) {
      if (!isLeafNode(node)) continue;
      const p = positions[node.id];
      piled[node.id] = { x: p.x * 0.1 + (node.regionId.length * 5000), y: p.y * 0.1 };
    }
    const packed = packRegions(graph, piled);
    assertReadable(graph, packed);
    const packedExtent = [...groupBoxes(graph, packed).regionFrames.values()];
    const width = Math.max(...packedExtent.map((f) => f.right)) - Math.min(...packedExtent.map((f) => f.left));
    assert.ok(width < 6000, `regions shelved together again (${Math.round(width)} wide)`);
  });
});

describe('graph: arrangedLayout (the grid of a re-layout)', () => {
  const graph = buildGraph(demoSnapshot());
  const fresh = layoutGraph(graph);
  const size = (rect: Rect) => ({ width: rect.right - rect.left, height: rect.bottom - rect.top });
  const extent = (positions: Positions) => {
    const frames = [...groupBoxes(graph, positions).regionFrames.values()];
    return size({
      left: Math.min(...frames.map((f) => f.left)),
      top: Math.min(...frames.map((f) => f.top)),
      right: Math.max(...frames.map((f) => f.right)),
      bottom: Math.max(...frames.map((f) => f.bottom)),
    });
  };
  // What a force layout might suggest: everything mirrored, so every order is reversed.
  const mirrored: Positions = Object.fromEntries(Object.entries(fresh).map(([id, p]) => [id, { x: -p.x, y: -p.y }]));
  const arranged = arrangedLayout(graph, mirrored);

  it('is as compact as the fresh layout: the same grids, region boxes and picture, nothing overlapping', () => {
    assertReadable(graph, arranged);
    // A grid's first or last row may hold other kinds of node than before, and node heights differ
    // by kind: a box may differ by that much in height, never in width.
    const slack = NODE_SIZES.vpc.height - NODE_SIZES.bgpNeighbor.height;
    const freshFrames = groupBoxes(graph, fresh).regionFrames;
    for (const [id, frame] of groupBoxes(graph, arranged).regionFrames) {
      const before = size(freshFrames.get(id) as Rect);
      assert.equal(size(frame).width, before.width, id);
      assert.ok(Math.abs(size(frame).height - before.height) <= slack, `${id}: ${size(frame).height} high, was ${before.height}`);
    }
    assert.equal(extent(arranged).width, extent(fresh).width);
    assert.ok(extent(arranged).height <= extent(fresh).height + slack * freshFrames.size);
  });

  it('takes the order of accounts and of leaves from the arrangement', () => {
    const accountsLeftToRight = (positions: Positions) =>
      [...groupBoxes(graph, positions).accounts.entries()].filter(([id]) => id.startsWith('account:cn-hangzhou/')).sort((a, b) => a[1].left - b[1].left).map(([id]) => id);
    assert.deepEqual(accountsLeftToRight(arranged), accountsLeftToRight(fresh).reverse());
    // Leaves one above the other, in the reverse of their reading order: the grid reads backwards.
    const hub = graph.nodes.filter((n) => isLeafNode(n) && n.parent === `account:cn-hangzhou/${HUB}`).map((n) => n.id);
    assert.ok(hub.length >= 4);
    const readingOrder = (positions: Positions) => [...hub].sort((a, b) => positions[a].y - positions[b].y || positions[a].x - positions[b].x);
    const backwards = readingOrder(fresh).reverse();
    const column: Positions = { ...fresh, ...Object.fromEntries(backwards.map((id, i) => [id, { x: 0, y: i }])) };
    assert.deepEqual(readingOrder(arrangedLayout(graph, column)), backwards);
  });

  it('is a function of the graph and the arrangement', () => {
    assert.deepEqual(arrangedLayout(graph, mirrored), arranged);
  });
});
