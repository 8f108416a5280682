import assert from 'node:assert/strict';
import { buildGraph } from '../../../../src/model/graph';
import { revealTargets } from '../../../../src/views/topology/selectionTargets';
import { demoSnapshot } from '../../model/graph/fixtures/demoSnapshot';

describe('graph selection → explorer targets', () => {
  const graph = buildGraph(demoSnapshot());

  it('maps each resource kind to the tree row that shows it', () => {
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'vpc:vpc-a', kind: 'vpc', resourceId: 'vpc-a' }, graph), [{ kind: 'vpc', id: 'vpc-a' }]);
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'peer:pcc-1', kind: 'peer', resourceId: 'pcc-1' }, graph), [{ kind: 'peerConnection', id: 'pcc-1' }]);
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'vbr:vbr-1', kind: 'vbr', resourceId: 'vbr-1' }, graph), [{ kind: 'vbr', id: 'vbr-1' }]);
    for (const kind of ['bgp', 'bgpNeighbor'] as const) {
      assert.deepEqual(revealTargets({ type: 'selected', elementId: 'x', kind, resourceId: 'bgp-1' }, graph), [{ kind: 'bgpPeer', id: 'bgp-1' }]);
    }
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'account:x', kind: 'account', regionId: 'cn-hangzhou', accountUid: '42' }, graph), [
      { kind: 'region', regionId: 'cn-hangzhou', accountUid: '42' },
    ]);
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'summary:region:cn-beijing', kind: 'regionSummary', regionId: 'cn-beijing' }, graph), [
      { kind: 'region', regionId: 'cn-beijing' },
    ]);
  });

  it('tries both interfaces of a router interface link, the one sent first', () => {
    const link = graph.edges.find((e) => e.kind === 'routerInterface' && e.interfaceIds.length === 2);
    assert.ok(link && link.kind === 'routerInterface', 'the demo has a paired link');
    const targets = revealTargets({ type: 'selected', elementId: link.id, kind: 'routerInterface', resourceId: link.interfaceIds[0] }, graph);
    assert.deepEqual(targets, link.interfaceIds.map((id) => ({ kind: 'routerInterface', id })));
    // A graph that no longer has the link still tries the interface the page named.
    assert.deepEqual(revealTargets({ type: 'selected', elementId: link.id, kind: 'routerInterface', resourceId: 'ri-x' }, undefined), [{ kind: 'routerInterface', id: 'ri-x' }]);
  });

  it('reveals nothing for what has no row: merged links, other accounts\' routers, a cleared selection', () => {
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'agg:1', kind: 'aggregate' }, graph), []);
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'router:vrt-1', kind: 'router', resourceId: 'vrt-1' }, graph), []);
    assert.deepEqual(revealTargets({ type: 'selected' }, graph), []);
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'vpc:x', kind: 'vpc' }, graph), [], 'no id, nothing to find');
  });
});
