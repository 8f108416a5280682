// A node of the explorer tree. Nodes are light handles (kind + the ids that locate a resource);
// they read the current data from the store whenever the tree asks, so a refresh of one node
// never needs to rebuild its neighbours. Each node class knows its own TreeItem and children;
// the provider only dispatches (and keeps one instance per id, which VS Code needs to refresh a
// single element).

import type * as vscode from 'vscode';
import type { TopologyStore } from '../../inventory/store';

export interface ExplorerContext {
  readonly store: TopologyStore;
  /** Children shown per list before a "Load more" node. */
  readonly pageSize: number;
  showEmptyRegions(): boolean;
  /** How many children of this list node are shown now (grows with "Load more"). */
  visibleCount(listNodeId: string): number;
  /** Reuse the instance with this id if the tree already has it. */
  intern<T extends ExplorerNode>(node: T): T;
}

export abstract class ExplorerNode {
  /** Stable across refreshes: VS Code keeps expansion and selection by it. */
  abstract readonly id: string;
  abstract readonly parent: ExplorerNode | undefined;

  abstract toTreeItem(context: ExplorerContext): vscode.TreeItem;

  children(_context: ExplorerContext): ExplorerNode[] {
    return [];
  }
}

/** Shows at most the visible count of `items`, then a "Load more" node. */
export function paged<T>(
  context: ExplorerContext,
  listNode: ExplorerNode,
  items: readonly T[],
  toNode: (item: T) => ExplorerNode,
  loadMore: (remaining: number) => ExplorerNode,
): ExplorerNode[] {
  const limit = context.visibleCount(listNode.id);
  const shown = items.slice(0, limit).map(toNode);
  if (items.length > limit) shown.push(loadMore(items.length - limit));
  return shown;
}
