import assert from 'node:assert/strict';
import { TOKEN_PAGE_SIZE, VPC_PAGE_SIZE } from '../../../src/cloud/inventoryReader';
import { byId, clientFor, useEmulator, type Emulator } from './fixture';

/** The account and region holding the most VPCs, and the most peer connections. */
function busiest(emulator: Emulator) {
  const all = emulator.accounts.flatMap((who) => emulator.world.regions().map((regionId) => ({ who, regionId, truth: emulator.world.inventory(who.name, regionId) })));
  const byVpcs = [...all].sort((a, b) => b.truth.vpcs.length - a.truth.vpcs.length)[0];
  const byPeers = [...all].sort((a, b) => b.truth.peerConnections.length - a.truth.peerConnections.length)[0];
  return { byVpcs, byPeers };
}

describe('cloud (emulator): paging over a scenario bigger than a page', () => {
  const emulator = useEmulator({
    port: 0,
    generate: { regions: 2, vpcs: 300, peers: 700, accounts: 1 },
    seed: 7,
    transitionMs: 600_000,
    latencyMs: 5,
  });

  it('reads every VPC: the first page, then the rest concurrently from TotalCount', async () => {
    const { byVpcs } = busiest(emulator());
    const n = byVpcs.truth.vpcs.length;
    assert.ok(n > 2 * VPC_PAGE_SIZE, `need more than two pages, have ${n}`);
    const stats = emulator().stats;
    stats.reset();
    const vpcs = await clientFor(emulator(), byVpcs.who).reader.listVpcs(byVpcs.regionId);
    assert.deepEqual(byId(vpcs), byId(byVpcs.truth.vpcs));
    assert.equal(stats.byAction.DescribeVpcs, Math.ceil(n / VPC_PAGE_SIZE));
    assert.ok(stats.peakInFlight > 1, 'pages 2..n overlapped');
  });

  it('walks VPC pages one at a time through opaque tokens', async () => {
    const { byVpcs } = busiest(emulator());
    const reader = clientFor(emulator(), byVpcs.who).reader;
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await reader.listVpcsPage(byVpcs.regionId, token, {});
      assert.equal(page.totalCount, byVpcs.truth.vpcs.length);
      assert.ok(page.items.length <= VPC_PAGE_SIZE);
      seen.push(...page.items.map((v) => v.id));
      token = page.nextToken;
      pages++;
    } while (token);
    assert.equal(pages, Math.ceil(byVpcs.truth.vpcs.length / VPC_PAGE_SIZE));
    assert.deepEqual(seen.sort(), byVpcs.truth.vpcs.map((v) => v.id).sort());
  });

  it('follows NextToken through every page of peer connections', async () => {
    const { byPeers } = busiest(emulator());
    const n = byPeers.truth.peerConnections.length;
    assert.ok(n > TOKEN_PAGE_SIZE, `need more than one page, have ${n}`);
    const reader = clientFor(emulator(), byPeers.who).reader;
    const stats = emulator().stats;
    stats.reset();
    const peers = await reader.listPeerConnections(byPeers.regionId);
    assert.deepEqual(byId(peers), byId(byPeers.truth.peerConnections));
    assert.equal(stats.byAction.ListVpcPeerConnections, Math.ceil(n / TOKEN_PAGE_SIZE));
    const first = await reader.listPeerConnectionsPage(byPeers.regionId, undefined);
    assert.equal(first.items.length, TOKEN_PAGE_SIZE);
    assert.ok(first.nextToken);
  });

  it('sends the next page of a connection walk ahead of VPC pages waiting for the same slot', async () => {
    const { byPeers } = busiest(emulator());
    const events: string[] = [];
    const reader = clientFor(emulator(), byPeers.who, { maxConcurrent: 1, instrumented: (e) => events.push(e.action) }).reader;
    // The VPC listing takes the one slot first; its pages 2..n then queue while the walk goes on.
    const vpcs = reader.listVpcs(byPeers.regionId);
    const peers = reader.listPeerConnections(byPeers.regionId);
    await Promise.all([vpcs, peers]);
    const walk = events.flatMap((action, i) => (action === 'ListVpcPeerConnections' ? [i] : []));
    assert.ok(walk.length > 1 && events.filter((a) => a === 'DescribeVpcs').length > 2, `a walk of several pages and several VPC pages: ${events.join(' ')}`);
    // Between two pages of the walk at most one VPC page ran: the one that had the slot when the
    // walk's next page was asked for. First come, first served would run every queued VPC page first.
    for (let k = 1; k < walk.length; k++) assert.ok(walk[k] - walk[k - 1] <= 2, `order: ${events.join(' ')}`);
  });

  it('follows NextToken through a route table with more than a page of entries', async () => {
    const { byVpcs } = busiest(emulator());
    const vpc = byVpcs.truth.vpcs[0];
    const tableId = vpc.routeTableIds[0];
    for (let i = 0; i < TOKEN_PAGE_SIZE + 37; i++) {
      emulator().world.addRoute(tableId, { destination: `172.${16 + Math.floor(i / 256)}.${i % 256}.0/24`, nextHopType: 'Instance', nextHopId: `i-paging${i}` });
    }
    const stats = emulator().stats;
    stats.reset();
    const entries = await clientFor(emulator(), byVpcs.who).reader.listRouteEntries(byVpcs.regionId, tableId);
    const truth = emulator().world.routeEntries(tableId);
    assert.ok(truth.length > TOKEN_PAGE_SIZE);
    assert.deepEqual(byId(entries), byId(truth));
    assert.equal(stats.byAction.DescribeRouteEntryList, Math.ceil(truth.length / TOKEN_PAGE_SIZE));
  });
});
