import assert from 'node:assert/strict';
import {
  accountUidProblem,
  clientTokenProblem,
  regionIdProblem,
  resourceIdProblem,
  tagsProblem,
  type IdKind,
} from '../../../../src/model/validation';

function expectProblem(problem: string | undefined, expected: RegExp | undefined): void {
  if (expected === undefined) assert.equal(problem, undefined);
  else assert.match(problem ?? '(no problem)', expected);
}

describe('validation: identifiers', () => {
  describe('resource ids', () => {
    const cases: Array<[kind: IdKind, value: string, expected: RegExp | undefined]> = [
      ['vpc', 'vpc-bp1aevy8sofi8mh1qxxxx', undefined],
      ['vpc', 'vpc-hub-1', undefined],
      ['vpc', 'vsw-bp1aevy8sofi8mh1q', /^The VPC ID must start with "vpc-"; "vsw-bp1aevy8sofi8mh1q" does not\.$/],
      ['vpc', 'vpc-', /followed by lower-case letters and digits/],
      ['vpc', 'vpc-ABC', /lower-case/],
      ['vpc', ' vpc-abc', /leading or trailing spaces/],
      ['vpc', '', /^The VPC ID is required\.$/],
      ['peerConnection', 'pcc-ni9x3zpba9uvbgu3pq', undefined],
      ['peerConnection', 'pcc_123', /start with "pcc-"/],
      ['resourceGroup', 'rg-acfmxazb4ph6aiy', undefined],
      ['routeTable', 'vtb-bp145q7glnuzdvzu2xxxx', undefined],
      ['bgpGroup', 'bgp-123', /start with "bgpg-"/],
      ['bgpPeer', 'bgp-2ze3jp7u9bhcr0abcd', undefined],
    ];
    for (const [kind, value, expected] of cases) {
      it(`${kind} ${JSON.stringify(value)} → ${expected ?? 'fine'}`, () => expectProblem(resourceIdProblem(kind, value), expected));
    }
    it('at most 64 characters in all', () => {
      expectProblem(resourceIdProblem('vpc', `vpc-${'a'.repeat(60)}`), undefined);
      expectProblem(resourceIdProblem('vpc', `vpc-${'a'.repeat(61)}`), /at most 64 characters long; it has 65/);
    });
  });

  describe('Huawei Cloud ids', () => {
    const peering = 'c0de0001-0000-4000-8000-000000000001';
    it('takes UUIDs for VPCs, subnets, route tables and peerings', () => {
      for (const kind of ['vpc', 'vSwitch', 'routeTable', 'peerConnection'] as const) expectProblem(resourceIdProblem(kind, peering, undefined, 'huawei'), undefined);
      expectProblem(resourceIdProblem('peerConnection', 'pcc-ni9x3zpba9uvbgu3pq', undefined, 'huawei'), /must be a Huawei Cloud ID, a UUID/);
      expectProblem(resourceIdProblem('peerConnection', peering.toUpperCase(), undefined, 'huawei'), /UUID/);
    });
    it('says Huawei Cloud has no router interfaces, VBRs or BGP', () => {
      expectProblem(resourceIdProblem('routerInterface', peering, undefined, 'huawei'), /Huawei Cloud has no router interfaces/);
      expectProblem(resourceIdProblem('bgpGroup', peering, undefined, 'huawei'), /Huawei Cloud has no BGP groups/);
    });
    it('points a Huawei UUID given as an Alibaba Cloud id to the provider field', () => {
      expectProblem(resourceIdProblem('peerConnection', peering), /must start with "pcc-".*say "provider": "huawei"/);
    });
    it('takes 32 hex digits as the account (or the peer project) of Huawei Cloud', () => {
      expectProblem(accountUidProblem('905383b576f6a62e1bfe325cdc2cf1f5', undefined, 'huawei'), undefined);
      expectProblem(accountUidProblem('1234567890123456', undefined, 'huawei'), /32 hex digits/);
    });
  });

  describe('region ids', () => {
    const cases: Array<[string, RegExp | undefined]> = [
      ['cn-hangzhou', undefined],
      ['ap-southeast-1', undefined],
      ['cn-shanghai-finance-1', undefined],
      ['us-east-1', undefined],
      ['', /required/],
      ['hangzhou', /look like "cn-hangzhou"/],
      ['CN-Hangzhou', /look like/],
      ['cn_hangzhou', /look like/],
      ['cn-hangzhou-', /look like/],
    ];
    for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${expected ?? 'fine'}`, () => expectProblem(regionIdProblem(value), expected));
  });

  describe('account UIDs', () => {
    const cases: Array<[string, RegExp | undefined]> = [
      ['1234567890123456', undefined],
      ['1', undefined],
      ['9223372036854775807', undefined],
      ['9223372036854775808', /at most 9223372036854775807/],
      ['12345678901234567890', /at most 19 digits.*it has 20 digits/],
      ['0', /greater than 0/],
      ['0123', /must not start with 0/],
      ['', /required/],
      ['12 34', /digits only/],
      ['-1', /digits only/],
      ['1e16', /digits only/],
    ];
    for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${expected ?? 'fine'}`, () => expectProblem(accountUidProblem(value), expected));
  });

  describe('ClientToken', () => {
    const cases: Array<[string, RegExp | undefined]> = [
      ['a', undefined],
      ['x'.repeat(64), undefined],
      ['x'.repeat(65), /1–64 ASCII characters long; it has 65/],
      ['', /it has 0/],
      ['token with spaces ok', undefined],
      ['tökén', /printable ASCII/],
      ['tab\there', /printable ASCII/],
    ];
    for (const [value, expected] of cases) it(`${JSON.stringify(value.length > 20 ? `${value.length} chars` : value)} → ${expected ?? 'fine'}`, () => expectProblem(clientTokenProblem(value), expected));
  });
});

