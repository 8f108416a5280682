// Router interfaces attached to a VPC's vRouter: the legacy VPC-to-VPC and VPC-to-VBR links.

import * as vscode from 'vscode';
import type { RouterInterface } from '../../model/types';
import { routerInterfaceContextValue } from '../../model/contextValue';
import { titleOf } from '../../model/resourceTitle';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { type ExplorerContext, PlaceNode } from './explorerNode';
import { resourceStatusIcon } from './statusIcons';
import { timeRow } from './tooltip';
import { folderItem, treeItem } from './treeRow';
import { routerInterfacesOfVpc } from './treeShape';
import type { VpcNode } from './vpcNode';

export function routerInterfacesOf(context: ExplorerContext, vpcNode: VpcNode): RouterInterface[] {
  const inventory = valueOf(context.store.region(vpcNode.profileId, vpcNode.regionId));
  return inventory ? routerInterfacesOfVpc(inventory, vpcNode.vpc(context) ?? { id: vpcNode.vpcId, vRouterId: '' }) : [];
}

export class RouterInterfacesNode extends PlaceNode {
  declare readonly parent: VpcNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    return folderItem(this.id, 'routerInterfaces', routerInterfacesOf(context, this.parent).length);
  }
}

export class RouterInterfaceNode extends PlaceNode {
  declare readonly parent: RouterInterfacesNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const id = this.place.ref.id;
    const ri = routerInterfacesOf(context, this.parent.parent).find((r) => r.id === id);
    if (!ri) return treeItem(this.id, { label: id });
    const opposite = oppositeTitle(context.store, ri) ?? vscode.l10n.t('not set');
    return treeItem(this.id, {
      label: ri.name || id,
      icon: resourceStatusIcon(ri.status, 'plug'),
      description: `${ri.role === 'InitiatingSide' ? '→' : '←'} ${opposite} · ${ri.status}`,
      contextValue: routerInterfaceContextValue(ri),
      title: titleOf(ri),
      attributes: [
        ['ID', ri.id],
        [vscode.l10n.t('Role'), ri.role],
        [vscode.l10n.t('Status'), ri.status],
        [vscode.l10n.t('Business status'), ri.businessStatus],
        [vscode.l10n.t('Spec'), ri.spec],
        [vscode.l10n.t('Router'), `${ri.routerId} (${ri.routerType})`],
        [vscode.l10n.t('Opposite interface'), ri.opposite.interfaceId],
        [vscode.l10n.t('Opposite router'), ri.opposite.routerId && `${ri.opposite.routerId} (${ri.opposite.routerType ?? '?'})`],
        [vscode.l10n.t('Opposite account'), ri.opposite.accountUid],
        [vscode.l10n.t('Opposite region'), ri.opposite.regionId],
        [vscode.l10n.t('Opposite status'), ri.opposite.status],
        [vscode.l10n.t('Opposite VPC'), ri.opposite.vpcId && oppositeTitle(context.store, ri)],
        [vscode.l10n.t('Created'), timeRow(ri.createdAt)],
        [vscode.l10n.t('Connected'), timeRow(ri.connectedAt)],
      ],
    });
  }
}

/** The far end as a person knows it: the loaded VPC's `name (vpc-…)`, else the VPC or router id (the row and the picker item). */
export function oppositeTitle(store: TopologyStore, ri: RouterInterface): string | undefined {
  const { vpcId, routerId, accountUid, regionId } = ri.opposite;
  if (vpcId && accountUid && regionId) {
    const resolved = store.resolveEnd({ accountUid, regionId, vpcId, ipv4Cidrs: [], ipv6Cidrs: [] });
    if (resolved.kind === 'vpc') return titleOf(resolved.vpc);
  }
  return vpcId ?? routerId;
}
