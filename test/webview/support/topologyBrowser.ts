// Opens the built topology page (dist/webview/topology.js) in headless Chromium, served from a
// 127.0.0.1 server through the same HTML template and CSP the VS Code panel uses, with a stand-in
// for VS Code's `acquireVsCodeApi` that records what the page posts and keeps its state.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from 'cytoscape';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { topologyPageHtml } from '../../../src/views/topology/pageHtml';
import type { HostMessage, PageMessage, ThemeKind } from '../../../src/webview/protocol';

export const ROOT = path.resolve(__dirname, '../../../..');
export const BUNDLE = path.join(ROOT, 'dist', 'webview', 'topology.js');
export const WORKER_BUNDLE = path.join(ROOT, 'dist', 'webview', 'relayout-worker.js');
export const STYLESHEET = path.join(ROOT, 'media', 'topology.css');
export const ARTIFACTS = path.join(ROOT, '.test-artifacts');

/** The flags every headless run uses: nothing that phones home, a profile of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const candidate of candidates) {
    try {
      if (candidate && readFileSync(candidate).length > 0) return candidate;
    } catch {
      // not there; try the next one
    }
  }
  throw new Error('No Chromium found; set CHROMIUM_PATH (Debian: apt-get install chromium).');
}

/** What the page's window holds for the tests: the stand-in's records and the page's handle. */
export interface StubWindow {
  __posted: PageMessage[];
  __state: unknown;
  __violations: string[];
  acquireVsCodeApi?: () => unknown;
  postMessage(message: unknown, targetOrigin: string): void;
  document: { addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void };
}

const BODY_CLASSES: Record<ThemeKind, string> = {
  light: 'vscode-light',
  dark: 'vscode-dark',
  highContrast: 'vscode-high-contrast',
  highContrastLight: 'vscode-high-contrast-light',
};

export class TopologyBrowser {
  private constructor(
    private readonly context: BrowserContext,
    private readonly server: Server,
    private readonly profileDir: string,
    readonly origin: string,
  ) {}

  /**
   * `deviceScaleFactor` 2 gives crisp screenshots; 1 (default) is what timing runs use.
   * `timezoneId` fixes the page's local time zone, for tests of the times it shows.
   */
  static async launch(options: { deviceScaleFactor?: number; timezoneId?: string } = {}): Promise<TopologyBrowser> {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const theme = (url.searchParams.get('theme') ?? 'dark') as ThemeKind;
      if (url.pathname === '/') {
        const origin = `http://${request.headers.host}`;
        const html = topologyPageHtml({
          cspSource: origin,
          nonce: randomBytes(16).toString('base64'),
          scriptUri: `${origin}/topology.js`,
          styleUri: `${origin}/topology.css`,
          ...(url.searchParams.get('worker') === 'none' ? {} : { workerUri: `${origin}/relayout-worker.js` }),
          automation: true,
        }).replace('<body>', `<body class="${BODY_CLASSES[theme] ?? 'vscode-dark'}">`);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      } else if (url.pathname === '/topology.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(BUNDLE));
      } else if (url.pathname === '/relayout-worker.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(WORKER_BUNDLE));
      } else if (url.pathname === '/topology.css') {
        response.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(STYLESHEET));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'vpt-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    return new TopologyBrowser(context, server, profileDir, `http://127.0.0.1:${port}`);
  }