describe('validation: tags', () => {
  const keyCases: Array<[string, RegExp | undefined]> = [
    ['env', undefined],
    ['k'.repeat(128), undefined],
    ['k'.repeat(129), /1–128 characters long; .* has 129/],
    ['', /has 0/],
    ['aliyun-owner', /must not start with "aliyun" or "acs:"/],
    ['Aliyun', /must not start with "aliyun"/],
    ['acs:rm:rgId', /must not start with/],
    ['my-acs:key', undefined],
    ['see https://wiki', /must not contain http:\/\/ or https:\/\//],
    ['标签', undefined],
  ];
  for (const [key, expected] of keyCases) it(`key ${JSON.stringify(key.length > 20 ? `${key.length} chars` : key)} → ${expected ?? 'fine'}`, () => expectProblem(tagsProblem([{ key, value: '' }]), expected));

  it('values may be empty and at most 128 characters', () => {
    expectProblem(tagsProblem([{ key: 'k', value: '' }]), undefined);
    expectProblem(tagsProblem([{ key: 'k', value: 'v'.repeat(128) }]), undefined);
    expectProblem(tagsProblem([{ key: 'k', value: 'v'.repeat(129) }]), /^The value of tag "k" must be at most 128 characters long; it has 129\.$/);
  });

  it('at most 20 tags, keys unique (each duplicate reported once)', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: '' }));
    assert.equal(tagsProblem(twenty), undefined);
    assert.match(tagsProblem([...twenty, { key: 'k20', value: '' }]) ?? '', /at most 20 tags; 21 are given/);
    const duplicates = tagsProblem([
      { key: 'env', value: 'a' },
      { key: 'env', value: 'b' },
      { key: 'env', value: 'c' },
    ]);
    assert.equal(duplicates, 'Tag keys must be unique; "env" appears more than once.');
    assert.equal(tagsProblem([]), undefined);
  });
});
