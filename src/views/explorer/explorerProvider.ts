// The explorer's TreeDataProvider. It dispatches to node classes, keeps one instance per node
// id (VS Code refreshes an element by identity), and turns the store's change events into
// refreshes of exactly the nodes they concern.

import * as vscode from 'vscode';
import type { TopologyChange } from '../../inventory/changes';
import type { RegionInventory } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import type { RevealTarget } from '../topology/selectionTargets';
import { AccountNode } from './accountNode';
import { type ExplorerContext, type ExplorerNode } from './explorerNode';
import { PeerConnectionNode } from './peerConnectionNode';
import { RegionNode } from './regionNode';
import { RouteTablesNode } from './routeNodes';
import { RouterInterfaceNode, RouterInterfacesNode } from './routerInterfaceNodes';
import { VpcNode } from './vpcNode';
import { BgpGroupNode, BgpPeerNode, ExpressConnectNode, VbrNode } from './expressConnectNodes';

export interface ExplorerSettings {
  pageSize: number;
  showEmptyRegions(): boolean;
}

export class ExplorerProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  private readonly nodes = new Map<string, ExplorerNode>();
  private readonly visible = new Map<string, number>();
  /** What each account node showed last, to tell a region's own change from a change of the list. */
  private readonly shownChildren = new Map<string, string>();
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
      intern: (node) => this.intern(node),
    };
    this.subscription = store.onDidChange((change) => this.onStoreChange(change));
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node.toTreeItem(this.context);
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    if (!node) return this.store.accounts().map((account) => this.intern(new AccountNode(account.profile.id)));
    const children = node.children(this.context);
    if (node instanceof AccountNode) this.shownChildren.set(node.id, children.map((n) => n.id).join('\n'));
    return children;
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
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
   * The tree node of a resource, creating the chain of parents as needed (for reveal). A resource
   * several profiles see (a connection between two of them) is found under the first one.
   */
  findNode(target: RevealTarget): ExplorerNode | undefined {
    for (const account of this.store.accounts()) {
      const accountNode = this.intern(new AccountNode(account.profile.id));
      const uid = valueOf(account.identity)?.accountUid;
      if (target.kind === 'region' && target.accountUid !== undefined && target.accountUid !== uid) continue;
      for (const region of valueOf(account.regions) ?? []) {
        const inventory = valueOf(this.store.region(account.profile.id, region.id));
        if (!inventory) continue;
        const regionNode = () => this.intern(new RegionNode(accountNode, region.id, region.name));
        const found = this.findIn(target, inventory, regionNode);
        if (found) return found;
      }
    }
    return undefined;
  }

  private findIn(target: RevealTarget, inventory: RegionInventory, regionNode: () => RegionNode): ExplorerNode | undefined {
    const vpcNode = (vpcId: string) => this.intern(new VpcNode(regionNode(), vpcId));
    const ownsVpc = (vpcId: string | undefined) => vpcId !== undefined && inventory.vpcs.some((v) => v.id === vpcId);
    switch (target.kind) {
      case 'region':
        return target.regionId === inventory.regionId ? regionNode() : undefined;
      case 'vpc':
        return ownsVpc(target.id) ? vpcNode(target.id) : undefined;
      case 'peerConnection': {
        const connection = inventory.peerConnections.find((c) => c.id === target.id);
        const own = connection && [connection.requester, connection.accepter].find((end) => end.accountUid === inventory.accountUid && ownsVpc(end.vpcId));
        return own ? this.intern(new PeerConnectionNode(vpcNode(own.vpcId), target.id)) : undefined;
      }
      case 'routerInterface': {
        // Interfaces are listed under the VPC whose vRouter holds them; a link's other end (a VBR,
        // or a VPC of another profile) is tried by its own id.
        const ri = inventory.routerInterfaces.find((r) => r.id === target.id);
        const vpc = ri && inventory.vpcs.find((v) => v.id === ri.vpcId || (!!v.vRouterId && v.vRouterId === ri.routerId));
        if (!ri || !vpc) return undefined;
        return this.intern(new RouterInterfaceNode(this.intern(new RouterInterfacesNode(vpcNode(vpc.id))), ri.id));
      }
      case 'vbr':
        return inventory.vbrs.some((v) => v.id === target.id) ? this.intern(new VbrNode(this.intern(new ExpressConnectNode(regionNode())), target.id)) : undefined;
      case 'bgpPeer': {
        const peer = inventory.bgpPeers.find((p) => p.id === target.id);
        const group = peer && inventory.bgpGroups.find((g) => g.id === peer.bgpGroupId);
        if (!peer || !group) return undefined;
        const vbr = this.intern(new VbrNode(this.intern(new ExpressConnectNode(regionNode())), group.vbrId));
        return this.intern(new BgpPeerNode(this.intern(new BgpGroupNode(vbr, group.id)), peer.id));
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private intern<T extends ExplorerNode>(node: T): T {
    const existing = this.nodes.get(node.id);
    if (existing && existing.constructor === node.constructor) return existing as T;
    this.nodes.set(node.id, node);
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
          if (node instanceof RouteTablesNode && node.parent.vpcId === change.vpcId && node.parent.profileId === change.profileId) {
            this.changed.fire(node);
          }
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
    this.fireById(`${accountNode.id}/region/${regionId}`);
  }

  private onResourcesChanged(change: Extract<TopologyChange, { kind: 'resources' }>): void {
    const ids = new Set(change.peerConnectionIds);
    const touched = new Set<ExplorerNode>();
    for (const node of this.nodes.values()) {
      if (node instanceof PeerConnectionNode && node.profileId === change.profileId && ids.has(node.connectionId)) {
        // A connection that appeared or disappeared changes its VPC's children; one that
        // changed status only needs its own row.
        const stillThere = node.connection(this.context) !== undefined;
        touched.add(stillThere ? node : node.parent);
      }
      if (
        change.routerInterfaceIds.length > 0 &&
        node instanceof RouterInterfacesNode &&
        node.parent.profileId === change.profileId &&
        node.parent.regionId === change.regionId
      ) {
        touched.add(node);
      }
      if (change.bgpPeerIds.length > 0 && node instanceof BgpPeerNode && change.bgpPeerIds.includes(node.bgpPeerId)) {
        touched.add(node.parent);
      }
    }
    const knownIds = new Set([...this.nodes.values()].flatMap((n) => (n instanceof PeerConnectionNode ? [n.connectionId] : [])));
    const added = change.peerConnectionIds.filter((id) => !knownIds.has(id));
    if (added.length > 0) {
      // New connections belong under VPC nodes that may be expanded: refresh those VPCs.
      for (const node of this.nodes.values()) {
        if (node instanceof VpcNode && node.profileId === change.profileId && node.regionId === change.regionId) touched.add(node);
      }
    }
    for (const node of touched) this.changed.fire(node);
  }

  private fireById(id: string): void {
    const node = this.nodes.get(id);
    if (node) this.changed.fire(node);
  }

  private forgetMissingAccounts(): void {
    const active = new Set(this.store.accounts().map((a) => `account/${a.profile.id}`));
    for (const id of [...this.nodes.keys()]) {
      const accountId = id.split('/region/')[0];
      if (!active.has(accountId)) this.nodes.delete(id);
    }
  }
}
