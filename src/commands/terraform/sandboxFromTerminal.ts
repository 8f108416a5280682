// "Use the Sandbox from a Terminal": what the aliyun CLI and Terraform need to talk to the
// sandbox emulator, which accepts their older RPC signature too. Opens a document with, per demo
// account, the `aliyun configure set` command for a CLI profile and the environment variables,
// and a Terraform provider block per account aimed at the emulator; offers a terminal with one
// account's variables set. Nothing is written to the person's own CLI configuration. Arguments
// object { terminal?: account name } opens that terminal without asking; resolves to the text.

import * as vscode from 'vscode';
import type { SandboxEndpoint } from '../../profiles/sandbox';
import { argumentsObject, ArgumentError, optionalString } from '../shared/arguments';
import type { CommandDefinition } from '../shared/commandContext';
import { sandboxCliProfile } from './accountAccess';

type EmulatorAccount = SandboxEndpoint['accounts'][number];

const REGION = 'cn-hangzhou';

export const useSandboxFromTerminal: CommandDefinition = {
  id: 'vpcPeering.useSandboxFromTerminal',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    await context.startSandbox();
    const running = context.sandbox.current;
    if (!running) throw new Error(vscode.l10n.t('The sandbox did not start.'));
    const text = sandboxInstructions(running.endpoint, running.accounts);
    const wanted = optionalString(args, 'terminal');
    if (wanted !== undefined) {
      const account = running.accounts.find((a) => a.name === wanted);
      if (!account) throw new ArgumentError(vscode.l10n.t('No sandbox account is named {0}; there are {1}.', wanted, running.accounts.map((a) => a.name).join(', ')));
      openTerminal(running.endpoint, account);
      return text;
    }
    if (args) return text;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    const choice = await vscode.window.showQuickPick(
      running.accounts.map((account) => ({ label: account.name, description: account.uid, account })),
      { title: vscode.l10n.t('Open a terminal signed in as a sandbox account (Escape: just the document)') },
    );
    if (choice) openTerminal(running.endpoint, choice.account);
    return text;
  },
};

function openTerminal(endpoint: string, account: EmulatorAccount): void {
  const terminal = vscode.window.createTerminal({
    name: vscode.l10n.t('Sandbox: {0}', account.name),
    env: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: account.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: account.accessKeySecret,
      ALIBABA_CLOUD_REGION: REGION,
      ALIBABA_CLOUD_ENDPOINT_VPC: endpoint,
      ALIBABA_CLOUD_ENDPOINT_VPCPEER: endpoint,
    },
  });
  terminal.show();
}

/** The document's text: a CLI profile and a provider block per sandbox account. */
export function sandboxInstructions(endpoint: string, accounts: readonly EmulatorAccount[]): string {
  const lines = [
    '# The sandbox from a terminal',
    '',
    `The sandbox emulator listens on http://${endpoint} (this machine only, plain HTTP). Its keys are`,
    'the emulator\'s own demo keys, not cloud credentials. It verifies the signatures of the aliyun',
    'CLI and of the Terraform provider as the service does.',
    '',
    '## aliyun CLI',
    '',
    '```sh',
  ];
  for (const account of accounts) {
    lines.push(
      `aliyun configure set --profile ${sandboxCliProfile(account.name)} --mode AK --region ${REGION} \\`,
      `  --access-key-id ${account.accessKeyId} --access-key-secret ${account.accessKeySecret}`,
    );
  }
  lines.push(
    '',
    `# then, for example (the sandbox speaks HTTP: --endpoint with its address):`,
    `aliyun vpc DescribeVpcs --profile ${sandboxCliProfile(accounts[0]?.name ?? 'account')} --RegionId ${REGION} --endpoint ${endpoint}`,
    '```',
    '',
    '## Terraform',
    '',
    '```hcl',
  );
  for (const account of accounts) {
    lines.push(
      `provider "alicloud" {`,
      `  alias    = "${sandboxCliProfile(account.name).replace(/-/g, '_')}"`,
      `  region   = "${REGION}"`,
      `  profile  = "${sandboxCliProfile(account.name)}"`,
      `  protocol = "HTTP"`,
      '',
      '  endpoints {',
      `    vpc     = "${endpoint}"`,
      `    vpcpeer = "${endpoint}"`,
      '  }',
      '}',
      '',
    );
  }
  lines.push('```', '', '*VPC Peering: Export as Terraform* writes provider blocks like these for the sandbox.', '');
  return lines.join('\n');
}
