import assert from 'node:assert/strict';
import { huaweiStringToSign, parseHuaweiAuthorization, parseSdkDate } from '../../../../src/emulator/huawei/signature';
import { signString } from '../../../../src/emulator/http/signature';

// The test vectors of the reference (§3): fake keys, signatures from the SDK's own signer.
const SECRET = 'FAKESECRETKEYFAKESECRETKEYFAKESECRETKEY1';
const HEADERS = {
  'content-type': 'application/json',
  host: 'vpc.cn-north-4.myhuaweicloud.com',
  'x-project-id': '0a1b2c3d4e5f40718293a4b5c6d7e8f9',
  'x-sdk-date': '20260102T030405Z',
};
const SIGNED = ['content-type', 'host', 'x-project-id', 'x-sdk-date'];

describe('huawei emulator: SDK-HMAC-SHA256 signature', () => {
  it('reproduces the signature of a POST with a JSON body', () => {
    const body = Buffer.from(
      '{"route":{"type":"peering","nexthop":"22b76469-08e3-4937-8c1d-7aad34892be1","destination":"172.16.0.0/16","vpc_id":"9daeac7c-a98f-430f-8e38-67f9c044e299"}}',
    );
    const toSign = huaweiStringToSign({ method: 'POST', rawPath: '/v2.0/vpc/routes', rawQuery: '', headers: HEADERS, body }, SIGNED);
    assert.equal(signString(SECRET, toSign), '7d517476c5b3ae3a28c0bd177e7cc491f28434b7c1ba74a137627f5c1d9e6640');
  });

  it('reproduces the signature of a GET whose query is signed sorted', () => {
    const rawQuery = 'vpc_id=9daeac7c-a98f-430f-8e38-67f9c044e299&limit=100&status=ACTIVE';
    const toSign = huaweiStringToSign({ method: 'GET', rawPath: '/v2.0/vpc/peerings', rawQuery, headers: HEADERS, body: Buffer.alloc(0) }, SIGNED);
    assert.equal(signString(SECRET, toSign), '0c12ef3d34a494b4434557f96ab754f34f0cebd367fd36d303da52871e060de3');
  });

  it('parses the Authorization header and X-Sdk-Date', () => {
    const parsed = parseHuaweiAuthorization('SDK-HMAC-SHA256 Access=AK1, SignedHeaders=content-type;host;x-sdk-date, Signature=abc');
    assert.deepEqual(parsed, { accessKeyId: 'AK1', signedHeaders: ['content-type', 'host', 'x-sdk-date'], signature: 'abc' });
    assert.equal(parseHuaweiAuthorization('ACS3-HMAC-SHA256 Credential=x'), undefined);
    assert.equal(parseSdkDate('20260102T030405Z'), Date.UTC(2026, 0, 2, 3, 4, 5));
    assert.equal(parseSdkDate('2026-01-02T03:04:05Z'), undefined);
  });
});
