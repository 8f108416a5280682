// What the explorer view draws: the explorer's rows, or — while the sandbox comes up and the
// profiles of last session are restored after activation — one loading row in their place.
// Activation returns before they are up (the emulator loads on first need), and an empty tree
// would show the "no profile" welcome instead.
//
// It tells the editor of a change only when the editor can see one: VS Code holds back a tree's
// change events while more follow within 200 ms (ExtHostTreeView debounces onDidChangeTreeData),
// so every needless event — one before the view ever asked for rows, the explorer's changes
// hidden behind the loading row — would postpone the account rows on screen by 200 ms or more.
// For the same reason an ask for the top rows while a start is under way waits for it a little
// (START_GRACE_MS, the view shows its progress bar meanwhile): a start that ends within it
// — the sandbox comes up in ~40 ms once loaded — hands the view its accounts at once, where a
// loading row would have to be replaced through a change event and its 200 ms.

import * as vscode from 'vscode';
import { ExplorerNode } from './explorerNode';
import type { ExplorerProvider } from './explorerProvider';
import { treeItem } from './treeRow';

/** How long an ask for the top rows waits for a start under way before it gets the loading row. */
export const START_GRACE_MS = 150;

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
  /** Asks for the top rows waiting out the grace: they answer with the rows as they are then. */
  private waitingAsks = 0;
  /** Called when no start is under way any more. */
  private readonly whenStarted: (() => void)[] = [];
  private rowsHanded!: () => void;
  /** Settles the first time the view gets the explorer's top rows (not the loading row). */
  readonly firstRowsHanded = new Promise<void>((resolve) => (this.rowsHanded = resolve));
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
      if (!this.shown()) this.whenStarted.splice(0).forEach((resume) => resume());
    }
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node instanceof StartingRow ? node.toTreeItem() : this.explorer.getTreeItem(node);
  }

  getChildren(node: ExplorerNode): ExplorerNode[];
  getChildren(node?: ExplorerNode): ExplorerNode[] | Promise<ExplorerNode[]>;
  getChildren(node?: ExplorerNode): ExplorerNode[] | Promise<ExplorerNode[]> {
    if (node) return this.explorer.getChildren(node);
    if (this.shown()) return this.topRowsAfterGrace();
    return this.topRows();
  }

  private topRows(): ExplorerNode[] {
    this.rowsAskedFor = true;
    const rows = this.explorer.getChildren();
    this.rowsHanded();
    return rows;
  }

  /** The top rows once the start under way ended, or the loading row if it is still going after the grace. */
  private async topRowsAfterGrace(): Promise<ExplorerNode[]> {
    this.waitingAsks++;
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve) => {
        timer = setTimeout(resolve, START_GRACE_MS);
        this.whenStarted.push(resolve);
      });
    } finally {
      clearTimeout(timer);
      this.waitingAsks--;
    }
    const starting = this.shown();
    if (!starting) return this.topRows();
    this.rowsAskedFor = true;
    return [starting];
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node instanceof StartingRow ? undefined : this.explorer.getParent(node);
  }

  private shown(): StartingRow | undefined {
    return this.starting.at(-1);
  }

  private rowsChanged(): void {
    // An ask still waiting will answer with the rows as they are: no refresh needed for it.
    if (this.rowsAskedFor && this.waitingAsks === 0) this.changed.fire(undefined);
  }

  dispose(): void {
    this.forwarding.dispose();
    this.changed.dispose();
  }
}
