// Deleting peer connections inside VS Code: the confirmation names the connection and both ends;
// routes that point at it (seen in the route tables, or reported by the service for an account
// without a profile) lead to "Remove Routes First" or "Delete with Force".
import * as assert from 'node:assert/strict';
import type { Vpc } from '../../../src/model/types';
import { valueOf } from '../../../src/inventory/loadState';
import { refused, run, startPeerFixture, type DemoAccount, type PeerFixture } from '../support/peerConnectionsFixture';

const HZ = 'cn-hangzhou';

describe('peer connections: delete', function () {
  this.timeout(60_000);
  let f: PeerFixture;

  before(async () => {
    f = await startPeerFixture();
  });
  after(async () => {
    await f?.close();
  });

  async function connect(name: string, cidrs: [string, string], accepter: DemoAccount = 'app-team'): Promise<{ id: string; a: Vpc; b: Vpc }> {
    const a = await f.addVpc('app-team', HZ, cidrs[0], `${name}-a`);
    const b = await f.addVpc(accepter, HZ, cidrs[1], `${name}-b`);
    const id = await run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('app-team'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid(accepter),
      acceptingRegionId: HZ,
      acceptingVpcId: b.id,
      name,
    });
    if (accepter !== 'app-team') await run('vpcPeering.acceptPeerConnection', { connectionId: id });
    return { id, a, b };
  }

  function routeVia(vpc: Vpc, destination: string, id: string): string {
    const table = f.emulator.world.vpc(vpc.id)!.routeTableIds[0];
    return f.emulator.world.addRoute(table, { destination, nextHopType: 'VpcPeer', nextHopId: id, name: 'via-peer' }).id;
  }

  function routesLeft(vpc: Vpc, id: string): number {
    const table = f.emulator.world.vpc(vpc.id)!.routeTableIds[0];
    return f.emulator.world.routeEntries(table).filter((e) => e.nextHops.some((h) => h.id === id)).length;
  }

  it('routes point at it: the dialog lists them and offers Remove Routes First and Force; Force deletes it with them', async () => {
    const { id, a, b } = await connect('delete-force', ['10.121.0.0/16', '10.122.0.0/16']);
    routeVia(a, '10.122.0.0/16', id);
    routeVia(b, '10.121.0.0/16', id);
    await f.api.store.loadVpcDetails(f.profile('app-team'), HZ, a.id);
    await f.api.store.loadVpcDetails(f.profile('app-team'), HZ, b.id);

    const prompter = f.script([{ confirm: 'Delete with Force' }]);
    assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id }), id);
    assert.equal(prompter.remaining, 0);
    assert.match(prompter.asked[0].title, /delete-force/);
    assert.equal(f.emulator.world.peerConnection(id), undefined);
    assert.equal(routesLeft(a, id) + routesLeft(b, id), 0, 'Force removed the routes too');
    assert.deepEqual(f.api.store.findPeerConnection(id), []);
    const details = valueOf(f.api.store.vpcDetails(f.profile('app-team'), a.id));
    assert.equal(details?.routeEntries.filter((e) => e.nextHops.some((h) => h.id === id)).length, 0, 'the tree no longer shows the routes');
  });

  it('Remove Routes First is one decision: the routes it listed go, then the connection, with no second dialog', async () => {
    const { id, a } = await connect('delete-remove-first', ['10.123.0.0/16', '10.124.0.0/16']);
    routeVia(a, '10.124.0.0/16', id);
    await f.api.store.loadVpcDetails(f.profile('app-team'), HZ, a.id);
    const routeDeletes = f.calls('DeleteRouteEntry');
    // Dismissing the one dialog deletes nothing.
    f.script([{ confirm: undefined }]);
    assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id }), undefined);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
    assert.equal(routesLeft(a, id), 1);

    const prompter = f.script([{ confirm: 'Remove Routes First' }]);
    assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id }), id);
    assert.equal(prompter.remaining, 0);
    assert.equal(prompter.asked.filter((q) => q.kind === 'confirm').length, 1, 'one dialog');
    assert.match(prompter.asked[0].title, /Delete the peer connection/);
    assert.equal(f.calls('DeleteRouteEntry') - routeDeletes, 1, 'the route was removed by vpcPeering.removeRoutes');
    assert.equal(routesLeft(a, id), 0);
    assert.equal(f.emulator.world.peerConnection(id), undefined);
  });

  it('routes in an account without an active profile: the service refuses, the dialog asks again, Force deletes', async () => {
    const { id, a, b } = await connect('delete-unseen', ['10.125.0.0/16', '10.126.0.0/16'], 'partner');
    routeVia(b, '10.125.0.0/16', id);
    await f.activate(['app-team', 'network-hub']);
    try {
      const prompter = f.script([{ confirm: 'Delete' }, { confirm: 'Delete with Force' }]);
      assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id }), id);
      assert.equal(prompter.remaining, 0);
      assert.match(prompter.asked[1].title, /Routes still point at/);
      assert.equal(f.emulator.world.peerConnection(id), undefined);
      assert.equal(routesLeft(b, id), 0);
      assert.equal(routesLeft(a, id), 0);
    } finally {
      await f.activate(['network-hub', 'app-team', 'partner']);
    }
  });

  it('an arguments object still asks unless it says confirm: false', async () => {
    const { id } = await connect('delete-confirm', ['10.127.0.0/16', '10.128.0.0/16']);
    f.script([{ confirm: undefined }]);
    assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id }), undefined);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated', 'dismissed: nothing deleted');

    const before = f.calls('DeleteVpcPeerConnection');
    f.script([]); // any prompt now fails the command
    assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id, confirm: false }), id);
    assert.equal(f.calls('DeleteVpcPeerConnection'), before + 1);
    assert.equal(f.emulator.world.peerConnection(id), undefined);
  });

  it('confirm: false with routes and no force fails with the mapped error and deletes nothing', async () => {
    const { id, a } = await connect('delete-blocked', ['10.129.0.0/16', '10.130.0.0/16']);
    routeVia(a, '10.130.0.0/16', id);
    f.script([]);
    await refused(run('vpcPeering.deletePeerConnection', { connectionId: id, confirm: false }), /RouteEntryExist/);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
    assert.equal(await run('vpcPeering.deletePeerConnection', { connectionId: id, confirm: false, force: true }), id);
    assert.equal(f.emulator.world.peerConnection(id), undefined);
    assert.equal(routesLeft(a, id), 0);
  });

  it('refuses a malformed id and a profile that is not active before sending anything', async () => {
    const before = f.calls('DeleteVpcPeerConnection');
    await refused(run('vpcPeering.deletePeerConnection', { connectionId: 'vpc-123', confirm: false }), /"connectionId" must start with "pcc-"/);
    await refused(run('vpcPeering.deletePeerConnection', { connectionId: 'pcc-abc', profileId: 'sandbox:1', confirm: false }), /no profile "sandbox:1"/i);
    assert.equal(f.calls('DeleteVpcPeerConnection'), before);
  });
});

