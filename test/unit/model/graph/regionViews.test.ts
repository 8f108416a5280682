import assert from 'node:assert/strict';
import {
  applyDelta,
  buildGraph,
  diffGraph,
  EdgeRouter,
  edgeArcs,
  groupBoxes,
  layoutGraph,
  RegionViews,
  viewGraph,
  type PeerEdge,
  type TopologyGraph,
} from '../../../../src/model/graph';
import { generatedSnapshot } from '../../../webview/support/generatedSnapshot';

describe('graph: level of detail kept by region, and routing on demand', () => {
  const graph = buildGraph(generatedSnapshot({ regions: 6, accounts: 3, vpcs: 300, connections: 700, seed: 11 }));
  const positions = layoutGraph(graph);
  const boxes = groupBoxes(graph, positions);
  const regions = graph.nodes.filter((n) => n.kind === 'region').map((n) => n.id);
  const expansions = [[], [regions[0]], [regions[1], regions[4]], regions].map((ids) => new Set(ids));
  const peers = graph.edges.filter((e): e is PeerEdge => e.kind === 'peer');

  /** The graph with some connections' status and label replaced, as a host's status delta does. */
  function flipped(from: TopologyGraph, ids: string[]): TopologyGraph {
    return {
      nodes: from.nodes,
      edges: from.edges.map((e) => (ids.includes(e.id) && e.kind === 'peer' ? { ...e, status: e.status === 'Updating' ? 'Activated' : 'Updating', label: e.status === 'Updating' ? '' : 'Updating' } : e)),
    };
  }

  it('gives what viewGraph gives, in the same order, whichever regions are drawn in full', () => {
    const views = new RegionViews(graph, boxes);
    for (const expanded of expansions) assert.deepEqual(views.view(expanded), viewGraph(graph, boxes, expanded));
  });

  it('follows elements replaced in place, building again only the summaries and merged edges they count in', () => {
    const views = new RegionViews(graph, boxes);
    const detailed = graph.nodes.find((n) => n.id === regions[0])!.regionId;
    const expanded = new Set([regions[0]]);
    const before = views.view(expanded);
    // One connection inside a collapsed region, one between two collapsed regions, one from the region drawn in full.
    const inside = peers.find((e) => e.scope === 'intraRegion' && e.requester.regionId !== detailed);
    const between = peers.find((e) => e.scope === 'interRegion' && e.requester.regionId !== detailed && e.accepter.regionId !== detailed);
    const fromDetail = peers.find((e) => e.scope === 'interRegion' && e.requester.regionId === detailed);
    assert.ok(inside && between && fromDetail);
    const ids = [inside.id, between.id, fromDetail.id];
    const next = flipped(graph, ids);
    views.changed(next, ids);
    const after = views.view(expanded);
    assert.deepEqual(after, viewGraph(next, boxes, expanded));
    // Built again: the summary of the first's region, the merged edges between the second's regions
    // and between the third's. Everything else is the same object as before, which the page's diff
    // skips at once.
    const regionOf = (id: string) => id.replace(/^summary:region:/, '') === id ? graph.nodes.find((n) => n.id === id)?.regionId : id.replace(/^summary:region:/, '');
    const pairOf = (e: PeerEdge) => [e.requester.regionId, e.accepter.regionId].sort().join('|');
    const old = new Map([...before.nodes, ...before.edges].map((e) => [e.id, e]));
    const rebuilt = [...after.nodes, ...after.edges].filter((e) => old.get(e.id) !== e);
    for (const element of rebuilt) {
      const expected =
        element.kind === 'regionSummary'
          ? element.regionId === inside.requester.regionId
          : element.kind === 'aggregate' && [pairOf(between), pairOf(fromDetail)].includes([regionOf(element.source), regionOf(element.target)].sort().join('|'));
      assert.ok(expected, `${element.id} was built again though no changed element counts in it`);
    }
    assert.ok(rebuilt.some((e) => e.kind === 'regionSummary') && rebuilt.length < after.nodes.length + after.edges.length);
    // And every expansion still agrees with a full build of the changed graph.
    for (const expanded of expansions) assert.deepEqual(views.view(expanded), viewGraph(next, boxes, expanded));
  });

  it('routes the node pairs it is asked for as edgeArcs routes the whole graph', () => {
    const all = edgeArcs(graph, positions);
    const router = new EdgeRouter(graph, positions, boxes);
    const some = peers.filter((e) => e.requester.regionId === 'cn-shanghai' && e.scope === 'intraRegion').map((e) => e.id);
    const { bent, routed } = router.arcs(some);
    assert.deepEqual(new Set(routed), new Set(some));
    for (const id of some) assert.equal(bent[id], all[id], id);
    assert.ok(Object.keys(bent).length > 0, 'some of them bend');
  });

  it('names the edges whose arc may change when an edge changes: those between the same two nodes', () => {
    const router = new EdgeRouter(graph, positions, boxes);
    const edge = peers[0];
    const twin = { ...edge, id: `${edge.id}-twin`, source: edge.target, target: edge.source };
    assert.deepEqual(router.replaceEdges([], [twin]), new Set([edge.id, twin.id]));
    assert.deepEqual(router.replaceEdges([], [{ ...edge, label: 'Updating' }]), new Set([edge.id, twin.id]));
    assert.deepEqual(router.replaceEdges([twin.id], []), new Set([edge.id, twin.id]));
    const lone = peers.find((e) => !peers.some((o) => o !== e && new Set([o.source, o.target, e.source, e.target]).size === 2));
    assert.ok(lone);
    assert.deepEqual(router.replaceEdges([], [{ ...lone, label: 'Updating' }]), new Set([lone.id]));
    // Routed after a change, an edge bends as a fresh routing of the changed graph bends it.
    const changed = applyDelta(graph, diffGraph(graph, flipped(graph, [lone.id])));
    assert.deepEqual(router.arcs([lone.id]).bent, new EdgeRouter(changed, positions, boxes).arcs([lone.id]).bent);
  });
});
