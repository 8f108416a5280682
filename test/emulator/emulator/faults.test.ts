import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import { DescribeVpcsRequest } from '@alicloud/vpc20160428';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { accountOf, expectApiError, genericClient, peerCall, stsCall, useEmulator, vpcClient } from './fixture';

/** The outcome of each of `count` identity calls: `ok` or the error code. */
async function outcomes(emulator: RunningEmulator, count: number): Promise<string[]> {
  const client = genericClient(emulator, emulator.accounts[0]);
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    seen.push(await stsCall(client, 'GetCallerIdentity').then(() => 'ok', (e: { code: string }) => e.code));
  }
  return seen;
}

describe('emulator: fault injection', () => {
  const emulator = useEmulator({ scenario: 'empty', transitionMs: 0 });
  afterEach(() => {
    emulator().faults.clearRules();
    emulator().faults.setRates({ latencyMs: 0, throttleRate: 0, errorRate: 0 });
  });

  it('throttles with Throttling.User, which the SDK raises as ThrottlingError', async () => {
    emulator().faults.setRates({ throttleRate: 1 });
    const error = await expectApiError(vpcClient(emulator(), emulator().accounts[0]).describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' })), 'Throttling.User', 400);
    assert.equal(error.name, 'ThrottlingError');
    assert.match(error.message, /Request was denied due to user flow control/);
  });

  it('fails with ServiceUnavailable (HTTP 503), which the SDK raises as ServerError', async () => {
    emulator().faults.setRates({ errorRate: 1 });
    const error = await expectApiError(stsCall(genericClient(emulator(), emulator().accounts[0]), 'GetCallerIdentity'), 'ServiceUnavailable', 503);
    assert.equal(error.name, 'ServerError');
  });

  it('fails a write before applying it, so nothing changes and a retry succeeds', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const a = emulator().world.addVpc('network-hub', 'cn-hangzhou', { cidrBlock: '10.1.0.0/16' });
    const b = emulator().world.addVpc('network-hub', 'cn-hangzhou', { cidrBlock: '10.2.0.0/16' });
    emulator().faults.addRule({ action: 'CreateVpcPeerConnection', code: 'TaskConflict', httpStatus: 400, times: 1 });
    emulator().faults.addRule({ action: 'CreateVpcPeerConnection', regionId: 'cn-shanghai', code: 'Throttling.Api', httpStatus: 400 });
    emulator().faults.addRule({ accountUid: accountOf(emulator(), 'partner').uid, code: 'Forbidden.RAM', httpStatus: 403 });
    const create = () =>
      peerCall(genericClient(emulator(), hub), 'CreateVpcPeerConnection', { RegionId: 'cn-hangzhou', VpcId: a.id, AcceptingAliUid: hub.uid, AcceptingRegionId: 'cn-hangzhou', AcceptingVpcId: b.id, ClientToken: 'c-1' });
    await expectApiError(create(), 'TaskConflict');
    assert.equal(emulator().world.inventory('network-hub', 'cn-hangzhou').peerConnections.length, 0);
    const { InstanceId } = await create();
    assert.ok(InstanceId);
    assert.equal(emulator().faults.rules().length, 2, 'a rule with times: 1 is gone after one use');
    await expectApiError(stsCall(genericClient(emulator(), accountOf(emulator(), 'partner')), 'GetCallerIdentity'), 'Forbidden.RAM', 403);
  });

  it('can fail a write after applying it (a lost answer); the same ClientToken then returns the same connection', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const a = emulator().world.addVpc('network-hub', 'cn-beijing', { cidrBlock: '10.3.0.0/16' });
    const b = emulator().world.addVpc('network-hub', 'cn-beijing', { cidrBlock: '10.4.0.0/16' });
    emulator().faults.addRule({ action: 'CreateVpcPeerConnection', code: 'ServiceUnavailable', httpStatus: 503, afterApply: true, times: 1 });
    const create = () =>
      peerCall(genericClient(emulator(), hub), 'CreateVpcPeerConnection', { RegionId: 'cn-beijing', VpcId: a.id, AcceptingAliUid: hub.uid, AcceptingRegionId: 'cn-beijing', AcceptingVpcId: b.id, ClientToken: 'lost-1' });
    await expectApiError(create(), 'ServiceUnavailable', 503);
    const created = emulator().world.inventory('network-hub', 'cn-beijing').peerConnections;
    assert.equal(created.length, 1, 'the call was applied although its answer was an error');
    const { InstanceId } = await create();
    assert.equal(InstanceId, created[0].id);
    assert.equal(emulator().world.inventory('network-hub', 'cn-beijing').peerConnections.length, 1);
  });

  it('adds the configured latency to every answer and counts calls by action', async () => {
    const client = genericClient(emulator(), emulator().accounts[0]);
    emulator().stats.reset();
    emulator().faults.setRates({ latencyMs: 80 });
    const started = Date.now();
    await stsCall(client, 'GetCallerIdentity');
    assert.ok(Date.now() - started >= 80, `answered after ${Date.now() - started} ms`);
    emulator().faults.setRates({ latencyMs: 0, throttleRate: 1 });
    await expectApiError(stsCall(client, 'GetCallerIdentity'), 'Throttling.User');
    assert.equal(emulator().stats.total, 2);
    assert.deepEqual(emulator().stats.byAction, { GetCallerIdentity: 2 });
    assert.deepEqual(emulator().stats.errorsByCode, { 'Throttling.User': 1 });
    emulator().stats.reset();
    assert.equal(emulator().stats.total, 0);
    assert.throws(() => emulator().faults.setRates({ errorRate: 2 }), RangeError);
  });
});

