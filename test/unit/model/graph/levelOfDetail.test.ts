import assert from 'node:assert/strict';
import {
  buildGraph,
  chooseExpandedRegions,
  groupBoxes,
  layoutGraph,
  regionElementCounts,
  viewGraph,
  type AggregateEdge,
  type RegionSummaryNode,
} from '../../../../src/model/graph';
import { demoSnapshot } from './fixtures/demoSnapshot';

describe('graph: level of detail', () => {
  const graph = buildGraph(demoSnapshot());
  const positions = layoutGraph(graph);
  const boxes = groupBoxes(graph, positions);
  const allRegions = new Set(graph.nodes.filter((n) => n.kind === 'region').map((n) => n.id));

  it('draws the graph itself when every region is expanded', () => {
    const view = viewGraph(graph, boxes, allRegions);
    assert.deepEqual(view.nodes, graph.nodes);
    assert.deepEqual(view.edges, graph.edges);
    assert.deepEqual(view.summaryPositions, {});
  });

  it('collapses each region into one node covering its box, and counts every edge exactly once', () => {
    const view = viewGraph(graph, boxes, new Set());
    const summaries = view.nodes as RegionSummaryNode[];
    assert.deepEqual(summaries.map((n) => n.kind), ['regionSummary', 'regionSummary', 'regionSummary', 'regionSummary']);
    const hangzhou = summaries.find((n) => n.regionId === 'cn-hangzhou');
    assert.ok(hangzhou);
    const box = boxes.regions.get('region:cn-hangzhou');
    assert.ok(box);
    assert.equal(hangzhou.width, box.right - box.left);
    assert.equal(hangzhou.height, box.bottom - box.top);
    assert.deepEqual(view.summaryPositions[hangzhou.id], { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
    assert.equal(hangzhou.vpcCount, 5);
    assert.equal(hangzhou.externalVpcCount, 1);
    assert.equal(hangzhou.accountCount, 4);
    // Headed as the region is: its name (as the tree shows it) and its id.
    assert.match(hangzhou.label, /^China \(Hangzhou\) · cn-hangzhou\n5 VPCs \+ 1 external · 4 accounts\n/);

    const inside = summaries.reduce((sum, n) => sum + Object.values(n.inside).reduce((a, b) => a + b, 0), 0);
    const between = (view.edges as AggregateEdge[]).reduce((sum, e) => sum + e.total, 0);
    assert.equal(inside + between, graph.edges.length);
  });

  it('aggregates the edges between two regions into one, counted by status', () => {
    const view = viewGraph(graph, boxes, new Set());
    const hzSh = view.edges.find((e) => e.id === 'aggregate:summary:region:cn-hangzhou|summary:region:cn-shanghai') as AggregateEdge;
    assert.ok(hzSh);
    // pcc-hub-dr (Activated, routes missing on one side) is the only hangzhou–shanghai link.
    assert.deepEqual(hzSh.counts, { Activated: 1 });
    assert.equal(hzSh.attentionCount, 1);
    assert.equal(hzSh.tone, 'attention');
    const hzBj = view.edges.find((e) => e.id === 'aggregate:summary:region:cn-beijing|summary:region:cn-hangzhou') as AggregateEdge;
    assert.deepEqual(hzBj.counts, { routerInterface: 1 });
    assert.equal(hzBj.tone, 'ok');
  });

  it('draws an expanded region in full and links its VPCs to the collapsed regions they reach', () => {
    const view = viewGraph(graph, boxes, new Set(['region:cn-hangzhou']));
    assert.ok(view.nodes.some((n) => n.id === 'vpc:vpc-hub-prod'));
    assert.ok(!view.nodes.some((n) => n.id === 'vpc:vpc-hub-dr'));
    assert.ok(view.edges.some((e) => e.id === 'peer:pcc-hub-app'), 'edges inside the expanded region stay');
    const toShanghai = view.edges.find((e) => e.id === 'aggregate:summary:region:cn-shanghai|vpc:vpc-hub-prod');
    assert.ok(toShanghai, 'hub-prod → shanghai is aggregated per end');
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const e of view.edges) assert.ok(ids.has(e.source) && ids.has(e.target), `${e.id} dangles`);
  });

  describe('chooseExpandedRegions', () => {
    const frames = new Map([
      ['region:a', { left: 0, top: 0, right: 1000, bottom: 1000 }],
      ['region:b', { left: 1200, top: 0, right: 2200, bottom: 1000 }],
      ['region:c', { left: 5000, top: 5000, right: 6000, bottom: 6000 }],
    ]);
    const counts = new Map([
      ['region:a', 800],
      ['region:b', 800],
      ['region:c', 800],
    ]);

    it('expands everything when the whole graph fits the budget', () => {
      assert.deepEqual([...chooseExpandedRegions({ frames, counts, viewport: frames.get('region:c')!, zoom: 0.01, budget: 5000 })].sort(), [
        'region:a',
        'region:b',
        'region:c',
      ]);
    });

    it('expands nothing below the zoom where detailed text reads, however small the graph', () => {
      const request = { frames, counts, viewport: frames.get('region:a')!, budget: 5000, readableZoom: 0.7 };
      assert.equal(chooseExpandedRegions({ ...request, zoom: 0.69 }).size, 0);
      assert.equal(chooseExpandedRegions({ ...request, zoom: 0.7 }).size, 3);
    });

    it('expands nothing when zoomed out too far to read a VPC', () => {
      assert.equal(chooseExpandedRegions({ frames, counts, viewport: { left: 0, top: 0, right: 6000, bottom: 6000 }, zoom: 0.1, budget: 1000 }).size, 0);
    });

    it('expands the regions in view nearest the centre first, within the budget', () => {
      const viewport = { left: 100, top: 100, right: 900, bottom: 900 };
      assert.deepEqual([...chooseExpandedRegions({ frames, counts, viewport, zoom: 1, budget: 1000 })], ['region:a']);
      assert.deepEqual([...chooseExpandedRegions({ frames, counts, viewport: { left: 0, top: 0, right: 2200, bottom: 1000 }, zoom: 0.5, budget: 2000 })].sort(), [
        'region:a',
        'region:b',
      ]);
    });

    it('always expands the region under the centre of the view, even over budget', () => {
      assert.deepEqual([...chooseExpandedRegions({ frames, counts, viewport: { left: 5400, top: 5400, right: 5600, bottom: 5600 }, zoom: 2, budget: 10 })], ['region:c']);
    });

    it('counts each region’s elements, edges for both ends', () => {
      const perRegion = regionElementCounts(graph);
      const total = [...perRegion.values()].reduce((a, b) => a + b, 0);
      const crossRegionEdges = graph.edges.filter((e) => {
        const region = (id: string) => graph.nodes.find((n) => n.id === id)?.regionId;
        return region(e.source) !== region(e.target);
      }).length;
      assert.equal(total, graph.nodes.length + graph.edges.length + crossRegionEdges);
    });
  });
});
