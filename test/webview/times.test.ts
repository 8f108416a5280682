import assert from 'node:assert/strict';
import { GraphFeed } from '../../src/views/topology/graphFeed';
import { demoSnapshot } from '../unit/model/graph/fixtures/demoSnapshot';
import { TopologyBrowser, type TopologyPage } from './support/topologyBrowser';

/** Accepting: created 2025-01-10T08:00:00Z, its request expires 2025-01-17T08:00:00Z. */
const WAITING = 'peer:pcc-app-test';

describe('webview: times in the details pane', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;

  before(async () => {
    // UTC+8 without daylight saving: 08:00Z reads 16:00 whatever zone the machine is in.
    browser = await TopologyBrowser.launch({ timezoneId: 'Asia/Shanghai' });
  });

  after(async () => {
    await page?.close();
    await browser?.close();
  });

  it('shows when a connection was created and when its request expires in local time, with how far off it is', async () => {
    page = await browser.open('dark');
    const { graph, positions } = new GraphFeed({}).initial(demoSnapshot());
    await page.init({ type: 'init', graph, positions, theme: 'dark' });
    // Fixed once the page has drawn: the drawing paces itself by the clock.
    await page.page.clock.setFixedTime(new Date('2025-01-14T08:00:00Z'));
    await page.withCy((cy, id: string) => void cy.getElementById(id).emit('tap'), WAITING);
    const details = page.page.locator('#topology-details');
    await details.waitFor({ state: 'visible' });
    const text = await details.innerText();
    assert.match(text, /Created\s+2025-01-10 16:00 \(4 days ago\)/);
    assert.match(text, /Acceptance deadline\s+2025-01-17 16:00 \(expires in 3 days\)/);
    assert.match(text, /\(expires in 3 days\)\./, 'what happens next says when the request runs out');
    assert.doesNotMatch(text, /2025-01-1\dT/, 'no raw ISO time');
  });
});
