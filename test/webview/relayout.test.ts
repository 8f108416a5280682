import assert from 'node:assert/strict';
import { buildGraph, layoutGraph } from '../../src/model/graph';
import type { PageMessage, RelayoutResult } from '../../src/webview/protocol';
import { demoGraph } from './support/demoGraph';
import { assertReadable, drawnLabels } from './support/drawnLabels';
import { generatedSnapshot } from './support/generatedSnapshot';
import { TopologyBrowser, type StubWindow, type TopologyPage } from './support/topologyBrowser';

type RelayoutDone = Extract<PageMessage, { type: 'relayoutDone' }>;
type Reply = Extract<PageMessage, { type: 'reply' }>;

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
    const done = (await page.waitForMessage('relayoutDone')) as RelayoutDone;
    assert.equal(done.outcome, 'done');
    assert.equal(done.engine, 'worker', `ran in the page's worker (${done.message ?? ''})`);
    assert.equal(done.moved, Object.keys(demo.positions).length);
    assert.deepEqual(await page.page.evaluate(() => (globalThis as unknown as StubWindow).__violations), [], 'the worker needs nothing the policy forbids');
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

  it('runs for the host too, answering the request it was given', async () => {
    await page.clearPosted();
    await page.post({ type: 'request', requestId: 'r-1', request: { method: 'relayout' } });
    const reply = (await page.waitForMessage('reply')) as Reply;
    assert.equal(reply.requestId, 'r-1');
    const done = reply.result as RelayoutResult;
    assert.equal(done.outcome, 'done');
    assert.equal(done.engine, 'worker');
    assert.ok(!(await page.posted()).some((m) => m.type === 'relayoutDone'), 'the answer is the reply, not a toolbar notice');
  });

  it('stops a requested re-layout when the host cancels it, and says so in the reply', async () => {
    await page.clearPosted();
    const before = await page.withCy((cy) => cy.nodes(':childless').map((n) => ({ id: n.id(), ...n.position() })));
    // Both in one go, so the cancel arrives while the worker is still starting.
    await page.page.evaluate(() => {
      const stub = globalThis as unknown as StubWindow;
      stub.postMessage({ type: 'request', requestId: 'r-2', request: { method: 'relayout' } }, '*');
      stub.postMessage({ type: 'cancel', requestId: 'r-2' }, '*');
    });
    const reply = (await page.waitForMessage('reply')) as Reply;
    assert.equal(reply.requestId, 'r-2');
    const done = reply.result as RelayoutResult;
    assert.equal(done.outcome, 'stopped');
    assert.equal(done.moved, 0);
    assert.deepEqual(await page.withCy((cy) => cy.nodes(':childless').map((n) => ({ id: n.id(), ...n.position() }))), before);
  });

  it('carries an error back in the reply instead of leaving the host waiting', async () => {
    const empty = await browser.open('dark');
    await empty.post({ type: 'request', requestId: 'r-3', request: { method: 'export', format: 'png' } });
    const reply = (await empty.waitForMessage('reply')) as Reply;
    assert.equal(reply.requestId, 'r-3');
    assert.equal(reply.result, undefined);
    assert.match(reply.error ?? '', /Nothing is drawn yet/);
    await empty.close();
  });
});