describe('emulator: latency', () => {
  it('runs a call when it arrives and holds its answer for the latency, as a remote service does', async () => {
    const emulator = await startEmulator({ scenario: 'demo', transitionMs: 0, latencyMs: 1_200 });
    try {
      const owner = emulator.accounts[0];
      const peer = emulator.world.inventory(owner.uid, 'cn-hangzhou').peerConnections.find((p) => p.status === 'Activated' && p.requester.accountUid === owner.uid)!;
      assert.ok(peer, 'the demo has an activated connection requested in cn-hangzhou');
      const started = Date.now();
      const answered = peerCall(genericClient(emulator, owner), 'ModifyVpcPeerConnection', { InstanceId: peer.id, Name: 'renamed-on-arrival' });
      // Well within the latency the change is made; the caller still waits for its answer.
      while (emulator.world.peerConnection(peer.id)?.name !== 'renamed-on-arrival') {
        assert.ok(Date.now() - started < 600, 'the call ran on arrival, not after its latency');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      let done = false;
      void answered.then(() => (done = true));
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(done, false, 'the answer waits out the latency');
      await answered;
      assert.ok(Date.now() - started >= 1_200, `answered after ${Date.now() - started} ms`);
    } finally {
      await emulator.close();
    }
  });
});

describe('emulator: seeded faults are reproducible', () => {
  it('gives the same sequence of faults for the same seed and another for another seed', async () => {
    const run = async (seed: number): Promise<string[]> => {
      const emulator = await startEmulator({ scenario: 'empty', seed, throttleRate: 0.3, errorRate: 0.2 });
      try {
        return await outcomes(emulator, 40);
      } finally {
        await emulator.close();
      }
    };
    const first = await run(42);
    assert.deepEqual(await run(42), first);
    assert.notDeepEqual(await run(43), first);
    assert.ok(first.includes('ok') && first.includes('Throttling.User') && first.includes('ServiceUnavailable'), first.join(' '));
  });
});

describe('emulator: closing', () => {
  it('closes at once while a call waits out its latency, and leaves no timer or socket behind', async () => {
    // Measured once the test is running, so the test runner's own timeout timer counts on both sides.
    await new Promise((resolve) => setImmediate(resolve));
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r.startsWith('TCP')).length;
    const emulator = await startEmulator({ scenario: 'demo', latencyMs: 5000, transitionMs: 60_000, stateFile: `${os.tmpdir()}/emulator-close-${process.pid}.json` });
    // A bare request (the SDK would add timers of its own): it waits out the latency before anything else.
    const pending = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: emulator.port, method: 'POST', path: '/' }, (res) => {
        res.resume();
        res.on('end', () => resolve('answered'));
      });
      req.on('error', () => resolve('dropped'));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await emulator.close();
    // The request waits out 5 s of latency: well under it means close dropped it instead of waiting.
    assert.ok(Date.now() - started < 3_000, `close took ${Date.now() - started} ms`);
    assert.equal(await pending, 'dropped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r.startsWith('TCP')).length;
    assert.ok(after <= before, `active timers and sockets: ${before} before, ${after} after: ${process.getActiveResourcesInfo().join(", ")}`);
    rmSync(`${os.tmpdir()}/emulator-close-${process.pid}.json`, { force: true });
  });
});
