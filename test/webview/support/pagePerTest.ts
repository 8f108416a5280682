// Mocha hooks for a suite that wants one browser and a fresh page per test, in a panel of a given
// size, optionally already showing a graph.

import type { HostMessage } from '../../../src/webview/protocol';
import { TopologyBrowser, type TopologyPage } from './topologyBrowser';

export interface PagePerTest {
  readonly browser: TopologyBrowser;
  readonly page: TopologyPage;
}

export function pagePerTest(viewport: { width: number; height: number }, init?: HostMessage & { type: 'init' }): PagePerTest {
  let browser: TopologyBrowser | undefined;
  let page: TopologyPage | undefined;
  before(async () => {
    browser = await TopologyBrowser.launch();
  });
  beforeEach(async () => {
    page = await (browser as TopologyBrowser).open('dark', viewport);
    if (init) await page.init(init);
  });
  afterEach(async () => {
    await page?.close();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not running');
      return browser;
    },
    get page() {
      if (!page) throw new Error('no page is open');
      return page;
    },
  };
}
