// "Use the Sandbox from a Terminal" in real VS Code: the CLI profile and provider block of every
// sandbox account, aimed at the running emulator, and a terminal with one account's variables.
import * as assert from 'node:assert/strict';
import { parse } from '@cdktf/hcl2json';
import * as vscode from 'vscode';
import { activatedExtension } from '../../support/extension';
import { harnessSandbox } from '../../support/privateSandbox';
import { waitFor } from '../../support/wait';

describe('the sandbox from a terminal', function () {
  this.timeout(60_000);

  before(async () => {
    await activatedExtension();
    await vscode.commands.executeCommand('vpcPeering.useSandbox');
  });

  it('shows a CLI profile and a provider block per sandbox account, aimed at the emulator', async () => {
    const { endpoint, accounts } = harnessSandbox();
    const text = (await vscode.commands.executeCommand('vpcPeering.useSandboxFromTerminal', {})) as string;
    for (const account of accounts) {
      assert.ok(text.includes(`--access-key-id ${account.accessKeyId} --access-key-secret ${account.accessKeySecret}`), account.name);
      assert.ok(text.includes(`profile  = "vpc-peering-sandbox-${account.name}"`), account.name);
    }
    const hcl = /```hcl\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
    const parsed = (await parse('sandbox.tf', hcl)) as { provider: { alicloud: Array<{ endpoints: Array<{ vpc: string; vpcpeer: string }>; protocol: string }> } };
    assert.equal(parsed.provider.alicloud.length, accounts.length);
    for (const provider of parsed.provider.alicloud) {
      assert.deepEqual(provider.endpoints[0], { vpc: endpoint, vpcpeer: endpoint });
      assert.equal(provider.protocol, 'HTTP');
    }
  });

  it('opens a terminal signed in as the account asked for, and refuses an unknown one', async () => {
    const { endpoint, accounts } = harnessSandbox();
    const account = accounts[0];
    await vscode.commands.executeCommand('vpcPeering.useSandboxFromTerminal', { terminal: account.name });
    const terminal = await waitFor('the terminal', () => vscode.window.terminals.find((t) => t.name === `Sandbox: ${account.name}`));
    const env = (terminal.creationOptions as vscode.TerminalOptions).env ?? {};
    assert.equal(env.ALIBABA_CLOUD_ACCESS_KEY_ID, account.accessKeyId);
    assert.equal(env.ALIBABA_CLOUD_ENDPOINT_VPCPEER, endpoint);
    terminal.dispose();
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vpcPeering.useSandboxFromTerminal', { terminal: 'nobody' })), /No sandbox account is named nobody/);
  });
});
