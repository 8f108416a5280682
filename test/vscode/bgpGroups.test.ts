// A BGP group's whole life in real VS Code against a private emulator: Create refuses an IPv6
// group on a VBR without IPv6 before sending (arguments and prompts, naming the VBR), Modify BGP
// Group changes what is asked or given and only that, Delete BGP Group refuses while peers remain
// and asks before deleting, and the tree and palette offer both where they apply.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { manifest } from './support/extension';
import { treeMenuCommands } from './support/menus';
import { HZ, rejectsWith, useHubVbr } from './support/hubVbr';

describe('BGP group lifecycle', function () {
  this.timeout(90_000);
  const hubVbr = useHubVbr();
  const { group, groupNamed } = hubVbr;
  const sent = (action: string): number => hubVbr.sandbox.emulator.stats.byAction[action] ?? 0;
  const noIpv6 = /IPv6 is not enabled on the virtual border router idc-hangzhou-dc1 \(vbr-\w+\): enable it there .* or create an IPv4 group/;

  it('refuses an IPv6 group on a VBR without IPv6 before sending, naming the VBR (arguments and prompts)', async () => {
    hubVbr.sandbox.emulator.stats.reset();
    await rejectsWith('vpcPeering.createBgpGroup', { profileId: hubVbr.hub, regionId: HZ, vbrId: hubVbr.vbrId, peerAsn: 65070, ipVersion: 'IPv6' }, noIpv6, 'IPv6 from arguments');
    assert.equal(sent('CreateBgpGroup'), 0, 'nothing was sent');

    // From the prompts the refusal comes back to the IP version question, every answer kept.
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([
      { pick: 'idc-hangzhou-dc1' },
      { input: '65071' },
      { input: '45104' },
      { input: '' },
      { input: 'dc1-v6-attempt' },
      { input: '' },
      { pick: 'IPv6' },
      { pick: 'IPv4' },
    ]);
    const id = await vscode.commands.executeCommand<string>('vpcPeering.createBgpGroup');
    assert.equal(scripted.remaining, 0);
    const ipVersionAsked = scripted.asked.filter((a) => a.kind === 'pick').slice(-2);
    assert.equal(ipVersionAsked[0].problem, undefined);
    assert.match(ipVersionAsked[1].problem ?? '', noIpv6, 'the second time, the question shows why');
    assert.equal(sent('CreateBgpGroup'), 1, 'only the IPv4 group was sent');
    const created = group(id);
    assert.deepEqual([created?.name, created?.ipVersion, created?.peerAsn], ['dc1-v6-attempt', 'IPv4', 65071]);
  });

  it('modifies a group from an arguments object, sending only what changed', async () => {
    const id = await vscode.commands.executeCommand<string>('vpcPeering.createBgpGroup', { profileId: hubVbr.hub, regionId: HZ, vbrId: hubVbr.vbrId, peerAsn: 65080, authKey: 'Group-Key-1', name: 'dc1-modify' });
    hubVbr.sandbox.emulator.stats.reset();
    const result = await vscode.commands.executeCommand<string>('vpcPeering.modifyBgpGroup', {
      profileId: hubVbr.hub,
      regionId: HZ,
      bgpGroupId: id,
      name: 'dc1-modified',
      description: 'Changed by arguments',
      peerAsn: 65081,
      isFakeAsn: true,
      routeQuota: 60,
    });
    assert.equal(result, id);
    const changed = group(id);
    assert.deepEqual(
      [changed?.status, changed?.name, changed?.description, changed?.peerAsn, changed?.localAsn, changed?.isFakeAsn, changed?.routeLimit, changed?.hasAuthKey],
      ['Available', 'dc1-modified', 'Changed by arguments', 65081, 45104, true, 60, true],
    );
    const state = hubVbr.sandbox.api.store.region(hubVbr.hub, HZ);
    assert.equal(state.status === 'loaded' && state.value.bgpGroups.find((g) => g.id === id)?.name, 'dc1-modified', 'the store followed it');

    await vscode.commands.executeCommand('vpcPeering.modifyBgpGroup', { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: id, name: 'dc1-modified', routeQuota: 60 });
    assert.equal(sent('ModifyBgpGroupAttribute'), 1, 'nothing differed the second time: nothing sent');

    await vscode.commands.executeCommand('vpcPeering.modifyBgpGroup', { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: id, clearAuthKey: true });
    assert.equal(group(id)?.hasAuthKey, false);
  });

  it('modifies a group through the prompts: what to change, then each value with the current one in the box', async () => {
    const target = groupNamed('dc1-modified');
    const scripted = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-modified' }, { pickMany: ['Name', 'Route limit'] }, { input: 'dc1-typed' }, { input: '90' }]);
    await vscode.commands.executeCommand('vpcPeering.modifyBgpGroup');
    assert.equal(scripted.remaining, 0);
    const inputs = scripted.asked.filter((a) => a.kind === 'input');
    assert.deepEqual(inputs.map((a) => a.value), ['dc1-modified', '60'], 'the current values are offered');
    const changed = group(target.id);
    assert.deepEqual([changed?.name, changed?.routeLimit, changed?.peerAsn], ['dc1-typed', 90, 65081]);
  });

  it('refuses values outside the documented limits before sending anything', async () => {
    const target = groupNamed('dc1-typed');
    hubVbr.sandbox.emulator.stats.reset();
    const base = { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: target.id };
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['route limit 500', { ...base, routeQuota: 500 }, /route limit must be a whole number from 1 to 110.*got 500/],
      ['local ASN reserved', { ...base, localAsn: 65025 }, /local ASN 65025 is reserved/],
      ['peer ASN equal to the local one', { ...base, peerAsn: 45104 }, /must differ from the local ASN \(45104\)/],
      ['name', { ...base, name: '2nd' }, /BGP group name must start with a letter/],
      ['a key and clearing it', { ...base, authKey: 'k-1', clearAuthKey: true }, /not both/],
      ['group id', { ...base, bgpGroupId: 'bgp-1' }, /"bgpGroupId" must start with "bgpg-"/],
    ];
    for (const [what, args, expected] of cases) await rejectsWith('vpcPeering.modifyBgpGroup', args, expected, what);
    const typed = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-typed' }, { pickMany: ['Route limit'] }, { input: '0' }]);
    await vscode.commands.executeCommand('vpcPeering.modifyBgpGroup');
    assert.match(typed.asked.at(-1)?.refused ?? '', /from 1 to 110/);
    assert.equal(sent('ModifyBgpGroupAttribute'), 0, 'no ModifyBgpGroupAttribute was sent');
  });

  it('refuses to delete a group that still has peers, naming them, and sends nothing', async () => {
    const demo = groupNamed('dc1-ebgp');
    hubVbr.sandbox.emulator.stats.reset();
    await rejectsWith(
      'vpcPeering.deleteBgpGroup',
      { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: demo.id, skipConfirmation: true },
      /The BGP group dc1-ebgp \(bgpg-\w+\) still has 2 BGP peers \(10\.254\.0\.2 \(bgp-\w+\), 10\.254\.0\.6 \(bgp-\w+\)\): delete them first/,
      'a group with peers',
    );
    assert.equal(sent('DeleteBgpGroup'), 0);
    assert.equal(group(demo.id)?.status, 'Available');
  });

  it('deletes a group after a confirmation naming it, and with an arguments object that skips it', async () => {
    const target = groupNamed('dc1-typed');
    const kept = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-typed' }, { confirm: undefined }]);
    await vscode.commands.executeCommand('vpcPeering.deleteBgpGroup');
    assert.equal(kept.remaining, 0);
    assert.match(kept.asked[1].title, /^Delete the BGP group dc1-typed \(bgpg-\w+\)\?$/);
    assert.ok(group(target.id), 'dismissing the confirmation deletes nothing');

    const confirmed = hubVbr.sandbox.api.useScriptedPrompts([{ pick: 'dc1-typed' }, { confirm: 'Delete' }]);
    const deleted = await vscode.commands.executeCommand<string>('vpcPeering.deleteBgpGroup');
    assert.equal(confirmed.remaining, 0);
    assert.equal(deleted, target.id);
    assert.equal(group(target.id), undefined, 'gone from the emulated cloud');
    const state = hubVbr.sandbox.api.store.region(hubVbr.hub, HZ);
    assert.ok(state.status === 'loaded' && !state.value.bgpGroups.some((g) => g.id === target.id), 'gone from the store');

    const other = groupNamed('dc1-v6-attempt');
    await vscode.commands.executeCommand('vpcPeering.deleteBgpGroup', { profileId: hubVbr.hub, regionId: HZ, bgpGroupId: other.id, skipConfirmation: true });
    assert.equal(group(other.id), undefined);
  });

  it('offers Modify and Delete on group rows that allow them, and in the palette under VPC Peering', () => {
    const menu = treeMenuCommands('bgpGroup:Available:canAddPeer:canModify:canDelete');
    assert.ok(menu.includes('vpcPeering.modifyBgpGroup') && menu.includes('vpcPeering.deleteBgpGroup'), menu.join(', '));
    const settling = treeMenuCommands('bgpGroup:Modifying');
    assert.ok(!settling.includes('vpcPeering.modifyBgpGroup') && !settling.includes('vpcPeering.deleteBgpGroup'), settling.join(', '));
    const contributes = manifest().contributes as unknown as { commands: { command: string; category?: string; title: string }[] };
    for (const id of ['vpcPeering.modifyBgpGroup', 'vpcPeering.deleteBgpGroup']) {
      const command = contributes.commands.find((c) => c.command === id);
      assert.equal(command?.category, 'VPC Peering', id);
    }
  });
});
