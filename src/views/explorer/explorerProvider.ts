// The explorer's TreeDataProvider. It dispatches to node classes, keeps one instance per node
// id (VS Code refreshes an element by identity), finds a resource's row by walking the tree's
// shape, and turns the store's change events into refreshes of exactly the rows they concern.

import * as vscode from 'vscode';
import type { TopologyChange } from '../../inventory/changes';
import type { TopologyStore } from '../../inventory/store';
import { type CloudProvider, matchesRef, resourceRef, type ResourceKind, type ResourceRef } from '../../model/resourceRef';
import { AccountNode } from './accountNode';
import { displayTreeItem } from './displayTreeItem';
import type { ExpansionMemory } from './expansionMemory';
import { type RowNotes, withNote } from './rowNotes';
import { type ExplorerContext, type ExplorerNode, type PlaceNode, placeNodeId } from './explorerNode';
import { BgpGroupNode, BgpPeerNode, ExpressConnectNode, VbrNode } from './expressConnectNodes';
import { LoadMoreNode } from './messageNodes';
import { PeerConnectionNode } from './peerConnectionNode';
import { RegionNode } from './regionNode';
import { RouteEntryNode, RouteTableNode, RouteTablesNode } from './routeNodes';
import { RouterInterfaceNode, RouterInterfacesNode } from './routerInterfaceNodes';
import { accountPlace, childPlaces, findPlaces, type PlaceKind, type ShapeOptions, type TreePlace } from './treeShape';
import { VpcNode } from './vpcNode';
import { accountsOf, CloudNode, cloudsOf } from './cloudNode';

export interface ExplorerSettings {
  pageSize: number;
  showEmptyRegions(): boolean;
  /** What other parts of the editor note on resource rows (e.g. the Terraform that manages one). */
  notes?: RowNotes;
  /** Rows opened or closed before a window reload. */
  expansion?: ExpansionMemory;
}

/** The class that draws each kind of row. */
const NODE_CLASSES: Record<PlaceKind, new (parent: PlaceNode | undefined, place: TreePlace) => PlaceNode> = {
  account: AccountNode,
  region: RegionNode,
  vpc: VpcNode,
  peerConnection: PeerConnectionNode,
  routeTables: RouteTablesNode,
  routeTable: RouteTableNode,
  routeEntry: RouteEntryNode,
  routerInterfaces: RouterInterfacesNode,
  routerInterface: RouterInterfaceNode,
  expressConnect: ExpressConnectNode,
  vbr: VbrNode,
  bgpGroup: BgpGroupNode,
  bgpPeer: BgpPeerNode,
};

/** Kinds a row is found by even where the ref names another account or region (a connection's far side). */
const SEEN_FROM_ELSEWHERE = (kind: ResourceKind) => kind !== 'account' && kind !== 'region';

