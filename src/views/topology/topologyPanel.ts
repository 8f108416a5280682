// The topology panel's host: one webview panel that draws the active profiles' topology, follows
// the store with deltas, reveals what is clicked in the explorer, runs the actions the page asks
// for, keeps positions per workspace, and comes back after a window reload (serializer).

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Positions } from '../../model/graph';
import type { TopologyChange } from '../../inventory/changes';
import type { TopologyStore } from '../../inventory/store';
import { topologyPageHtml } from './pageHtml';
import { TOPOLOGY_VIEW_TYPE } from './viewType';
import {
  type ExportFormat,
  type HostMessage,
  isExportResult,
  isRelayoutResult,
  type PageAction,
  type PageRequest,
  parsePageMessage,
  PROTOCOL_VERSION,
  type RelayoutResult,
  type ThemeKind,
} from '../../webview/protocol';
import { CancelUnanswered, PendingRequests, RequestAbandoned, RequestTimedOut } from '../../webview/requestReply';
import type { ExplorerProvider } from '../explorer/explorerProvider';
import { failureLine } from '../failureText';
import type { ExplorerNode } from '../explorer/explorerNode';
import { GraphFeed } from './graphFeed';
import { revealTargets, type Selection } from './selectionTargets';
import { TerraformMarks, type TerraformOwners } from './terraformLookup';

const POSITIONS_KEY = 'vpcPeering.topologyPositions';
/** Store events arrive in bursts (a region load fires several); one delta per burst. */
const UPDATE_DEBOUNCE_MS = 80;
/** How long a stopped re-layout may take to say how it ended. */
const RELAYOUT_STOP_ANSWER_MS = 3000;
const EXPORT_TIMEOUT_MS = 60_000;

export type { RelayoutResult };

export interface TopologyPanelDeps {
  extensionUri: vscode.Uri;
  workspaceState: vscode.Memento;
  store: TopologyStore;
  explorer: ExplorerProvider;
  treeView: vscode.TreeView<ExplorerNode>;
  log: vscode.LogOutputChannel;
  /** The workspace's Terraform: the graph marks what it manages. */
  terraform?: TerraformOwners;
}

