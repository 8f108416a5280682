import assert from 'node:assert/strict';
import type { RequestEvent } from '../../../src/cloud/accountClient';
import { isCloudError } from '../../../src/cloud/errors';
import { waitFor } from '../../../src/cloud/waitFor';
import { account, clientFor, peeredPair, readInventory, sortedInventory, token, useEmulator } from './fixture';

const POLL = { initialDelayMs: 5, maxDelayMs: 20, timeoutMs: 10_000 };
const HZ = 'cn-hangzhou';
/** Enough attempts that a 51 % failure rate per attempt essentially never wins. */
const PATIENT = { maxAttempts: 25, baseDelayMs: 2, maxDelayMs: 20, maxTotalMs: 20_000 };

describe('cloud (emulator): convergence under throttling and 5xx', () => {
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 600_000, throttleRate: 0.3, errorRate: 0.3, seed: 11 });

  it('still reads an inventory equal to the truth', async () => {
    const events: RequestEvent[] = [];
    for (const who of emulator().accounts) {
      const reader = clientFor(emulator(), who, { retry: PATIENT, instrumented: (e) => events.push(e) }).reader;
      for (const regionId of emulator().world.regions()) {
        const read = sortedInventory(await readInventory(reader, who.uid, regionId));
        assert.deepEqual(read, sortedInventory(emulator().world.inventory(who.name, regionId)), `${who.name} ${regionId}`);
      }
    }
    const retried = events.filter((e) => e.outcome === 'retry');
    assert.ok(retried.some((e) => e.errorCode === 'Throttling.User'), 'throttling was met and retried');
    assert.ok(retried.some((e) => e.errorCode === 'ServiceUnavailable'), '5xx was met and retried');
    assert.equal(events.filter((e) => e.outcome === 'error').length, 0);
  });
});

describe('cloud (emulator): writes retried under targeted faults', () => {
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 20, seed: 5 });
  const hubName = 'network-hub';

  function twoVpcs(tag: number) {
    const world = emulator().world;
    const a = world.addVpc(hubName, HZ, { cidrBlock: `172.20.${tag}.0/24`, vSwitches: [{ cidrBlock: `172.20.${tag}.0/26` }] });
    const b = world.addVpc(hubName, HZ, { cidrBlock: `172.21.${tag}.0/24`, vSwitches: [{ cidrBlock: `172.21.${tag}.0/26` }] });
    return { a, b };
  }

  it('creates exactly one connection when the answer to an applied create is lost', async () => {
    const { a, b } = twoVpcs(1);
    const hub = clientFor(emulator(), account(emulator(), hubName));
    emulator().faults.addRule({ action: 'CreateVpcPeerConnection', code: 'ServiceUnavailable', httpStatus: 503, afterApply: true, times: 1 });
    emulator().faults.addRule({ action: 'CreateVpcPeerConnection', code: 'Throttling.User', httpStatus: 400, times: 1 });
    const before = emulator().stats.byAction.CreateVpcPeerConnection ?? 0;
    const created = await hub.operations.createPeerConnection(
      { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id },
      { clientToken: token() },
    );
    assert.ok(created.id);
    assert.ok((emulator().stats.byAction.CreateVpcPeerConnection ?? 0) - before >= 2, 'the create was sent more than once');
    const between = emulator().world.inventory(hubName, HZ).peerConnections.filter((p) => p.requester.vpcId === a.id && p.accepter.vpcId === b.id);
    assert.deepEqual(between.map((p) => p.id), [created.id]);
  });

  it('waits out a busy route table (TaskConflict) and reports every attempt', async () => {
    const events: RequestEvent[] = [];
    const hub = clientFor(emulator(), account(emulator(), hubName), { instrumented: (e) => events.push(e) });
    const { a, b, pcc } = await peeredPair(emulator(), hub, hubName, HZ);
    emulator().faults.addRule({ action: 'CreateRouteEntry', code: 'TaskConflict', httpStatus: 400, times: 2 });
    const route = await hub.operations.createRouteEntry(
      { regionId: HZ, routeTableId: a.routeTableIds[0], destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc },
      { clientToken: token() },
    );
    assert.ok(route.id);
    assert.deepEqual(
      events.filter((e) => e.action === 'CreateRouteEntry').map((e) => [e.attempt, e.outcome, e.errorCode]),
      [
        [1, 'retry', 'TaskConflict'],
        [2, 'retry', 'TaskConflict'],
        [3, 'ok', undefined],
      ],
    );
  });

  it('does not retry IncorrectStatus.VpcPeer on accept (only modify and delete wait it out)', async () => {
    const hub = clientFor(emulator(), account(emulator(), hubName));
    emulator().faults.addRule({ action: 'AcceptVpcPeerConnection', code: 'IncorrectStatus.VpcPeer', httpStatus: 400, times: 1 });
    await assert.rejects(
      hub.operations.acceptPeerConnection('pcc-any', { clientToken: token() }),
      (e: unknown) => isCloudError(e) && e.code === 'IncorrectStatus.VpcPeer' && e.attempts === 1 && /wait until it settles/.test(e.hint),
    );
    emulator().faults.clearRules();
  });

  it('counts a repeated route deletion that finds the route gone as done', async () => {
    const { a } = twoVpcs(3);
    const tableId = a.routeTableIds[0];
    const entry = emulator().world.addRoute(tableId, { destination: '192.168.60.0/24', nextHopType: 'Instance', nextHopId: 'i-gone' });
    const hub = clientFor(emulator(), account(emulator(), hubName));
    emulator().faults.addRule({ action: 'DeleteRouteEntry', code: 'ServiceUnavailable', httpStatus: 503, afterApply: true, times: 1 });
    await hub.operations.deleteRouteEntry({ regionId: HZ, routeTableId: tableId, routeEntryId: entry.id }, { clientToken: token() });
    await waitFor(async () => emulator().world.routeEntries(tableId), (es) => !es.some((e) => e.id === entry.id), POLL);
  });

  it('deletes a connection once even when the answer to the delete is lost', async () => {
    const { a, b } = twoVpcs(4);
    const hub = clientFor(emulator(), account(emulator(), hubName));
    const { id } = await hub.operations.createPeerConnection(
      { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id },
      { clientToken: token() },
    );
    const pcc = id ?? '';
    await waitFor((s) => hub.reader.getPeerConnection(pcc, { signal: s }), (p) => p?.status === 'Activated', POLL);
    emulator().faults.addRule({ action: 'DeleteVpcPeerConnection', code: 'ServiceUnavailable', httpStatus: 503, afterApply: true, times: 1 });
    await hub.operations.deletePeerConnection(pcc, { force: false }, { clientToken: token() });
    await waitFor((s) => hub.reader.getPeerConnection(pcc, { signal: s }), (p) => p === undefined, POLL);
  });
});
