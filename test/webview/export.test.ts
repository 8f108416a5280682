import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { buildStandaloneHtml } from '../../src/views/topology/standaloneHtml';
import type { PageMessage } from '../../src/webview/protocol';
import { HOSTILE_CONNECTION_NAME, HOSTILE_VPC_NAME } from '../unit/model/graph/fixtures/demoSnapshot';
import { demoGraph } from './support/demoGraph';
import { ARTIFACTS, BUNDLE, STYLESHEET, TopologyBrowser, type StubWindow, type TopologyPage } from './support/topologyBrowser';

type Reply = Extract<PageMessage, { type: 'reply' }>;

/** What the page's reply to an export request carries. */
interface Exported {
  requestId: string;
  data: string;
}

describe('webview: exports', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const demo = demoGraph({ hostileNames: true });

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark');
    await page.init(demo.init);
  });

  after(async () => {
    await browser?.close();
  });

  async function exportAs(format: 'png' | 'svg'): Promise<Exported> {
    await page.clearPosted();
    await page.post({ type: 'request', requestId: `r-${format}`, request: { method: 'export', format } });
    const reply = (await page.waitForMessage('reply')) as Reply;
    assert.equal(reply.error, undefined);
    assert.equal(typeof reply.result, 'string');
    return { requestId: reply.requestId, data: reply.result as string };
  }

  it('exports the whole graph as a PNG data URL', async () => {
    const exported = await exportAs('png');
    assert.equal(exported.requestId, 'r-png');
    assert.match(exported.data, /^data:image\/png;base64,/);
    const png = Buffer.from(exported.data.slice(exported.data.indexOf(',') + 1), 'base64');
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const extent = await page.withCy((cy) => cy.elements().boundingBox({}));
    // full: the whole graph at twice its size, whatever the viewport shows.
    assert.ok(Math.abs(width - 2 * extent.w) < 80 && Math.abs(height - 2 * extent.h) < 80, `${width}×${height} vs ${extent.w}×${extent.h}`);
  });

  it('exports an SVG of what is drawn, with every name as escaped text', async () => {
    const { data: svg } = await exportAs('svg');
    mkdirSync(path.join(ARTIFACTS, 'export'), { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'export', 'topology.svg'), svg);
    assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(svg.includes('&quot;&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;') || !svg.includes(HOSTILE_CONNECTION_NAME));
    assert.ok(!svg.includes('<img') && !svg.includes('<script'));
    // Parsed as SVG by the browser: one path per edge, and the hostile name is text, not elements.
    const parsed = (await page.page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        paths: doc.querySelectorAll('path').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        foreign: doc.querySelectorAll('img, script, foreignObject').length,
      };
    })()`)) as { error: string; paths: number; texts: string[]; foreign: number };
    assert.equal(parsed.error, '');
    assert.equal(parsed.paths, await page.withCy((cy) => cy.edges().length));
    assert.equal(parsed.foreign, 0);
    assert.ok(parsed.texts.some((t) => t.startsWith(HOSTILE_VPC_NAME)));
  });

  it('runs the export command from the toolbar, for each format', async () => {
    for (const [item, format] of [['PNG image', 'png'], ['SVG image', 'svg'], ['HTML file (self-contained)', 'html']] as const) {
      await page.clearPosted();
      await page.page.getByRole('button', { name: 'Export' }).click();
      await page.page.getByRole('menuitem', { name: item }).click();
      const action = (await page.waitForMessage('action')) as Extract<PageMessage, { type: 'action' }>;
      assert.deepEqual(action, { type: 'action', command: 'vpcPeering.exportTopology', args: { format } });
    }
  });

  describe('the self-contained HTML file', () => {
    let file: string;
    let exportedPage: Page;
    const dialogs: string[] = [];
    const requests: string[] = [];

    before(async () => {
      const html = buildStandaloneHtml({
        scriptText: readFileSync(BUNDLE, 'utf8'),
        styleText: readFileSync(STYLESHEET, 'utf8'),
        graph: demo.graph,
        positions: demo.positions,
        theme: 'light',
        title: 'Demo topology',
        automation: true,
      });
      mkdirSync(path.join(ARTIFACTS, 'export'), { recursive: true });
      file = path.join(ARTIFACTS, 'export', 'topology.html');
      writeFileSync(file, html);
      exportedPage = await browser.newRawPage();
      await exportedPage.addInitScript(() => {
        const w = globalThis as unknown as StubWindow;
        w.__violations = [];
        w.document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      exportedPage.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      exportedPage.on('request', (request) => requests.push(request.url()));
      await exportedPage.goto(pathToFileURL(file).href);
      await exportedPage.waitForFunction(() => performance.getEntriesByName('topology:init-painted').length > 0);
    });

    after(async () => {
      await exportedPage?.close();
    });

    const inExport = <R>(expression: string): Promise<R> => exportedPage.evaluate(expression) as Promise<R>;

    it('as the export command writes it (no test hook asked for), exposes no handle on the page', async () => {
      const plain = buildStandaloneHtml({
        scriptText: readFileSync(BUNDLE, 'utf8'),
        styleText: readFileSync(STYLESHEET, 'utf8'),
        graph: demo.graph,
        positions: demo.positions,
        theme: 'light',
      });
      const plainFile = path.join(ARTIFACTS, 'export', 'topology-plain.html');
      writeFileSync(plainFile, plain);
      const raw = await browser.newRawPage();
      try {
        await raw.goto(pathToFileURL(plainFile).href);
        await raw.waitForFunction(() => performance.getEntriesByName('topology:init-painted').length > 0);
        assert.equal(await raw.evaluate('typeof window.__vpcTopology'), 'undefined');
      } finally {
        await raw.close();
      }
    });

    it('opens from disk and draws the same graph', async () => {
      const counts = await inExport<{ nodes: number; edges: number }>(`(() => { const cy = window.__vpcTopology.cy(); return { nodes: cy.nodes().length, edges: cy.edges().length }; })()`);
      const live = await page.withCy((cy) => ({ nodes: cy.nodes().length, edges: cy.edges().length }));
      assert.deepEqual(counts, live);
      assert.deepEqual(counts, { nodes: demo.graph.nodes.length, edges: demo.graph.edges.length });
      assert.equal(await exportedPage.title(), 'Demo topology');
    });

    it('needs no network and breaks none of its own policy', async () => {
      assert.deepEqual(requests.filter((url) => !url.startsWith('file:')), []);
      assert.deepEqual(await inExport<string[]>('window.__violations'), []);
    });

    it('is read-only: no re-layout, only details in the menu', async () => {
      assert.equal(await exportedPage.getByRole('button', { name: 'Re-layout' }).count(), 0);
      assert.equal(await exportedPage.getByRole('menuitem', { name: 'HTML file (self-contained)' }).count(), 0);
      const at = await inExport<{ x: number; y: number }>(`(() => {
        const cy = window.__vpcTopology.cy();
        const mid = cy.getElementById('peer:pcc-app-test').renderedMidpoint();
        const rect = cy.container().getBoundingClientRect();
        return { x: rect.left + mid.x, y: rect.top + mid.y };
      })()`);
      await exportedPage.mouse.click(at.x, at.y, { button: 'right' });
      assert.deepEqual(await exportedPage.locator('#topology-action-menu [role="menuitem"]').allTextContents(), ['Show details']);
    });

    it('downloads its own PNG and SVG from the toolbar', async () => {
      for (const [item, name] of [['SVG image', 'topology.svg'], ['PNG image', 'topology.png']] as const) {
        await exportedPage.keyboard.press('Escape');
        await exportedPage.getByRole('button', { name: 'Export' }).click();
        const [download] = await Promise.all([exportedPage.waitForEvent('download'), exportedPage.getByRole('menuitem', { name: item }).click()]);
        assert.equal(download.suggestedFilename(), name);
      }
    });

    it('keeps hostile names as text and blocks injected scripts', async () => {
      const at = await inExport<{ x: number; y: number }>(`(() => {
        const cy = window.__vpcTopology.cy();
        const box = cy.getElementById('vpc:vpc-hub-prod').renderedBoundingBox({});
        const rect = cy.container().getBoundingClientRect();
        return { x: rect.left + (box.x1 + box.x2) / 2, y: rect.top + (box.y1 + box.y2) / 2 };
      })()`);
      await exportedPage.keyboard.press('Escape');
      await exportedPage.mouse.click(at.x, at.y);
      assert.ok((await exportedPage.locator('#topology-details').innerText()).includes(HOSTILE_VPC_NAME));
      const injected = await inExport<boolean>(`new Promise((resolve) => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = 1';
        document.body.append(script);
        setTimeout(() => resolve(window.injected === 1), 300);
      })`);
      assert.equal(injected, false);
      assert.equal(await inExport('typeof window.pwned'), 'undefined');
      assert.deepEqual(dialogs, []);
    });
  });
});
