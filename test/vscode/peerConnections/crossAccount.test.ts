// Peer connections between two accounts inside VS Code: the requester asks, the accepter's
// profile accepts or rejects; a request nobody answered in time expires, cannot be accepted, and
// is cleaned up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { refused, run, startPeerFixture, type PeerFixture } from '../support/peerConnectionsFixture';

const HZ = 'cn-hangzhou';
const BJ = 'cn-beijing';

describe('peer connections: across accounts', function () {
  this.timeout(60_000);
  let f: PeerFixture;

  before(async () => {
    f = await startPeerFixture();
  });
  after(async () => {
    await f?.close();
  });

  async function request(name: string, cidrs: [string, string], regions: [string, string] = [HZ, HZ]): Promise<{ id: string; requesterVpc: string; accepterVpc: string }> {
    const a = await f.addVpc('app-team', regions[0], cidrs[0], `${name}-app`);
    const b = await f.addVpc('network-hub', regions[1], cidrs[1], `${name}-hub`);
    const id = await run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('app-team'),
      regionId: regions[0],
      vpcId: a.id,
      acceptingAccountUid: f.uid('network-hub'),
      acceptingRegionId: regions[1],
      acceptingVpcId: b.id,
      name,
    });
    return { id, requesterVpc: a.id, accepterVpc: b.id };
  }

  function storeStatuses(id: string): string[] {
    return f.api.store
      .findPeerConnection(id)
      .map((copy) => `${copy.profileId === f.profile('app-team') ? 'app-team' : copy.profileId === f.profile('network-hub') ? 'network-hub' : copy.profileId}:${copy.connection.status}`)
      .sort();
  }

  it('creates in app-team towards network-hub, which accepts with its own profile: Activated in the world and the store', async () => {
    const { id, requesterVpc, accepterVpc } = await request('cross-accept', ['10.101.0.0/16', '10.102.0.0/16'], [HZ, BJ]);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Accepting');
    assert.deepEqual(storeStatuses(id), ['app-team:Accepting', 'network-hub:Accepting'], 'both sides see the request at once');

    const accepted = await run<string>('vpcPeering.acceptPeerConnection', { connectionId: id });
    assert.equal(accepted, id);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
    assert.deepEqual(storeStatuses(id), ['app-team:Activated', 'network-hub:Activated']);
    assert.deepEqual(f.peersBetween(requesterVpc, accepterVpc), [id]);
  });

  it('through the prompts, offers "Accept Now" with the accepter profile right after creating', async () => {
    const a = await f.addVpc('app-team', HZ, '10.103.0.0/16', 'offer-app');
    const b = await f.addVpc('network-hub', HZ, '10.104.0.0/16', 'offer-hub');
    const hubLabel = f.api.registry.get(f.profile('network-hub'))?.label;
    const prompter = f.script([
      { pick: f.profile('network-hub') },
      { pick: HZ },
      { pick: b.id },
      { input: 'offered-accept' },
      { input: '' },
      { pick: 'Default resource group' },
      { input: '' },
      { pick: 'create' },
      { confirm: `Accept Now with ${hubLabel}` },
    ]);
    const id = await run<string>('vpcPeering.createPeerConnection', { profileId: f.profile('app-team'), regionId: HZ, vpcId: a.id });
    assert.equal(prompter.remaining, 0);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
    assert.deepEqual(storeStatuses(id), ['app-team:Activated', 'network-hub:Activated']);
  });

  it('refuses to accept with the requester profile before sending anything', async () => {
    const { id } = await request('wrong-side', ['10.105.0.0/16', '10.106.0.0/16']);
    const before = f.calls('AcceptVpcPeerConnection');
    await refused(run('vpcPeering.acceptPeerConnection', { connectionId: id, profileId: f.profile('app-team') }), /accepter's account/, new RegExp(f.uid('network-hub')));
    assert.equal(f.calls('AcceptVpcPeerConnection'), before);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Accepting');
  });

  it('rejects after a confirmation that names the connection and the requester: Rejected everywhere', async () => {
    const { id } = await request('cross-reject', ['10.107.0.0/16', '10.108.0.0/16']);
    const prompter = f.script([{ confirm: undefined }]);
    assert.equal(await run('vpcPeering.rejectPeerConnection', { connectionId: id }), undefined, 'dismissed: nothing done');
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Accepting');
    // The question names the connection by its name, then its id, and the requester by its profile.
    assert.match(prompter.asked[0].title, new RegExp(`^Reject the peer connection cross-reject \\(${id}\\) requested by .*app-team`));

    f.script([{ confirm: 'Reject' }]);
    assert.equal(await run('vpcPeering.rejectPeerConnection', { connectionId: id }), id);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Rejected');
    assert.deepEqual(storeStatuses(id), ['app-team:Rejected', 'network-hub:Rejected']);
  });

  it('an expired request cannot be accepted (the mapped error says why) and clean-up deletes it', async () => {
    const { id, requesterVpc, accepterVpc } = await request('cross-expired', ['10.109.0.0/16', '10.110.0.0/16']);
    f.emulator.world.expirePeerRequest(id);
    const error = await run('vpcPeering.acceptPeerConnection', { connectionId: id }).then(
      () => assert.fail('an expired request was accepted'),
      (e: unknown) => e as { message: string; code?: string; hint?: string },
    );
    assert.equal(error.code, 'IncorrectStatus.VpcPeer');
    assert.match(error.message, /Expired/);
    assert.match(error.hint ?? '', /expired .*without an answer.*requester \(account \d+\) must delete it and send a new one/);
    assert.deepEqual(storeStatuses(id), ['app-team:Expired', 'network-hub:Expired'], 'the refusal refreshed the store');

    const prompter = f.script([{ pickMany: [id] }]);
    const result = await run<{ deleted: string[]; failed: unknown[] }>('vpcPeering.cleanUpPeerConnections', {});
    assert.equal(prompter.remaining, 0);
    assert.deepEqual(result.failed, []);
    assert.ok(result.deleted.includes(id));
    assert.equal(f.emulator.world.peerConnection(id), undefined);
    assert.deepEqual(f.peersBetween(requesterVpc, accepterVpc), []);
    assert.deepEqual(storeStatuses(id), []);
  });

  it('clean-up with an arguments object deletes the Rejected ones it names and refuses others', async () => {
    const { id } = await request('cleanup-args', ['10.111.0.0/16', '10.112.0.0/16']);
    await refused(run('vpcPeering.cleanUpPeerConnections', { connectionIds: [id] }), /not a Rejected or Expired/);
    f.script([{ confirm: 'Reject' }]);
    await run('vpcPeering.rejectPeerConnection', { connectionId: id });
    await refused(run('vpcPeering.cleanUpPeerConnections', { connectionIds: ['pcc_bad'] }), /must start with "pcc-"/);
    const result = await run<{ deleted: string[]; failed: unknown[] }>('vpcPeering.cleanUpPeerConnections', { connectionIds: [id] });
    assert.deepEqual(result, { deleted: [id], failed: [] });
    assert.equal(f.emulator.world.peerConnection(id), undefined);
  });

  it('from the palette, picks among the requests waiting for an active profile and accepts', async () => {
    const { id } = await request('palette-accept', ['10.113.0.0/16', '10.114.0.0/16']);
    const prompter = f.script([{ pick: id }]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.acceptPeerConnection'), id);
    assert.equal(prompter.remaining, 0);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
  });

  it('a Rejected record of the pair is offered for deletion on the review page, then the new request is sent', async () => {
    const { id: old, requesterVpc, accepterVpc } = await request('pair-again', ['10.115.0.0/16', '10.116.0.0/16']);
    f.script([{ confirm: 'Reject' }]);
    await run('vpcPeering.rejectPeerConnection', { connectionId: old });
    const hubLabel = f.api.registry.get(f.profile('network-hub'))?.label;
    const prompter = f.script([
      { pick: f.profile('network-hub') },
      { pick: HZ },
      { pick: accepterVpc },
      { input: 'pair-again-2' },
      { input: '' },
      { pick: 'Default resource group' },
      { input: '' },
      { pick: `$(warning) pair-again (${old}) between these VPCs is Rejected` },
      { pick: 'deleteDuplicateThenCreate' },
      { confirm: undefined }, // not "Accept Now"
    ]);
    const id = await run<string>('vpcPeering.createPeerConnection', { profileId: f.profile('app-team'), regionId: HZ, vpcId: requesterVpc });
    assert.equal(prompter.remaining, 0);
    assert.notEqual(id, old);
    assert.equal(f.emulator.world.peerConnection(old), undefined);
    assert.deepEqual(f.peersBetween(requesterVpc, accepterVpc), [id]);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Accepting');
    // The question names the new connection by its name, then its id.
    assert.match(prompter.asked.at(-1)?.title ?? '', new RegExp(`^pair-again-2 \\(${id}\\) is waiting for ${hubLabel}`));
  });
});
