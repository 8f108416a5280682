import assert from 'node:assert/strict';
import { applyDelta, buildGraph, diffGraph, isEmptyDelta } from '../../../../src/model/graph';
import type { InventorySnapshot, PeerStatus } from '../../../../src/model/types';
import { HUB, V, demoSnapshot, vpc } from './fixtures/demoSnapshot';

function withStatus(snapshot: InventorySnapshot, connectionId: string, status: PeerStatus): InventorySnapshot {
  return {
    ...snapshot,
    regions: snapshot.regions.map((r) => ({
      ...r,
      peerConnections: r.peerConnections.map((c) => (c.id === connectionId ? { ...c, status, modifiedAt: '2030-01-01T00:00:00Z' } : c)),
    })),
  };
}

describe('graph: diffGraph', () => {
  const before = buildGraph(demoSnapshot());

  it('is empty between a graph and its rebuild', () => {
    assert.ok(isEmptyDelta(diffGraph(before, buildGraph(demoSnapshot()))));
  });

  it('turns a status change into one change carrying only the fields that changed', () => {
    const after = buildGraph(withStatus(demoSnapshot(), 'pcc-app-test', 'Activated'));
    const delta = diffGraph(before, after);
    assert.deepEqual(delta.addedNodes, []);
    assert.deepEqual(delta.addedEdges, []);
    assert.deepEqual(delta.removedNodes, []);
    assert.deepEqual(delta.removedEdges, []);
    assert.equal(delta.changed.length, 1);
    const [change] = delta.changed;
    assert.equal(change.id, 'peer:pcc-app-test');
    assert.equal(change.group, 'edges');
    assert.deepEqual(change.set, { status: 'Activated', label: 'Activated' });
    assert.deepEqual(change.unset, []);
  });

  it('adds a new VPC with its group boxes before it', () => {
    const snapshot = demoSnapshot();
    snapshot.regions.push({
      accountUid: HUB,
      regionId: 'eu-central-1',
      vpcs: [vpc('vpc-hub-fra', HUB, 'eu-central-1', 'hub-frankfurt', '10.9.0.0/16')],
      peerConnections: [],
      routerInterfaces: [],
      vbrs: [],
      bgpGroups: [],
      bgpPeers: [],
    });
    const delta = diffGraph(before, buildGraph(snapshot));
    assert.deepEqual(
      delta.addedNodes.map((n) => n.id),
      ['region:eu-central-1', `account:eu-central-1/${HUB}`, 'vpc:vpc-hub-fra'],
    );
    assert.equal(delta.changed.length, 0);
  });

  it('removes a connection that disappeared', () => {
    const snapshot = demoSnapshot();
    snapshot.regions = snapshot.regions.map((r) => ({ ...r, peerConnections: r.peerConnections.filter((c) => c.id !== 'pcc-data-sg') }));
    const delta = diffGraph(before, buildGraph(snapshot));
    assert.deepEqual(delta.removedEdges, ['peer:pcc-data-sg']);
    assert.deepEqual(delta.removedNodes, []);
  });

  it('re-creates an edge whose ends changed instead of patching it', () => {
    const moved = { ...before, edges: before.edges.map((e) => (e.id === 'peer:pcc-hub-app' ? { ...e, target: 'vpc:vpc-app-test' } : e)) };
    const delta = diffGraph(before, moved);
    assert.deepEqual(delta.removedEdges, ['peer:pcc-hub-app']);
    assert.deepEqual(delta.addedEdges.map((e) => e.id), ['peer:pcc-hub-app']);
    assert.equal(delta.changed.length, 0);
  });

  it('reports a node whose kind and fields changed as one change (external end → loaded VPC)', () => {
    const external = buildGraph(demoSnapshot());
    const snapshot = demoSnapshot();
    snapshot.regions = snapshot.regions.filter((r) => r.regionId !== 'cn-beijing' || r.accountUid !== HUB);
    const delta = diffGraph(buildGraph(snapshot), external);
    const change = delta.changed.find((c) => c.id === `vpc:${V.hubBj.id}`);
    assert.ok(change, 'vpc-hub-bj changed in place');
    assert.equal(change.set.kind, 'vpc');
    assert.ok(change.unset.includes('reason'));
  });

  it('applyDelta(before, diff(before, after)) rebuilds after, for a series of changes', () => {
    const steps: InventorySnapshot[] = [
      withStatus(demoSnapshot(), 'pcc-app-test', 'Updating'),
      withStatus(withStatus(demoSnapshot(), 'pcc-app-test', 'Activated'), 'pcc-data-lake', 'Accepting'),
      { ...demoSnapshot(), regions: demoSnapshot().regions.filter((r) => r.regionId !== 'ap-southeast-1') },
      demoSnapshot({ hostileNames: true }),
    ];
    let current = before;
    for (const snapshot of steps) {
      const next = buildGraph(snapshot);
      const rebuilt = applyDelta(current, diffGraph(current, next));
      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(byId(rebuilt.nodes), byId(next.nodes));
      assert.deepEqual(byId(rebuilt.edges), byId(next.edges));
      current = next;
    }
  });
});
