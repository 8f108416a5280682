import assert from 'node:assert/strict';
import { buildGraph, diffGraph, layoutGraph, type PeerEdge, type TopologyGraph } from '../../src/model/graph';
import { generatedSnapshot } from './support/generatedSnapshot';
import { recordRestyles } from './support/restyles';
import { TopologyBrowser, type TopologyPage } from './support/topologyBrowser';

/** What the restyle test keeps in the page. */
interface PageWindow {
  __moved: number;
  requestAnimationFrame(callback: () => void): number;
}

describe('webview: level of detail on a large graph', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const graph = buildGraph(generatedSnapshot({ regions: 12, accounts: 3, vpcs: 600, connections: 1200, seed: 7 }));
  const positions = layoutGraph(graph);
  const regionOf = (id: string) => graph.nodes.find((n) => n.id === id)?.regionId;

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark');
    await page.init({ type: 'init', graph, positions });
  });

  after(async () => {
    await browser?.close();
  });

  it('shows one summary per region when the whole graph is in view, counting every link once', async () => {
    // The first view opens on one region at the readable zoom; Fit shows the whole graph.
    await page.page.getByRole('button', { name: 'Fit' }).click();
    const drawn = await page.withCy((cy) => ({
      summaries: cy.nodes('[kind = "regionSummary"]').length,
      vpcs: cy.nodes('[kind = "vpc"]').length,
      linkCount:
        cy.edges('[kind = "aggregate"]').reduce((sum, e) => sum + (e.data('total') as number), 0) +
        cy.nodes('[kind = "regionSummary"]').reduce((sum, n) => sum + Object.values(n.data('inside') as Record<string, number>).reduce((a, b) => a + b, 0), 0),
      boxes: cy.nodes('[kind = "regionSummary"]').map((n) => n.boundingBox({ includeLabels: false })),
    }));
    assert.equal(drawn.summaries, 12);
    assert.equal(drawn.vpcs, 0);
    assert.equal(drawn.linkCount, graph.edges.length);
    for (let i = 0; i < drawn.boxes.length; i++) {
      for (let j = i + 1; j < drawn.boxes.length; j++) {
        const a = drawn.boxes[i];
        const b = drawn.boxes[j];
        assert.ok(!(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2), 'summary boxes overlap');
      }
    }
  });

  it('updates the counts of a summary when a status changes, moving nothing', async () => {
    const edge = graph.edges.find((e): e is PeerEdge => e.kind === 'peer' && e.scope === 'intraRegion' && e.status === 'Activated');
    assert.ok(edge);
    const summaryId = `summary:region:${edge.requester.regionId}`;
    const before = await page.withCy((cy, id) => ({ inside: cy.getElementById(id).data('inside') as Record<string, number>, position: cy.getElementById(id).position() }), summaryId);
    const next: TopologyGraph = { nodes: graph.nodes, edges: graph.edges.map((e) => (e.id === edge.id ? { ...edge, status: 'Deleting', label: 'Deleting' } : e)) };
    await page.withCy((cy) => {
      const w = globalThis as unknown as PageWindow;
      w.__moved = 0;
      cy.on('position', () => w.__moved++);
    });
    await page.page.evaluate(() => performance.clearMarks('topology:delta-painted'));
    await page.post({ type: 'delta', delta: diffGraph(graph, next), positions: {} });
    await page.waitForMark('topology:delta-painted');
    // Nothing is even set to where it already is: that alone would redraw every link of a summary.
    assert.equal(await page.page.evaluate(() => (globalThis as unknown as PageWindow).__moved), 0);
    const after = await page.withCy((cy, id) => ({ inside: cy.getElementById(id).data('inside') as Record<string, number>, position: cy.getElementById(id).position() }), summaryId);
    assert.equal(after.inside.Activated, before.inside.Activated - 1);
    assert.equal(after.inside.Deleting, (before.inside.Deleting ?? 0) + 1);
    assert.deepEqual(after.position, before.position);
    await page.post({ type: 'delta', delta: diffGraph(next, graph), positions: {} });
  });

  it('draws the region in view in full when zoomed in, where the summary was', async () => {
    const vpc = graph.nodes.find((n) => n.kind === 'vpc' && n.regionId === 'cn-beijing');
    assert.ok(vpc);
    await page.post({ type: 'reveal', id: vpc.id });
    await page.waitForCy((cy, id) => cy.getElementById(id).length === 1, vpc.id);
    const drawn = await page.withCy(
      (cy, id) => ({
        position: cy.getElementById(id).position(),
        fullRegions: cy.nodes('[kind = "region"]').map((n) => n.data('regionId') as string),
        summaries: cy.nodes('[kind = "regionSummary"]').length,
        elements: cy.elements().length,
        focused: cy.elements('.keyboard-focus').map((e) => e.id()),
      }),
      vpc.id,
    );
    assert.deepEqual(drawn.position, positions[vpc.id], 'drawn where the layout put it');
    assert.ok(drawn.fullRegions.includes('cn-beijing'));
    assert.ok(drawn.summaries > 0, 'regions out of view stay summaries');
    assert.ok(drawn.elements < graph.nodes.length + graph.edges.length);
    assert.deepEqual(drawn.focused, [vpc.id]);
    // Every edge drawn in full has both ends drawn in full; the rest are aggregated per drawn end.
    const dangling = await page.withCy((cy) => cy.edges().filter((e) => e.source().empty() || e.target().empty()).length);
    assert.equal(dangling, 0);
    const beijingVpcs = graph.nodes.filter((n) => n.kind === 'vpc' && regionOf(n.id) === 'cn-beijing').length;
    assert.equal(await page.withCy((cy) => cy.nodes('[kind = "vpc"][regionId = "cn-beijing"]').length), beijingVpcs);
  });

  it('restyles only the changed edge on a status change while a region is drawn in full', async () => {
    // Zoomed in (previous test): region and account boxes are drawn directly every frame. Each of
    // those draws must leave the style of the VPCs inside alone, or one status change costs a
    // style pass over the whole region.
    const edge = graph.edges.find(
      (e): e is PeerEdge => e.kind === 'peer' && e.scope === 'intraRegion' && e.requester.regionId === 'cn-beijing' && e.status === 'Activated',
    );
    assert.ok(edge);
    await page.waitForCy((cy, id) => cy.getElementById(id).length === 1, edge.id);
    const record = await recordRestyles(page);
    // Three frames after each delta, drawn the way panning would draw them.
    const restyledBy = (from: TopologyGraph, to: TopologyGraph) => record(from, to, 3);
    const updating: TopologyGraph = { nodes: graph.nodes, edges: graph.edges.map((e) => (e.id === edge.id ? { ...edge, status: 'Updating', label: 'Updating' } : e)) };
    assert.deepEqual(await restyledBy(graph, updating), [edge.id]);
    assert.equal(await page.withCy((cy, id) => cy.getElementById(id).data('status') as string, edge.id), 'Updating');
    assert.deepEqual(await restyledBy(updating, graph), [edge.id]);
  });

  it('goes back to summaries on Fit', async () => {
    await page.page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForCy((cy) => cy.nodes('[kind = "vpc"]').length === 0);
    assert.equal(await page.withCy((cy) => cy.nodes('[kind = "regionSummary"]').length), 12);
  });
});
