import assert from 'node:assert/strict';
import { CN_NORTH, req, sdkFailure, tenant, useHuaweiEmulator, vpcClient, type Wire } from './fixture';

describe('huawei emulator: faults', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo' });

  it('answers a targeted throttling rule with the gateway\'s 429 APIG.0308, then serves again', async () => {
    const client = vpcClient(emulator(), tenant(emulator(), 'hw-network'), CN_NORTH).client;
    await client.listVpcs(req({}));
    emulator().huawei.faults.addRule({ operation: 'listVpcPeerings', httpStatus: 429, code: 'APIG.0308', times: 1 });
    const failure = await sdkFailure(client.listVpcPeerings(req({})));
    assert.deepEqual([failure.exception, failure.status, failure.code], ['ClientRequestException', 429, 'APIG.0308']);
    const served = (await client.listVpcPeerings(req({}))) as Wire;
    assert.ok(served.peerings.length > 0);
  });

  it('throttles a seeded fraction of calls and fails another with 500', async () => {
    const client = vpcClient(emulator(), tenant(emulator(), 'hw-network'), CN_NORTH).client;
    emulator().huawei.faults.setRates({ throttleRate: 1 });
    const throttled = await sdkFailure(client.listVpcs(req({})));
    assert.match(throttled.message, /throttling threshold/);
    emulator().huawei.faults.setRates({ throttleRate: 0, errorRate: 1 });
    const failed = await sdkFailure(client.listVpcs(req({})));
    assert.deepEqual([failed.exception, failed.status], ['ServerResponseException', 500]);
    emulator().huawei.faults.setRates({ errorRate: 0 });
  });
});
