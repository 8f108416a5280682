// What the explorer view draws: the explorer's rows, or — while the sandbox comes up and the
// profiles of last session are restored after activation — one loading row in their place.
// Activation returns before they are up (the emulator loads on first need), and an empty tree
// would show the "no profile" welcome instead.
//
// It tells the editor of a change only when the editor can see one: VS Code holds back a tree's
// change events while more follow within 200 ms (ExtHostTreeView debounces onDidChangeTreeData),
// so every needless event — one before the view ever asked for rows, the explorer's changes
// hidden behind the loading row — would postpone the account rows on screen by 200 ms or more.

import * as vscode from 'vscode';
import { ExplorerNode } from './explorerNode';
import type { ExplorerProvider } from './explorerProvider';
import { treeItem } from './treeRow';

class StartingRow extends ExplorerNode {
  readonly id = 'starting';
  readonly parent = undefined;
  constructor(readonly label: string) {
    super();
  }
  toTreeItem(): vscode.TreeItem {
    return treeItem(this.id, { label: this.label, icon: 'loading~spin', contextValue: 'loading' });
  }
}

export class StartingTree implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  private readonly forwarding: vscode.Disposable;
  /** One row per start under way; the latest is shown. */
  private readonly starting: StartingRow[] = [];
  /** Whether anyone has asked for the top rows yet; before that, no one holds rows to refresh. */
  private rowsAskedFor = false;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly explorer: ExplorerProvider) {
    // Behind the loading row the explorer's changes show nothing; its end refreshes every row.
    this.forwarding = explorer.onDidChangeTreeData((node) => {
      if (!this.shown()) this.changed.fire(node);
    });
  }

  /** The loading row shown now, if any (tests read it). */
  get startingLabel(): string | undefined {
    return this.shown()?.label;
  }

  /** Shows one loading row instead of the explorer's rows until `work` settles. */
  async whileStarting<T>(label: string, work: () => Promise<T>): Promise<T> {
    const row = new StartingRow(label);
    const before = this.shown();
    this.starting.push(row);
    if (before?.label !== label) this.rowsChanged();
    try {
      return await work();
    } finally {
      this.starting.splice(this.starting.indexOf(row), 1);
      if (this.shown()?.label !== label) this.rowsChanged();
    }
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node instanceof StartingRow ? node.toTreeItem() : this.explorer.getTreeItem(node);
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    if (!node) this.rowsAskedFor = true;
    const starting = this.shown();
    if (!node && starting) return [starting];
    return this.explorer.getChildren(node);
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node instanceof StartingRow ? undefined : this.explorer.getParent(node);
  }

  private shown(): StartingRow | undefined {
    return this.starting.at(-1);
  }

  private rowsChanged(): void {
    if (this.rowsAskedFor) this.changed.fire(undefined);
  }

  dispose(): void {
    this.forwarding.dispose();
    this.changed.dispose();
  }
}
