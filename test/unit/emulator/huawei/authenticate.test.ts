import assert from 'node:assert/strict';
import { authenticateHuawei } from '../../../../src/emulator/huawei/authenticate';
import { HuaweiApiError } from '../../../../src/emulator/huawei/errors';
import type { HuaweiAccount } from '../../../../src/emulator/huawei/records';
import { huaweiStringToSign, type SignedRequest } from '../../../../src/emulator/huawei/signature';
import { signString } from '../../../../src/emulator/http/signature';

const account: HuaweiAccount = { name: 't', domainId: 'd'.repeat(32), accessKeyId: 'HWTESTKEY00000000001', secretAccessKey: 'secret-of-the-test-tenant' };
const SIGNED = ['content-type', 'host', 'x-project-id', 'x-sdk-date'];
const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);

function signed(date: string, tamper: Partial<SignedRequest> = {}): SignedRequest {
  const request: SignedRequest = {
    method: 'GET',
    rawPath: '/v2.0/vpc/peerings',
    rawQuery: 'limit=10',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:1', 'x-project-id': 'p'.repeat(32), 'x-sdk-date': date },
    body: Buffer.alloc(0),
  };
  const signature = signString(account.secretAccessKey, huaweiStringToSign(request, SIGNED));
  const authorization = `SDK-HMAC-SHA256 Access=${account.accessKeyId}, SignedHeaders=${SIGNED.join(';')}, Signature=${signature}`;
  return { ...request, headers: { ...request.headers, authorization }, ...tamper };
}

function refusal(request: SignedRequest, now = NOW): HuaweiApiError {
  try {
    authenticateHuawei(request, (ak) => (ak === account.accessKeyId ? account : undefined), now);
  } catch (error) {
    assert.ok(error instanceof HuaweiApiError);
    return error;
  }
  assert.fail('accepted');
}

describe('huawei emulator: who signed a call', () => {
  it('accepts a good signature within the 15-minute window', () => {
    assert.equal(authenticateHuawei(signed('20260102T030405Z'), () => account, NOW + 14 * 60_000), account);
  });

  it('refuses a stale date, a tampered query and a missing header with 401 APIGW.0301', () => {
    const stale = refusal(signed('20260102T030405Z'), NOW + 16 * 60_000);
    assert.deepEqual([stale.httpStatus, stale.code, stale.message], [401, 'APIGW.0301', 'Incorrect IAM authentication information: signature expired']);
    assert.match(refusal(signed('20260102T030405Z', { rawQuery: 'limit=11' })).message, /verify aksk signature fail/);
    assert.match(refusal({ ...signed('20260102T030405Z'), headers: { host: 'x' } }).message, /Authorization header is missing/);
  });
});
