import assert from 'node:assert/strict';
import { OpenApiUtil } from '@alicloud/openapi-core';
import { canonicalQueryString, canonicalRequest, parseAuthorization, percentEncode, sha256Hex, signString, stringToSign } from '../../../../src/emulator/http/signature';

describe('emulator unit: ACS3-HMAC-SHA256', () => {
  it('escapes what encodeURIComponent leaves bare', () => {
    assert.equal(percentEncode("a b*c(d)e!f'g~h"), 'a%20b%2Ac%28d%29e%21f%27g~h');
    assert.equal(percentEncode('网'), '%E7%BD%91');
  });

  it('sorts the canonical query by key and encodes only the values', () => {
    assert.equal(canonicalQueryString([['b', '2 3'], ['Tag.1.Key', 'x*'], ['a', ''], ['A', '(1)']]), 'A=%281%29&Tag.1.Key=x%2A&a=&b=2%203');
  });

  it('computes the same Authorization header as the SDK for a tricky request', () => {
    const query = { VpcName: "core (prod)*!' 网", RegionId: 'cn-hangzhou', 'Tag.1.Key': 'env', Empty: '' };
    const body = Buffer.from('RegionId=cn-hangzhou&Name=a%20b', 'utf8');
    const headers: Record<string, string> = {
      host: '127.0.0.1:9999',
      'x-acs-action': 'DescribeVpcs',
      'x-acs-version': '2016-04-28',
      'x-acs-date': '2026-01-01T00:00:00Z',
      'x-acs-signature-nonce': 'f'.repeat(64),
      'x-acs-content-sha256': sha256Hex(body),
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'not signed',
    };
    const secret = 'the-secret-of-the-key';
    const fromSdk = OpenApiUtil.getAuthorization({ pathname: '/', method: 'POST', query, headers } as never, 'ACS3-HMAC-SHA256', sha256Hex(body), 'LTAI5tKey', secret);
    const parsed = parseAuthorization(fromSdk)!;
    assert.deepEqual(parsed.signedHeaders, ['content-type', 'host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version']);
    const ours = signString(secret, stringToSign(canonicalRequest({ method: 'POST', path: '/', query: Object.entries(query), headers, body }, parsed.signedHeaders)));
    assert.equal(ours, parsed.signature);
    assert.equal(parsed.accessKeyId, 'LTAI5tKey');
    const tampered = signString(secret, stringToSign(canonicalRequest({ method: 'POST', path: '/', query: Object.entries(query), headers, body: Buffer.from('x') }, parsed.signedHeaders)));
    assert.notEqual(tampered, parsed.signature);
  });

  it('parses the Authorization header and refuses malformed ones', () => {
    assert.deepEqual(parseAuthorization('ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=abc'), {
      algorithm: 'ACS3-HMAC-SHA256',
      accessKeyId: 'AK',
      signedHeaders: ['host', 'x-acs-date'],
      signature: 'abc',
    });
    assert.equal(parseAuthorization('ACS3-HMAC-SHA256'), undefined);
    assert.equal(parseAuthorization('ACS3-HMAC-SHA256 Credential=AK,Signature=abc'), undefined);
    assert.equal(parseAuthorization('ACS3-HMAC-SHA256 Credential=AK,SignedHeaders'), undefined);
  });
});
