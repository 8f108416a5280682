import assert from 'node:assert/strict';
import type { PageMessage } from '../../src/webview/protocol';
import { resourceRef } from '../../src/model/resourceRef';
import { HUB } from '../unit/model/graph/fixtures/demoSnapshot';
import { demoGraph } from './support/demoGraph';
import { TopologyBrowser, type StubWindow, type TopologyPage } from './support/topologyBrowser';

type Action = Extract<PageMessage, { type: 'action' }>;

describe('webview: clicks, menus and keys', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;

  before(async () => {
    browser = await TopologyBrowser.launch();
  });

  beforeEach(async () => {
    page = await browser.open('dark');
    await page.init(demoGraph().init);
    await page.clearPosted();
  });

  afterEach(async () => {
    await page?.close();
  });

  after(async () => {
    await browser?.close();
  });

  const menuItems = () => page.page.locator('#topology-action-menu [role="menuitem"]').allTextContents();
  const lastOf = async <T extends PageMessage['type']>(type: T) =>
    (await page.posted()).filter((m): m is Extract<PageMessage, { type: T }> => m.type === type).at(-1);

  it('reports a clicked VPC and shows all its attributes as text', async () => {
    const at = await page.clientPoint('vpc:vpc-hub-prod');
    await page.page.mouse.click(at.x, at.y);
    assert.deepEqual(await lastOf('selected'), {
      type: 'selected',
      elementId: 'vpc:vpc-hub-prod',
      kind: 'vpc',
      ref: resourceRef('vpc', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'vpc-hub-prod'),
      resourceId: 'vpc-hub-prod',
      regionId: 'cn-hangzhou',
      accountUid: HUB,
    });
    const details = page.page.locator('#topology-details');
    await details.waitFor({ state: 'visible' });
    const text = await details.innerText();
    for (const fact of ['VPC: hub-prod', 'vpc-hub-prod', '10.0.0.0/16', '10.100.0.0/16', 'network-hub (1200000000000001)', 'cn-hangzhou']) {
      assert.ok(text.includes(fact), `details lack ${fact}:\n${text}`);
    }
  });

  it('reports a clicked connection and clears the selection on a click in the empty space', async () => {
    const at = await page.clientPoint('peer:pcc-hub-app');
    await page.page.mouse.click(at.x, at.y);
    const selected = await lastOf('selected');
    assert.equal(selected?.elementId, 'peer:pcc-hub-app');
    assert.equal(selected?.kind, 'peer');
    assert.equal(selected?.resourceId, 'pcc-hub-app');
    assert.match(await page.page.locator('#topology-details').innerText(), /Requester routes\s+covered/);
    await page.page.mouse.click(5, 880);
    assert.deepEqual(await lastOf('selected'), { type: 'selected' });
    assert.equal(await page.page.locator('#topology-details').isVisible(), false);
  });

  it('offers Accept and Reject on a connection waiting for the user, and posts the command with its ids', async () => {
    const at = await page.clientPoint('peer:pcc-app-test');
    await page.page.mouse.click(at.x, at.y, { button: 'right' });
    const items = await menuItems();
    assert.ok(items.includes('Accept') && items.includes('Reject'), items.join(', '));
    assert.ok(!items.includes('Modify…') && !items.includes('Add routes…'), items.join(', '));
    await page.page.locator('#topology-action-menu [role="menuitem"]', { hasText: 'Accept' }).click();
    const action = (await lastOf('action')) as Action;
    // Exactly what Accept reads; the command picks the accepter's profile itself, as from the tree.
    assert.deepEqual(action, { type: 'action', command: 'vpcPeering.acceptPeerConnection', args: { connectionId: 'pcc-app-test' } });
    assert.equal(await page.page.locator('#topology-action-menu').isVisible(), false);
  });

  it('offers routes, modify and delete on an active connection, not accept', async () => {
    const at = await page.clientPoint('peer:pcc-hub-dr');
    await page.page.mouse.click(at.x, at.y, { button: 'right' });
    const items = await menuItems();
    for (const expected of ['Show details', 'Modify…', 'Delete…', 'Add routes…', 'Diagnose connectivity…', 'Copy ID']) {
      assert.ok(items.includes(expected), `${expected} missing from ${items.join(', ')}`);
    }
    assert.ok(!items.includes('Accept'));
    await page.page.keyboard.press('Escape');
    assert.equal(await page.page.locator('#topology-action-menu').isVisible(), false);
  });

  it('offers only what reads, no change, on a connection in transition', async () => {
    const at = await page.clientPoint('peer:pcc-data-lake');
    await page.page.mouse.click(at.x, at.y, { button: 'right' });
    assert.deepEqual(await menuItems(), ['Show details', 'Copy ID', 'Export as Terraform…', 'Open in console']);
  });

  it('works from the keyboard: Tab to an element, Enter for details, Shift+F10 for actions', async () => {
    await page.page.locator('#topology-graph').focus();
    const announcer = page.page.locator('[data-role="announcer"]');
    const focused = () => page.withCy((cy) => cy.elements('.keyboard-focus').map((e) => e.id()));
    const first = await focused();
    assert.equal(first.length, 1, 'focus lands on an element');
    await page.page.keyboard.press('Tab');
    const second = await focused();
    assert.equal(second.length, 1);
    assert.notDeepEqual(second, first);
    assert.ok((await announcer.textContent())?.length, 'the focused element is announced');
    await page.page.keyboard.press('Enter');
    assert.equal((await lastOf('selected'))?.elementId, second[0]);
    assert.ok(await page.page.locator('#topology-details').isVisible());

    await page.page.keyboard.press('Shift+F10');
    const menu = page.page.locator('#topology-action-menu');
    await menu.waitFor({ state: 'visible' });
    assert.equal(await page.page.evaluate(`document.activeElement.getAttribute('role')`), 'menuitem');
    await page.page.keyboard.press('Escape');
    assert.equal(await menu.isVisible(), false);
    assert.equal(await page.page.evaluate(`document.activeElement.id`), 'topology-graph', 'focus returns to the graph');
  });

  it('runs an action from the keyboard', async () => {
    await page.post({ type: 'reveal', id: 'pcc-app-test' });
    await page.waitForExpression(`window.__vpcTopology.cy().getElementById('peer:pcc-app-test').hasClass('keyboard-focus')`);
    await page.page.locator('#topology-graph').focus();
    await page.page.keyboard.press('ContextMenu');
    await page.page.locator('#topology-action-menu').waitFor({ state: 'visible' });
    // Show details, then Accept.
    await page.page.keyboard.press('ArrowDown');
    await page.page.keyboard.press('Enter');
    const action = (await lastOf('action')) as Action;
    assert.equal(action.command, 'vpcPeering.acceptPeerConnection');
  });

  it('moves focus with the arrow keys to the nearest node in that direction', async () => {
    await page.post({ type: 'reveal', id: 'vpc:vpc-hub-prod' });
    await page.waitForExpression(`window.__vpcTopology.cy().getElementById('vpc:vpc-hub-prod').hasClass('keyboard-focus')`);
    await page.page.locator('#topology-graph').focus();
    await page.page.keyboard.press('ArrowRight');
    assert.deepEqual(await page.withCy((cy) => cy.elements('.keyboard-focus').map((e) => e.id())), ['vpc:vpc-hub-shared']);
    await page.page.keyboard.press('ArrowLeft');
    await page.page.keyboard.press('ArrowDown');
    assert.deepEqual(await page.withCy((cy) => cy.elements('.keyboard-focus').map((e) => e.id())), ['vbr:vbr-hz-idc']);
  });

  it('selects what the host asks for, by cloud resource id', async () => {
    await page.post({ type: 'select', id: 'vpc-data-lake' });
    await page.page.locator('#topology-details').waitFor({ state: 'visible' });
    assert.match(await page.page.locator('#topology-details').innerText(), /data-lake/);
    assert.deepEqual(await page.withCy((cy) => cy.$(':selected').map((e) => e.id())), ['vpc:vpc-data-lake']);
  });

  it('searches by address, highlights the match and steps to it with Enter', async () => {
    await page.page.locator('input[type="search"]').fill('172.16.4.9');
    await page.page.locator('input[type="search"]').press('Enter');
    await page.waitForExpression(`window.__vpcTopology.cy().getElementById('vpc:vpc-app-prod').hasClass('search-match')`);
    const marked = await page.withCy((cy) => cy.elements('.search-match').map((e) => e.id()).sort());
    assert.deepEqual(marked, ['peer:pcc-hub-app', 'vpc:vpc-app-prod']);
    assert.match((await page.page.locator('.match-count').textContent()) ?? '', /1 of 2/);
    assert.deepEqual(await page.withCy((cy) => cy.elements('.keyboard-focus').map((e) => e.id())), ['vpc:vpc-app-prod']);
  });

  it('hides what the filters hide, from the host or from the panel', async () => {
    await page.post({ type: 'filters', filters: { hiddenAccounts: [], hiddenRegions: [], hiddenStatuses: ['Rejected', 'Expired'], hiddenEdgeKinds: [] } });
    await page.waitForExpression(`window.__vpcTopology.cy().getElementById('peer:pcc-app-sh-dr').length === 0`);
    assert.equal(await page.withCy((cy) => cy.getElementById('peer:pcc-data-sg').length), 0);
    await page.page.getByRole('button', { name: 'Filters' }).click();
    await page.page.locator('#topology-filters input[data-filter="hiddenRegions"][value="cn-beijing"]').uncheck();
    await page.waitForExpression(`window.__vpcTopology.cy().getElementById('region:cn-beijing').length === 0`);
    assert.equal(await page.withCy((cy) => cy.nodes('[regionId = "cn-beijing"]').length), 0);
    const state = await page.page.evaluate(() => (globalThis as unknown as StubWindow).__state as { filters: { hiddenRegions: string[] } });
    assert.deepEqual(state.filters.hiddenRegions, ['cn-beijing'], 'filters survive a reload of the panel');
  });

  it('reports a dragged node’s new position to the host', async () => {
    const at = await page.clientPoint('vpc:vpc-data-lake');
    await page.page.mouse.move(at.x, at.y);
    await page.page.mouse.down();
    await page.page.mouse.move(at.x + 40, at.y + 60, { steps: 5 });
    await page.page.mouse.up();
    const message = (await page.waitForMessage('positionsChanged')) as Extract<PageMessage, { type: 'positionsChanged' }>;
    const position = await page.withCy((cy) => cy.getElementById('vpc:vpc-data-lake').position());
    assert.equal(message.reason, 'drag');
    assert.deepEqual(message.positions['vpc:vpc-data-lake'], position);
  });

  it('drops messages of unknown shape without breaking', async () => {
    const before = await page.withCy((cy) => cy.elements().length);
    await page.post({ type: 'init', graph: 'not a graph', positions: {} });
    await page.post({ type: 'delta', delta: { addedNodes: [{ id: 1 }] }, positions: {} });
    await page.post({ type: 'delta', delta: { addedNodes: [], addedEdges: [], removedNodes: [], removedEdges: [], changed: [{ id: 'vpc:vpc-hub-prod', group: 'nodes', set: { source: 'x' }, unset: [] }] }, positions: {} });
    await page.post({ type: 'runScript', code: 'window.pwned = 1' });
    await page.post({ type: 'select', id: 'vpc-app-prod' });
    await page.page.locator('#topology-details').waitFor({ state: 'visible' });
    assert.equal(await page.withCy((cy) => cy.elements().length), before);
    assert.equal(await page.page.evaluate(`typeof window.pwned`), 'undefined');
    assert.ok(!(await page.posted()).some((m) => m.type === 'error'));
  });

  it('keeps the viewport in the webview state', async () => {
    const fitted = await page.withCy((cy) => cy.zoom());
    await page.page.mouse.move(700, 450);
    await page.page.mouse.wheel(0, -400);
    // The state follows the viewport once the user stops zooming.
    await page.waitForExpression(
      `(() => { const s = window.__state; const cy = window.__vpcTopology.cy(); return s && s.viewport && s.viewport.zoom === cy.zoom() && cy.zoom() !== ${fitted}; })()`,
    );
    const state = await page.page.evaluate(() => (globalThis as unknown as StubWindow).__state as { viewport: { zoom: number; pan: { x: number; y: number } } });
    assert.deepEqual(state.viewport.pan, await page.withCy((cy) => cy.pan()));
  });
});
