// activate(): wires the layers together and nothing else.

import * as vscode from 'vscode';
import { allCommands, registerCommands } from './commands';
import type { CommandContext } from './commands/shared/commandContext';
import { EditorPrompter } from './commands/wizard/editorPrompter';
import type { Prompter } from './commands/wizard/prompter';
import { ScriptedPrompter, type ScriptedAnswer } from './commands/wizard/scriptedPrompter';
import { AccountSession } from './profiles/accountSession';
import { ProfileRegistry, SANDBOX_PREFIX } from './profiles/profileRegistry';
import { SandboxHost } from './profiles/sandbox';
import { TopologyStore } from './inventory/store';
import { PeriodicRefresh, readSettings, watchSettings } from './settings';
import type { ExplorerNode } from './views/explorer/explorerNode';
import { ExpansionMemory } from './views/explorer/expansionMemory';
import { ExplorerProvider } from './views/explorer/explorerProvider';
import { ProfileStatusBar } from './views/profileStatusBar';
import { TerraformWorkspace } from './views/terraform/terraformWorkspace';
import { TopologyPanel } from './views/topology/topologyPanel';

/** What the extension offers other extensions and its own tests. */
export interface VpcPeeringApi {
  readonly store: TopologyStore;
  readonly registry: ProfileRegistry;
  /** The explorer's data provider (what the tree shows, node by node). */
  readonly explorer: ExplorerProvider;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly topology: TopologyPanel;
  /** Tests: answer the next wizard prompts from a script instead of the editor. */
  useScriptedPrompts(answers: ScriptedAnswer[]): ScriptedPrompter;
}

export async function activate(context: vscode.ExtensionContext): Promise<VpcPeeringApi> {
  const log = vscode.window.createOutputChannel('VPC Peering', { log: true });
  context.subscriptions.push(log);
  const settings = readSettings();

  const registry = new ProfileRegistry(context.globalState, context.secrets);
  const store = new TopologyStore({
    regionFilter: settings.regions,
    pollIntervalMs: settings.pollIntervalSeconds * 1000,
    log: (message) => log.debug(message),
  });
  const session = new AccountSession(
    registry,
    store,
    { maxConcurrent: settings.maxConcurrentRequests, readTimeoutMs: settings.requestTimeoutSeconds * 1000 },
    (event) => {
      if (event.outcome !== 'ok') {
        log.warn(`${event.action} ${event.regionId ?? ''} attempt ${event.attempt}: ${event.outcome} ${event.errorCode ?? ''}`);
      } else {
        log.trace(`${event.action} ${event.regionId ?? ''} ${event.durationMs} ms`);
      }
    },
  );
  await vscode.workspace.fs.createDirectory(context.globalStorageUri);
  const sandbox = new SandboxHost({
    storageDir: context.globalStorageUri.fsPath,
    transitionMs: settings.sandboxTransitionSeconds * 1000,
    env: process.env,
    onStateReset: (movedTo, reason) => {
      log.warn(`the saved sandbox state could not be read (${reason}); it was moved to ${movedTo} and the demo scenario restored`);
      void vscode.window.showWarningMessage(vscode.l10n.t('The saved sandbox state could not be read, so the sandbox starts again from the demo scenario.'));
    },
  });

  const terraform = new TerraformWorkspace(store, log);
  const expansion = new ExpansionMemory(context.workspaceState);
  const explorer = new ExplorerProvider(store, { pageSize: 100, showEmptyRegions: () => readSettings().showEmptyRegions, notes: terraform, expansion });
  const treeView = vscode.window.createTreeView('vpcPeering.explorer', { treeDataProvider: explorer, showCollapseAll: true });
  context.subscriptions.push(expansion.watch(treeView));
  const statusBar = new ProfileStatusBar(registry);
  const topology = new TopologyPanel({ extensionUri: context.extensionUri, workspaceState: context.workspaceState, store, explorer, treeView, log, terraform });
  context.subscriptions.push(topology, terraform);
  context.subscriptions.push(registry, explorer, treeView, statusBar, { dispose: () => session.dispose() }, { dispose: () => store.dispose() });
  context.subscriptions.push({ dispose: () => void sandbox.stop() });

  let scripted: ScriptedPrompter | undefined;
  const editorPrompter = new EditorPrompter();
  const commandContext: CommandContext = {
    extension: context,
    log,
    registry,
    session,
    sandbox,
    store,
    explorer,
    treeView,
    topology,
    terraform,
    prompter: (): Prompter => scripted ?? editorPrompter,
    startSandbox: async () => {
      const running = await sandbox.start();
      registry.setSandbox(running);
      log.info(`sandbox emulator at ${running.endpoint} (${running.owned ? 'in-process' : 'external'})`);
      return registry.sandboxProfiles().map((p) => p.id);
    },
  };
  context.subscriptions.push(...registerCommands(commandContext, allCommands));

  const syncProfiles = () => {
    session.sync();
    void vscode.commands.executeCommand('setContext', 'vpcPeering.noActiveProfile', registry.activeIds().length === 0);
  };
  context.subscriptions.push(registry.onDidChange(syncProfiles));
  const periodicRefresh = new PeriodicRefresh(() => void store.refreshAll(), settings.refreshIntervalMinutes);
  context.subscriptions.push(periodicRefresh);
  context.subscriptions.push(
    watchSettings((next) => {
      periodicRefresh.setIntervalMinutes(next.refreshIntervalMinutes);
      store.setRegionFilter(next.regions);
      session.updateSettings({ maxConcurrent: next.maxConcurrentRequests, readTimeoutMs: next.requestTimeoutSeconds * 1000 });
      explorer.refreshAll();
    }),
  );

  // Restore last session's profiles; the sandbox comes back by itself when one of its accounts
  // was active. `VPC_PEERING_AUTOSTART_SANDBOX=1` (set by `npm start`) starts on the sandbox.
  const wantsSandbox =
    registry.storedActiveIds().some((id) => id.startsWith(SANDBOX_PREFIX)) ||
    (process.env.VPC_PEERING_AUTOSTART_SANDBOX === '1' && registry.storedActiveIds().length === 0);
  syncProfiles();
  if (wantsSandbox) {
    try {
      const ids = await commandContext.startSandbox();
      if (registry.storedActiveIds().length === 0) await registry.setActive(ids);
    } catch (error) {
      log.error(`the sandbox did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log.info(`VPC Peering Topology activated with ${registry.activeIds().length} active profiles`);

  return {
    store,
    registry,
    explorer,
    treeView,
    topology,
    useScriptedPrompts(answers) {
      scripted = new ScriptedPrompter(answers);
      return scripted;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
