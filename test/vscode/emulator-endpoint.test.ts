// The runner starts the API emulator and hands its ready line to the extension host in
// VPC_PEERING_EMULATOR; the extension uses it as its sandbox backend.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';

interface EmulatorReady {
  endpoint: string;
  /** Alibaba Cloud accounts (uid, accessKeySecret) and Huawei Cloud tenants (domainId, secretAccessKey). */
  accounts: { provider: 'alibaba' | 'huawei'; name: string; uid?: string; domainId?: string; accessKeyId: string; accessKeySecret?: string; secretAccessKey?: string }[];
}

function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.setTimeout(5000, () => request.destroy(new Error(`no answer from ${url}`)));
    request.on('error', reject);
  });
}

describe('emulator for the suite', () => {
  it('is described to the extension host in VPC_PEERING_EMULATOR', () => {
    const raw = process.env.VPC_PEERING_EMULATOR;
    assert.ok(raw, 'VPC_PEERING_EMULATOR is not set');
    const ready = JSON.parse(raw) as EmulatorReady;
    assert.match(ready.endpoint, /^127\.0\.0\.1:\d+$/);
    assert.ok(ready.accounts.length > 0);
    for (const account of ready.accounts) {
      const secret = account.provider === 'huawei' ? account.secretAccessKey : account.accessKeySecret;
      const id = account.provider === 'huawei' ? account.domainId : account.uid;
      assert.ok(id && account.accessKeyId && secret, `identity and credentials of ${account.name} (${account.provider})`);
    }
    assert.ok(ready.accounts.some((a) => a.provider === 'alibaba') && ready.accounts.some((a) => a.provider === 'huawei'), 'both clouds');
  });

  it('answers HTTP from the extension host', async () => {
    const ready = JSON.parse(process.env.VPC_PEERING_EMULATOR ?? '{}') as EmulatorReady;
    // An unsigned request gets an error document, which is an answer all the same.
    const status = await statusOf(`http://${ready.endpoint}/`);
    assert.ok(status >= 200 && status < 600, `status ${status}`);
  });
});
