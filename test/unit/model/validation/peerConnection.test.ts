import assert from 'node:assert/strict';
import {
  bandwidthProblem,
  hasProblems,
  linkTypeProblem,
  peerConnectionDescriptionProblem,
  peerConnectionNameProblem,
  problemMessages,
  validateCreatePeerConnection,
  validateModifyPeerConnection,
} from '../../../../src/model/validation';

type Case = [input: string, expected: RegExp | undefined];

function runTable(title: string, check: (value: string) => string | undefined, cases: Case[]): void {
  describe(title, () => {
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input.length > 40 ? `${input.slice(0, 20)}…(${input.length})` : input)} → ${expected ?? 'fine'}`, () => {
        const problem = check(input);
        if (expected === undefined) assert.equal(problem, undefined);
        else assert.match(problem ?? '(no problem)', expected);
      });
    }
  });
}

describe('validation: peer connection', () => {
  runTable('name on create (2–128, letter first, letters digits _ -)', (v) => peerConnectionNameProblem(v, 'create'), [
    ['ab', undefined],
    ['a', /^The name must be 2–128 characters long; it has 1\.$/],
    ['', /it has 0/],
    ['a'.repeat(128), undefined],
    ['a'.repeat(129), /it has 129/],
    ['中文名称', undefined],
    ['对等连接-1', undefined],
    ['hub_to-spoke2', undefined],
    ['1hub', /must start with a letter or a Chinese character; it starts with "1"/],
    ['_hub', /start with a letter/],
    ['hub spoke', /contains " "/],
    ['hub.spoke', /contains "\."/],
    ['hub/spoke!', /contains "\/" "!"/],
  ]);

  runTable('name on modify (1–128, not http(s)://)', (v) => peerConnectionNameProblem(v, 'modify'), [
    ['a', undefined],
    ['', /1–128 characters long; it has 0/],
    ['1 any thing.goes', undefined],
    ['x'.repeat(129), /it has 129/],
    ['http://x', /must not start with http:\/\/ or https:\/\//],
    ['HTTPS://x', /must not start with http/],
  ]);

  runTable('description on create (2–256, letter first, not http(s)://)', (v) => peerConnectionDescriptionProblem(v, 'create'), [
    ['Links hub and spoke. Owner: net team', undefined],
    ['x', /^The description must be 2–256 characters long; it has 1\.$/],
    ['d'.repeat(256), undefined],
    ['d'.repeat(257), /it has 257/],
    ['https://wiki/peering', /must not start with http/],
    ['# ticket 42', /must start with a letter/],
    ['说明', undefined],
  ]);

  runTable('description on modify (1–256, not http(s)://)', (v) => peerConnectionDescriptionProblem(v, 'modify'), [
    ['x', undefined],
    ['# ticket 42', undefined],
    ['', /1–256/],
    ['http://x', /must not start with http/],
  ]);

  describe('bandwidth', () => {
    const cases: Array<[value: unknown, scope: 'intraRegion' | 'interRegion' | undefined, expected: RegExp | undefined]> = [
      [1, 'interRegion', undefined],
      [1024, undefined, undefined],
      [2147483647, 'interRegion', undefined],
      [2147483648, 'interRegion', /at most 2147483647/],
      [0, 'interRegion', /^Bandwidth must be a whole number of Mbit\/s greater than 0; got 0\.$/],
      [-1, 'interRegion', /greater than 0; got -1/],
      [1.5, 'interRegion', /whole number/],
      [Number.NaN, 'interRegion', /whole number/],
      ['100', 'interRegion', /got "100"/],
      [100, 'intraRegion', /applies only to inter-region connections/],
    ];
    for (const [value, scope, expected] of cases) {
      it(`${String(value)} (${scope ?? 'scope unknown'}) → ${expected ?? 'fine'}`, () => {
        const problem = bandwidthProblem(value, scope);
        if (expected === undefined) assert.equal(problem, undefined);
        else assert.match(problem ?? '', expected);
      });
    }
    it('names the modify error for intra-region connections', () => {
      assert.match(bandwidthProblem(100, 'intraRegion', 'modify') ?? '', /cannot be changed on an intra-region connection/);
    });
  });

  describe('link type', () => {
    it('accepts Platinum and Gold between regions', () => {
      assert.equal(linkTypeProblem('Platinum', 'interRegion'), undefined);
      assert.equal(linkTypeProblem('Gold', 'interRegion'), undefined);
    });
    it('refuses Silver, which only Terraform accepts', () => {
      assert.match(linkTypeProblem('Silver', 'interRegion') ?? '', /Silver is not documented/);
    });
    it('refuses unknown values and wrong case', () => {
      assert.match(linkTypeProblem('gold') ?? '', /must be Platinum or Gold; got "gold"/);
      assert.match(linkTypeProblem(3) ?? '', /got 3/);
    });
    it('applies only to inter-region connections', () => {
      assert.equal(linkTypeProblem('Gold', 'intraRegion'), 'LinkType applies only to inter-region connections.');
    });
  });

  describe('validateCreatePeerConnection', () => {
    const valid = {
      regionId: 'cn-hangzhou',
      vpcId: 'vpc-bp1hub0000000000000',
      acceptingAccountUid: '1234567890123456',
      acceptingRegionId: 'cn-shanghai',
      acceptingVpcId: 'vpc-uf6spoke000000000000',
      name: 'hub-to-spoke',
      description: 'Hub to spoke',
      bandwidthMbps: 100,
      linkType: 'Gold',
      resourceGroupId: 'rg-acfmxazb4ph6aiy',
      tags: [{ key: 'env', value: 'prod' }],
      clientToken: '0c593ea1-3bea-11e9-b96b-88e9fe637760',
      dryRun: false,
    };

    it('a complete, valid request has no problems', () => {
      const problems = validateCreatePeerConnection(valid);
      assert.deepEqual(problems, {});
      assert.equal(hasProblems(problems), false);
    });

    it('reports every problem at once, keyed by field', () => {
      const problems = validateCreatePeerConnection({
        regionId: 'Hangzhou',
        vpcId: 'vsw-123',
        acceptingAccountUid: '12ab',
        acceptingRegionId: 'cn-hangzhou',
        name: 'x',
        description: 'http://x',
        bandwidthMbps: 0,
        linkType: 'Silver',
        resourceGroupId: 'rg_1',
        tags: [{ key: 'acs:owner', value: '' }],
        clientToken: 'é',
        dryRun: 'yes',
      });
      assert.deepEqual(Object.keys(problems).sort(), [
        'acceptingAccountUid',
        'acceptingVpcId',
        'bandwidthMbps',
        'clientToken',
        'description',
        'dryRun',
        'linkType',
        'name',
        'regionId',
        'resourceGroupId',
        'tags',
        'vpcId',
      ]);
      assert.equal(problems.acceptingVpcId, 'The accepter VPC ID is required.');
      assert.match(problems.vpcId ?? '', /The VPC ID must start with "vpc-"/);
      assert.match(problems.acceptingAccountUid ?? '', /digits only/);
      assert.match(problems.tags ?? '', /must not start with "aliyun" or "acs:"/);
      assert.equal(problemMessages(problems).length, 12);
    });

    it('judges bandwidth and link type by whether the regions differ', () => {
      const intra = validateCreatePeerConnection({ ...valid, acceptingRegionId: 'cn-hangzhou' });
      assert.match(intra.bandwidthMbps ?? '', /inter-region/);
      assert.match(intra.linkType ?? '', /inter-region/);
      const { bandwidthMbps: _b, linkType: _l, ...withoutThem } = valid;
      assert.deepEqual(validateCreatePeerConnection({ ...withoutThem, acceptingRegionId: 'cn-hangzhou' }), {});
    });

    it('refuses peering a VPC with itself', () => {
      const { bandwidthMbps: _b, linkType: _l, ...base } = valid;
      const problems = validateCreatePeerConnection({ ...base, acceptingRegionId: 'cn-hangzhou', acceptingVpcId: valid.vpcId });
      assert.match(problems.acceptingVpcId ?? '', /cannot be peered with itself/);
    });

    it('accepts the UID as a safe integer but not as an imprecise one', () => {
      assert.equal(validateCreatePeerConnection({ ...valid, acceptingAccountUid: 1234567890123456 }).acceptingAccountUid, undefined);
      assert.match(validateCreatePeerConnection({ ...valid, acceptingAccountUid: Number.MAX_SAFE_INTEGER + 2 }).acceptingAccountUid ?? '', /given as text/);
    });

    it('reports wrong types instead of throwing', () => {
      const problems = validateCreatePeerConnection({ ...valid, name: 42, tags: 'env=prod', vpcId: null });
      assert.equal(problems.name, 'The name must be text, not a number.');
      assert.match(problems.tags ?? '', /list of \{ key, value \} pairs, not a string/);
      assert.equal(problems.vpcId, 'The VPC ID must be text, not null.');
      assert.match(validateCreatePeerConnection({ ...valid, tags: [{ key: 'a' }] }).tags ?? '', /Tag 1 must be a \{ key, value \} pair/);
    });

    it('treats absent optional fields as omitted but validates empty strings', () => {
      const { name: _n, description: _d, ...base } = valid;
      assert.deepEqual(validateCreatePeerConnection(base), {});
      assert.match(validateCreatePeerConnection({ ...base, name: '' }).name ?? '', /it has 0/);
    });
  });

  describe('validateModifyPeerConnection', () => {
    const interRegion = {
      requester: { accountUid: '1', regionId: 'cn-hangzhou', vpcId: 'vpc-a', ipv4Cidrs: [], ipv6Cidrs: [] },
      accepter: { accountUid: '2', regionId: 'cn-beijing', vpcId: 'vpc-b', ipv4Cidrs: [], ipv6Cidrs: [] },
    };
    const intraRegion = { ...interRegion, accepter: { ...interRegion.accepter, regionId: 'cn-hangzhou' } };

    it('accepts a one-character name and a new bandwidth between regions', () => {
      assert.deepEqual(validateModifyPeerConnection({ instanceId: 'pcc-abc123', name: 'a', bandwidthMbps: 200 }, interRegion), {});
    });
    it('refuses bandwidth and link type changes within one region', () => {
      const problems = validateModifyPeerConnection({ instanceId: 'pcc-abc123', bandwidthMbps: 200, linkType: 'Gold' }, intraRegion);
      assert.match(problems.bandwidthMbps ?? '', /cannot be changed on an intra-region connection/);
      assert.match(problems.linkType ?? '', /inter-region/);
    });
    it('needs an instance id and something to change', () => {
      const problems = validateModifyPeerConnection({});
      assert.equal(problems.instanceId, 'The peer connection ID is required.');
      assert.match(problems.name ?? '', /Nothing to change/);
      assert.match(validateModifyPeerConnection({ instanceId: 'vpc-1', name: 'a' }).instanceId ?? '', /must start with "pcc-"/);
    });
  });
});
