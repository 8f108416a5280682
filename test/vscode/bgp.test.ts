// BGP groups and peers in real VS Code against a private emulator: a group whose authentication
// key never reaches the log or an error message, peers with BFD multi-hop, modify, delete, the
// documented ranges refused before anything is sent, and the ninth peer on a VBR refused with
// the mapped quota error.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BgpPeer } from '../../src/model/types';
import { inlineCommands, treeMenuCommands } from './support/menus';
import { readOutputChannelLines } from './support/output-channel';
import { HZ, rejectsWith, useHubVbr } from './support/hubVbr';
import { sleep, waitFor } from './support/wait';

// Keys that must never show up anywhere but in the request to the service.
const ARGS_KEY = 'Args-Secret-7f3a9c';
const PROMPT_KEY = 'Typed-Secret-4b8e21';
const FAULT_KEY = 'Fault-Secret-0d5c66';

describe('BGP groups and peers', function () {
  this.timeout(90_000);
  const hubVbr = useHubVbr();
  const { world, group, peer, groupNamed } = hubVbr;
  const peerAt = (ip: string): BgpPeer => {
    const found = world().bgpPeers.find((p) => p.peerIpAddress === ip);
    assert.ok(found, `BGP peer ${ip}`);
    return found;
  };

  async function assertNoSecretInLog(): Promise<void> {
    // VS Code writes the channel's file a moment after the extension logs.
    await sleep(1500);
    const lines = readOutputChannelLines();
    assert.ok(lines.length > 0, 'the log has lines');
    for (const key of [ARGS_KEY, PROMPT_KEY, FAULT_KEY]) {
      assert.deepEqual(lines.filter((l) => l.includes(key)), [], `the key ${key} is not in the log`);
    }
  }

  it('creates a BGP group from an arguments object; the key is sent but never logged', async () => {
    const id = await vscode.commands.executeCommand<string>('vpcPeering.createBgpGroup', {
      profileId: hubVbr.hub,
      regionId: HZ,
      vbrId: hubVbr.vbrId,
      peerAsn: 65020,
      localAsn: 64600,
      authKey: ARGS_KEY,
      name: 'dc1-args',
      description: 'Group from an arguments object',
      ipVersion: 'IPv4',
    });
    assert.match(id, /^bgpg-/);
    const created = group(id);
    assert.ok(created);
    assert.deepEqual(
      [created.status, created.peerAsn, created.localAsn, created.ipVersion, created.name, created.hasAuthKey, created.vbrId],
      ['Available', 65020, 64600, 'IPv4', 'dc1-args', true, hubVbr.vbrId],
    );
    assert.ok(JSON.stringify(hubVbr.sandbox.emulator.world.toDocument()).includes(ARGS_KEY), 'the service received the key');
    const state = hubVbr.sandbox.api.store.region(hubVbr.hub, HZ);
    assert.equal(state.status === 'loaded' && state.value.bgpGroups.find((g) => g.id === id)?.status, 'Available', 'the store shows it');
    assert.ok(!JSON.stringify(state.status === 'loaded' ? state.value.bgpGroups : []).includes(ARGS_KEY), 'the store never holds the key');
    await assertNoSecretInLog();
  });

  it('creates a BGP group through the prompts, the key typed as a password', async () => {
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([
      { pick: 'idc-hangzhou-dc1' },
      { input: '65030' },
      { input: '45104' },
      { input: PROMPT_KEY },
      { input: 'dc1-prompt' },
      { input: '' },
      { pick: 'IPv4' },
    ]);
    const id = await vscode.commands.executeCommand<string>('vpcPeering.createBgpGroup');
    assert.equal(scripted.remaining, 0);
    const created = groupNamed('dc1-prompt');
    assert.equal(created.id, id);
    assert.deepEqual([created.status, created.peerAsn, created.localAsn, created.hasAuthKey], ['Available', 65030, 45104, true]);
    assert.ok(scripted.asked.every((a) => !a.title.includes(PROMPT_KEY)));
    await assertNoSecretInLog();
  });

  it('keeps the key out of a failure message and the log when the service refuses', async () => {
    const rule = hubVbr.sandbox.emulator.faults.addRule({
      action: 'CreateBgpGroup',
      code: 'InvalidAuthKey.Malformed',
      httpStatus: 400,
      message: `The AuthKey ${FAULT_KEY} is malformed.`,
      times: 1,
    });
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vpcPeering.createBgpGroup', { profileId: hubVbr.hub, regionId: HZ, vbrId: hubVbr.vbrId, peerAsn: 65040, authKey: FAULT_KEY })),
      (error: Error) => {
        assert.match(error.message, /InvalidAuthKey\.Malformed/);
        assert.ok(!error.message.includes(FAULT_KEY), `no key in: ${error.message}`);
        return true;
      },
    );
    hubVbr.sandbox.emulator.faults.removeRule(rule);
    await waitFor('the failure in the log', () => readOutputChannelLines().find((l) => l.includes('createBgpGroup failed')), 10_000);
    await assertNoSecretInLog();
  });

  it('refuses AS numbers, keys and names outside the documented limits before sending anything', async () => {
    hubVbr.sandbox.emulator.stats.reset();
    const base = { profileId: hubVbr.hub, regionId: HZ, vbrId: hubVbr.vbrId, peerAsn: 65050 };
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['peer ASN 0', { ...base, peerAsn: 0 }, /peer ASN must be a whole number from 1 to 4294967295; got 0/],
      ['peer ASN too big', { ...base, peerAsn: 4294967296 }, /from 1 to 4294967295; got 4294967296/],
      ['peer ASN not a number', { ...base, peerAsn: 'AS65050' }, /"peerAsn" must be a number/],
      ['local ASN reserved', { ...base, localAsn: 65025 }, /local ASN 65025 is reserved/],
      ['local ASN public', { ...base, localAsn: 100 }, /45104 \(the default\), 64512–65534 or 4200000000–4294967294; got 100/],
      ['local ASN above the 2-byte range', { ...base, localAsn: 65535 }, /64512–65534 or 4200000000–4294967294; got 65535/],
      ['local ASN above the 4-byte range', { ...base, localAsn: 4294967295 }, /got 4294967295/],
      ['key with a space', { ...base, authKey: 'two words' }, /printable ASCII characters only, without spaces/],
      ['key too long', { ...base, authKey: 'k'.repeat(81) }, /1–80 characters long; it has 81/],
      ['name', { ...base, name: '1st-group' }, /BGP group name must start with a letter/],
      ['description', { ...base, description: 'http://dc1' }, /must not start with http:\/\/ or https:\/\//],
      ['IP version', { ...base, ipVersion: 'v4' }, /IP version must be IPv4 or IPv6; got v4/],
      ['VBR id', { ...base, vbrId: 'vpc-123' }, /"vbrId" must start with "vbr-"/],
    ];
    for (const [what, args, expected] of cases) await rejectsWith('vpcPeering.createBgpGroup', args, expected, what);

    const scripted = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'idc-hangzhou-dc1' }, { input: '65060' }, { input: '65025' }]);
    await vscode.commands.executeCommand('vpcPeering.createBgpGroup');
    assert.match(scripted.asked.at(-1)?.refused ?? '', /local ASN 65025 is reserved/);
    const peerAsn = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'idc-hangzhou-dc1' }, { input: '4294967296' }]);
    await vscode.commands.executeCommand('vpcPeering.createBgpGroup');
    assert.match(peerAsn.asked.at(-1)?.refused ?? '', /from 1 to 4294967295; got 4294967296/);
    assert.equal(hubVbr.sandbox.emulator.stats.byAction.CreateBgpGroup ?? 0, 0, 'no CreateBgpGroup was sent');
  });

  it('creates BGP peers with BFD multi-hop (arguments and prompts); multi-hop is asked only with BFD on', async () => {
    const argsGroup = groupNamed('dc1-args');
    const id = await vscode.commands.executeCommand<string>('vpcPeering.createBgpPeer', {
      profileId: hubVbr.hub,
      regionId: HZ,
      bgpGroupId: argsGroup.id,
      peerIpAddress: '10.254.0.10',
      enableBfd: true,
      bfdMultiHop: 3,
    });
    assert.match(id, /^bgp-/);
    const fromArgs = peer(id);
    assert.deepEqual(
      [fromArgs?.status, fromArgs?.bgpGroupId, fromArgs?.peerIpAddress, fromArgs?.enableBfd, fromArgs?.bfdMultiHop, fromArgs?.ipVersion],
      ['Available', argsGroup.id, '10.254.0.10', true, 3, 'IPv4'],
    );

    const withBfd = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-prompt' }, { input: '10.254.0.14' }, { pick: 'BFD on' }, { input: '1' }, { pick: 'send' }]);
    await vscode.commands.executeCommand('vpcPeering.createBgpPeer');
    assert.equal(withBfd.remaining, 0);
    const direct = peerAt('10.254.0.14');
    assert.deepEqual([direct.status, direct.enableBfd, direct.bfdMultiHop, direct.bgpGroupId], ['Available', true, 1, groupNamed('dc1-prompt').id]);

    const withoutBfd = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-prompt' }, { input: '10.254.0.18' }, { pick: 'BFD off' }, { pick: 'send' }]);
    await vscode.commands.executeCommand('vpcPeering.createBgpPeer');
    assert.equal(withoutBfd.remaining, 0);
    assert.deepEqual(withoutBfd.asked.map((a) => a.kind), ['pick', 'input', 'pick', 'pick'], 'no multi-hop question with BFD off: group, address, BFD, review');
    const plain = peerAt('10.254.0.18');
    assert.deepEqual([plain.status, plain.enableBfd, plain.bfdMultiHop], ['Available', false, undefined]);
  });

  it('refuses multi-hop when BFD is off and out of range when on, and addresses of the wrong kind', async () => {
    hubVbr.sandbox.emulator.stats.reset();
    const base = { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: groupNamed('dc1-args').id, peerIpAddress: '10.254.0.30' };
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['multi-hop with BFD off', { ...base, enableBfd: false, bfdMultiHop: 3 }, /BfdMultiHop applies only when BFD is enabled/],
      ['multi-hop without BFD', { ...base, bfdMultiHop: 3 }, /BfdMultiHop applies only when BFD is enabled/],
      ['multi-hop 256', { ...base, enableBfd: true, bfdMultiHop: 256 }, /BfdMultiHop must be a whole number from 1 to 255; got 256/],
      ['multi-hop 0', { ...base, enableBfd: true, bfdMultiHop: 0 }, /from 1 to 255; got 0/],
      ['multi-hop 1.5', { ...base, enableBfd: true, bfdMultiHop: 1.5 }, /from 1 to 255; got 1\.5/],
      ['IPv6 address in an IPv4 group', { ...base, peerIpAddress: '2001:db8::1' }, /must be an IPv4 address, as the BGP group uses IPv4/],
      ['a prefix', { ...base, peerIpAddress: '10.254.0.0/30' }, /single IPv4 address \(no prefix length\)/],
      ['IP version of another kind', { ...base, ipVersion: 'IPv6' }, /IP version must match the BGP group's, IPv4/],
      ['group id', { ...base, bgpGroupId: 'bgp-123' }, /"bgpGroupId" must start with "bgpg-"/],
    ];
    for (const [what, args, expected] of cases) await rejectsWith('vpcPeering.createBgpPeer', args, expected, what);

    const typed = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-args' }, { input: '10.254.0.30' }, { pick: 'BFD on' }, { input: '256' }]);
    await vscode.commands.executeCommand('vpcPeering.createBgpPeer');
    assert.match(typed.asked.at(-1)?.refused ?? '', /from 1 to 255; got 256/);
    const address = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-args' }, { input: '2001:db8::1' }]);
    await vscode.commands.executeCommand('vpcPeering.createBgpPeer');
    assert.match(address.asked.at(-1)?.refused ?? '', /must be an IPv4 address/);
    assert.equal(hubVbr.sandbox.emulator.stats.byAction.CreateBgpPeer ?? 0, 0, 'no CreateBgpPeer was sent');
  });

  it('a refused create returns to the review with the hint and the answers kept; run again, it offers to continue', async () => {
    const rule = hubVbr.sandbox.emulator.faults.addRule({ action: 'CreateBgpPeer', code: 'QuotaExceeded', httpStatus: 400, message: 'injected: no room', times: 1 });
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([
      { pick: 'dc1-prompt' },
      { input: '10.254.0.34' },
      { pick: 'BFD on' },
      { input: '5' },
      { pick: 'send' }, // refused: nothing was created
      { escape: true }, // the review again, with the refusal; closed
      { pick: 'dc1-prompt' },
      { pick: 'Continue where you left off' },
      { pick: 'send' },
    ]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.createBgpPeer'), undefined, 'closed on the review: nothing is done');
    hubVbr.sandbox.emulator.faults.removeRule(rule);
    const review = scripted.asked[5];
    assert.equal(review.kind, 'pick');
    assert.match(review.problem ?? '', /injected: no room \(QuotaExceeded\)\. A virtual border router holds at most 8 BGP peers, and idc-hangzhou-dc1 \(vbr-\w+\) has \d+/);
    assert.equal(world().bgpPeers.find((p) => p.peerIpAddress === '10.254.0.34'), undefined, 'nothing was created');

    const id = await vscode.commands.executeCommand<string>('vpcPeering.createBgpPeer');
    assert.equal(scripted.remaining, 0);
    assert.equal(scripted.asked[8].problem, undefined, 'it continues on the review, the refusal gone');
    const created = peerAt('10.254.0.34');
    assert.equal(created.id, id);
    assert.deepEqual([created.status, created.enableBfd, created.bfdMultiHop, created.bgpGroupId], ['Available', true, 5, groupNamed('dc1-prompt').id], 'every answer was kept');
  });

  it('a refused modify returns to the review of what changes, old → new, with the answers kept', async () => {
    const before = peerAt('10.254.0.34');
    const rule = hubVbr.sandbox.emulator.faults.addRule({ action: 'ModifyBgpPeerAttribute', code: 'Forbidden.RAM', httpStatus: 403, message: 'injected: not allowed', times: 1 });
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([
      { pick: '10.254.0.34' },
      { input: '10.254.0.38' },
      { pick: 'BFD off' },
      // The review lists what changes (a line picked is only shown, and the review asked again).
      { pick: 'Peer IP address: 10.254.0.34 → 10.254.0.38' },
      { pick: 'BFD: on, multi-hop 5 → off' },
      { pick: 'send' }, // refused
      { pick: 'send' }, // the same answers, sent again
    ]);
    const id = await vscode.commands.executeCommand<string>('vpcPeering.modifyBgpPeer');
    hubVbr.sandbox.emulator.faults.removeRule(rule);
    assert.equal(id, before.id);
    assert.equal(scripted.remaining, 0);
    assert.match(scripted.asked[6].problem ?? '', /injected: not allowed \(Forbidden\.RAM\)\. This RAM identity may not call/);
    const after = peer(before.id);
    assert.deepEqual([after?.status, after?.peerIpAddress, after?.enableBfd], ['Available', '10.254.0.38', false]);
  });

  it('modifies a peer: address, BFD on and off, multi-hop', async () => {
    const fromArgs = peerAt('10.254.0.10');
    await vscode.commands.executeCommand('vpcPeering.modifyBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpPeerId: fromArgs.id, peerIpAddress: '10.254.0.22', bfdMultiHop: 7 });
    const changed = peer(fromArgs.id);
    assert.deepEqual([changed?.status, changed?.peerIpAddress, changed?.enableBfd, changed?.bfdMultiHop], ['Available', '10.254.0.22', true, 7]);

    const plain = peerAt('10.254.0.18');
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([{ pick: '10.254.0.18' }, { input: '10.254.0.26' }, { pick: 'BFD on' }, { input: '9' }, { pick: 'send' }]);
    await vscode.commands.executeCommand('vpcPeering.modifyBgpPeer');
    assert.equal(scripted.remaining, 0);
    const turnedOn = peer(plain.id);
    assert.deepEqual([turnedOn?.status, turnedOn?.peerIpAddress, turnedOn?.enableBfd, turnedOn?.bfdMultiHop], ['Available', '10.254.0.26', true, 9]);

    await vscode.commands.executeCommand('vpcPeering.modifyBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpPeerId: fromArgs.id, enableBfd: false });
    const off = peer(fromArgs.id);
    assert.deepEqual([off?.enableBfd, off?.bfdMultiHop, off?.peerIpAddress], [false, undefined, '10.254.0.22']);

    hubVbr.sandbox.emulator.stats.reset();
    await rejectsWith('vpcPeering.modifyBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpPeerId: fromArgs.id, bfdMultiHop: 2 }, /BfdMultiHop applies only when BFD is enabled/, 'multi-hop on a peer without BFD');
    await rejectsWith('vpcPeering.modifyBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpPeerId: fromArgs.id, enableBfd: true, bfdMultiHop: 300 }, /from 1 to 255; got 300/, 'multi-hop 300');
    await rejectsWith('vpcPeering.modifyBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpPeerId: fromArgs.id, peerIpAddress: '10.254.0.300' }, /single IPv4 address/, 'address');
    assert.equal(hubVbr.sandbox.emulator.stats.byAction.ModifyBgpPeerAttribute ?? 0, 0, 'no ModifyBgpPeerAttribute was sent');
  });

  it('deletes a peer after a confirmation naming it, and with an arguments object', async () => {
    const target = peerAt('10.254.0.26');
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([{ pick: '10.254.0.26' }, { confirm: 'Delete' }]);
    const deleted = await vscode.commands.executeCommand<string>('vpcPeering.deleteBgpPeer');
    assert.equal(deleted, target.id);
    assert.match(scripted.asked[1].title, /Delete the BGP peer 10\.254\.0\.26 \(bgp-[^)]+\)\?/);
    assert.equal(peer(target.id), undefined, 'gone from the emulated cloud');

    const kept = hubVbr.sandbox.api.useScriptedPrompts([{ pick: '10.254.0.22' }, { confirm: undefined }]);
    await vscode.commands.executeCommand('vpcPeering.deleteBgpPeer');
    assert.equal(kept.remaining, 0);
    assert.ok(peerAt('10.254.0.22'), 'dismissing the confirmation deletes nothing');

    const other = peerAt('10.254.0.22');
    await vscode.commands.executeCommand('vpcPeering.deleteBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpPeerId: other.id, skipConfirmation: true });
    assert.equal(peer(other.id), undefined);
    const state = hubVbr.sandbox.api.store.region(hubVbr.hub, HZ);
    assert.ok(state.status === 'loaded' && !state.value.bgpPeers.some((p) => p.id === other.id), 'gone from the store');
  });

  it('refuses the ninth BGP peer on a VBR with the mapped quota error', async () => {
    const groupId = groupNamed('dc1-args').id;
    const onVbr = () => world().bgpPeers.filter((p) => p.vbrId === hubVbr.vbrId).length;
    for (let n = onVbr(), ip = 40; n < 8; n++, ip += 4) {
      await vscode.commands.executeCommand('vpcPeering.createBgpPeer', { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: groupId, peerIpAddress: `10.254.0.${ip}` });
    }
    assert.equal(onVbr(), 8);
    await rejectsWith(
      'vpcPeering.createBgpPeer',
      { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: groupId, peerIpAddress: '10.254.0.90' },
      /CreateBgpPeer: QuotaExceeded: .*8\/8/,
      'the ninth peer',
    );
    assert.equal(onVbr(), 8);
    const line = await waitFor('the quota failure in the log', () => readOutputChannelLines().find((l) => l.includes('createBgpPeer failed') && l.includes('QuotaExceeded')), 10_000);
    assert.match(line, /\(QuotaExceeded\)\. A virtual border router holds at most 8 BGP peers, and idc-hangzhou-dc1 \(vbr-\w+\) has 8/);
  });

  it('offers the commands in the tree by the resource\'s capabilities', () => {
    assert.deepEqual(inlineCommands('bgpGroup:Available:canAddPeer:canModify:canDelete'), ['vpcPeering.createBgpPeer']);
    assert.deepEqual(inlineCommands('bgpPeer:Available:Established:canModify:canDelete'), ['vpcPeering.modifyBgpPeer']);
    const peerMenu = treeMenuCommands('bgpPeer:Available:Down:canModify:canDelete');
    assert.ok(peerMenu.includes('vpcPeering.modifyBgpPeer') && peerMenu.includes('vpcPeering.deleteBgpPeer'));
    const settling = treeMenuCommands('bgpPeer:Pending:Idle');
    assert.ok(!settling.some((c) => /BgpPeer/.test(c)), `nothing to change while Pending: ${settling.join(', ')}`);
    const vbrMenu = treeMenuCommands('vbr:active');
    assert.ok(vbrMenu.includes('vpcPeering.createBgpGroup') && vbrMenu.includes('vpcPeering.createBgpPeer'));
    assert.ok(!treeMenuCommands('vbr:terminated').includes('vpcPeering.createBgpGroup'));
  });
});
