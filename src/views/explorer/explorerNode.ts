// A node of the explorer tree. Nodes are light handles (the place of a resource in the tree's
// shape, see treeShape.ts); they read the current data from the store whenever the tree asks, so
// a refresh of one node never needs to rebuild its neighbours. Each node class knows its own
// TreeItem; which rows sit under it comes from the shape, and the provider keeps one instance per
// id (VS Code refreshes a single element by identity).

import type * as vscode from 'vscode';
import type { TopologyStore } from '../../inventory/store';
import type { ResourceRef } from '../../model/resourceRef';
import { childPlaces, isFolder, type PlaceKind, placeStep, type TreePlace } from './treeShape';

export interface ExplorerContext {
  readonly store: TopologyStore;
  /** Children shown per list before a "Load more" node. */
  readonly pageSize: number;
  showEmptyRegions(): boolean;
  /** How many children of this list node are shown now (grows with "Load more"). */
  visibleCount(listNodeId: string): number;
  /** The row (one instance per id) that draws a place of the shape under `parent`. */
  nodeFor(parent: PlaceNode, place: TreePlace): PlaceNode;
  /** The "Load more" row of a list node with this many children not shown. */
  loadMore(parent: ExplorerNode, remaining: number): ExplorerNode;
}

export abstract class ExplorerNode {
  /** Stable across refreshes: VS Code keeps expansion and selection by it. */
  abstract readonly id: string;
  abstract readonly parent: ExplorerNode | undefined;

  /** The cloud resource this row stands for; folders and messages stand for none. */
  get resource(): ResourceRef | undefined {
    return undefined;
  }

  abstract toTreeItem(context: ExplorerContext): vscode.TreeItem;

  children(_context: ExplorerContext): ExplorerNode[] {
    return [];
  }
}

/** The tree id of the row for `place` under `parent`. */
export function placeNodeId(parent: { id: string } | undefined, place: TreePlace): string {
  return parent ? `${parent.id}/${placeStep(place)}` : `account/${place.profileId}`;
}

/**
 * A row the tree's shape lists: an account, a resource, or a folder. Its id is its parent's plus
 * the place's kind and cloud id (`account/<profile>/region/cn-hangzhou/vpc/vpc-1`).
 */
export abstract class PlaceNode extends ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: PlaceNode | undefined,
    /**
     * Where the row is. The provider updates it in place when the same row reappears with more
     * known (the account UID arrives with the identity), so VS Code keeps the same element.
     */
    public place: TreePlace,
  ) {
    super();
    this.id = placeNodeId(parent, place);
  }

  get profileId(): string {
    return this.place.profileId;
  }

  get regionId(): string {
    return this.place.ref.regionId;
  }

  override get resource(): ResourceRef | undefined {
    return isFolder(this.place.kind) ? undefined : this.place.ref;
  }

  /** The shape's rows under this one; a kind with a long list pages it (see `shapeChildren`). */
  override children(context: ExplorerContext): ExplorerNode[] {
    return this.shapeChildren(context);
  }

  /**
   * The shape's rows under this one; the rows of `pagedKind` up to the visible count, then a
   * "Load more" row.
   */
  protected shapeChildren(context: ExplorerContext, pagedKind?: PlaceKind): ExplorerNode[] {
    const options = { showEmptyRegions: context.showEmptyRegions() };
    const places = childPlaces(context.store, this.place, options);
    const limit = context.visibleCount(this.id);
    const nodes: ExplorerNode[] = [];
    let paged = 0;
    for (const place of places) {
      if (place.kind === pagedKind && paged++ >= limit) continue;
      nodes.push(context.nodeFor(this, place));
    }
    const remaining = paged - limit;
    if (remaining > 0) {
      const lastPaged = nodes.map((n) => n instanceof PlaceNode && n.place.kind === pagedKind).lastIndexOf(true);
      nodes.splice(lastPaged + 1, 0, context.loadMore(this, remaining));
    }
    return nodes;
  }
}
