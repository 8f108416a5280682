import assert from 'node:assert/strict';
import { LABEL_LINE_MAX } from '../../src/model/displayText';
import { buildGraph, layoutGraph } from '../../src/model/graph';
import { displayGraph } from '../../src/views/topology/displayGraph';
import type { PageMessage } from '../../src/webview/protocol';
import { HOSTILE_CONNECTION_NAME, HOSTILE_VPC_NAME, demoSnapshot } from '../unit/model/graph/fixtures/demoSnapshot';
import { demoGraph } from './support/demoGraph';
import { TopologyBrowser, type StubWindow, type TopologyPage } from './support/topologyBrowser';

describe('webview: hostile data and the content security policy', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const dialogs: string[] = [];
  const requests: string[] = [];
  let violationsWhileDrawing: string[] = [];

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark', undefined, (raw) => {
      raw.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      raw.on('request', (request) => requests.push(request.url()));
    });
    await page.init(demoGraph({ hostileNames: true }).init);
    violationsWhileDrawing = await page.page.evaluate(() => (globalThis as unknown as StubWindow).__violations.slice());
  });

  after(async () => {
    await browser?.close();
  });

  it('draws hostile names literally in labels', async () => {
    const labels = await page.withCy((cy) => ({
      vpc: cy.getElementById('vpc:vpc-hub-prod').data('label') as string,
      connection: cy.getElementById('peer:pcc-hub-app').data('name') as string,
    }));
    assert.equal(labels.vpc.split('\n')[0], HOSTILE_VPC_NAME);
    assert.equal(labels.connection, HOSTILE_CONNECTION_NAME);
  });

  it('shows hostile names literally in the details pane and the menu, and runs none of them', async () => {
    const vpc = await page.clientPoint('vpc:vpc-hub-prod');
    await page.page.mouse.click(vpc.x, vpc.y);
    const details = page.page.locator('#topology-details');
    await details.waitFor({ state: 'visible' });
    assert.ok((await details.innerText()).includes(HOSTILE_VPC_NAME));

    const edge = await page.clientPoint('peer:pcc-hub-app');
    await page.page.mouse.click(edge.x, edge.y);
    assert.ok((await details.innerText()).includes(HOSTILE_CONNECTION_NAME));
    await page.page.mouse.click(edge.x, edge.y, { button: 'right' });
    assert.equal(await page.page.locator('#topology-action-menu').getAttribute('aria-label'), `Actions for ${HOSTILE_CONNECTION_NAME} (pcc-hub-app)`);
    await page.page.keyboard.press('Escape');

    // Nothing became markup: no image element, no script ran, no dialog opened.
    assert.equal(await page.page.locator('img').count(), 0);
    assert.equal(await page.page.locator('script').count(), 1, 'no script element came from data');
    assert.equal(await page.page.locator('script[src$="/topology.js"]').count(), 1);
    assert.equal(await page.page.evaluate(`typeof window.pwned`), 'undefined');
    assert.deepEqual(dialogs, []);
  });

  it('blocks an injected inline script and reports the violation', async () => {
    const result = await page.page.evaluate(`new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve({ directive: event.effectiveDirective, ran: window.injected === 1 }), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.injected = 1';
      document.body.append(script);
      setTimeout(() => resolve({ directive: 'none', ran: window.injected === 1 }), 2000);
    })`);
    assert.deepEqual(result, { directive: 'script-src-elem', ran: false });
  });

  it('blocks eval and inline style attributes too', async () => {
    // Run the probe as the page's own code would (a task of the page), not inside DevTools' evaluation.
    const outcome = await page.page.evaluate(`new Promise((resolve) => setTimeout(() => {
      let evalBlocked = false;
      try { window.eval('1 + 1'); } catch (error) { evalBlocked = error instanceof EvalError; }
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      resolve({ evalBlocked, inlineStyleApplied: color === 'rgb(1, 2, 3)' });
    }, 0))`);
    assert.deepEqual(outcome, { evalBlocked: true, inlineStyleApplied: false });
  });

  it('draws without tripping its own policy and loads nothing but its own script and stylesheet', async () => {
    assert.deepEqual(violationsWhileDrawing, []);
    const foreign = requests.filter((url) => !url.startsWith(browser.origin));
    assert.deepEqual(foreign, []);
    assert.deepEqual(
      requests.map((url) => new URL(url).pathname).filter((p) => p !== '/favicon.ico').sort(),
      ['/', '/topology.css', '/topology.js'],
    );
  });
});

