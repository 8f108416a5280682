// One region of one account: its VPCs, and Express Connect when it has virtual border routers.

import * as vscode from 'vscode';
import type { RegionInventory } from '../../model/types';
import { type LoadState, valueOf } from '../../inventory/loadState';
import type { AccountNode } from './accountNode';
import { ExpressConnectNode } from './expressConnectNodes';
import { type ExplorerContext, ExplorerNode, paged } from './explorerNode';
import { ErrorNode, LoadingNode, LoadMoreNode } from './messageNodes';
import { VpcNode } from './vpcNode';

/** Regions that are loading or failed count as non-empty: hiding them would hide the problem. */
export function regionHasResources(state: LoadState<RegionInventory>): boolean {
  if (state.status !== 'loaded') return state.status !== 'idle';
  const inventory = state.value;
  return inventory.vpcs.length > 0 || inventory.peerConnections.length > 0 || inventory.vbrs.length > 0;
}

export class RegionNode extends ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: AccountNode,
    readonly regionId: string,
    private readonly regionName: string,
  ) {
    super();
    this.id = `${parent.id}/region/${regionId}`;
  }

  get profileId(): string {
    return this.parent.profileId;
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const state = context.store.region(this.profileId, this.regionId);
    const inventory = valueOf(state);
    const item = new vscode.TreeItem(this.regionName || this.regionId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath =
      state.status === 'loading'
        ? new vscode.ThemeIcon('loading~spin')
        : state.status === 'failed'
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
          : new vscode.ThemeIcon('globe');
    const parts = [this.regionId];
    if (inventory) {
      parts.push(vscode.l10n.t('{0} VPCs', inventory.vpcs.length));
      const waiting = inventory.peerConnections.filter((c) => c.status === 'Accepting').length;
      if (waiting) parts.push(vscode.l10n.t('{0} awaiting acceptance', waiting));
    }
    item.description = parts.join(' · ');
    item.contextValue = `region:${state.status}`;
    return item;
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    const state = context.store.region(this.profileId, this.regionId);
    const inventory = valueOf(state);
    const retry = { command: 'vpcPeering.refresh', args: [{ profileId: this.profileId, regionId: this.regionId }] };
    const nodes: ExplorerNode[] = [];
    if (state.status === 'failed') nodes.push(new ErrorNode(this, state.error, retry));
    if (!inventory) {
      if (state.status !== 'failed') nodes.push(new LoadingNode(this, vscode.l10n.t('VPCs')));
      return nodes;
    }
    const vpcs = [...inventory.vpcs].sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
    nodes.push(
      ...paged(
        context,
        this,
        vpcs,
        (vpc) => context.intern(new VpcNode(this, vpc.id)),
        (remaining) => new LoadMoreNode(this, remaining),
      ),
    );
    if (inventory.vbrs.length > 0) nodes.push(context.intern(new ExpressConnectNode(this)));
    return nodes;
  }
}
