import assert from 'node:assert/strict';
import {
  applyDelta,
  buildGraph,
  diffGraph,
  edgeArcs,
  filterGraph,
  groupBoxes,
  layoutGraph,
  NO_FILTERS,
  viewGraph,
  type GraphFilters,
  type PeerEdge,
  type TopologyGraph,
} from '../../../src/model/graph';
import { PageGraph } from '../../../src/webview/pageGraph';
import { generatedSnapshot } from '../../webview/support/generatedSnapshot';

describe('the page’s graph: a delta costs what it changes', () => {
  const graph = buildGraph(generatedSnapshot({ regions: 6, accounts: 3, vpcs: 300, connections: 700, seed: 5 }));
  const positions = layoutGraph(graph);
  const region = 'region:cn-shanghai';
  const inRegion = graph.edges.filter((e): e is PeerEdge => e.kind === 'peer' && e.scope === 'intraRegion' && e.requester.regionId === 'cn-shanghai');

  function withStatus(from: TopologyGraph, id: string, status: PeerEdge['status']): TopologyGraph {
    return { nodes: from.nodes, edges: from.edges.map((e) => (e.id === id && e.kind === 'peer' ? { ...e, status, label: status } : e)) };
  }

  /** A page graph drawn zoomed into `region`, every drawn edge routed, as the page leaves it after a view. */
  function drawn(filters: GraphFilters = NO_FILTERS): { model: PageGraph; expanded: Set<string> } {
    const model = new PageGraph();
    model.load(graph, positions, filters);
    const expanded = new Set([region]);
    model.arcs(model.view(expanded).edges.map((e) => e.id));
    assert.equal(model.takeArcChanges(), 'all', 'a fresh graph routes every drawn edge');
    return { model, expanded };
  }

  it('replaces a changed connection in place: one element, no walk of the whole graph, the view as a full build gives it', () => {
    const { model, expanded } = drawn();
    const edge = inRegion.find((e) => e.status === 'Activated');
    assert.ok(edge);
    const next = withStatus(graph, edge.id, 'Updating');
    assert.deepEqual(model.applyDelta(diffGraph(graph, next), {}), []);
    assert.deepEqual(model.lastDeltaWork, { replaced: 1, wholeGraph: false });
    assert.deepEqual(model.element(edge.id), next.edges.find((e) => e.id === edge.id));
    assert.deepEqual(model.view(expanded), viewGraph(next, groupBoxes(next, positions), expanded));
    // Only the changed connection (and any other link between the same two VPCs) is routed again.
    const again = model.takeArcChanges();
    assert.ok(again !== 'all');
    const sameEnds = graph.edges.filter((e) => new Set([e.source, e.target, edge.source, edge.target]).size === 2).map((e) => e.id);
    assert.deepEqual(new Set(again), new Set(sameEnds));
    assert.deepEqual(model.arcs(again), pick(edgeArcs(next, positions), again));
  });

  it('keeps a change in place under filters, and filters again only when the change hides or shows an edge', () => {
    const filters: GraphFilters = { ...NO_FILTERS, hiddenStatuses: ['Deleting'], hiddenAccounts: [graph.nodes.find((n) => n.kind === 'account')!.id.split('/')[1]] };
    const { model, expanded } = drawn(filters);
    const visible = filterGraph(graph, filters);
    const edge = inRegion.find((e) => e.status === 'Activated' && visible.edges.some((v) => v.id === e.id));
    assert.ok(edge);
    const updating = withStatus(graph, edge.id, 'Updating');
    model.applyDelta(diffGraph(graph, updating), {});
    assert.deepEqual(model.lastDeltaWork, { replaced: 1, wholeGraph: false });
    assert.deepEqual(model.visible, filterGraph(updating, filters));
    assert.deepEqual(model.view(expanded), viewGraph(filterGraph(updating, filters), groupBoxes(filterGraph(updating, filters), positions), expanded));
    // Deleting is hidden: the edge leaves the filtered graph, which is filtered again.
    const deleting = withStatus(updating, edge.id, 'Deleting');
    model.applyDelta(diffGraph(updating, deleting), {});
    assert.deepEqual(model.lastDeltaWork, { replaced: 1, wholeGraph: true });
    assert.deepEqual(model.visible, filterGraph(deleting, filters));
    assert.equal(model.takeArcChanges(), 'all');
  });

  it('still takes a delta that adds, removes or moves elements in full', () => {
    const { model } = drawn();
    const edge = inRegion[0];
    const without: TopologyGraph = { nodes: graph.nodes, edges: graph.edges.filter((e) => e.id !== edge.id) };
    model.applyDelta(diffGraph(graph, without), {});
    assert.deepEqual(model.lastDeltaWork, { replaced: 0, wholeGraph: true });
    assert.deepEqual(model.all, applyDelta(graph, diffGraph(graph, without)));
    assert.equal(model.element(edge.id), undefined);
    assert.equal(model.takeArcChanges(), 'all');
  });
});

function pick(arcs: Record<string, number>, ids: string[]): Record<string, number> {
  return Object.fromEntries(ids.filter((id) => arcs[id] !== undefined).map((id) => [id, arcs[id]]));
}
