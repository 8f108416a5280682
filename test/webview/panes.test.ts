import assert from 'node:assert/strict';
import { demoGraph } from './support/demoGraph';
import { pagePerTest } from './support/pagePerTest';
import type { TopologyPage } from './support/topologyBrowser';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('webview: panes beside the graph, filters that show they are on', function () {
  const demo = demoGraph();
  const session = pagePerTest({ width: 1200, height: 800 }, demo.init);
  let page: TopologyPage;

  beforeEach(() => {
    page = session.page;
  });

  const graphBox = async () => (await page.page.locator('#topology-graph').boundingBox()) as Box;
  /** Where an element is drawn, in the canvas's own pixels. */
  const rendered = (id: string) =>
    page.withCy((cy, elementId: string) => {
      const box = cy.getElementById(elementId).renderedBoundingBox({ includeLabels: false });
      return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, width: cy.width(), height: cy.height() };
    }, id);

  it('opens the details beside the canvas, which narrows, and keeps the selected node in view', async () => {
    const before = await graphBox();
    // The node furthest to the right: where a pane over the graph would cover it.
    const rightmost = await page.withCy((cy) => {
      let best = { id: '', x: -Infinity };
      cy.nodes(':childless').forEach((n) => {
        if (n.renderedPosition().x > best.x) best = { id: n.id(), x: n.renderedPosition().x };
      });
      return best.id;
    });
    const at = await page.clientPoint(rightmost);
    await page.page.mouse.click(at.x, at.y);
    const details = page.page.locator('#topology-details');
    await details.waitFor({ state: 'visible' });
    await page.waitForExpression(`document.getElementById('topology-graph').getBoundingClientRect().width < ${before.width - 100}`);
    const after = await graphBox();
    const pane = (await details.boundingBox()) as Box;
    assert.ok(!overlaps(pane, after), 'the details pane does not cover the graph');
    await page.waitForCy((cy) => cy.width() === Math.round(cy.container()?.getBoundingClientRect().width ?? 0));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const node = await rendered(rightmost);
    assert.ok(node.x1 >= 0 && node.x2 <= node.width && node.y1 >= 0 && node.y2 <= node.height, `${rightmost} is in view: ${JSON.stringify(node)}`);
  });

  it('opens the filters beside the canvas, and Fit shows the whole graph in what is left', async () => {
    await page.page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.page.locator('#topology-filters');
    await filters.waitFor({ state: 'visible' });
    const pane = (await filters.boundingBox()) as Box;
    await page.waitForExpression(`document.getElementById('topology-graph').getBoundingClientRect().right <= ${pane.x + 1}`);
    assert.ok(!overlaps(pane, await graphBox()), 'the filters pane does not cover the graph');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.page.getByRole('button', { name: 'Fit' }).click();
    const all = await page.withCy((cy) => {
      const box = cy.elements().renderedBoundingBox({ includeLabels: true });
      return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, width: cy.width(), height: cy.height() };
    });
    assert.ok(all.x1 >= -1 && all.y1 >= -1 && all.x2 <= all.width + 1 && all.y2 <= all.height + 1, `the whole graph is on the canvas: ${JSON.stringify(all)}`);
  });

  it('counts the filters that are on, on the Filters button, closed or open; All and None per group', async () => {
    const button = page.page.locator('button[aria-controls="topology-filters"]');
    const count = () => page.page.locator('button[aria-controls="topology-filters"] .active-filters');
    assert.equal(await count().isVisible(), false, 'no count while nothing is filtered');
    await button.click();
    await page.page.locator('#topology-filters input[value="Rejected"]').uncheck();
    assert.equal(await count().textContent(), '1');
    await button.click();
    assert.equal(await page.page.locator('#topology-filters').isVisible(), false);
    assert.equal(await count().textContent(), '1', 'the count stays while the pane is closed');
    await button.click();
    const regions = new Set(demo.graph.nodes.map((n) => n.regionId)).size;
    await page.page.getByRole('button', { name: 'Hide all regions' }).click();
    assert.equal(await count().textContent(), String(1 + regions));
    assert.equal(await page.withCy((cy) => cy.nodes('[kind = "vpc"]').length), 0);
    await page.page.getByRole('button', { name: 'Show all regions' }).click();
    assert.equal(await count().textContent(), '1');
    await page.page.getByRole('button', { name: 'Show all connection status' }).click();
    assert.equal(await count().isVisible(), false);
    assert.ok((await page.withCy((cy) => cy.nodes('[kind = "vpc"]').length)) > 0);
  });
});
