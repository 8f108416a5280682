import assert from 'node:assert/strict';
import { isCloudError } from '../../../../src/cloud/errors';
import { clientOf, CN_NORTH, DEMO, useHuaweiEmulator } from './fixture';

describe('huawei cloud client: retries, faults and time limits', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo', seed: 3 });
  afterEach(() => {
    emulator().huawei.faults.setRates({ throttleRate: 0, errorRate: 0, latencyMs: 0 });
    emulator().huawei.faults.clearRules();
  });

  it('converges on reads while half the calls are throttled', async () => {
    const network = clientOf(emulator(), 'hw-network', { pageSize: 1, retry: { maxAttempts: 10, baseDelayMs: 2, maxDelayMs: 10 } });
    await network.projectId(CN_NORTH);
    emulator().huawei.stats.reset();
    emulator().huawei.faults.setRates({ throttleRate: 0.5 });
    const peerings = await network.listPeerings(CN_NORTH);
    assert.equal(peerings.length, 5);
    assert.ok((emulator().huawei.stats.errorsByCode['APIG.0308'] ?? 0) > 0, 'some calls were throttled');
  });

  it('repeats a throttled write, which the gateway refused before the service saw it', async () => {
    const network = clientOf(emulator(), 'hw-network');
    emulator().huawei.faults.addRule({ operation: 'updateVpcPeering', httpStatus: 429, code: 'APIG.0308', times: 2 });
    const renamed = await network.updatePeering(CN_NORTH, DEMO.hubApp, { description: 'renamed after throttling' });
    assert.equal(renamed.description, 'renamed after throttling');
  });

  it('after a 500 on create, looks for the peering before sending again, so it is created once', async () => {
    const network = clientOf(emulator(), 'hw-network');
    emulator().huawei.faults.addRule({ operation: 'createVpcPeering', httpStatus: 500, code: 'VPC.0500', times: 1 });
    const created = await network.createPeering(CN_NORTH, { name: 'legacy-app', localVpcId: DEMO.legacy, peerVpcId: DEMO.app });
    assert.equal(created.status, 'Activated');
    const listed = await network.listPeerings(CN_NORTH, { filter: { vpcId: DEMO.legacy, name: 'legacy-app' } });
    assert.equal(listed.length, 1);
  });

  it('after a lost answer to a create, finds the peering the service made instead of making a second', async () => {
    const network = clientOf(emulator(), 'hw-network');
    emulator().huawei.faults.addRule({ operation: 'createVpcPeering', httpStatus: 504, code: 'APIGW.0504', times: 1, afterApply: true });
    const before = emulator().huawei.stats.byAction.createVpcPeering ?? 0;
    const created = await network.createPeering(CN_NORTH, { name: 'hub-legacy', localVpcId: DEMO.hub, peerVpcId: DEMO.legacy });
    assert.equal(created.name, 'hub-legacy');
    assert.equal((emulator().huawei.stats.byAction.createVpcPeering ?? 0) - before, 1, 'sent once');
    assert.equal((await network.listPeerings(CN_NORTH, { filter: { name: 'hub-legacy' } })).length, 1);
  });

  it('after a lost answer to an accept or a delete, reads that it happened', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const partner = clientOf(emulator(), 'hw-partner');
    emulator().huawei.faults.addRule({ operation: 'acceptVpcPeering', httpStatus: 500, code: 'InternalError', times: 1, afterApply: true });
    const accepted = await partner.acceptPeering(CN_NORTH, DEMO.hubPartnerData);
    assert.equal(accepted.status, 'Activated');
    emulator().huawei.faults.addRule({ operation: 'deleteVpcPeering', httpStatus: 500, code: 'InternalError', times: 1, afterApply: true });
    await network.deletePeering(CN_NORTH, DEMO.hubPartnerData);
    assert.equal(emulator().huawei.world.peerings.has(DEMO.hubPartnerData), false);
    assert.equal(emulator().huawei.stats.byAction.deleteVpcPeering, 1);
  });

  it('does not repeat a write that may have been applied when it cannot tell', async () => {
    const network = clientOf(emulator(), 'hw-network');
    emulator().huawei.faults.addRule({ operation: 'listVpcPeerings', httpStatus: 500, code: 'VPC.0500' });
    emulator().huawei.faults.addRule({ operation: 'createVpcPeering', httpStatus: 500, code: 'VPC.0500', times: 1 });
    // The check after the 500 cannot read (listing fails too), so the create is not sent again.
    const before = emulator().huawei.stats.byAction.createVpcPeering ?? 0;
    await assert.rejects(network.createPeering(CN_NORTH, { name: 'x', localVpcId: DEMO.legacy, peerVpcId: DEMO.hub }), (error: unknown) => isCloudError(error) && error.httpStatus === 500);
    assert.equal((emulator().huawei.stats.byAction.createVpcPeering ?? 0) - before, 1);
  });

  it('keeps at most maxConcurrent requests in flight', async () => {
    const network = clientOf(emulator(), 'hw-network', { maxConcurrent: 2 });
    await network.projectId(CN_NORTH);
    emulator().huawei.faults.setRates({ latencyMs: 30 });
    emulator().huawei.stats.reset();
    await Promise.all(Array.from({ length: 8 }, () => network.showPeering(CN_NORTH, DEMO.edgeApp)));
    assert.equal(emulator().huawei.stats.byAction.showVpcPeering, 8);
    assert.equal(emulator().huawei.stats.peakInFlight, 2);
  });

  it('ends a request at its time limit as a timeout', async () => {
    const network = clientOf(emulator(), 'hw-network', { timeoutMs: 100, retry: { maxAttempts: 1 } });
    await network.projectId(CN_NORTH);
    emulator().huawei.faults.setRates({ latencyMs: 400 });
    await assert.rejects(network.listPeerings(CN_NORTH), (error: unknown) => isCloudError(error) && error.kind === 'timeout' && error.code === 'RequestTimeout');
  });
});
