import assert from 'node:assert/strict';
import type { PageMessage } from '../../src/webview/protocol';
import { demoGraph } from './support/demoGraph';
import { TopologyBrowser, type TopologyPage } from './support/topologyBrowser';

describe('webview: re-layout on request', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const demo = demoGraph();

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark');
    await page.init(demo.init);
    await page.clearPosted();
  });

  after(async () => {
    await browser?.close();
  });

  it('arranges each region by its links, keeps regions apart, and reports the new positions', async () => {
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    const message = (await page.waitForMessage('positionsChanged')) as Extract<PageMessage, { type: 'positionsChanged' }>;
    assert.equal(message.reason, 'relayout');
    const drawn = await page.withCy((cy) => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().filter((n) => !n.isParent()).forEach((n) => {
        positions[n.id()] = { ...n.position() };
      });
      const boxes = cy.nodes('[kind = "region"]').map((r) => r.boundingBox({ includeLabels: true }));
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
        }
      }
      return { positions, overlaps };
    });
    assert.equal(drawn.overlaps, 0);
    const moved = Object.keys(demo.positions).filter((id) => {
      const before = demo.positions[id];
      const after = drawn.positions[id];
      return after && (before.x !== after.x || before.y !== after.y);
    });
    assert.ok(moved.length > 0, 'something moved');
    for (const [id, p] of Object.entries(message.positions)) assert.deepEqual(drawn.positions[id], p, id);
    assert.equal(Object.keys(message.positions).length, Object.keys(demo.positions).length);
  });

  it('keeps those positions through a later status delta', async () => {
    const before = await page.withCy((cy) => cy.nodes().map((n) => ({ id: n.id(), ...n.position() })));
    await page.page.evaluate(() => performance.clearMarks('topology:delta-painted'));
    await page.post({
      type: 'delta',
      delta: {
        addedNodes: [],
        addedEdges: [],
        removedNodes: [],
        removedEdges: [],
        changed: [{ id: 'peer:pcc-data-lake', group: 'edges', set: { status: 'Accepting', label: 'Accepting' }, unset: [] }],
      },
      positions: {},
    });
    await page.waitForMark('topology:delta-painted');
    assert.deepEqual(await page.withCy((cy) => cy.nodes().map((n) => ({ id: n.id(), ...n.position() }))), before);
  });
});