export class TopologyPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private ready = false;
  private readonly feed: GraphFeed;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];
  private updateTimer?: ReturnType<typeof setTimeout>;
  /** Store changes since the last update, or 'all' when something else changed too. */
  private pendingChanges: TopologyChange[] | 'all' = [];
  private readonly whenReady: (() => void)[] = [];
  /** What the host asked the page and waits for (exports, re-layouts). */
  private readonly requests = new PendingRequests<PageRequest>((message) => this.post(message));
  private positionSaveTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly deps: TopologyPanelDeps) {
    // A change of ownership reaches the page as a delta, like a store change.
    const marks = deps.terraform ? new TerraformMarks(deps.terraform, () => this.scheduleUpdate('all')) : undefined;
    if (marks) this.disposables.push(marks);
    this.feed = new GraphFeed(deps.workspaceState.get<Positions>(POSITIONS_KEY, {}), marks?.lookup);
    const storeSubscription = deps.store.onDidChange((change) => this.scheduleUpdate(change));
    this.disposables.push({ dispose: () => storeSubscription.dispose() });
  }

  /**
   * Takes over a panel VS Code restored after a window reload. The serializer that receives it is
   * registered at activation by the lazy facade (lazyTopologyPanel.ts), before this host loads.
   */
  restore(panel: vscode.WebviewPanel): void {
    this.attach(panel);
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens the panel (or brings it forward) and resolves once the page is drawing. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(undefined, false);
    } else {
      const panel = vscode.window.createWebviewPanel(
        TOPOLOGY_VIEW_TYPE,
        vscode.l10n.t('VPC Peering Topology'),
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        this.webviewOptions(),
      );
      this.attach(panel);
    }
    await this.readyPage();
  }

  /** Centres the page on a resource (VPC, connection, interface, VBR, BGP peer id). */
  async reveal(resourceId: string): Promise<void> {
    await this.show();
    this.post({ type: 'reveal', id: resourceId });
    this.post({ type: 'select', id: resourceId });
  }

  /** PNG (data URL) or SVG text, drawn by the page as it is now. */
  async exportImage(format: ExportFormat): Promise<string> {
    await this.show();
    try {
      return await this.requests.request({ method: 'export', format }, isExportResult, { timeoutMs: EXPORT_TIMEOUT_MS });
    } catch (error) {
      if (error instanceof RequestTimedOut) throw new Error(vscode.l10n.t('The topology page did not produce the {0} export in time.', format.toUpperCase()));
      throw error;
    }
  }

  /**
   * Runs the page's Re-layout and resolves when it ends. `token` stops it (nothing moves). The
   * page may be busy with a large graph: there is no time limit, the caller's progress shows it.
   * A page that cannot answer a Cancel (hidden, and so torn down) does not keep the caller waiting.
   */
  async relayout(token?: vscode.CancellationToken): Promise<RelayoutResult> {
    await this.show();
    let result: RelayoutResult;
    try {
      result = await this.requests.request({ method: 'relayout' }, isRelayoutResult, { token, cancelGraceMs: RELAYOUT_STOP_ANSWER_MS });
    } catch (error) {
      if (!(error instanceof RequestAbandoned)) throw error;
      result = { outcome: 'stopped', moved: 0, message: error instanceof CancelUnanswered ? vscode.l10n.t('The topology page did not answer.') : error.message };
    }
    this.logRelayout(result);
    return result;
  }

  /**
   * Puts back the positions from before the page's last re-layout. Resolves to false when there
   * is no re-layout to undo (none ran since the page opened, or nodes were dragged since).
   */
  async undoRelayout(): Promise<boolean> {
    await this.show();
    return this.requests.request({ method: 'undoRelayout' }, isBoolean);
  }

  /** Back to the deterministic layout a fresh open draws; the positions saved for this workspace are dropped. */
  async resetLayout(): Promise<void> {
    // Positions the page reported before it heard of the reset arrive before its reply: forget
    // after the reply, so none of them outlives the reset.
    if (this.panel && this.ready) await this.requests.request({ method: 'resetLayout' }, isBoolean);
    this.forgetPositions();
  }

  /** The graph and positions the panel draws now (or would draw), for the HTML export. */
  currentGraph() {
    const current = this.feed.current;
    return current.graph ? current : this.feed.initial(this.deps.store.snapshot());
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
    if (this.updateTimer) clearTimeout(this.updateTimer);
    if (this.positionSaveTimer) clearTimeout(this.positionSaveTimer);
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: false,
      // The page keeps its viewport and filters in its own state and is redrawn from the store
      // when shown again; keeping a hidden 2,000-node canvas alive costs more than redrawing it.
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.deps.extensionUri, 'dist'), vscode.Uri.joinPath(this.deps.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'activity-bar.svg');
    const nonce = randomBytes(18).toString('base64');
    panel.webview.html = topologyPageHtml({
      cspSource: panel.webview.cspSource,
      nonce,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview', 'topology.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'topology.css')).toString(),
      workerUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview', 'relayout-worker.js')).toString(),
    });
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidChangeViewState(() => {
        // A hidden page is discarded (its context is not retained): shown again, it starts anew
        // and says ready, and requests (an export) wait for that instead of being abandoned.
        if (!panel.visible) this.ready = false;
        else if (!this.ready) this.scheduleUpdate('all');
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.requests.abandonAll(vscode.l10n.t('The topology panel was closed.'));
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    );
  }

  private readyPage(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.whenReady.push(resolve));
  }

  /**
   * One message from the page, checked before anything is done with it. Resolves when what it
   * asked is done (an action's command has ended), so the message handling can be tested.
   */
  async receive(raw: unknown): Promise<void> {
    const message = parsePageMessage(raw, (problem) => this.deps.log.warn(`topology page action: ${problem}`));
    if (!message) {
      this.deps.log.warn('topology page sent a message of an unknown shape; ignored');
      return;
    }
    switch (message.type) {
      case 'ready':
        if (message.protocol !== PROTOCOL_VERSION) this.deps.log.warn(`topology page speaks protocol ${message.protocol}, host ${PROTOCOL_VERSION}`);
        // A page that starts again (hidden and shown, reloaded) has forgotten what it was asked.
        this.requests.abandonAll(vscode.l10n.t('The topology page was reloaded before it answered; nothing moved.'));
        this.sendInit();
        return;
      case 'selected':
        if (message.kind) void this.revealInTree(message);
        return;
      case 'action':
        await this.runAction(message);
        return;
      case 'positionsChanged':
        if (message.reason === 'reset') this.forgetPositions();
        else this.feed.rememberPositions(message.positions);
        this.savePositionsSoon();
        return;
      case 'reply':
        this.requests.settle(message);
        return;
      case 'relayoutDone': {
        const { type: _type, ...result } = message;
        this.logRelayout(result);
        return;
      }
      case 'error':
        this.deps.log.error(`topology page: ${message.message}`);
        return;
    }
  }

  /**
   * Runs a command the page asked for, with arguments that name a resource and nothing more (see
   * webview/pageActions). An arguments object makes the command rethrow its failure to the caller;
   * here the caller is the person, who sees it.
   */
  private async runAction(action: PageAction): Promise<void> {
    try {
      await vscode.commands.executeCommand(action.command, action.args);
    } catch (error) {
      // A cancelled operation was already announced by the command, when anything was sent.
      if (error instanceof Error && error.name === 'OperationCancelled') return;
      void vscode.window.showErrorMessage(failureLine(error));
    }
  }

  private logRelayout(result: RelayoutResult): void {
    const how = result.engine === 'page' ? ' on the page (no worker)' : result.engine === 'worker' ? ' in a worker' : '';
    this.deps.log.info(`re-layout ${result.outcome}${how}: ${result.moved} nodes placed${result.message ? ` (${result.message})` : ''}`);
  }

  private sendInit(): void {
    const { graph, positions } = this.feed.initial(this.deps.store.snapshot());
    this.post({ type: 'init', graph, positions, theme: themeKind() }, true);
    this.ready = true;
    for (const resolve of this.whenReady.splice(0)) resolve();
  }

  /**
   * One delta per burst. The burst's store changes go to the feed, which builds only what they
   * name; 'all' (ownership marks, a page shown again) asks for a full build.
   */
  private scheduleUpdate(change: TopologyChange | 'all'): void {
    if (!this.panel) return;
    if (change === 'all' || this.pendingChanges === 'all') this.pendingChanges = 'all';
    else this.pendingChanges.push(change);
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      const changes = this.pendingChanges;
      this.pendingChanges = [];
      // A page that is not ready gets the whole graph when it says ready.
      if (!this.ready) return;
      const update = this.feed.update(this.deps.store.snapshot(), changes === 'all' ? undefined : changes);
      if (update) this.post({ type: 'delta', delta: update.delta, positions: update.positions });
    }, UPDATE_DEBOUNCE_MS);
  }

  /** The explorer follows what is selected in the graph, for every element the tree shows. */
  private async revealInTree(selected: Selection): Promise<void> {
    const node = revealTargets(selected, this.feed.current.graph)
      .map((target) => this.deps.explorer.findNode(target))
      .find((found) => found !== undefined);
    if (!node) return;
    try {
      await this.deps.treeView.reveal(node, { select: true, focus: false, expand: false });
    } catch (error) {
      this.deps.log.debug(`could not reveal ${selected.resourceId ?? selected.elementId} in the explorer: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private post(message: HostMessage, force = false): void {
    if (!this.panel || (!this.ready && !force)) return;
    void this.panel.webview.postMessage(message);
  }

  private forgetPositions(): void {
    this.feed.resetPositions();
    this.savePositionsSoon();
  }

  private savePositionsSoon(): void {
    if (this.positionSaveTimer) clearTimeout(this.positionSaveTimer);
    this.positionSaveTimer = setTimeout(() => {
      void this.deps.workspaceState.update(POSITIONS_KEY, this.feed.saved);
    }, 500);
  }
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function themeKind(): ThemeKind {
  switch (vscode.window.activeColorTheme.kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'highContrastLight';
    default:
      return 'dark';
  }
}
