import assert from 'node:assert/strict';
import { buildGraph, layoutGraph, regionElementCounts, type PeerEdge, type TopologyGraph } from '../../src/model/graph';
import { assertReadable, drawnLabels } from './support/drawnLabels';
import { generatedSnapshot } from './support/generatedSnapshot';
import { recordRestyles } from './support/restyles';
import { TopologyBrowser, type TopologyPage } from './support/topologyBrowser';

// A region over the detail budget by itself (at 10,000 VPCs the busiest is 2.6 times the budget):
// the page opens on it with the account under the centre drawn in full and the others as one box
// each, the links of single VPCs to those boxes and to other regions merged per account.
describe('webview: account summaries in a region too big to draw in full', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const graph = buildGraph(generatedSnapshot({ regions: 4, accounts: 3, vpcs: 600, connections: 1500, seed: 5 }));
  const positions = layoutGraph(graph);
  const counts = regionElementCounts(graph);
  const [busiest, busiestCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const budget = Math.ceil(busiestCount / 2);
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const accounts = graph.nodes.filter((n) => n.kind === 'account' && n.parent === busiest).map((n) => n.id);

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark');
    await page.init({ type: 'init', graph, positions, options: { detailBudget: budget } });
  });

  after(async () => {
    await browser?.close();
  });

  /** What is drawn: which accounts in full, which as summaries, and what the merged edges join. */
  function drawn() {
    return page.withCy((cy) => ({
      elements: cy.elements().length,
      accounts: cy.nodes('[kind = "account"]').map((n) => n.id()),
      summaries: cy.nodes('[kind = "accountSummary"]').map((n) => n.data('account') as string),
      vpcs: cy.nodes('[kind = "vpc"]').map((n) => n.id()),
      aggregateEnds: cy.edges('[kind = "aggregate"]').map((e) => [e.data('source') as string, e.data('target') as string]),
      dangling: cy.edges().filter((e) => e.source().empty() || e.target().empty()).length,
    }));
  }

  it('opens with one account of the busiest region in full, the others as summaries, every label readable', async () => {
    assert.equal(accounts.length, 3);
    const view = await drawn();
    assert.equal(view.accounts.length, 1, 'one account drawn in full');
    assert.deepEqual([...view.accounts, ...view.summaries].sort(), [...accounts].sort());
    const inFull = view.accounts[0];
    const vpcsOf = (account: string) => graph.nodes.filter((n) => n.kind === 'vpc' && n.parent === account).map((n) => n.id);
    assert.deepEqual([...view.vpcs].sort(), vpcsOf(inFull).sort(), 'the VPCs of that account and no others');
    assert.equal(view.dangling, 0);
    // Merged edges never end at a single VPC of the region: its links merge per account.
    const vpcEnds = view.aggregateEnds.flat().filter((end) => nodeById.get(end)?.kind === 'vpc');
    assert.deepEqual(vpcEnds, []);
    assert.ok(view.elements < busiestCount, `${view.elements} drawn, against ${busiestCount} for the region in full`);
    assertReadable(await drawnLabels(page));
    const summaryLabels = (await drawnLabels(page)).filter((l) => l.kind === 'accountSummary');
    assert.equal(summaryLabels.length, 2, 'each summary shows its text');
  });

  it('restyles only the changed edge on a status change inside the account drawn in full', async () => {
    const [inFull] = (await drawn()).accounts;
    const edge = graph.edges.find(
      (e): e is PeerEdge => e.kind === 'peer' && e.status === 'Activated' && nodeById.get(e.source)?.parent === inFull && nodeById.get(e.target)?.parent === inFull,
    );
    assert.ok(edge);
    const restyledBy = await recordRestyles(page);
    const updating: TopologyGraph = { nodes: graph.nodes, edges: graph.edges.map((e) => (e.id === edge.id ? { ...edge, status: 'Updating', label: 'Updating' } : e)) };
    assert.deepEqual(await restyledBy(graph, updating), [edge.id]);
    assert.deepEqual(await restyledBy(updating, graph), [edge.id]);
  });

  it('exports an SVG with the same elements as the live graph, summaries included', async () => {
    await page.clearPosted();
    await page.post({ type: 'request', requestId: 'r-svg', request: { method: 'export', format: 'svg' } });
    const reply = (await page.waitForMessage('reply')) as { result?: unknown };
    const svg = String(reply.result);
    const ids = (await page.page.evaluate(
      (text) => Array.from(new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('[data-id]'), (e) => e.getAttribute('data-id') ?? ''),
      svg,
    )) as string[];
    const live = await page.withCy((cy) => cy.elements().map((e) => e.id()));
    assert.deepEqual([...new Set(ids)].sort(), [...live].sort());
    const summaries = await page.withCy((cy) => cy.nodes('[kind = "accountSummary"]').map((n) => n.id()));
    for (const id of summaries) assert.ok(ids.includes(id), `${id} in the SVG`);
  });

  it('draws an account in full once zoomed into it, and its neighbour as a summary', async () => {
    const { accounts: before, summaries } = await drawn();
    const target = summaries[0];
    const vpc = graph.nodes.find((n) => n.kind === 'vpc' && n.parent === target);
    assert.ok(vpc);
    await page.post({ type: 'reveal', id: vpc.id });
    await page.waitForCy((cy, id) => cy.getElementById(id).length === 1, vpc.id);
    const after = await drawn();
    assert.ok(after.accounts.includes(target));
    assert.ok(after.summaries.includes(before[0]) || after.accounts.includes(before[0]));
    assert.equal(after.dangling, 0);
    assertReadable(await drawnLabels(page));
  });
});
