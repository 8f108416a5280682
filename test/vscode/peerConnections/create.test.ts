// Creating peer connections inside VS Code against a private emulator: with an arguments object
// and through the wizard's prompts; the world then holds exactly that connection with every
// parameter, and the store shows it settled.
import * as assert from 'node:assert/strict';
import { valueOf } from '../../../src/inventory/loadState';
import { refused, run, startPeerFixture, type PeerFixture } from '../support/peerConnectionsFixture';

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';

describe('peer connections: create', function () {
  this.timeout(60_000);
  let f: PeerFixture;

  before(async () => {
    f = await startPeerFixture();
  });
  after(async () => {
    await f?.close();
  });

  it('creates an inter-region connection from an arguments object with every parameter', async () => {
    const a = await f.addVpc('app-team', HZ, '10.201.0.0/16', 'args-requester');
    const b = await f.addVpc('app-team', SH, '10.202.0.0/16', 'args-accepter');
    const id = await run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('app-team'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('app-team'),
      acceptingRegionId: SH,
      acceptingVpcId: b.id,
      name: 'args-hz-to-sh',
      description: 'Created from an arguments object',
      bandwidthMbps: 300,
      linkType: 'Platinum',
      resourceGroupId: 'rg-acfmzpayprod9xw1',
      tags: [
        { key: 'env', value: 'test' },
        { key: 'ticket', value: 'NET-7' },
      ],
    });
    assert.match(id, /^pcc-/);
    assert.deepEqual(f.peersBetween(a.id, b.id), [id]);
    const inWorld = f.emulator.world.peerConnection(id, 'app-team');
    assert.ok(inWorld);
    assert.equal(inWorld.status, 'Activated');
    assert.equal(inWorld.name, 'args-hz-to-sh');
    assert.equal(inWorld.description, 'Created from an arguments object');
    assert.equal(inWorld.bandwidthMbps, 300);
    assert.equal(inWorld.linkType, 'Platinum');
    assert.equal(inWorld.resourceGroupId, 'rg-acfmzpayprod9xw1');
    assert.deepEqual(inWorld.tags, [
      { key: 'env', value: 'test' },
      { key: 'ticket', value: 'NET-7' },
    ]);
    const inStore = f.api.store.findPeerConnection(id).find((copy) => copy.regionId === HZ);
    assert.equal(inStore?.connection.status, 'Activated', 'the store shows the settled state when the command resolves');
  });

  it('creates through the prompts, going Back twice, with every parameter', async () => {
    const a = await f.addVpc('network-hub', HZ, '10.211.0.0/16', 'wizard-requester');
    const b = await f.addVpc('network-hub', SH, '10.212.0.0/16', 'wizard-accepter');
    const prompter = f.script([
      { pick: HZ },
      { pick: a.id },
      { pick: f.profile('network-hub') },
      { pick: SH },
      { pick: b.id },
      { input: 'first-name' },
      { input: 'A description' },
      { back: true },
      { back: true },
      { input: 'wizard-hz-to-sh' },
      { input: 'Created through the prompts' },
      { input: '250' },
      { pick: 'Gold' },
      { pick: 'rg-acfmznetcore4k2q' },
      { input: 'env=wizard, owner=network-team' },
      { pick: 'create' },
    ]);
    const created = await run<string>('vpcPeering.createPeerConnection', { profileId: f.profile('network-hub') });
    assert.equal(prompter.remaining, 0, 'every scripted answer was used');
    assert.deepEqual(f.peersBetween(a.id, b.id), [created]);
    const inWorld = f.emulator.world.peerConnection(created, 'network-hub');
    assert.ok(inWorld);
    assert.equal(inWorld.status, 'Activated');
    assert.equal(inWorld.name, 'wizard-hz-to-sh');
    assert.equal(inWorld.description, 'Created through the prompts');
    assert.equal(inWorld.bandwidthMbps, 250);
    assert.equal(inWorld.linkType, 'Gold');
    assert.equal(inWorld.resourceGroupId, 'rg-acfmznetcore4k2q');
    assert.deepEqual(inWorld.tags, [
      { key: 'env', value: 'wizard' },
      { key: 'owner', value: 'network-team' },
    ]);
    assert.equal(prompter.asked.filter((r) => r.kind === 'pick').length, 8, 'the profile was given, so it was not asked');
  });

  it('asks nothing for an intra-region pair it does not apply to (no bandwidth, no link type) and shows overlap on the review page', async () => {
    const a = await f.addVpc('partner', HZ, '10.220.0.0/16', 'overlap-a');
    const b = await f.addVpc('partner', HZ, '10.220.128.0/17', 'overlap-b');
    const prompter = f.script([
      { pick: f.profile('partner') },
      { pick: HZ },
      { pick: a.id },
      { pick: f.profile('partner') },
      { pick: HZ },
      { pick: b.id },
      { input: '' },
      { input: '' },
      { pick: 'Default resource group' },
      { input: '' },
      // Picking the warning only shows the page again: the label proves the warning is there.
      { pick: '$(warning) CIDR overlap: 10.220.0.0/16 and 10.220.128.0/17 share 10.220.128.0/17' },
      { pick: 'create' },
    ]);
    const id = await run<string>('vpcPeering.createPeerConnection', {});
    assert.equal(prompter.remaining, 0);
    const inWorld = f.emulator.world.peerConnection(id, 'partner');
    assert.equal(inWorld?.status, 'Activated');
    assert.equal(inWorld?.name, '');
    assert.equal(inWorld?.bandwidthMbps, -1);
    assert.equal(inWorld?.linkType, undefined);
  });

  it('with review: true asks the details and shows the review even when both ends are given', async () => {
    const a = await f.addVpc('partner', HZ, '10.240.0.0/16', 'review-a');
    const b = await f.addVpc('partner', HZ, '10.241.0.0/16', 'review-b');
    const prompter = f.script([
      { input: 'reviewed-pair' },
      { input: '' },
      { pick: 'Default resource group' },
      { input: '' },
      { pick: 'create' },
    ]);
    const id = await run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('partner'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('partner'),
      acceptingRegionId: HZ,
      acceptingVpcId: b.id,
      review: true,
    });
    assert.equal(prompter.remaining, 0, 'the details and the review page were asked');
    assert.equal(f.emulator.world.peerConnection(id, 'partner')?.name, 'reviewed-pair');
  });

  it('a dry run validates with the service and creates nothing', async () => {
    const a = await f.addVpc('app-team', HZ, '10.230.0.0/16', 'dry-a');
    const b = await f.addVpc('network-hub', HZ, '10.231.0.0/16', 'dry-b');
    const before = f.calls('CreateVpcPeerConnection');
    const result = await run('vpcPeering.createPeerConnection', {
      profileId: f.profile('app-team'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('network-hub'),
      acceptingRegionId: HZ,
      acceptingVpcId: b.id,
      dryRun: true,
    });
    assert.equal(result, undefined);
    assert.equal(f.calls('CreateVpcPeerConnection'), before + 1, 'one request, with DryRun');
    assert.deepEqual(f.peersBetween(a.id, b.id), []);
  });

  it('a refusal on the review returns to it with the error and the answers kept; run again, it offers to continue', async () => {
    const a = await f.addVpc('app-team', HZ, '10.250.0.0/16', 'again-a');
    const b = await f.addVpc('app-team', HZ, '10.251.0.0/16', 'again-b');
    const args = { profileId: f.profile('app-team'), regionId: HZ, vpcId: a.id, acceptingAccountUid: f.uid('app-team'), acceptingRegionId: HZ, acceptingVpcId: b.id };
    const first = await run<string>('vpcPeering.createPeerConnection', args);
    const prompter = f.script([
      { input: 'kept-name' },
      { input: '' },
      { pick: 'Default resource group' },
      { input: '' },
      { pick: 'create' }, // refused: the pair is already peered
      { escape: true }, // the review again, with the refusal; closed
      { pick: 'Continue where you left off' },
      { back: true }, // from the review to the tags …
      { back: true }, // … the resource group …
      { back: true }, // … the description …
      { back: true }, // … and the name, still holding the first answer
      { escape: true },
    ]);
    const reversed = { ...args, vpcId: b.id, acceptingVpcId: a.id, review: true };
    assert.equal(await run('vpcPeering.createPeerConnection', reversed), undefined);
    const review = prompter.asked[5];
    assert.equal(review.kind, 'pick');
    assert.match(review.problem ?? '', /already exists/);
    assert.match(review.problem ?? '', new RegExp(first), 'the mapped hint names the existing connection');
    assert.equal(await run('vpcPeering.createPeerConnection', reversed), undefined);
    assert.equal(prompter.remaining, 0);
    assert.equal(prompter.asked[7].kind, 'pick', 'it continues on the review');
    assert.equal(prompter.asked[7].problem, undefined);
    assert.deepEqual(prompter.asked[9].preselected, ['Default resource group']);
    assert.equal(prompter.asked[11].value, 'kept-name');
    assert.deepEqual(f.peersBetween(a.id, b.id), [first], 'nothing else was created');
  });

  it('a VPC pair that is already peered is refused by the service with the mapped error', async () => {
    const a = await f.addVpc('app-team', SH, '10.240.0.0/16', 'dup-a');
    const b = await f.addVpc('app-team', SH, '10.241.0.0/16', 'dup-b');
    const args = { profileId: f.profile('app-team'), regionId: SH, vpcId: a.id, acceptingAccountUid: f.uid('app-team'), acceptingRegionId: SH, acceptingVpcId: b.id };
    const first = await run<string>('vpcPeering.createPeerConnection', args);
    await refused(run('vpcPeering.createPeerConnection', { ...args, vpcId: b.id, acceptingVpcId: a.id }), /already exists/, new RegExp(first));
    assert.deepEqual(f.peersBetween(a.id, b.id), [first]);
    const inventory = valueOf(f.api.store.region(f.profile('app-team'), SH));
    assert.equal(inventory?.peerConnections.filter((c) => c.id === first).length, 1);
  });
});
