// What every command can use. Commands reach the cloud only through the store (reads) and the
// account clients' operations (writes); they never build an SDK client themselves.

import type * as vscode from 'vscode';
import type { AccountSession } from '../../profiles/accountSession';
import type { ProfileRegistry } from '../../profiles/profileRegistry';
import type { SandboxHost } from '../../profiles/sandbox';
import type { TopologyStore } from '../../inventory/store';
import type { ExplorerNode } from '../../views/explorer/explorerNode';
import type { ExplorerProvider } from '../../views/explorer/explorerProvider';
import type { TerraformWorkspace } from '../../views/terraform/terraformWorkspace';
import type { TopologyPanelHost } from '../../views/topology/lazyTopologyPanel';
import type { Prompter } from '../wizard/prompter';

export interface CommandContext {
  readonly extension: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly registry: ProfileRegistry;
  readonly session: AccountSession;
  readonly sandbox: SandboxHost;
  readonly store: TopologyStore;
  readonly explorer: ExplorerProvider;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly topology: TopologyPanelHost;
  /** The workspace's Terraform: which resources code owns. */
  readonly terraform: TerraformWorkspace;
  /** Asks the person (or, in tests, a script) the wizard's questions. */
  prompter(): Prompter;
  /** Starts the sandbox if needed and publishes its accounts as profiles. */
  startSandbox(): Promise<string[]>;
}

/** A command handler: `argument` is a tree node (menus), an arguments object, or nothing. */
export type CommandHandler = (context: CommandContext, argument: unknown, ...rest: unknown[]) => unknown;

export interface CommandDefinition {
  id: string;
  run: CommandHandler;
}

/** A modal question with one button besides Cancel: true when the person pressed it. */
export async function confirmed(context: Pick<CommandContext, 'prompter'>, message: string, detail: string, button: string): Promise<boolean> {
  return (await context.prompter().confirm(message, detail, [button])) === button;
}