describe('webview: re-layout is never worse, and can be undone or reset', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const demo = demoGraph();
  type Drawn = Record<string, { x: number; y: number }>;
  const leafPositions = (of: TopologyPage = page) =>
    of.withCy((cy) => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes(':childless').forEach((n) => {
        positions[n.id()] = { ...n.position() };
      });
      return positions;
    });
  /** The picture's size: the union of the region boxes with their titles. */
  const pictureSize = () =>
    page.withCy((cy) => {
      const box = cy.nodes('[kind = "region"]').boundingBox({ includeLabels: true });
      return { width: box.w, height: box.h };
    });
  const lastPositions = async () =>
    (await page.posted()).filter((m): m is Extract<PageMessage, { type: 'positionsChanged' }> => m.type === 'positionsChanged').at(-1);

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark', { width: 1200, height: 800 });
    await page.init(demo.init);
    await page.clearPosted();
  });

  after(async () => {
    await browser?.close();
  });

  let opened: Drawn;
  let relaid: Drawn;

  it('leaves a picture no larger than the one it started from, readable at Fit', async () => {
    opened = await leafPositions();
    const before = await pictureSize();
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    const done = (await page.waitForMessage('relayoutDone')) as RelayoutDone;
    assert.equal(done.outcome, 'done');
    await page.page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForCy((cy) => cy.nodes('[kind = "vpc"]').length > 0);
    relaid = await leafPositions();
    assert.notDeepEqual(relaid, opened, 'something moved');
    const after = await pictureSize();
    // The same region boxes; only the labels cytoscape counts in may differ by a pixel or two.
    assert.ok(after.width <= before.width * 1.01, `${Math.round(after.width)} wide, was ${Math.round(before.width)}`);
    // Rows may end with a taller kind of node than before (a VPC where a BGP neighbour was).
    assert.ok(after.height <= before.height * 1.05, `${Math.round(after.height)} high, was ${Math.round(before.height)}`);
    const labels = await drawnLabels(page);
    assertReadable(labels);
    assert.equal(labels.filter((l) => l.kind === 'vpc').length, demo.graph.nodes.filter((n) => n.kind === 'vpc').length, 'every VPC label is drawn');
    assert.ok(labels.some((l) => l.kind === 'account'), 'account labels are drawn');
  });

  it('puts every node back exactly where it was on Undo, and tells the host', async () => {
    await page.clearPosted();
    await page.page.getByRole('button', { name: 'Undo re-layout' }).click();
    assert.deepEqual(await leafPositions(), opened);
    // The re-layout's own report may still be on its way (it is sent first, then the undo's).
    await page.page.waitForFunction(() =>
      (globalThis as unknown as { __posted: PageMessage[] }).__posted.some((m) => m.type === 'positionsChanged' && m.reason === 'undo'),
    );
    const message = await lastPositions();
    assert.equal(message?.reason, 'undo');
    assert.deepEqual(message?.positions, opened);
    assert.equal(await page.page.getByRole('button', { name: 'Undo re-layout' }).isVisible(), false, 'nothing more to undo');
  });

  it('answers the host that there is nothing to undo once undone', async () => {
    await page.clearPosted();
    await page.post({ type: 'request', requestId: 'u-1', request: { method: 'undoRelayout' } });
    const reply = (await page.waitForMessage('reply')) as Reply;
    assert.equal(reply.result, false);
  });

  it('resets to exactly what a fresh open draws, after a re-layout and a drag, and tells the host to forget', async () => {
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    await page.waitForMessage('relayoutDone');
    const at = await page.clientPoint('vpc:vpc-hub-prod');
    await page.page.mouse.move(at.x, at.y);
    await page.page.mouse.down();
    await page.page.mouse.move(at.x + 40, at.y + 30, { steps: 4 });
    await page.page.mouse.up();
    await page.clearPosted();
    await page.page.getByRole('button', { name: 'Reset layout' }).click();
    assert.deepEqual(await leafPositions(), demo.positions);
    await page.waitForMessage('positionsChanged');
    const message = (await page.posted()).find((m): m is Extract<PageMessage, { type: 'positionsChanged' }> => m.type === 'positionsChanged' && m.reason === 'reset');
    assert.deepEqual(message?.positions, demo.positions);
    // A fresh page opened on the same graph draws the same.
    const fresh = await browser.open('dark', { width: 1200, height: 800 });
    await fresh.init(demo.init);
    assert.deepEqual(await leafPositions(), await leafPositions(fresh));
    await fresh.close();
  });

  it('resets for the host too', async () => {
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    await page.waitForMessage('relayoutDone');
    await page.clearPosted();
    await page.post({ type: 'request', requestId: 'r-reset', request: { method: 'resetLayout' } });
    const reply = (await page.waitForMessage('reply')) as Reply;
    assert.equal(reply.result, true);
    assert.deepEqual(await leafPositions(), demo.positions);
  });
});

describe('webview: re-layout of a large graph', function () {
  let browser: TopologyBrowser;
  const graph = buildGraph(generatedSnapshot({ regions: 12, accounts: 3, vpcs: 600, connections: 1200, seed: 7 }));
  const positions = layoutGraph(graph);
  const drawnPositions = (target: TopologyPage) =>
    target.withCy((cy) => cy.nodes(':childless').map((n) => ({ id: n.id(), ...n.position() })));

  before(async () => {
    browser = await TopologyBrowser.launch();
  });

  after(async () => {
    await browser?.close();
  });

  it('stops on Stop: nothing moves and nothing is reported', async () => {
    const page = await browser.open('dark');
    await page.init({ type: 'init', graph, positions });
    await page.clearPosted();
    const before = await drawnPositions(page);
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    await page.page.getByRole('button', { name: 'Stop re-layout' }).click();
    const done = (await page.waitForMessage('relayoutDone')) as RelayoutDone;
    assert.equal(done.outcome, 'stopped');
    assert.equal(done.moved, 0);
    assert.deepEqual(await drawnPositions(page), before);
    assert.equal(await page.page.getByRole('button', { name: 'Re-layout' }).count(), 1, 'the button is back');
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.ok(!(await page.posted()).some((m) => m.type === 'positionsChanged'));
    // A later run starts a fresh worker.
    await page.clearPosted();
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    const again = (await page.waitForMessage('relayoutDone')) as RelayoutDone;
    assert.equal(again.outcome, 'done');
    assert.equal(again.engine, 'worker');
    await page.close();
  });

  it('runs on the page, region by region, when the host offers no worker', async () => {
    const page = await browser.open('dark', undefined, undefined, { worker: false });
    await page.init({ type: 'init', graph, positions });
    await page.page.getByRole('button', { name: 'Re-layout' }).click();
    const done = (await page.waitForMessage('relayoutDone')) as RelayoutDone;
    assert.equal(done.outcome, 'done');
    assert.equal(done.engine, 'page');
    assert.equal(done.moved, Object.keys(positions).length);
    await page.close();
  });
});
