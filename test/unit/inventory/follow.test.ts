import * as assert from 'node:assert/strict';
import type { AccountClient } from '../../../src/cloud/accountClient';
import { isCloudError } from '../../../src/cloud/errors';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import type { TopologyChange } from '../../../src/inventory/changes';
import { GONE } from '../../../src/inventory/follow';
import { valueOf } from '../../../src/inventory/loadState';
import { type AccountSource, TopologyStore } from '../../../src/inventory/store';
import { PEER_WRITE_SETTLED, ROUTE_WRITE_SETTLED } from '../../../src/model/transitions';
import { account, clientFor, freshVpc, peeredPair, token } from '../../emulator/cloud/fixture';

const HZ = 'cn-hangzhou';
const HUB = 'network-hub';
const APP = 'app-team';
/** The store's poll interval here, ms: follow starts its backoff from it. */
const POLL_MS = 20;
const MAX_POLL_MS = 80;

describe('inventory/follow: the store follows a write until it settles', function () {
  this.timeout(20_000);
  let emulator: RunningEmulator | undefined;
  let store: TopologyStore | undefined;
  let clients: AccountClient[] = [];

  afterEach(async () => {
    store?.dispose();
    store = undefined;
    for (const client of clients) client.close();
    clients = [];
    await emulator?.close();
    emulator = undefined;
  });

  /** A store over the emulator's hub and app-team accounts (`load` loads it); `wrap` wraps each client. */
  async function setUp(transitionMs: number, wrap: (client: AccountClient) => AccountClient = (c) => c) {
    const running = await startEmulator({ scenario: 'demo', transitionMs });
    emulator = running;
    const sources: AccountSource[] = [HUB, APP].map((name) => {
      const client = clientFor(running, account(running, name));
      clients.push(client);
      return { profile: client.profile, client: wrap(client) };
    });
    const loaded = new TopologyStore({ loadRoutesInBackground: false, pollIntervalMs: POLL_MS, maxPollIntervalMs: MAX_POLL_MS });
    store = loaded;
    const changes: TopologyChange[] = [];
    loaded.onDidChange((change) => changes.push(change));
    return { emulator: running, hub: sources[0], app: sources[1], store: loaded, changes, load: () => (loaded.setSources(sources), loaded.whenIdle()) };
  }

  /** Two fresh VPCs (the hub's and the accepter's), the store loaded, and a connection just requested between them. */
  async function requestConnection(world: Awaited<ReturnType<typeof setUp>>, accepter: string): Promise<string> {
    const mine = freshVpc(world.emulator, HUB, HZ);
    const theirs = freshVpc(world.emulator, accepter, HZ);
    await world.load();
    const acceptingAccountUid = account(world.emulator, accepter).uid;
    const created = await world.hub.client.operations.createPeerConnection(
      { regionId: HZ, vpcId: mine.id, acceptingAccountUid, acceptingRegionId: HZ, acceptingVpcId: theirs.id },
      { clientToken: token() },
    );
    return created.id;
  }

  const statusIn = (s: TopologyStore, profileId: string, id: string) => s.findPeerConnection(id).find((c) => c.profileId === profileId)?.connection.status;

  it('settles a new connection, reporting each status and pushing it into the store', async () => {
    const world = await setUp(150);
    const id = await requestConnection(world, HUB);
    const statuses: string[] = [];
    const seenInStore: (string | undefined)[] = [];
    const settled = await world.store.follow({ kind: 'peerConnection', id, profileId: world.hub.profile.id, regionId: HZ }, PEER_WRITE_SETTLED.create, {
      onStatus: (status) => {
        statuses.push(status);
        seenInStore.push(statusIn(world.store, world.hub.profile.id, id));
      },
    });
    assert.notEqual(settled, GONE);
    assert.equal(settled !== GONE && settled.status, 'Activated');
    assert.deepEqual(statuses, ['Creating', 'Activated']);
    assert.deepEqual(seenInStore, ['Creating', 'Activated'], 'the store held each status as it was reported');
    assert.ok(
      world.changes.some((c) => c.kind === 'resources' && c.regionId === HZ && c.peerConnectionIds.includes(id)),
      'a resources event named the connection',
    );
  });

  it('resolves GONE once a deleted connection is no longer there, and drops it from the store', async () => {
    const world = await setUp(100);
    const id = await requestConnection(world, HUB);
    const ref = { kind: 'peerConnection', id, profileId: world.hub.profile.id, regionId: HZ } as const;
    await world.store.follow(ref);
    assert.equal(statusIn(world.store, world.hub.profile.id, id), 'Activated');
    await world.hub.client.operations.deletePeerConnection(id, { force: false }, { clientToken: token() });
    const statuses: string[] = [];
    const result = await world.store.follow(ref, PEER_WRITE_SETTLED.delete, { onStatus: (s) => statuses.push(s) });
    assert.equal(result, GONE);
    assert.equal(statuses.at(-1), 'gone');
    assert.deepEqual(world.store.findPeerConnection(id), [], 'no copy of the connection is left');
  });

  it('brings the other profile’s copy of a cross-account connection along', async () => {
    const world = await setUp(100);
    const id = await requestConnection(world, APP);
    const settled = await world.store.follow({ kind: 'peerConnection', id, profileId: world.hub.profile.id, regionId: HZ }, PEER_WRITE_SETTLED.create);
    assert.equal(settled !== GONE && settled.status, 'Accepting');
    assert.equal(statusIn(world.store, world.hub.profile.id, id), 'Accepting');
    assert.equal(statusIn(world.store, world.app.profile.id, id), 'Accepting', 'the accepter’s profile lists it too, read through its own client');
  });

  it('backs off from the poll interval, and gives up with WaitTimeout when time runs out', async () => {
    const reads: { at: number; signal?: AbortSignal }[] = [];
    const world = await setUp(600_000, (client) => recordingPeerReads(client, reads));
    await world.load();
    const target = activatedConnectionOf(world.emulator, HUB);
    world.emulator.world.setPeerStatus(target, 'Updating');
    const started = Date.now();
    // The follow's reads are the ones made with its signal (the store's poller reads too).
    const signal = new AbortController().signal;
    await assert.rejects(
      world.store.follow({ kind: 'peerConnection', id: target, profileId: world.hub.profile.id, regionId: HZ }, undefined, { timeoutMs: 700, signal }),
      (error: unknown) => isCloudError(error) && error.code === 'WaitTimeout',
    );
    assert.ok(Date.now() - started >= 690, 'it waited the whole time');
    const followed = reads.filter((read) => read.signal === signal).map((read) => read.at);
    // The last wait is cut short by the time limit; every other one grows by 1.5 from the poll
    // interval up to its cap.
    const gaps = followed.slice(1, -1).map((at, i) => at - followed[i]);
    assert.ok(gaps.length >= 4, `read ${followed.length} times`);
    gaps.forEach((gap, i) => {
      const least = Math.min(POLL_MS * 1.5 ** i, MAX_POLL_MS) - 2;
      assert.ok(gap >= least, `wait ${i + 1} was ${gap} ms, at least ${least} expected (${gaps.join(', ')})`);
    });
    assert.ok(followed.length <= 700 / POLL_MS, `no faster than the poll interval: ${followed.length} reads`);
  });

  it('stops when cancelled, and the store keeps polling what still moves', async () => {
    const world = await setUp(600_000);
    await world.load();
    const target = activatedConnectionOf(world.emulator, HUB);
    world.emulator.world.setPeerStatus(target, 'Updating');
    const abort = new AbortController();
    const following = world.store.follow({ kind: 'peerConnection', id: target, profileId: world.hub.profile.id, regionId: HZ }, undefined, {
      signal: abort.signal,
      onStatus: () => abort.abort(),
    });
    await assert.rejects(following, (error: unknown) => isCloudError(error) && error.code === 'Aborted');
    assert.equal(statusIn(world.store, world.hub.profile.id, target), 'Updating');
    world.emulator.world.settle();
    const deadline = Date.now() + 5_000;
    while (statusIn(world.store, world.hub.profile.id, target) !== 'Activated' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.equal(statusIn(world.store, world.hub.profile.id, target), 'Activated', 'the poller saw it settle after following stopped');
  });

  it('follows a router interface and a new BGP group into the store', async () => {
    const world = await setUp(100);
    await world.load();
    const profileId = world.hub.profile.id;
    const region = () => valueOf(world.store.region(profileId, HZ))!;
    const active = region().routerInterfaces.find((ri) => ri.status === 'Active' && ri.routerType === 'VBR')!;
    await world.hub.client.operations.deactivateRouterInterface({ regionId: HZ, routerInterfaceId: active.id }, { clientToken: token() });
    const ri = await world.store.follow({ kind: 'routerInterface', id: active.id, profileId, regionId: HZ });
    assert.equal(ri !== GONE && ri.status, 'Inactive');
    assert.equal(region().routerInterfaces.find((r) => r.id === active.id)?.status, 'Inactive');

    const vbr = region().vbrs[0];
    const { id } = await world.hub.client.operations.createBgpGroup({ regionId: HZ, vbrId: vbr.id, peerAsn: 65020 }, { clientToken: token() });
    const statuses: string[] = [];
    const group = await world.store.follow({ kind: 'bgpGroup', id, profileId, regionId: HZ }, undefined, { onStatus: (s) => statuses.push(s) });
    assert.equal(group !== GONE && group.status, 'Available');
    assert.deepEqual(statuses, ['Pending', 'Available']);
    assert.equal(region().bgpGroups.find((g) => g.id === id)?.status, 'Available', 'the new group is in the store');
    assert.ok(world.changes.some((c) => c.kind === 'resources' && c.bgpGroupIds.includes(id)), 'a resources event named the group');
  });

  it('follows a new route entry to Available and a deleted one until gone, in its VPC’s details', async () => {
    const world = await setUp(100);
    const { a, b, pcc } = await peeredPair(world.emulator, world.hub.client, HUB, HZ);
    await world.load();
    const profileId = world.hub.profile.id;
    const place = { profileId, regionId: HZ, vpcId: a.id };
    const table = (await world.store.freshVpcDetails(place))!.routeTables[0];
    const entries = () => valueOf(world.store.vpcDetails(profileId, a.id))!.routeEntries;
    const { id } = await world.hub.client.operations.createRouteEntry(
      { regionId: HZ, routeTableId: table.id, destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc },
      { clientToken: token() },
    );
    const ref = { kind: 'routeEntry', id, profileId, regionId: HZ, within: [{ kind: 'vpc', id: a.id }, { kind: 'routeTable', id: table.id }] } as const;
    const statuses: string[] = [];
    const created = await world.store.follow(ref, ROUTE_WRITE_SETTLED.create, { onStatus: (s) => statuses.push(s) });
    assert.equal(created !== GONE && created.status, 'Available');
    assert.equal(statuses.at(-1), 'Available');
    assert.equal(entries().find((e) => e.id === id)?.status, 'Available', 'the new entry is in the store');
    assert.ok(world.changes.some((c) => c.kind === 'vpcDetails' && c.vpcId === a.id), 'a vpcDetails event named the VPC');

    await world.hub.client.operations.deleteRouteEntry({ regionId: HZ, routeTableId: table.id, routeEntryId: id }, { clientToken: token() });
    assert.equal(await world.store.follow(ref, ROUTE_WRITE_SETTLED.delete), GONE);
    assert.equal(entries().find((e) => e.id === id), undefined, 'the deleted entry left the store');
  });
});

/** The client with every connection read recorded in `reads`: when, and with which signal. */
function recordingPeerReads(client: AccountClient, reads: { at: number; signal?: AbortSignal }[]): AccountClient {
  const reader = client.reader;
  return {
    ...client,
    reader: new Proxy(reader, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property !== 'getPeerConnection') return value.bind(target);
        return (id: string, options?: { signal?: AbortSignal }) => {
          reads.push({ at: Date.now(), signal: options?.signal });
          return value.call(target, id, options);
        };
      },
    }),
  };
}

function activatedConnectionOf(emulator: RunningEmulator, name: string): string {
  const uid = account(emulator, name).uid;
  const found = emulator.world.inventory(uid, HZ).peerConnections.find((c) => c.status === 'Activated' && c.requester.accountUid === uid);
  if (!found) throw new Error(`no activated connection of ${name} in ${HZ}`);
  return found.id;
}
