// activate(): wires the layers together and nothing else. It returns before the sandbox and the
// cloud layer are up: they are bundles of their own, loaded on first need (docs/architecture.md,
// "Bundles"), and the tree shows a loading row meanwhile.

import * as vscode from 'vscode';
import { allCommands, registerCommands } from './commands';
import type { CommandContext } from './commands/shared/commandContext';
import { EditorPrompter } from './commands/wizard/editorPrompter';
import type { Prompter } from './commands/wizard/prompter';
import { ScriptedPrompter, type ScriptedAnswer } from './commands/wizard/scriptedPrompter';
import { AccountSession } from './profiles/accountSession';
import { cloudLayer } from './profiles/cloudLayer';
import { emulatorBundle } from './profiles/emulatorBundle';
import { terraformExport } from './commands/terraform/terraformExport';
import { ProfileRegistry, SANDBOX_PREFIX } from './profiles/profileRegistry';
import { SandboxHost } from './profiles/sandbox';
import { TopologyStore } from './inventory/store';
import { PeriodicRefresh, readSettings, watchSettings } from './settings';
import type { ExplorerNode } from './views/explorer/explorerNode';
import { ExpansionMemory } from './views/explorer/expansionMemory';
import { ExplorerProvider } from './views/explorer/explorerProvider';
import { StartingTree } from './views/explorer/startingTree';
import { ProfileStatusBar } from './views/profileStatusBar';
import { TerraformWorkspace } from './views/terraform/terraformWorkspace';
import { LazyTopologyPanel, type TopologyPanelHost } from './views/topology/lazyTopologyPanel';

/** The bundles activation leaves for later (scripts/bundles.mjs). */
export type LazyBundle = 'cloud' | 'emulator' | 'topologyPanel' | 'terraformExport';

/** What the extension offers other extensions and its own tests. */
export interface VpcPeeringApi {
  readonly store: TopologyStore;
  readonly registry: ProfileRegistry;
  /** The explorer's data provider (what the tree shows, node by node). */
  readonly explorer: ExplorerProvider;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  /** What the explorer view draws: the explorer's rows, or a loading row while starting. */
  readonly tree: StartingTree;
  readonly topology: TopologyPanelHost;
  /** Tests: the lazy bundles loaded so far. */
  loadedBundles(): LazyBundle[];
  /** The bench: how long loading the cloud layer and the emulator took (undefined: not loaded). */
  bundleLoadMs(): { cloud?: number; emulator?: number };
  /** Tests and the bench: how long activate() took, and when it started (performance.now()). */
  readonly activation: { readonly startedAt: number; readonly ms: number };
  /** Settles once what activation started (the sandbox, the first profiles' clients) is up. */
  readonly started: Promise<void>;
  /** Tests: answer the next wizard prompts from a script instead of the editor. */
  useScriptedPrompts(answers: ScriptedAnswer[]): ScriptedPrompter;
}