  /** A fresh page with the VS Code API stand-in; `theme` picks the body class VS Code would set. */
  /** `worker: false` serves the page without a re-layout worker, as a host that offers none would. */
  async open(
    theme: ThemeKind = 'dark',
    viewport = { width: 1400, height: 900 },
    beforeLoad?: (page: Page) => void,
    options: { worker?: boolean } = {},
  ): Promise<TopologyPage> {
    const page = await this.context.newPage();
    beforeLoad?.(page);
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = globalThis as unknown as StubWindow;
      w.__posted = [];
      w.__violations = [];
      w.document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      let acquired = false;
      w.acquireVsCodeApi = () => {
        if (acquired) throw new Error('acquireVsCodeApi may be called once');
        acquired = true;
        return {
          postMessage: (message: unknown) => w.__posted.push(JSON.parse(JSON.stringify(message)) as PageMessage),
          getState: () => w.__state,
          setState: (state: unknown) => {
            w.__state = state;
          },
        };
      };
    });
    await page.goto(`${this.origin}/?theme=${theme}${options.worker === false ? '&worker=none' : ''}`);
    return new TopologyPage(page);
  }

  async newRawPage(): Promise<Page> {
    return this.context.newPage();
  }

  async close(): Promise<void> {
    await this.context.close();
    await new Promise((resolve) => this.server.close(resolve));
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

export class TopologyPage {
  constructor(readonly page: Page) {}

  async posted(): Promise<PageMessage[]> {
    return this.page.evaluate(() => (globalThis as unknown as StubWindow).__posted);
  }

  async clearPosted(): Promise<void> {
    await this.page.evaluate(() => {
      (globalThis as unknown as StubWindow).__posted = [];
    });
  }

  /** Posts a host message the way VS Code delivers it (a window message event). */
  async post(message: HostMessage | Record<string, unknown>): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as StubWindow).postMessage(m, '*'), message as unknown as Record<string, unknown>);
  }

  /** Posts `init` and waits for the first painted frame. */
  async init(message: HostMessage & { type: 'init' }): Promise<void> {
    await this.page.evaluate(() => performance.clearMarks('topology:init-painted'));
    await this.post(message);
    await this.waitForMark('topology:init-painted');
  }

  async waitForMark(name: string): Promise<void> {
    await this.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 30000 });
  }

  async waitForMessage(type: PageMessage['type']): Promise<PageMessage> {
    const handle = await this.page.waitForFunction(
      (t) => (globalThis as unknown as StubWindow).__posted.find((m) => m.type === t),
      type,
    );
    return (await handle.jsonValue()) as PageMessage;
  }

  /**
   * Evaluates `fn` with the page's cytoscape instance. The function travels as source text and is
   * compiled by the DevTools protocol, like any `page.evaluate`, not by the page (whose CSP forbids
   * eval).
   */
  async withCy<R, A = undefined>(fn: (cy: Core, arg: A) => R, arg?: A): Promise<R> {
    const expression = `(() => {
      const cy = window.__vpcTopology.cy();
      if (!cy) throw new Error('the graph has not been drawn');
      return (${fn.toString()})(cy, ${JSON.stringify(arg ?? null)});
    })()`;
    return (await this.page.evaluate(expression)) as R;
  }

  /**
   * Waits until `fn` returns true for the page's cytoscape instance. Polled from here: Playwright's
   * in-page polling of a predicate given as text would need eval, which the page's CSP forbids.
   */
  async waitForCy<A = undefined>(fn: (cy: Core, arg: A) => boolean, arg?: A, timeoutMs = 10000): Promise<void> {
    await this.waitFor(() => this.withCy(fn, arg), timeoutMs, fn.toString());
  }

  /** Waits until `expression` (evaluated in the page through DevTools, not eval) is truthy. */
  async waitForExpression(expression: string, timeoutMs = 10000): Promise<void> {
    await this.waitFor(async () => Boolean(await this.page.evaluate(expression)), timeoutMs, expression);
  }

  private async waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /** Client coordinates of an element's centre. */
  async clientPoint(id: string): Promise<{ x: number; y: number }> {
    return this.withCy((cy, elementId: string) => {
      const element = cy.getElementById(elementId);
      const box = element.renderedBoundingBox({ includeLabels: false });
      const rect = (cy.container() as unknown as { getBoundingClientRect(): { left: number; top: number } }).getBoundingClientRect();
      if (element.isEdge()) {
        const mid = (element as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint();
        return { x: rect.left + mid.x, y: rect.top + mid.y };
      }
      return { x: rect.left + (box.x1 + box.x2) / 2, y: rect.top + (box.y1 + box.y2) / 2 };
    }, id);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
