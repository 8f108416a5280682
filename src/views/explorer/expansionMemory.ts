// Which rows the person opened or closed, kept in the workspace's state so that a window reload
// shows the tree as it was left: VS Code keeps a tree's expansion only while the window lives.

import * as vscode from 'vscode';

const STATE_KEY = 'vpcPeering.explorer.expansion';
/** A long-lived workspace must not grow its state without bound: the oldest change goes first. */
const REMEMBERED_ROWS = 1000;

export class ExpansionMemory {
  private readonly expanded: Map<string, boolean>;

  constructor(private readonly state: vscode.Memento) {
    this.expanded = new Map(state.get<[string, boolean][]>(STATE_KEY, []));
  }

  /** Remembers what the person opens and closes in the view. */
  watch(view: vscode.TreeView<{ id: string }>): vscode.Disposable {
    return vscode.Disposable.from(
      view.onDidExpandElement((event) => this.remember(event.element.id, true)),
      view.onDidCollapseElement((event) => this.remember(event.element.id, false)),
    );
  }

  /** The row as it was left: opened or closed; rows never touched keep their own default. */
  apply(item: vscode.TreeItem): vscode.TreeItem {
    const none = vscode.TreeItemCollapsibleState.None;
    if (!item.id || item.collapsibleState === undefined || item.collapsibleState === none) return item;
    const expanded = this.expanded.get(item.id);
    if (expanded !== undefined) {
      item.collapsibleState = expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    }
    return item;
  }

  isExpanded(id: string): boolean | undefined {
    return this.expanded.get(id);
  }

  private remember(id: string, expanded: boolean): void {
    this.expanded.delete(id);
    this.expanded.set(id, expanded);
    for (const oldest of this.expanded.keys()) {
      if (this.expanded.size <= REMEMBERED_ROWS) break;
      this.expanded.delete(oldest);
    }
    void this.state.update(STATE_KEY, [...this.expanded]);
  }
}
