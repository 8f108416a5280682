// What the explorer view draws: the explorer's rows, or — while the sandbox and the cloud layer
// come up after activation — one loading row in their place. Activation returns before they are
// up (they load on first need), and an empty tree would show the "no profile" welcome instead.

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
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly explorer: ExplorerProvider) {
    this.forwarding = explorer.onDidChangeTreeData((node) => this.changed.fire(node));
  }

  /** The loading row shown now, if any (tests read it). */
  get startingLabel(): string | undefined {
    return this.shown()?.label;
  }

  /** Shows one loading row instead of the explorer's rows until `work` settles. */
  async whileStarting<T>(label: string, work: () => Promise<T>): Promise<T> {
    const row = new StartingRow(label);
    this.starting.push(row);
    this.changed.fire(undefined);
    try {
      return await work();
    } finally {
      this.starting.splice(this.starting.indexOf(row), 1);
      this.changed.fire(undefined);
    }
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node instanceof StartingRow ? node.toTreeItem() : this.explorer.getTreeItem(node);
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
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

  dispose(): void {
    this.forwarding.dispose();
    this.changed.dispose();
  }
}
