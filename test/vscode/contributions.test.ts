import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, manifest } from './support/extension';

describe('contributions', () => {
  before(async () => {
    await activatedExtension();
  });

  it('adds the VPC Peering view container to the activity bar and opens it', async () => {
    assert.deepEqual(
      manifest().contributes.viewsContainers.activitybar.map((container) => container.id),
      ['vpcPeering'],
    );
    // VS Code registers this command only for a view container it accepted; it rejects otherwise.
    await vscode.commands.executeCommand('workbench.view.extension.vpcPeering');
  });

  it('puts the vpcPeering.explorer view in that container', async () => {
    assert.deepEqual(
      manifest().contributes.views.vpcPeering.map((view) => view.id),
      ['vpcPeering.explorer'],
    );
    await vscode.commands.executeCommand('vpcPeering.explorer.focus');
  });

  it('declares every setting under vpcPeering. with the default the manifest gives', () => {
    const declared = manifest().contributes.configuration.properties;
    const keys = Object.keys(declared);
    // Settings the design promises other parts.
    for (const key of ['vpcPeering.regions', 'vpcPeering.pollIntervalSeconds']) assert.ok(keys.includes(key), `${key} is not declared`);
    for (const key of keys) {
      assert.ok(key.startsWith('vpcPeering.'), `${key} is outside the vpcPeering. section`);
      const inspected = vscode.workspace.getConfiguration().inspect(key);
      assert.ok(inspected, `VS Code does not know the setting ${key}`);
      assert.deepEqual(inspected.defaultValue, declared[key].default, `default of ${key}`);
    }
  });
});
