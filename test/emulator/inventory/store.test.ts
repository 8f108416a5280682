import * as assert from 'node:assert/strict';
import type { AccountClient } from '../../../src/cloud/accountClient';
import { createAccountClient } from '../../../src/cloud/createAccountClient';
import type { ProfileSpec } from '../../../src/cloud/profiles';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import type { RegionInventory } from '../../../src/model/types';
import type { TopologyChange } from '../../../src/inventory/changes';
import { type AccountSource, TopologyStore } from '../../../src/inventory/store';

function sourcesFor(emulator: RunningEmulator, names?: string[]): AccountSource[] {
  return emulator.accounts
    .filter((account) => !names || names.includes(account.name))
    .map((account) => {
      const profile: ProfileSpec = {
        id: `test:${account.name}`,
        label: account.name,
        kind: 'sandbox',
        accessKeyId: account.accessKeyId,
        endpoint: { endpoint: emulator.endpoint, protocol: 'http' },
      };
      const client: AccountClient = createAccountClient(profile, { accessKeySecret: async () => account.accessKeySecret }, {
        maxConcurrent: 8,
        retry: { baseDelayMs: 5, maxDelayMs: 20 },
      });
      return { profile, client };
    });
}

/** What the store and the emulator must agree on, in a stable order. */
function essence(inventory: RegionInventory) {
  const ids = <T extends { id: string }>(items: T[]) => items.map((i) => i.id).sort();
  return {
    vpcs: inventory.vpcs
      .map((v) => ({ id: v.id, name: v.name, cidrBlock: v.cidrBlock, secondaryCidrs: [...v.secondaryCidrs].sort() }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    peerConnections: inventory.peerConnections
      .map((c) => ({ id: c.id, status: c.status, requester: c.requester.vpcId, accepter: c.accepter.vpcId, bandwidth: c.bandwidthMbps }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    routerInterfaces: ids(inventory.routerInterfaces),
    vbrs: ids(inventory.vbrs),
    bgpGroups: ids(inventory.bgpGroups),
    bgpPeers: inventory.bgpPeers.map((p) => ({ id: p.id, status: p.status, bgpStatus: p.bgpStatus })).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe('topology store against the emulator', function () {
  this.timeout(30000);
  let emulator: RunningEmulator;
  let store: TopologyStore | undefined;
  let sources: AccountSource[] = [];

  afterEach(async () => {
    store?.dispose();
    store = undefined;
    for (const { client } of sources) client.close();
    sources = [];
    await emulator?.close();
  });

  it('loads the full demo inventory of every account exactly as the emulator holds it', async () => {
    // Long transitions: nothing moves while the two sides are compared.
    emulator = await startEmulator({ scenario: 'demo', transitionMs: 600_000 });
    sources = sourcesFor(emulator);
    const loaded = new TopologyStore({ loadRoutesInBackground: false });
    store = loaded;
    loaded.setSources(sources);
    await loaded.whenIdle();
    let regionsCompared = 0;
    let connectionsSeen = 0;
    for (const account of emulator.accounts) {
      const identity = loaded.account(`test:${account.name}`)?.identity;
      assert.equal(identity?.status === 'loaded' ? identity.value.accountUid : identity?.status, account.uid);
      for (const regionId of emulator.world.regions()) {
        const region = loaded.region(`test:${account.name}`, regionId);
        assert.equal(region.status, 'loaded', `${account.name} ${regionId}`);
        if (region.status !== 'loaded') continue;
        assert.deepEqual(essence(region.value), essence(emulator.world.inventory(account.uid, regionId)), `${account.name} ${regionId}`);
        regionsCompared++;
        connectionsSeen += region.value.peerConnections.length;
      }
    }
    assert.ok(regionsCompared >= 12, `compared ${regionsCompared} account-regions`);
    assert.ok(connectionsSeen >= 8, 'the demo scenario has connections to compare');
    assert.equal(loaded.snapshot().accounts.length, emulator.accounts.length);
  });

  it('keeps a failing region to itself while every other region loads', async () => {
    emulator = await startEmulator({ scenario: 'demo', transitionMs: 600_000 });
    emulator.faults.addRule({ action: 'DescribeVpcs', regionId: 'cn-shanghai', code: 'Forbidden.RAM', httpStatus: 403 });
    sources = sourcesFor(emulator, ['network-hub']);
    store = new TopologyStore({ loadRoutesInBackground: false });
    store.setSources(sources);
    await store.whenIdle();
    const failed = store.region('test:network-hub', 'cn-shanghai');
    assert.equal(failed.status, 'failed');
    assert.equal((failed as { error: { code?: string } }).error.code, 'Forbidden.RAM');
    const others = emulator.world.regions().filter((r) => r !== 'cn-shanghai');
    for (const regionId of others) {
      assert.equal(store.region('test:network-hub', regionId).status, 'loaded', regionId);
    }
    // Once the fault is gone, refreshing that one region heals it.
    emulator.faults.clearRules();
    await store.refreshRegion('test:network-hub', 'cn-shanghai');
    assert.equal(store.region('test:network-hub', 'cn-shanghai').status, 'loaded');
  });

  it('follows a transitional connection by polling until the emulator settles it', async () => {
    emulator = await startEmulator({ scenario: 'demo', transitionMs: 150 });
    sources = sourcesFor(emulator);
    const hub = emulator.accounts.find((a) => a.name === 'network-hub')!;
    store = new TopologyStore({ loadRoutesInBackground: false, pollIntervalMs: 40, maxPollIntervalMs: 100 });
    const changes: TopologyChange[] = [];
    store.onDidChange((change) => changes.push(change));
    store.setSources(sources);
    await store.whenIdle();
    // Change the world behind the store's back: an Activated connection starts updating.
    const region = emulator.world.regions().find((r) =>
      emulator.world.inventory(hub.uid, r).peerConnections.some((c) => c.status === 'Activated' && c.requester.accountUid === hub.uid),
    )!;
    const target = emulator.world.inventory(hub.uid, region).peerConnections.find((c) => c.status === 'Activated' && c.requester.accountUid === hub.uid)!;
    emulator.world.setPeerStatus(target.id, 'Updating');
    await store.refreshPeerConnection(target.id);
    const seen = () => store!.findPeerConnection(target.id).find((p) => p.profileId === 'test:network-hub')?.connection.status;
    assert.equal(seen(), 'Updating');
    const deadline = Date.now() + 5000;
    while (seen() !== 'Activated' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(seen(), 'Activated', 'the poller saw the connection settle');
    assert.ok(
      changes.some((c) => c.kind === 'resources' && c.peerConnectionIds.includes(target.id)),
      'a resources event named the connection',
    );
  });

  it('gives route details from the store while they are recent, reads them when older or told to, and keeps a failed re-read on its VPC', async () => {
    emulator = await startEmulator({ scenario: 'demo', transitionMs: 600_000 });
    sources = sourcesFor(emulator, ['network-hub']);
    store = new TopologyStore({ loadRoutesInBackground: false });
    store.setSources(sources);
    await store.whenIdle();
    const hub = emulator.accounts.find((a) => a.name === 'network-hub')!;
    const vpc = emulator.world.inventory(hub.uid, 'cn-hangzhou').vpcs[0];
    const place = { profileId: 'test:network-hub', regionId: 'cn-hangzhou', vpcId: vpc.id };
    const tableReads = () => emulator.stats.byAction.DescribeRouteTableList ?? 0;
    emulator.stats.reset();
    const first = await store.freshVpcDetails(place);
    assert.equal(tableReads(), 1, 'nothing held yet: read');
    assert.equal(await store.freshVpcDetails(place), first, 'recent: the same details, not read again');
    assert.equal(tableReads(), 1);
    await store.freshVpcDetails(place, { maxAgeMs: 0 });
    assert.equal(tableReads(), 2, 'maxAgeMs 0: read now');
    await new Promise((r) => setTimeout(r, 30));
    await store.freshVpcDetails(place, { maxAgeMs: 20 });
    assert.equal(tableReads(), 3, 'older than maxAgeMs: read again');

    emulator.faults.addRule({ action: 'DescribeRouteTableList', code: 'Throttling.User', httpStatus: 400 });
    await store.rereadVpcDetails([place, place]);
    const state = store.vpcDetails(place.profileId, place.vpcId);
    assert.equal(state.status, 'failed', 'the failure stays on the VPC (the tree offers a retry)');
    assert.ok(state.status === 'failed' && state.previous !== undefined, 'and what it showed before is kept');
  });

  it('drops every trace of the old profiles when the active set changes mid-load', async () => {
    emulator = await startEmulator({ scenario: 'demo', transitionMs: 600_000, latencyMs: 40 });
    sources = sourcesFor(emulator);
    const [first, second] = sources;
    store = new TopologyStore({ loadRoutesInBackground: false });
    const changes: TopologyChange[] = [];
    store.setSources([first]);
    await new Promise((r) => setTimeout(r, 60));
    store.onDidChange((change) => changes.push(change));
    store.setSources([second]);
    await store.whenIdle();
    await new Promise((r) => setTimeout(r, 120));
    const snapshot = store.snapshot();
    assert.deepEqual(snapshot.accounts.map((a) => a.profileId), [second.profile.id]);
    assert.ok(snapshot.regions.every((r) => r.accountUid !== emulator.accounts[0].uid), 'no region of the old account');
    assert.equal(store.account(first.profile.id), undefined);
    const stale = changes.filter((c) => 'profileId' in c && c.profileId === first.profile.id);
    assert.deepEqual(stale, [], 'no event about the old profile after the switch');
  });
});
