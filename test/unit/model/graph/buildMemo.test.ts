import assert from 'node:assert/strict';
import { buildGraph, BuildMemo, diffGraph, isEmptyDelta, type PeerEdge, type TopologyGraph } from '../../../../src/model/graph';
import type { InventorySnapshot, PeerConnection, RegionInventory } from '../../../../src/model/types';
import { demoSnapshot } from './fixtures/demoSnapshot';

/** The snapshot with one region replaced, as the store does on any change in it. */
function withRegion(snapshot: InventorySnapshot, pick: (r: RegionInventory) => boolean, change: (r: RegionInventory) => RegionInventory): InventorySnapshot {
  let hit = false;
  const regions = snapshot.regions.map((region) => {
    if (hit || !pick(region)) return region;
    hit = true;
    return change(region);
  });
  assert.ok(hit, 'the fixture has such a region');
  return { ...snapshot, regions };
}

function connectionIn(snapshot: InventorySnapshot, test: (c: PeerConnection) => boolean): { region: RegionInventory; connection: PeerConnection } {
  for (const region of snapshot.regions) {
    const connection = region.peerConnections.find(test);
    if (connection) return { region, connection };
  }
  throw new Error('no such connection in the fixture');
}

const peerEdge = (graph: TopologyGraph, connectionId: string) => graph.edges.find((e): e is PeerEdge => e.kind === 'peer' && e.connectionId === connectionId);

describe('graph build memo: reusing unchanged elements between builds', () => {
  const base = demoSnapshot();
  const activated = connectionIn(base, (c) => c.status === 'Activated' && c.requester.regionId === 'cn-hangzhou' && c.accepter.regionId === 'cn-hangzhou');

  // Each step changes one kind of input; the memoized build must equal a fresh one every time.
  const steps: Array<[string, (s: InventorySnapshot) => InventorySnapshot]> = [
    ['nothing (a new snapshot object of the same values)', (s) => ({ ...s })],
    [
      'a connection status',
      (s) =>
        withRegion(
          s,
          (r) => r.peerConnections.some((c) => c.id === activated.connection.id),
          (r) => ({ ...r, peerConnections: r.peerConnections.map((c) => (c.id === activated.connection.id ? { ...c, status: 'Updating' as const } : c)) }),
        ),
    ],
    [
      'a route entry removed (coverage changes)',
      (s) => withRegion(s, (r) => (r.routeEntries ?? []).length > 0, (r) => ({ ...r, routeEntries: (r.routeEntries ?? []).slice(1) })),
    ],
    [
      'a VPC block changed',
      (s) =>
        withRegion(
          s,
          (r) => r.vpcs.length > 0,
          (r) => ({ ...r, vpcs: r.vpcs.map((v, i) => (i === 0 ? { ...v, secondaryCidrs: [...v.secondaryCidrs, '100.64.0.0/24'] } : v)) }),
        ),
    ],
    ['an account losing its profile', (s) => ({ ...s, accounts: s.accounts.slice(0, -1) })],
    ['a connection gone', (s) => withRegion(s, (r) => r.peerConnections.length > 1, (r) => ({ ...r, peerConnections: r.peerConnections.slice(1) }))],
    ['everything back', () => base],
  ];

  it('builds exactly what a fresh build does, through a sequence of changes', () => {
    const memo = new BuildMemo();
    let snapshot = base;
    assert.deepEqual(buildGraph(snapshot, {}, memo), buildGraph(snapshot));
    for (const [what, change] of steps) {
      snapshot = change(snapshot);
      assert.deepEqual(buildGraph(snapshot, {}, memo), buildGraph(snapshot), what);
    }
  });

  it('hands back the same edge objects when their inputs are the same objects, and only then', () => {
    const memo = new BuildMemo();
    const first = buildGraph(base, {}, memo);
    const same = buildGraph({ ...base }, {}, memo);
    assert.equal(same.edges.filter((e) => e.kind === 'peer').length, first.edges.filter((e) => e.kind === 'peer').length);
    for (const edge of same.edges.filter((e) => e.kind === 'peer')) assert.equal(edge, first.edges.find((e) => e.id === edge.id), edge.id);
    assert.ok(isEmptyDelta(diffGraph(first, same)));

    const changed = steps[1][1](base);
    const next = buildGraph(changed, {}, memo);
    const edge = peerEdge(next, activated.connection.id);
    assert.ok(edge);
    assert.notEqual(edge, peerEdge(same, activated.connection.id));
    assert.equal(edge.status, 'Updating');
    const delta = diffGraph(same, next);
    assert.deepEqual(
      delta.changed.map((c) => c.id),
      [edge.id],
    );
  });

  it('sees a route change on either side of a connection', () => {
    const memo = new BuildMemo();
    const before = buildGraph(base, {}, memo);
    const covered = before.edges.find((e): e is PeerEdge => e.kind === 'peer' && e.requester.routes === 'covered');
    assert.ok(covered, 'the fixture has a connection its requester routes in full');
    const routed = (entries: RegionInventory['routeEntries']) => (entries ?? []).some((entry) => entry.nextHops.some((hop) => hop.id === covered.connectionId));
    const without = withRegion(
      base,
      (r) => r.accountUid === covered.requester.accountUid && routed(r.routeEntries),
      (r) => ({ ...r, routeEntries: (r.routeEntries ?? []).filter((entry) => entry.nextHops.every((hop) => hop.id !== covered.connectionId)) }),
    );
    const after = peerEdge(buildGraph(without, {}, memo), covered.connectionId);
    assert.ok(after);
    assert.equal(after.requester.routes, 'missing');
    assert.deepEqual(after, peerEdge(buildGraph(without), covered.connectionId));
  });
});
