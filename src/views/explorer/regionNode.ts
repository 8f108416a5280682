// One region of one account: its VPCs, and Express Connect when it has virtual border routers.

import * as vscode from 'vscode';
import { valueOf } from '../../inventory/loadState';
import { regionContextValue } from '../../model/contextValue';
import { awaitingAcceptance } from '../../model/peerStatus';
import { awaitingText, vpcCount } from './countText';
import type { AccountNode } from './accountNode';
import { type ExplorerContext, type ExplorerNode, PlaceNode } from './explorerNode';
import { ErrorNode, LoadingNode } from './messageNodes';
import { treeItem } from './treeRow';

export class RegionNode extends PlaceNode {
  declare readonly parent: AccountNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const state = context.store.region(this.profileId, this.regionId);
    const inventory = valueOf(state);
    const regions = valueOf(context.store.account(this.profileId)?.regions ?? { status: 'idle' });
    const name = regions?.find((r) => r.id === this.regionId)?.name;
    const parts = [this.regionId];
    if (inventory) {
      const accountUid = valueOf(context.store.account(this.profileId)?.identity ?? { status: 'idle' })?.accountUid ?? '';
      parts.push(vpcCount(inventory.vpcs.length), ...awaitingText(awaitingAcceptance(inventory.peerConnections, accountUid)));
    }
    return treeItem(this.id, {
      label: name || this.regionId,
      children: 'collapsed',
      icon:
        state.status === 'loading'
          ? 'loading~spin'
          : state.status === 'failed'
            ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
            : 'globe',
      description: parts.join(' · '),
      contextValue: regionContextValue(state.status),
    });
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    const state = context.store.region(this.profileId, this.regionId);
    const retry = { command: 'vpcPeering.refresh', args: [{ profileId: this.profileId, regionId: this.regionId }] };
    const nodes: ExplorerNode[] = [];
    if (state.status === 'failed') nodes.push(new ErrorNode(this, state.error, retry));
    if (!valueOf(state)) {
      if (state.status !== 'failed') nodes.push(new LoadingNode(this, vscode.l10n.t('VPCs')));
      return nodes;
    }
    return [...nodes, ...this.shapeChildren(context, 'vpc')];
  }
}
