import assert from 'node:assert/strict';
import type { TerraformLookup } from '../../src/model/graph';
import { GraphFeed } from '../../src/views/topology/graphFeed';
import type { HostMessage, ThemeKind } from '../../src/webview/protocol';
import { demoSnapshot } from '../unit/model/graph/fixtures/demoSnapshot';
import { TopologyBrowser, type TopologyPage } from './support/topologyBrowser';

const MANAGED = 'peer:pcc-hub-app';
const UNMANAGED = 'peer:pcc-hub-dr';
/** Managed, with routes partly missing: a link that keeps its warning label. */
const MANAGED_WARNED = 'peer:pcc-sg-hz';

describe('webview: links the workspace’s Terraform manages', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;

  before(async () => {
    browser = await TopologyBrowser.launch();
  });

  afterEach(async () => {
    await page?.close();
  });

  after(async () => {
    await browser?.close();
  });

  /**
   * The page opened as the panel opens it: nothing known to be managed, then the Terraform index
   * arrives and the host sends the change as a delta, through the same feed and protocol.
   */
  async function openManaged(theme: ThemeKind): Promise<void> {
    const owned = new Map<string, string>();
    const terraformOf: TerraformLookup = (id) => (owned.has(id) ? { address: owned.get(id) ?? '', place: 'main.tf:42' } : undefined);
    const feed = new GraphFeed({}, terraformOf);
    const snapshot = demoSnapshot();
    const { graph, positions } = feed.initial(snapshot);
    page = await browser.open(theme);
    await page.init({ type: 'init', graph, positions, theme });
    owned.set('pcc-hub-app', 'alicloud_vpc_peer_connection.hub');
    owned.set('pcc-sg-hz', 'alicloud_vpc_peer_connection.sg');
    const update = feed.update(snapshot);
    assert.ok(update, 'a change of ownership is a delta');
    const delta: HostMessage = { type: 'delta', delta: update.delta, positions: update.positions };
    await page.post(delta);
    await page.waitForCy((cy, id: string) => cy.getElementById(id).data('terraform') !== undefined, MANAGED);
  }

  const badge = (id: string) =>
    page.withCy((cy, elementId: string) => {
      const edge = cy.getElementById(elementId);
      return { label: String(edge.style('label') ?? ''), border: String(edge.style('text-border-color')), line: String(edge.style('line-color')) };
    }, id);

  it('tags a managed link "TF" and no other, in both themes', async () => {
    const borders: string[] = [];
    for (const theme of ['dark', 'light'] as const) {
      await openManaged(theme);
      const managed = await badge(MANAGED);
      // A healthy link shows no label; managed, it shows the tag alone.
      assert.equal(managed.label, 'TF', theme);
      assert.doesNotMatch((await badge(UNMANAGED)).label, /TF/, theme);
      assert.match((await badge(MANAGED_WARNED)).label, /^TF · Activated · 50 Mbps\n⚠ routes partial$/, theme);
      // The tag is outlined in the theme's text colour, so it reads on either background.
      assert.notEqual(managed.border, managed.line, theme);
      borders.push(managed.border);
      const tagged = await page.withCy((cy) => cy.edges().filter((e) => String(e.style('label')).startsWith('TF')).map((e) => e.id()));
      assert.deepEqual(tagged.sort(), [MANAGED, MANAGED_WARNED], theme);
      await page.close();
    }
    assert.notEqual(borders[0], borders[1], 'the outline follows the theme');
  });

  it('names the file, line and address in the details pane, as text', async () => {
    await openManaged('dark');
    const at = await page.clientPoint(MANAGED);
    await page.page.mouse.click(at.x, at.y);
    const details = page.page.locator('#topology-details');
    await details.waitFor({ state: 'visible' });
    assert.match(await details.innerText(), /Terraform\s+main\.tf:42 · alicloud_vpc_peer_connection\.hub/);
    const other = await page.clientPoint(UNMANAGED);
    await page.page.mouse.click(other.x, other.y);
    await page.waitForExpression(`document.getElementById('topology-details').innerText.includes('pcc-hub-dr')`);
    // The export action is offered on every connection; only a managed one has a Terraform row.
    assert.doesNotMatch(await details.innerText(), /Terraform\s+\S+\.tf:\d+/);
  });

  it('filters managed and unmanaged links, counted on the Filters button', async () => {
    await openManaged('dark');
    const drawn = (id: string) => page.withCy((cy, elementId: string) => cy.getElementById(elementId).nonempty(), id);
    const count = () => page.page.locator('button[aria-controls="topology-filters"] .active-filters');
    await page.page.locator('button[aria-controls="topology-filters"]').click();
    const managedBox = page.page.locator('#topology-filters input[data-filter="hiddenTerraform"][value="managed"]');
    const unmanagedBox = page.page.locator('#topology-filters input[data-filter="hiddenTerraform"][value="unmanaged"]');
    await managedBox.uncheck();
    await page.waitForCy((cy, id: string) => cy.getElementById(id).empty(), MANAGED);
    assert.ok(await drawn(UNMANAGED));
    assert.equal(await count().textContent(), '1');
    await managedBox.check();
    await unmanagedBox.uncheck();
    await page.waitForCy((cy, id: string) => cy.getElementById(id).empty(), UNMANAGED);
    assert.ok(await drawn(MANAGED));
    assert.equal(await count().textContent(), '1');
    await unmanagedBox.check();
    assert.equal(await count().isVisible(), false);
    assert.ok(await drawn(UNMANAGED));
  });
});
