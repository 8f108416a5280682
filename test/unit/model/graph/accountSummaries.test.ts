import assert from 'node:assert/strict';
import {
  accountElementCounts,
  applyDelta,
  chooseCollapsedAccounts,
  diffGraph,
  groupBoxes,
  layoutGraph,
  buildGraph,
  regionElementCounts,
  RegionViews,
  type PeerEdge,
  type TopologyGraph,
  type ViewGraph,
} from '../../../../src/model/graph';
import { center, type Rect } from '../../../../src/model/graph/geometry';
import { generatedSnapshot } from '../../../webview/support/generatedSnapshot';

// A region too big to draw in full at once: the accounts away from the centre of the view are
// drawn as one box each, and the links of the accounts drawn in full to those boxes (and to
// collapsed regions) merge per account. Counted, never timed.
describe('graph: account summaries in a region over the detail budget', () => {
  const graph = buildGraph(generatedSnapshot({ regions: 4, accounts: 3, vpcs: 600, connections: 1500, seed: 5 }));
  const positions = layoutGraph(graph);
  const boxes = groupBoxes(graph, positions);
  const regionCounts = regionElementCounts(graph);
  const accounts = accountElementCounts(graph);
  const [region] = [...regionCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  const regionAccounts = accounts.byRegion.get(region)!;
  const budget = Math.ceil(regionCounts.get(region)! / 2);
  /** The view centred on the middle of the region's first account. */
  const focusOn = (account: string): Rect => {
    const c = center(boxes.accounts.get(account)!);
    return { left: c.x - 600, right: c.x + 600, top: c.y - 400, bottom: c.y + 400 };
  };
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));

  it('collapses nothing in a region within the budget', () => {
    const collapsed = chooseCollapsedAccounts({ expanded: new Set([region]), regionCounts, accountBoxes: boxes.accounts, accounts, viewport: focusOn(regionAccounts[0]), budget: regionCounts.get(region)! });
    assert.equal(collapsed.size, 0);
  });

  it('keeps the account under the centre of the view and collapses the others that do not fit', () => {
    assert.equal(regionAccounts.length, 3);
    for (const account of regionAccounts) {
      const collapsed = chooseCollapsedAccounts({ expanded: new Set([region]), regionCounts, accountBoxes: boxes.accounts, accounts, viewport: focusOn(account), budget });
      assert.ok(!collapsed.has(account), 'the account in the middle is drawn in full');
      assert.ok(collapsed.size >= 1 && collapsed.size <= 2);
      for (const id of collapsed) assert.ok(regionAccounts.includes(id));
    }
  });

  function collapsedView(views: RegionViews, drawnAccount: string): { view: ViewGraph; collapsed: Set<string> } {
    const collapsed = new Set(regionAccounts.filter((id) => id !== drawnAccount));
    return { view: views.view(new Set([region]), collapsed), collapsed };
  }

  it('draws each collapsed account as one box in its place, with every link counted once', () => {
    const views = new RegionViews(graph, boxes);
    const { view, collapsed } = collapsedView(views, regionAccounts[0]);
    const drawn = new Set(view.nodes.map((n) => n.id));
    const summaries = view.nodes.filter((n) => n.kind === 'accountSummary');
    assert.deepEqual(summaries.map((n) => (n.kind === 'accountSummary' ? n.account : '')).sort(), [...collapsed].sort());
    for (const summary of summaries) {
      assert.equal(view.summaryPositions[summary.id].x, center(boxes.accounts.get(summary.kind === 'accountSummary' ? summary.account : '')!).x);
      assert.ok(drawn.has(summary.kind === 'accountSummary' ? summary.parent : ''), 'inside its region box');
    }
    // No node of a collapsed account is drawn; every VPC of the other account is.
    const vpcsOf = (account: string) => graph.nodes.filter((n) => n.kind === 'vpc' && n.parent === account).map((n) => n.id);
    for (const account of collapsed) assert.deepEqual(vpcsOf(account).filter((id) => drawn.has(id)), []);
    assert.deepEqual(vpcsOf(regionAccounts[0]).filter((id) => !drawn.has(id)), []);
    // Every edge has both ends drawn.
    for (const edge of view.edges) assert.ok(drawn.has(edge.source) && drawn.has(edge.target), edge.id);
    // Every link of the graph is drawn, merged or counted inside a summary exactly once.
    let counted = 0;
    for (const edge of view.edges) counted += edge.kind === 'aggregate' ? edge.total : 1;
    for (const node of view.nodes) {
      if (node.kind === 'regionSummary' || node.kind === 'accountSummary') counted += Object.values(node.inside).reduce((a, b) => a + b, 0);
    }
    assert.equal(counted, graph.edges.length);
  });

  it('merges the links of single VPCs per account: no merged edge ends at a VPC of the region', () => {
    const views = new RegionViews(graph, boxes);
    const before = views.view(new Set([region]));
    const { view } = collapsedView(views, regionAccounts[0]);
    const inRegion = (id: string) => nodeById.get(id)?.regionId === nodeById.get(region)?.regionId;
    const aggregates = view.edges.filter((e) => e.kind === 'aggregate');
    for (const edge of aggregates) {
      for (const end of [edge.source, edge.target]) {
        const node = nodeById.get(end);
        if (node && inRegion(end)) assert.equal(node.kind, 'account', `${edge.id} ends at an account box`);
      }
    }
    const size = (v: ViewGraph) => v.nodes.length + v.edges.length;
    assert.ok(size(view) * 2 < size(before), `${size(view)} drawn, against ${size(before)} with the region in full`);
  });

  it('builds again only what a status change counts in, and keeps every other element the same object', () => {
    const views = new RegionViews(graph, boxes);
    const [drawnAccount, otherAccount] = regionAccounts;
    const inside = (account: string) =>
      graph.edges.find((e): e is PeerEdge => e.kind === 'peer' && nodeById.get(e.source)?.parent === account && nodeById.get(e.target)?.parent === account)!;
    const { view: before, collapsed } = collapsedView(views, drawnAccount);
    for (const [edge, changedIds] of [
      [inside(drawnAccount), [inside(drawnAccount).id]],
      [inside(otherAccount), [`summary:${otherAccount}`]],
    ] as const) {
      const next: TopologyGraph = { nodes: graph.nodes, edges: graph.edges.map((e) => (e.id === edge.id ? { ...edge, status: 'Updating', label: 'Updating' } : e)) };
      const delta = diffGraph(graph, next);
      const changedGraph = applyDelta(graph, delta);
      views.changed(changedGraph, [edge.id]);
      const after = views.view(new Set([region]), collapsed);
      const beforeById = new Map([...before.nodes, ...before.edges].map((e) => [e.id, e]));
      const rebuilt = [...after.nodes, ...after.edges].filter((e) => beforeById.get(e.id) !== e).map((e) => e.id);
      assert.deepEqual(rebuilt, changedIds);
      views.changed(graph, [edge.id]);
      views.view(new Set([region]), collapsed);
    }
  });
});
