// The profile commands ask through the extension's prompter, so a script answers them as it
// answers the wizards: Remove Profile's pick and Select Profiles' multi-select.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../src/extension';
import { activatedExtension } from './support/extension';

describe('profiles through the prompter', () => {
  let api: VpcPeeringApi;

  before(async () => {
    api = (await activatedExtension()).exports as VpcPeeringApi;
  });

  it('Remove Profile asks which one and removes the chosen profile', async () => {
    const spec = await api.registry.addAccessKey('scripted-removal', 'LTAI5tScriptedRemoval01', 'scripted-removal-secret-01');
    const script = api.useScriptedPrompts([{ pick: 'scripted-removal' }]);
    const removed = await vscode.commands.executeCommand<string>('vpcPeering.removeProfile');
    assert.equal(removed, spec.id);
    assert.equal(api.registry.get(spec.id), undefined);
    assert.deepEqual(
      script.asked.map((a) => [a.kind, a.title]),
      [['pick', 'Remove a profile']],
    );
  });

  it('Remove Profile closed without an answer removes nothing', async () => {
    const spec = await api.registry.addAccessKey('scripted-kept', 'LTAI5tScriptedKept00001', 'scripted-kept-secret-0001');
    api.useScriptedPrompts([{ escape: true }]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.removeProfile'), undefined);
    assert.ok(api.registry.get(spec.id));
    await api.registry.remove(spec.id);
  });

  describe('Select Profiles', () => {
    // At least one profile to tick, whichever suites ran before.
    let extra: string;
    before(async () => {
      extra = (await api.registry.addAccessKey('scripted-select', 'LTAI5tScriptedSelect001', 'scripted-select-secret-01')).id;
    });
    after(async () => {
      await api.registry.remove(extra);
    });

    it('Select Profiles offers the profiles with the active ones selected, and keeps what is chosen', async () => {
      const before = api.registry.activeIds();
      const labels = api.registry.active().map((p) => p.label);
      const script = api.useScriptedPrompts([{ pickMany: labels }]);
      const result = await vscode.commands.executeCommand<string[]>('vpcPeering.selectProfiles');
      assert.deepEqual(result, before);
      assert.equal(script.asked[0].kind, 'pickMany');
      assert.deepEqual(script.asked[0].preselected, labels.length ? labels : undefined);
    });

    it('Select Profiles offers adding a profile as title buttons, not as rows to tick; a button runs its command', async () => {
      const before = api.registry.activeIds();
      const script = api.useScriptedPrompts([{ pickMany: api.registry.active().map((p) => p.label) }]);
      await vscode.commands.executeCommand('vpcPeering.selectProfiles');
      const buttons = script.asked[0].buttons ?? [];
      assert.ok(buttons.includes('cli') && buttons.includes('accessKey'), buttons.join(', '));
      assert.equal(buttons.includes('sandbox'), api.registry.sandboxProfiles().length === 0, 'Try the Sandbox only while it is not set up');

      // Add an access key…: its first question comes next; closing it adds nothing and changes nothing.
      const pressed = api.useScriptedPrompts([{ press: 'accessKey' }, { escape: true }]);
      const result = await vscode.commands.executeCommand<string[]>('vpcPeering.selectProfiles');
      assert.equal(pressed.remaining, 0);
      assert.equal(pressed.asked.length, 2, 'the access key command asked');
      assert.deepEqual(result, before);
      assert.deepEqual(api.registry.activeIds(), before);
    });
  });
});
