// A VPC: its CIDRs and id; children are its peer connections (both directions), its route
// tables and its router interfaces.

import * as vscode from 'vscode';
import type { Vpc } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import { type ExplorerContext, ExplorerNode, paged } from './explorerNode';
import { LoadMoreNode } from './messageNodes';
import { PeerConnectionNode } from './peerConnectionNode';
import type { RegionNode } from './regionNode';
import { RouteTablesNode } from './routeNodes';
import { RouterInterfacesNode } from './routerInterfaceNodes';
import { attributeTooltip } from './tooltip';

export class VpcNode extends ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: RegionNode,
    readonly vpcId: string,
  ) {
    super();
    this.id = `${parent.id}/vpc/${vpcId}`;
  }

  get profileId(): string {
    return this.parent.profileId;
  }
  get regionId(): string {
    return this.parent.regionId;
  }

  vpc(context: ExplorerContext): Vpc | undefined {
    return valueOf(context.store.region(this.profileId, this.regionId))?.vpcs.find((v) => v.id === this.vpcId);
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const vpc = this.vpc(context);
    const item = new vscode.TreeItem(vpc?.name || this.vpcId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('symbol-namespace');
    const cidrs = vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs].filter(Boolean) : [];
    item.description = [cidrs.join(', '), vpc?.name ? this.vpcId : ''].filter(Boolean).join(' · ');
    item.tooltip = attributeTooltip(vpc?.name || this.vpcId, [
      ['ID', this.vpcId],
      [vscode.l10n.t('Region'), this.regionId],
      [vscode.l10n.t('Status'), vpc?.status],
      [vscode.l10n.t('IPv4 CIDR'), vpc?.cidrBlock],
      [vscode.l10n.t('Secondary CIDRs'), vpc?.secondaryCidrs.join(', ')],
      [vscode.l10n.t('IPv6 CIDRs'), vpc?.ipv6Cidrs.join(', ')],
      [vscode.l10n.t('vRouter'), vpc?.vRouterId],
      [vscode.l10n.t('Description'), vpc?.description],
      [vscode.l10n.t('Default VPC'), vpc?.isDefault ? vscode.l10n.t('yes') : undefined],
      [vscode.l10n.t('Created'), vpc?.createdAt],
    ]);
    item.contextValue = 'vpc';
    return item;
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    const inventory = valueOf(context.store.region(this.profileId, this.regionId));
    if (!inventory) return [];
    const connections = inventory.peerConnections
      .filter(
        (c) =>
          (c.requester.vpcId === this.vpcId && c.requester.accountUid === inventory.accountUid) ||
          (c.accepter.vpcId === this.vpcId && c.accepter.accountUid === inventory.accountUid),
      )
      .sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
    const nodes = paged(
      context,
      this,
      connections,
      (c) => context.intern(new PeerConnectionNode(this, c.id)),
      (remaining) => new LoadMoreNode(this, remaining),
    );
    nodes.push(context.intern(new RouteTablesNode(this)));
    if (inventory.routerInterfaces.some((ri) => ri.vpcId === this.vpcId || ri.routerId === this.vpc(context)?.vRouterId)) {
      nodes.push(context.intern(new RouterInterfacesNode(this)));
    }
    return nodes;
  }
}
