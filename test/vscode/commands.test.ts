import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, manifest } from './support/extension';

// The command ids the design promises (DESIGN.md, "Contracts other parts rely on").
const contractCommands = [
  'vpcPeering.selectProfiles', 'vpcPeering.useSandbox', 'vpcPeering.addAccessKey', 'vpcPeering.refresh',
  'vpcPeering.openTopology', 'vpcPeering.exportTopology', 'vpcPeering.createPeerConnection',
  'vpcPeering.acceptPeerConnection', 'vpcPeering.rejectPeerConnection', 'vpcPeering.modifyPeerConnection',
  'vpcPeering.deletePeerConnection', 'vpcPeering.addRoutes', 'vpcPeering.removeRoutes',
  'vpcPeering.createRouterInterfaceConnection', 'vpcPeering.deleteRouterInterfaceConnection',
  'vpcPeering.createBgpPeer', 'vpcPeering.modifyBgpPeer', 'vpcPeering.deleteBgpPeer', 'vpcPeering.diagnoseConnectivity',
];

// Commands VS Code itself makes for the extension's view (`vpcPeering.explorer.focus`, …).
const viewCommand = /^vpcPeering\.explorer\./;

async function registeredExtensionCommands(): Promise<string[]> {
  const all = await vscode.commands.getCommands(true);
  return all.filter((id) => id.startsWith('vpcPeering.') && !viewCommand.test(id));
}

describe('commands', () => {
  before(async () => {
    await activatedExtension();
  });

  it('contributes every command of the design under the VPC Peering category', () => {
    const contributed = new Map(manifest().contributes.commands.map((command) => [command.command, command]));
    for (const id of contractCommands) {
      const command = contributed.get(id);
      assert.ok(command, `${id} is not in contributes.commands`);
      assert.equal(command.category, 'VPC Peering', `category of ${id}`);
    }
  });

  it('registers no vpcPeering command that package.json does not contribute', async () => {
    const contributed = new Set(manifest().contributes.commands.map((command) => command.command));
    const undeclared = (await registeredExtensionCommands()).filter((id) => !contributed.has(id));
    assert.deepEqual(undeclared, [], 'registered but missing from contributes.commands (no title in the palette)');
  });

  it('registers every command that package.json contributes', async () => {
    const registered = new Set(await registeredExtensionCommands());
    const missing = manifest().contributes.commands.map((command) => command.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'contributed but not registered after activation');
  });
});
