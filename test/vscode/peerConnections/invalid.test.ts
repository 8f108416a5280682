// Every input of the peer connection commands outside the API's documented limits is refused
// before anything is sent, with the limit in the message — from an arguments object and when
// typed into a prompt. The emulator then has received no write and holds no new connection.
import * as assert from 'node:assert/strict';
import type { Vpc } from '../../../src/model/types';
import type { ScriptedAnswer } from '../../../src/commands/wizard/scriptedPrompter';
import { refused, run, startPeerFixture, type PeerFixture } from '../support/peerConnectionsFixture';

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));

describe('peer connections: invalid input', function () {
  this.timeout(120_000);
  let f: PeerFixture;
  let a: Vpc;
  let b: Vpc;
  let c: Vpc;
  let writesBefore: number;
  let peersBefore: number;

  const writes = () => ['CreateVpcPeerConnection', 'AcceptVpcPeerConnection', 'ModifyVpcPeerConnection', 'DeleteVpcPeerConnection'].reduce((sum, action) => sum + f.calls(action), 0);
  const peers = () => f.emulator.world.toDocument().peerConnections?.length ?? 0;

  before(async () => {
    f = await startPeerFixture();
    a = await f.addVpc('app-team', HZ, '10.161.0.0/16', 'invalid-a');
    b = await f.addVpc('app-team', SH, '10.162.0.0/16', 'invalid-b');
    c = await f.addVpc('app-team', HZ, '10.163.0.0/16', 'invalid-c');
    writesBefore = writes();
    peersBefore = peers();
  });
  after(async () => {
    await f?.close();
  });
  afterEach(() => {
    assert.equal(writes(), writesBefore, 'no write reached the service');
    assert.equal(peers(), peersBefore, 'no connection was created');
  });

  const inter = () => ({
    profileId: f.profile('app-team'),
    regionId: HZ,
    vpcId: a.id,
    acceptingAccountUid: f.uid('app-team'),
    acceptingRegionId: SH,
    acceptingVpcId: b.id,
  });
  const intra = () => ({ ...inter(), acceptingRegionId: HZ, acceptingVpcId: c.id });

  const argumentCases: [string, () => Record<string, unknown>, RegExp][] = [
    ['name too short', () => ({ ...inter(), name: 'a' }), /name must be 2–128 characters long; it has 1/],
    ['name too long', () => ({ ...inter(), name: 'n'.repeat(129) }), /name must be 2–128 characters long; it has 129/],
    ['name starting with a digit', () => ({ ...inter(), name: '9lives' }), /name must start with a letter/],
    ['name with a space', () => ({ ...inter(), name: 'two words' }), /may contain only letters, Chinese characters, digits, underscores \(_\) and hyphens \(-\)/],
    ['description that is a URL', () => ({ ...inter(), description: 'http://example.com/peering' }), /description must not start with http:\/\/ or https:\/\//],
    ['description too short', () => ({ ...inter(), description: 'x' }), /description must be 2–256 characters long/],
    ['description too long', () => ({ ...inter(), description: 'd'.repeat(257) }), /description must be 2–256 characters long; it has 257/],
    ['bandwidth 0', () => ({ ...inter(), bandwidthMbps: 0 }), /Bandwidth must be a whole number of Mbit\/s greater than 0; got 0/],
    ['bandwidth not a whole number', () => ({ ...inter(), bandwidthMbps: 1.5 }), /Bandwidth must be a whole number of Mbit\/s greater than 0; got 1\.5/],
    ['bandwidth as text', () => ({ ...inter(), bandwidthMbps: '100' }), /Bandwidth must be a whole number/],
    ['bandwidth on an intra-region pair', () => ({ ...intra(), bandwidthMbps: 100 }), /Bandwidth applies only to inter-region connections/],
    ['link type on an intra-region pair', () => ({ ...intra(), linkType: 'Gold' }), /LinkType applies only to inter-region connections/],
    ['link type Silver', () => ({ ...inter(), linkType: 'Silver' }), /LinkType must be Platinum or Gold/],
    ['link type unknown', () => ({ ...inter(), linkType: 'Bronze' }), /LinkType must be Platinum or Gold; got "Bronze"/],
    ['accepter UID with letters', () => ({ ...inter(), acceptingAccountUid: '12ab' }), /accepter account UID must contain digits only/],
    ['accepter UID starting with 0', () => ({ ...inter(), acceptingAccountUid: '0123456789' }), /must not start with 0/],
    ['accepter UID beyond int64', () => ({ ...inter(), acceptingAccountUid: '99999999999999999999' }), /at most 19 digits/],
    ['requester VPC id of another kind', () => ({ ...inter(), vpcId: 'sg-bp1abc' }), /VPC ID must start with "vpc-"/],
    ['accepter VPC id with an underscore', () => ({ ...inter(), acceptingVpcId: 'vpc_bp1abc' }), /accepter VPC ID must start with "vpc-"/],
    ['accepter VPC id with capitals', () => ({ ...inter(), acceptingVpcId: 'vpc-BP1ABC' }), /lower-case letters and digits/],
    ['a VPC peered with itself', () => ({ ...intra(), acceptingVpcId: a.id }), /cannot be peered with itself/],
    ['region id', () => ({ ...inter(), regionId: 'Hangzhou' }), /region ID must look like "cn-hangzhou"/],
    ['accepter region id', () => ({ ...inter(), acceptingRegionId: 'shanghai' }), /accepter region ID must look like "cn-hangzhou"/],
    ['resource group id', () => ({ ...inter(), resourceGroupId: 'default' }), /resource group ID must start with "rg-"/],
    ['21 tags', () => ({ ...inter(), tags: tags(21) }), /at most 20 tags; 21 are given/],
    ['tag key with the aliyun prefix', () => ({ ...inter(), tags: [{ key: 'aliyun:team', value: 'x' }] }), /must not start with "aliyun" or "acs:"/],
    ['tag key with a URL', () => ({ ...inter(), tags: [{ key: 'see http://x', value: 'x' }] }), /must not contain http:\/\/ or https:\/\//],
    ['tag value too long', () => ({ ...inter(), tags: [{ key: 'env', value: 'v'.repeat(129) }] }), /value of tag "env" must be at most 128 characters/],
    ['duplicate tag keys', () => ({ ...inter(), tags: [{ key: 'env', value: 'a' }, { key: 'env', value: 'b' }] }), /Tag keys must be unique/],
    ['tags not a list', () => ({ ...inter(), tags: { env: 'prod' } }), /Tags must be a list of \{ key, value \} pairs/],
    ['dryRun as text', () => ({ ...inter(), dryRun: 'yes' }), /DryRun must be true or false|"dryRun" must be true or false/],
    ['profile that does not exist', () => ({ ...inter(), profileId: 'accessKey:nobody' }), /There is no profile "accessKey:nobody"/],
  ];

  for (const [name, args, limit] of argumentCases) {
    it(`create refuses an arguments object with ${name}`, async () => {
      f.script([]);
      await refused(run('vpcPeering.createPeerConnection', args()), limit);
    });
  }

  // The wizard from a partial arguments object: the accepter VPC is asked (picked: it is visible),
  // then the optional values in order — name, description, bandwidth, link type, resource group, tags.
  const toName: () => ScriptedAnswer[] = () => [{ pick: b.id }];
  const toDescription = () => [...toName(), { input: 'valid-name' }];
  const toBandwidth = () => [...toDescription(), { input: 'A valid description' }];
  const toResourceGroup = () => [...toBandwidth(), { input: '' }, { pick: 'Gold' }];
  const toTags = () => [...toResourceGroup(), { pick: 'Default resource group' }];
  const partial = () => {
    const { acceptingVpcId: _omitted, ...rest } = inter();
    return rest;
  };
  const promptCases: [string, () => ScriptedAnswer[], RegExp][] = [
    ['a name of one character', () => [...toName(), { input: 'a' }], /name must be 2–128 characters long; it has 1/],
    ['a name of 129 characters', () => [...toName(), { input: 'n'.repeat(129) }], /it has 129/],
    ['a name starting with a digit', () => [...toName(), { input: '9lives' }], /must start with a letter or a Chinese character/],
    ['a name with a dot', () => [...toName(), { input: 'hub.peer' }], /may contain only letters/],
    ['a description that is a URL', () => [...toDescription(), { input: 'https://wiki.example/peering' }], /must not start with http:\/\/ or https:\/\//],
    ['a description starting with a digit', () => [...toDescription(), { input: '2nd link' }], /description must start with a letter/],
    ['bandwidth 0', () => [...toBandwidth(), { input: '0' }], /greater than 0; got 0/],
    ['bandwidth 1.5', () => [...toBandwidth(), { input: '1.5' }], /whole number of Mbit\/s greater than 0; got 1\.5/],
    ['bandwidth in words', () => [...toBandwidth(), { input: 'fast' }], /whole number of Mbit\/s greater than 0; got "fast"/],
    ['a resource group id without rg-', () => [...toResourceGroup(), { pick: 'Enter a resource group ID…' }, { input: 'payments' }], /resource group ID must start with "rg-"/],
    ['21 tags', () => [...toTags(), { input: tags(21).map((t) => `${t.key}=${t.value}`).join(', ') }], /at most 20 tags; 21 are given/],
    ['a tag key with the acs: prefix', () => [...toTags(), { input: 'acs:team=x' }], /must not start with "aliyun" or "acs:"/],
    ['a tag without a key', () => [...toTags(), { input: 'env=prod, =orphan' }], /Tag 2 has no key/],
  ];

  for (const [name, answers, limit] of promptCases) {
    it(`the create wizard refuses ${name}`, async () => {
      const prompter = f.script(answers());
      await refused(run('vpcPeering.createPeerConnection', partial()), limit);
      assert.match(prompter.asked.at(-1)?.refused ?? '', limit);
    });
  }

  const accepterCases: [string, ScriptedAnswer[], RegExp][] = [
    ['an accepter UID with letters', [{ pick: 'otherAccount' }, { input: 'partner' }], /accepter account UID must contain digits only/],
    ['an accepter UID starting with 0', [{ pick: 'otherAccount' }, { input: '0987654321' }], /must not start with 0/],
    ['an accepter region id in words', [{ pick: 'otherAccount' }, { input: '1999999999999999' }, { pick: 'enterRegion' }, { input: 'Shanghai' }], /accepter region ID must look like "cn-hangzhou"/],
    ['an accepter VPC id of another kind', [{ pick: 'otherAccount' }, { input: '1999999999999999' }, { pick: SH }, { input: 'vsw-bp1abc' }], /accepter VPC ID must start with "vpc-"/],
  ];
  for (const [name, answers, limit] of accepterCases) {
    it(`the create wizard refuses ${name}`, async () => {
      f.script(answers);
      await refused(run('vpcPeering.createPeerConnection', { profileId: f.profile('app-team'), regionId: HZ, vpcId: a.id }), limit);
    });
  }

  describe('modify and accept', () => {
    let activated: string;
    let intraActivated: string;
    before(async () => {
      const x = await f.addVpc('partner', HZ, '10.164.0.0/16', 'invalid-modify-x');
      const y = await f.addVpc('partner', SH, '10.165.0.0/16', 'invalid-modify-y');
      const z = await f.addVpc('partner', HZ, '10.166.0.0/16', 'invalid-modify-z');
      const base = { profileId: f.profile('partner'), regionId: HZ, vpcId: x.id, acceptingAccountUid: f.uid('partner') };
      activated = await run<string>('vpcPeering.createPeerConnection', { ...base, acceptingRegionId: SH, acceptingVpcId: y.id });
      intraActivated = await run<string>('vpcPeering.createPeerConnection', { ...base, acceptingRegionId: HZ, acceptingVpcId: z.id });
      writesBefore = writes();
      peersBefore = peers();
    });

    const modifyCases: [string, () => Record<string, unknown>, RegExp][] = [
      ['an empty name', () => ({ connectionId: activated, name: '' }), /name must be 1–128 characters long; it has 0/],
      ['a name of 129 characters', () => ({ connectionId: activated, name: 'n'.repeat(129) }), /1–128 characters long; it has 129/],
      ['a description that is a URL', () => ({ connectionId: activated, description: 'http://example.com' }), /must not start with http:\/\/ or https:\/\//],
      ['bandwidth 0', () => ({ connectionId: activated, bandwidthMbps: 0 }), /greater than 0; got 0/],
      ['bandwidth on an intra-region connection', () => ({ connectionId: intraActivated, bandwidthMbps: 200 }), /cannot be changed on an intra-region connection/],
      ['link type on an intra-region connection', () => ({ connectionId: intraActivated, linkType: 'Platinum' }), /LinkType applies only to inter-region connections/],
      ['link type Silver', () => ({ connectionId: activated, linkType: 'Silver' }), /LinkType must be Platinum or Gold/],
      ['a connection id of another kind', () => ({ connectionId: 'vpc-bp1abc', name: 'fine' }), /"connectionId" must start with "pcc-"/],
    ];
    for (const [name, args, limit] of modifyCases) {
      it(`modify refuses ${name}`, async () => {
        f.script([]);
        await refused(run('vpcPeering.modifyPeerConnection', args()), limit);
      });
    }

    it('the modify prompts refuse bandwidth 0 and a 129-character name', async () => {
      f.script([{ pickMany: ['bandwidthMbps'] }, { input: '0' }]);
      await refused(run('vpcPeering.modifyPeerConnection', { connectionId: activated }), /greater than 0; got 0/);
      f.script([{ pickMany: ['name'] }, { input: 'n'.repeat(129) }]);
      await refused(run('vpcPeering.modifyPeerConnection', { connectionId: activated }), /1–128 characters long; it has 129/);
    });

    it('accept refuses a malformed id, 21 tags and a bad resource group', async () => {
      f.script([]);
      await refused(run('vpcPeering.acceptPeerConnection', { connectionId: 'pcc_123' }), /"connectionId" must start with "pcc-"/);
      await refused(run('vpcPeering.acceptPeerConnection', { connectionId: 'pcc-' }), /"pcc-" followed by lower-case letters and digits/);
      // An Accepting request of the demo that network-hub answers.
      const waiting = f.api.store.snapshot().regions.flatMap((r) => r.peerConnections).find((p) => p.status === 'Accepting' && p.accepter.accountUid === f.uid('network-hub'));
      assert.ok(waiting, 'the demo has a request waiting for network-hub');
      await refused(run('vpcPeering.acceptPeerConnection', { connectionId: waiting.id, tags: tags(21) }), /at most 20 tags; 21 are given/);
      await refused(run('vpcPeering.acceptPeerConnection', { connectionId: waiting.id, resourceGroupId: 'rg_1' }), /resource group ID must start with "rg-"/);
    });
  });
});