export async function activate(context: vscode.ExtensionContext): Promise<VpcPeeringApi> {
  const startedAt = performance.now();
  const log = vscode.window.createOutputChannel('VPC Peering', { log: true });
  context.subscriptions.push(log);
  const settings = readSettings();

  const registry = new ProfileRegistry(context.globalState, context.secrets);
  const store = new TopologyStore({
    regionFilter: settings.regions,
    pollIntervalMs: settings.pollIntervalSeconds * 1000,
    log: (message) => log.debug(message),
  });
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
  const tree = new StartingTree(explorer);
  const treeView = vscode.window.createTreeView('vpcPeering.explorer', { treeDataProvider: tree, showCollapseAll: true });
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
    // The first clients are built once the view has its first rows: loading the cloud layer and
    // answering the first loads hold the extension host, and VS Code's first ask for the rows
    // waited behind them (~150 ms after a click on the activity bar). A hidden view asks for
    // nothing, so the wait is bounded.
    firstOf(tree.firstRowsHanded, CLIENTS_WAIT_FOR_ROWS_MS),
  );
  context.subscriptions.push(expansion.watch(treeView));
  const statusBar = new ProfileStatusBar(registry);
  const topology = new LazyTopologyPanel({ extensionUri: context.extensionUri, workspaceState: context.workspaceState, store, explorer, treeView, log, terraform });
  context.subscriptions.push(topology, terraform);
  context.subscriptions.push(registry, explorer, tree, treeView, statusBar, { dispose: () => session.dispose() }, { dispose: () => store.dispose() });
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
      // The sandbox keeps its state in the global storage folder; the emulator creates the folder
      // when it first saves (asking the editor to create it first waited on the workbench, ~0.1 s).
      const running = await tree.whileStarting(vscode.l10n.t('Starting the sandbox…'), () => sandbox.start());
      registry.setSandbox(running);
      log.info(`sandbox emulator at ${running.endpoint} (${running.owned ? 'in-process' : 'external'})`);
      return registry.sandboxProfiles().map((p) => p.id);
    },
  };
  context.subscriptions.push(...registerCommands(commandContext, allCommands));

  // The welcome ("No Alibaba Cloud profile is active") waits while last session's profiles or the
  // sandbox come back: it would be wrong then, and while it shows, the view does not ask for rows.
  let restoring = false;
  const updateWelcome = () =>
    void vscode.commands.executeCommand('setContext', 'vpcPeering.noActiveProfile', !restoring && registry.activeIds().length === 0);
  const syncProfiles = () => {
    session.sync();
    updateWelcome();
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
  // Both load bundles (the emulator, the cloud layer) and so happen after activate() returns.
  // A loading row stands in for the tree until the accounts are known; the cloud layer loads
  // after that, while the account rows show their regions loading.
  const wantsSandbox =
    registry.storedActiveIds().some((id) => id.startsWith(SANDBOX_PREFIX)) ||
    (process.env.VPC_PEERING_AUTOSTART_SANDBOX === '1' && registry.storedActiveIds().length === 0);
  const needsClients = registry.activeIds().length > 0;
  let started = Promise.resolve();
  if (wantsSandbox || needsClients) {
    const label = wantsSandbox ? vscode.l10n.t('Starting the sandbox…') : vscode.l10n.t('Loading…');
    // Choosing the sandbox's accounts shows them at once; saving that choice is not waited for
    // behind the loading row (the editor's storage answers late while the workbench is busy).
    let saving = Promise.resolve();
    restoring = true;
    started = tree.whileStarting(label, async () => {
      try {
        await afterActivation();
        syncProfiles();
        if (wantsSandbox) {
          try {
            const ids = await commandContext.startSandbox();
            if (registry.storedActiveIds().length === 0) saving = registry.setActive(ids);
          } catch (error) {
            log.error(`the sandbox did not start: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      } finally {
        restoring = false;
        updateWelcome();
      }
      log.info(`VPC Peering Topology started with ${registry.activeIds().length} active profiles`);
    })
      .then(() => saving)
      .then(() => session.built())
      .catch((error: unknown) => log.error(`the profiles did not start: ${error instanceof Error ? error.message : String(error)}`));
  } else {
    syncProfiles();
  }
  const activation = { startedAt, ms: performance.now() - startedAt };
  log.info(`VPC Peering Topology activated in ${activation.ms.toFixed(0)} ms`);

  return {
    store,
    registry,
    explorer,
    treeView,
    tree,
    topology,
    activation,
    started,
    loadedBundles() {
      const loaded: [LazyBundle, boolean][] = [
        ['cloud', cloudLayer.loadMs() !== undefined],
        ['emulator', emulatorBundle.loadMs() !== undefined],
        ['topologyPanel', topology.isLoaded],
        ['terraformExport', terraformExport.loadMs() !== undefined],
      ];
      return loaded.filter(([, isLoaded]) => isLoaded).map(([name]) => name);
    },
    bundleLoadMs() {
      return { cloud: cloudLayer.loadMs(), emulator: emulatorBundle.loadMs() };
    },
    useScriptedPrompts(answers) {
      scripted = new ScriptedPrompter(answers);
      return scripted;
    },
  };
}

/** The longest the first clients wait for the explorer view's first rows (see the AccountSession above). */
const CLIENTS_WAIT_FOR_ROWS_MS = 300;

/** Settles when `event` does, or after `ms` at the latest. */
function firstOf(event: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void event.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves on a later turn of the event loop, once activate() has returned to the editor. */
function afterActivation(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
