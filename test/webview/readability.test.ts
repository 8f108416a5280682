import assert from 'node:assert/strict';
import type { TopologyGraph } from '../../src/model/graph';
import { demoGraph } from './support/demoGraph';
import { assertReadable, drawnLabels } from './support/drawnLabels';
import { pagePerTest } from './support/pagePerTest';
import type { StubWindow, TopologyPage } from './support/topologyBrowser';

/** A panel of about this size is what a person opens the graph in, beside the explorer. */
const PANEL = { width: 1200, height: 800 };

describe('webview: readable at first sight', function () {
  const demo = demoGraph();
  const session = pagePerTest(PANEL);
  let page: TopologyPage;

  beforeEach(() => {
    page = session.page;
  });

  it('draws every VPC, account and link label at 11 px or more at first paint and after Fit', async () => {
    await page.init(demo.init);
    const first = await drawnLabels(page);
    assertReadable(first);
    const vpcs = demo.graph.nodes.filter((n) => n.kind === 'vpc').map((n) => n.id);
    assert.deepEqual(first.filter((l) => l.kind === 'vpc').map((l) => l.id).sort(), [...vpcs].sort(), 'every VPC is drawn with its label');
    assert.ok(first.some((l) => l.kind === 'account'), 'account labels are drawn');
    assert.ok(first.some((l) => l.kind === 'peer'), 'connection labels are drawn');
    await page.page.getByRole('button', { name: 'Fit' }).click();
    const fitted = await drawnLabels(page);
    assertReadable(fitted);
    assert.equal(fitted.filter((l) => l.kind === 'vpc').length, vpcs.length);
  });

  it('titles each region with its name as the tree shows it, and its id', async () => {
    await page.init(demo.init);
    const titles = await page.withCy((cy) => cy.nodes('[kind = "region"]').map((n) => String(n.style('label'))));
    assert.ok(titles.includes('China (Hangzhou) · cn-hangzhou'), titles.join(', '));
    assert.ok(titles.includes('Singapore · ap-southeast-1'), titles.join(', '));
  });

  it('draws region summaries rather than unreadable detail when zoomed out, their text readable or not drawn', async () => {
    await page.init(demo.init);
    await page.withCy((cy) => {
      cy.zoom({ level: cy.zoom() / 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForCy((cy) => cy.nodes('[kind = "regionSummary"]').length > 0);
    const labels = await drawnLabels(page);
    assertReadable(labels);
    assert.equal(labels.filter((l) => l.kind === 'vpc').length, 0);
  });

  it('keeps text inside its box, cut with an ellipsis; the tooltip has it in full', async () => {
    const long = 'a-very-long-vpc-name-that-no-box-can-hold-in-one-line';
    const graph: TopologyGraph = {
      ...demo.graph,
      nodes: demo.graph.nodes.map((n) => (n.id === 'vpc:vpc-hub-prod' && n.kind === 'vpc' ? { ...n, label: n.label.replace(n.name, long) } : n)),
    };
    await page.init({ ...demo.init, graph });
    const boxes = await page.withCy((cy) =>
      cy.nodes('[kind = "vpc"], [kind = "externalVpc"], [kind = "vbr"], [kind = "account"]').map((n) => {
        const label = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
        const body = n.boundingBox({ includeNodes: true, includeLabels: false, includeOverlays: false });
        return { id: n.id(), label: { x1: label.x1, x2: label.x2 }, body: { x1: body.x1, x2: body.x2 }, text: String(n.style('label')) };
      }),
    );
    for (const box of boxes) {
      assert.ok(box.label.x1 >= box.body.x1 - 0.5 && box.label.x2 <= box.body.x2 + 0.5, `${box.id}'s label (${box.text}) leaves its box`);
    }
    const cut = boxes.find((b) => b.id === 'vpc:vpc-hub-prod');
    assert.ok(cut && cut.text.split('\n')[0].endsWith('…'), `the long name is cut: ${cut?.text}`);
    const at = await page.clientPoint('vpc:vpc-hub-prod');
    await page.page.mouse.move(at.x, at.y);
    await page.waitForExpression(`document.getElementById('topology-graph').title.includes(${JSON.stringify(long)})`);
  });

  it('opens with the legend closed, and remembers it opened', async () => {
    await page.init(demo.init);
    assert.equal(await page.page.locator('#topology-legend').isVisible(), false);
    await page.page.getByRole('button', { name: 'Legend' }).click();
    assert.equal(await page.page.locator('#topology-legend').isVisible(), true);
    const state = (await page.page.evaluate(() => (globalThis as unknown as StubWindow).__state)) as { legendOpen?: boolean };
    assert.equal(state.legendOpen, true);
  });

  it('zooms 1.2× per wheel notch, towards the pointer', async () => {
    await page.init(demo.init);
    const box = await page.page.locator('#topology-graph').boundingBox();
    assert.ok(box);
    await page.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (const [deltaY, factor] of [
      [-100, 1.2],
      [100, 1 / 1.2],
    ] as const) {
      const before = await page.withCy((cy) => cy.zoom());
      await page.page.mouse.wheel(0, deltaY);
      await page.waitForCy((cy, zoom) => cy.zoom() !== zoom, before);
      const after = await page.withCy((cy) => cy.zoom());
      assert.ok(Math.abs(after / before - factor) < 0.01, `zoomed by ${(after / before).toFixed(3)}, not ${factor.toFixed(3)}`);
    }
  });
});
