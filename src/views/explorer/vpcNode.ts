// A VPC: its CIDRs and id; children are its peer connections (both directions), its route
// tables and its router interfaces.

import * as vscode from 'vscode';
import type { Vpc } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import { vpcContextValue } from '../../model/contextValue';
import { titleOf } from '../../model/resourceTitle';
import { type ExplorerContext, type ExplorerNode, PlaceNode } from './explorerNode';
import type { RegionNode } from './regionNode';
import { timeRow } from './tooltip';
import { treeItem } from './treeRow';

export class VpcNode extends PlaceNode {
  declare readonly parent: RegionNode;

  get vpcId(): string {
    return this.place.ref.id;
  }

  vpc(context: ExplorerContext): Vpc | undefined {
    return valueOf(context.store.region(this.profileId, this.regionId))?.vpcs.find((v) => v.id === this.vpcId);
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const vpc = this.vpc(context);
    const cidrs = vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs].filter(Boolean) : [];
    return treeItem(this.id, {
      label: vpc?.name || this.vpcId,
      children: 'collapsed',
      icon: 'symbol-namespace',
      description: [cidrs.join(', '), vpc?.name ? this.vpcId : ''].filter(Boolean).join(' · '),
      contextValue: vpcContextValue(),
      title: titleOf({ id: this.vpcId, name: vpc?.name }),
      attributes: [
        ['ID', this.vpcId],
        [vscode.l10n.t('Region'), this.regionId],
        [vscode.l10n.t('Status'), vpc?.status],
        [vscode.l10n.t('IPv4 CIDR'), vpc?.cidrBlock],
        [vscode.l10n.t('Secondary CIDRs'), vpc?.secondaryCidrs.join(', ')],
        [vscode.l10n.t('IPv6 CIDRs'), vpc?.ipv6Cidrs.join(', ')],
        [vscode.l10n.t('vRouter'), vpc?.vRouterId],
        [vscode.l10n.t('Description'), vpc?.description],
        [vscode.l10n.t('Default VPC'), vpc?.isDefault ? vscode.l10n.t('yes') : undefined],
        [vscode.l10n.t('Created'), timeRow(vpc?.createdAt)],
      ],
    });
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    return this.shapeChildren(context, 'peerConnection');
  }
}