describe('webview: names that try to read backwards or run long', function () {
  // "invoice‮gnp.exe" would display as "invoiceexe.png" if the override reached the screen.
  const SPOOFED = 'invoice\u202Egnp.exe';
  const LONG = `a${'-long-name'.repeat(12)}x`.slice(0, 128);
  const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
  let browser: TopologyBrowser;
  let page: TopologyPage;

  before(async () => {
    const snapshot = demoSnapshot();
    const named = {
      ...snapshot,
      regions: snapshot.regions.map((region) => ({
        ...region,
        vpcs: region.vpcs.map((vpc) =>
          vpc.id === 'vpc-app-prod' ? { ...vpc, name: SPOOFED, description: `${SPOOFED} ${'d'.repeat(250)}` } : vpc.id === 'vpc-hub-shared' ? { ...vpc, name: LONG } : vpc,
        ),
      })),
    };
    // What the panel's host sends: the graph passed through displayGraph.
    const graph = displayGraph(buildGraph(named));
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark');
    await page.init({ type: 'init', graph, positions: layoutGraph(graph) });
  });

  after(async () => {
    await browser?.close();
  });

  it('draws no bidirectional control: the override shows as its code point', async () => {
    const labels = await page.withCy((cy) => cy.nodes().map((n) => String(n.data('label') ?? '')));
    assert.ok(labels.every((label) => !BIDI.test(label)), 'no control reaches a label');
    const spoofed = await page.withCy((cy) => String(cy.getElementById('vpc:vpc-app-prod').data('label')));
    assert.equal(spoofed.split('\n')[0], 'invoice[U+202E]gnp.exe');
  });

  it('cuts a long name with an ellipsis in the graph and shows it whole in the details pane', async () => {
    const label = await page.withCy((cy) => String(cy.getElementById('vpc:vpc-hub-shared').data('label')));
    const first = label.split('\n')[0];
    assert.equal(Array.from(first).length, LABEL_LINE_MAX);
    assert.ok(first.endsWith('…'));
    const at = await page.clientPoint('vpc:vpc-hub-shared');
    await page.page.mouse.click(at.x, at.y);
    const details = page.page.locator('#topology-details');
    await details.waitFor({ state: 'visible' });
    assert.ok((await details.innerText()).includes(LONG), 'the whole name');
  });

  it('shows the spoofed name and description whole, controls made visible, in the details pane', async () => {
    const at = await page.clientPoint('vpc:vpc-app-prod');
    await page.page.mouse.click(at.x, at.y);
    const text = await page.page.locator('#topology-details').innerText();
    assert.ok(text.includes('invoice[U+202E]gnp.exe'));
    assert.ok(text.includes('d'.repeat(250)), 'the whole description');
    assert.ok(!BIDI.test(text));
  });

  it('exports an SVG with no bidirectional control and the long name cut', async () => {
    await page.clearPosted();
    await page.post({ type: 'request', requestId: 'svg', request: { method: 'export', format: 'svg' } });
    const reply = (await page.waitForMessage('reply')) as Extract<PageMessage, { type: 'reply' }>;
    const svg = String(reply.result);
    assert.ok(svg.length > 1000);
    assert.ok(!BIDI.test(svg));
    assert.ok(svg.includes('invoice[U+202E]gnp.exe'));
    assert.ok(!svg.includes(LONG), 'the long name is cut in the picture');
  });
});
