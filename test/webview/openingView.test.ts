import assert from 'node:assert/strict';
import { regionNodeId } from '../../src/model/graph';
import { demoGraph } from './support/demoGraph';
import { assertReadable, drawnLabels } from './support/drawnLabels';
import { pagePerTest } from './support/pagePerTest';
import type { TopologyPage } from './support/topologyBrowser';

/** A panel beside the explorer in a laptop window: too small to fit the demo readably. */
const PANEL = { width: 1050, height: 750 };

describe('webview: the first view shows detail where a fit would not read', function () {
  const demo = demoGraph();
  const session = pagePerTest(PANEL);
  let page: TopologyPage;

  beforeEach(() => {
    page = session.page;
  });

  /** Counted here from the graph, not by the page's code: most VPCs, then most links. */
  function busiest(): string {
    const regionOf = new Map(demo.graph.nodes.map((n) => [n.id, n.regionId]));
    const score = new Map<string, [number, number]>();
    const at = (region: string): [number, number] => {
      const counts = score.get(region) ?? [0, 0];
      score.set(region, counts);
      return counts;
    };
    for (const node of demo.graph.nodes) if (node.kind === 'vpc') at(node.regionId)[0] += 1;
    for (const edge of demo.graph.edges) {
      for (const region of new Set([regionOf.get(edge.source), regionOf.get(edge.target)])) if (region) at(region)[1] += 1;
    }
    const ranked = [...score.entries()].sort(([a, x], [b, y]) => y[0] - x[0] || y[1] - x[1] || (a < b ? -1 : 1));
    return ranked[0][0];
  }

  it('opens on the busiest region drawn in full, its VPC labels at 11 px or more', async () => {
    await page.init(demo.init);
    const first = await drawnLabels(page);
    assertReadable(first);
    const region = busiest();
    const vpcs = demo.graph.nodes.filter((n) => n.kind === 'vpc' && n.regionId === region).map((n) => n.id);
    assert.ok(vpcs.length > 1, `the demo's busiest region ${region} has VPCs`);
    const drawnVpcs = new Set(first.filter((l) => l.kind === 'vpc').map((l) => l.id));
    assert.deepEqual(vpcs.filter((id) => !drawnVpcs.has(id)), [], `every VPC of ${region} is drawn with its label`);
    assert.ok(first.some((l) => l.kind === 'peer'), 'connection labels are drawn');
    const inView = await page.withCy((cy, id) => {
      const box = cy.getElementById(id).boundingBox();
      const view = cy.extent();
      const middle = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
      return box.w > 0 && middle.x >= box.x1 && middle.x <= box.x2 && middle.y >= box.y1 && middle.y <= box.y2;
    }, regionNodeId(region));
    assert.ok(inView, `${region} is in the middle of the view`);
  });

  it('still shows the whole graph after Fit, as summaries when it cannot read', async () => {
    await page.init(demo.init);
    await page.page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForCy((cy) => cy.nodes('[kind = "regionSummary"]').length > 0);
    const outside = await page.withCy((cy) => {
      const view = cy.extent();
      return cy
        .nodes('[kind = "regionSummary"], [kind = "region"]')
        .filter((n) => {
          const box = n.boundingBox({ includeLabels: false });
          return box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
        })
        .map((n) => n.id());
    });
    assert.deepEqual(outside, [], 'regions outside the fitted view');
    const labels = await drawnLabels(page);
    assertReadable(labels);
    assert.equal(labels.filter((l) => l.kind === 'vpc').length, 0, 'no unreadable VPC is drawn');
    const regions = new Set(demo.graph.nodes.map((n) => n.regionId));
    assert.equal(await page.withCy((cy) => cy.nodes('[kind = "regionSummary"]').length), regions.size, 'a summary per region');
  });
});