export class ExplorerProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  private readonly nodes = new Map<string, PlaceNode>();
  private readonly clouds = new Map<CloudProvider, CloudNode>();
  private readonly visible = new Map<string, number>();
  /** What each account node showed last, to tell a region's own change from a change of the list. */
  private readonly shownChildren = new Map<string, string>();
  /** What account and region rows said last, so a count that changes redraws its row. */
  private readonly shownDescriptions = new Map<string, string>();
  private readonly subscription: { dispose(): void };
  readonly onDidChangeTreeData = this.changed.event;

  private readonly context: ExplorerContext;

  constructor(
    private readonly store: TopologyStore,
    private readonly settings: ExplorerSettings,
  ) {
    this.context = {
      store,
      pageSize: settings.pageSize,
      showEmptyRegions: () => settings.showEmptyRegions(),
      visibleCount: (id) => this.visible.get(id) ?? settings.pageSize,
      nodeFor: (parent, place) => this.nodeFor(parent, place),
      loadMore: (parent, remaining) => new LoadMoreNode(parent, remaining),
    };
    const storeChanges = store.onDidChange((change) => this.onStoreChange(change));
    const noteChanges = settings.notes?.onDidChange(() => this.refreshAll());
    this.subscription = { dispose: () => [storeChanges, noteChanges].forEach((d) => d?.dispose()) };
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const ref = node.resource;
    const note = ref && this.settings.notes?.noteFor(ref);
    const item = this.settings.expansion?.apply(node.toTreeItem(this.context)) ?? node.toTreeItem(this.context);
    if (node instanceof AccountNode || node instanceof RegionNode) this.shownDescriptions.set(node.id, String(item.description ?? ''));
    return displayTreeItem(withNote(item, note));
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    if (!node) {
      // Several clouds: a row per cloud above its accounts (cloudNode.ts).
      const clouds = cloudsOf(this.context);
      if (clouds.length > 1) return clouds.map((provider) => this.cloudNode(provider));
      return this.store.accounts().map((account) => this.accountNode(account.profile.id));
    }
    if (node instanceof CloudNode) return accountsOf(this.context, node.provider).map((profileId) => this.accountNode(profileId));
    const children = node.children(this.context);
    if (node instanceof AccountNode) this.shownChildren.set(node.id, children.map((n) => n.id).join('\n'));
    return children;
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    // An account row keeps its id whether a cloud row is above it or not; only its parent differs.
    if (node instanceof AccountNode && cloudsOf(this.context).length > 1) return this.cloudNode(this.store.account(node.profileId)?.profile.provider ?? 'alibaba');
    return node.parent;
  }

  /** Shows another page of a list node's children. */
  loadMore(listNodeId: string): void {
    const node = this.nodes.get(listNodeId);
    this.visible.set(listNodeId, this.context.visibleCount(listNodeId) + this.settings.pageSize);
    this.changed.fire(node);
  }

  /** Everything again, e.g. after a setting that changes what is shown. */
  refreshAll(): void {
    this.changed.fire(undefined);
  }

  /**
   * The row of a resource, with its parents, found by walking the tree's shape; the page that
   * holds it is shown. A resource several profiles see (a connection between two of them) is
   * found under the first one. A ref that names an account or region is tried there first, then
   * (except for accounts and regions themselves) by kind and id anywhere.
   */
  findNode(wanted: ResourceRef): ExplorerNode | undefined {
    const attempts = SEEN_FROM_ELSEWHERE(wanted.kind) ? [wanted, { ...wanted, accountUid: '', regionId: '' }] : [wanted];
    for (const attempt of attempts) {
      for (const account of this.store.accounts()) {
        const path = findPlaces(this.store, account.profile.id, attempt, this.shapeOptions())[0];
        if (path) return this.rowsAlong(path);
      }
    }
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private shapeOptions(): ShapeOptions {
    return { showEmptyRegions: this.settings.showEmptyRegions() };
  }

  private cloudNode(provider: CloudProvider): CloudNode {
    let node = this.clouds.get(provider);
    if (!node) {
      node = new CloudNode(provider);
      this.clouds.set(provider, node);
    }
    return node;
  }

  private accountNode(profileId: string): PlaceNode {
    return this.nodeFor(undefined, accountPlace(this.store, profileId));
  }

  /** The one instance for a row; its place is refreshed (an account UID that arrived since). */
  private nodeFor(parent: PlaceNode | undefined, place: TreePlace): PlaceNode {
    const id = placeNodeId(parent, place);
    const existing = this.nodes.get(id);
    if (existing && existing.place.kind === place.kind) {
      existing.place = place;
      return existing;
    }
    const node = new NODE_CLASSES[place.kind](parent, place);
    this.nodes.set(id, node);
    return node;
  }

  /** The rows along a path of the shape; a list whose page hides the next row shows more. */
  private rowsAlong(path: readonly TreePlace[]): PlaceNode {
    let node = this.accountNode(path[0].profileId);
    for (const place of path.slice(1)) {
      const index = childPlaces(this.store, node.place, this.shapeOptions())
        .filter((sibling) => sibling.kind === place.kind)
        .findIndex((sibling) => sibling.ref.id === place.ref.id);
      const shown = this.context.visibleCount(node.id);
      if (index >= shown) {
        this.visible.set(node.id, Math.ceil((index + 1) / this.settings.pageSize) * this.settings.pageSize);
        this.changed.fire(node);
      }
      node = this.nodeFor(node, place);
    }
    return node;
  }

  private onStoreChange(change: TopologyChange): void {
    switch (change.kind) {
      case 'profiles':
        this.forgetMissingAccounts();
        this.changed.fire(undefined);
        return;
      case 'account':
        this.fireById(`account/${change.profileId}`);
        return;
      case 'region':
        this.onRegionChanged(change.profileId, change.regionId);
        return;
      case 'resources':
        this.onResourcesChanged(change);
        return;
      case 'vpcDetails':
        for (const node of this.nodes.values()) {
          const { kind, profileId, ref } = node.place;
          if (kind === 'routeTables' && profileId === change.profileId && ref.id === change.vpcId) this.changed.fire(node);
        }
        return;
    }
  }

  /**
   * Refreshes the region's own node; only when the account's list of shown regions changes (an
   * empty region appears or disappears) is the account node refreshed instead.
   */
  private onRegionChanged(profileId: string, regionId: string): void {
    const accountNode = this.nodes.get(`account/${profileId}`);
    if (!accountNode) return;
    const shownNow = accountNode.children(this.context).map((n) => n.id).join('\n');
    if (shownNow !== this.shownChildren.get(accountNode.id)) {
      this.changed.fire(accountNode);
      return;
    }
    this.fireById(`${accountNode.id}/region/${encodeURIComponent(regionId)}`);
  }

  /**
   * Each changed resource's rows: a row that still shows it is redrawn; a row whose resource is
   * gone redraws its parent; a resource without a row yet redraws the nearest row above where it
   * now belongs (a new connection appears under its VPC, a first interface adds the folder).
   */
  private onResourcesChanged(change: Extract<TopologyChange, { kind: 'resources' }>): void {
    const place = { accountUid: '', regionId: change.regionId, provider: this.store.account(change.profileId)?.profile.provider };
    const changed = [
      ...change.peerConnectionIds.map((id) => resourceRef('peerConnection', place, id)),
      ...change.routerInterfaceIds.map((id) => resourceRef('routerInterface', place, id)),
      ...change.bgpGroupIds.map((id) => resourceRef('bgpGroup', place, id)),
      ...change.bgpPeerIds.map((id) => resourceRef('bgpPeer', place, id)),
    ];
    const touched = new Set<ExplorerNode>();
    for (const ref of changed) {
      const paths = findPlaces(this.store, change.profileId, ref, this.shapeOptions());
      const rowIds = new Set(paths.map((path) => pathId(path)));
      for (const node of this.nodes.values()) {
        const resource = node.resource;
        if (node.profileId !== change.profileId || !resource || !matchesRef(resource, ref)) continue;
        touched.add(rowIds.has(node.id) || !node.parent ? node : node.parent);
      }
      for (const path of paths) {
        if (this.nodes.has(pathId(path))) continue;
        const nearest = path.map((_, end) => this.nodes.get(pathId(path.slice(0, end + 1)))).filter((n) => n !== undefined).pop();
        if (nearest) touched.add(nearest);
      }
    }
    if (change.peerConnectionIds.length > 0) this.placesWithCounts(change.profileId, change.regionId).forEach((node) => touched.add(node));
    for (const node of touched) this.changed.fire(node);
  }

  /**
   * The account and region rows whose counts (requests awaiting acceptance) a connection's new
   * status changed; a row whose description is the same is left alone (a redrawn account row
   * would re-read all its regions).
   */
  private placesWithCounts(profileId: string, regionId: string): PlaceNode[] {
    const account = this.nodes.get(`account/${profileId}`);
    const region = account && this.nodes.get(`${account.id}/region/${encodeURIComponent(regionId)}`);
    return [account, region].filter((node): node is PlaceNode => {
      if (!node) return false;
      const description = String(node.toTreeItem(this.context).description ?? '');
      const changed = this.shownDescriptions.get(node.id) !== description;
      this.shownDescriptions.set(node.id, description);
      return changed;
    });
  }

  private fireById(id: string): void {
    const node = this.nodes.get(id);
    if (node) this.changed.fire(node);
  }

  private forgetMissingAccounts(): void {
    const active = new Set(this.store.accounts().map((a) => a.profile.id));
    for (const [id, node] of [...this.nodes]) {
      if (!active.has(node.profileId)) this.nodes.delete(id);
    }
  }
}

/** The tree id of the row a path of the shape ends at. */
function pathId(path: readonly TreePlace[]): string {
  return path.reduce<{ id: string } | undefined>((parent, place) => ({ id: placeNodeId(parent, place) }), undefined)?.id ?? '';
}