describe('peer connections: faults', function () {
  this.timeout(60_000);
  let f: PeerFixture;

  before(async () => {
    f = await startPeerFixture();
  });
  after(async () => {
    await f?.close();
  });

  async function createWithFaults(name: string, cidrs: [string, string]): Promise<{ id: string; peers: string[] }> {
    const a = await f.addVpc('network-hub', HZ, cidrs[0], `${name}-a`);
    const b = await f.addVpc('network-hub', HZ, cidrs[1], `${name}-b`);
    const id = await run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('network-hub'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('network-hub'),
      acceptingRegionId: HZ,
      acceptingVpcId: b.id,
      name,
    });
    return { id, peers: f.peersBetween(a.id, b.id) };
  }

  it('throttled twice before it is applied: retried with the same ClientToken, exactly one connection', async () => {
    f.emulator.faults.addRule({ action: 'CreateVpcPeerConnection', code: 'Throttling.User', httpStatus: 400, times: 2 });
    const before = f.calls('CreateVpcPeerConnection');
    const { id, peers } = await createWithFaults('throttled-before', ['10.141.0.0/16', '10.142.0.0/16']);
    assert.equal(f.calls('CreateVpcPeerConnection') - before, 3);
    assert.deepEqual(peers, [id]);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
  });

  it('throttled after it was applied (a lost answer): the retry gets the same connection, exactly one', async () => {
    f.emulator.faults.addRule({ action: 'CreateVpcPeerConnection', code: 'Throttling.User', httpStatus: 400, times: 1, afterApply: true });
    const before = f.calls('CreateVpcPeerConnection');
    const { id, peers } = await createWithFaults('throttled-after', ['10.143.0.0/16', '10.144.0.0/16']);
    assert.equal(f.calls('CreateVpcPeerConnection') - before, 2);
    assert.deepEqual(peers, [id]);
  });

  it('both at once: exactly one connection', async () => {
    f.emulator.faults.addRule({ action: 'CreateVpcPeerConnection', code: 'Throttling.User', httpStatus: 400, times: 2 });
    f.emulator.faults.addRule({ action: 'CreateVpcPeerConnection', code: 'Throttling.User', httpStatus: 400, times: 1, afterApply: true });
    const { id, peers } = await createWithFaults('throttled-both', ['10.145.0.0/16', '10.146.0.0/16']);
    assert.deepEqual(peers, [id]);
    assert.deepEqual(f.emulator.faults.rules(), [], 'every injected fault was met');
  });
});
