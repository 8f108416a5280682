// Route tables of a VPC and their entries. They are loaded when the folder is first expanded
// (or earlier, in the background, for peered VPCs) — one VPC's tables can be long.

import * as vscode from 'vscode';
import { VPC_PEER_NEXT_HOP } from '../../model/routeCoverage';
import type { NextHop, RouteEntry, RouteTable } from '../../model/types';
import { routeEntryContextValue, routeTableContextValue } from '../../model/contextValue';
import { titleOf } from '../../model/resourceTitle';
import { valueOf } from '../../inventory/loadState';
import { type ExplorerContext, type ExplorerNode, PlaceNode } from './explorerNode';
import { EmptyNode, ErrorNode, LoadingNode } from './messageNodes';
import { resourceStatusIcon } from './statusIcons';
import { routeEntryCount } from './countText';
import { folderItem, treeItem } from './treeRow';
import { routeEntryKey } from './treeShape';
import type { VpcNode } from './vpcNode';

export class RouteTablesNode extends PlaceNode {
  declare readonly parent: VpcNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const details = valueOf(context.store.vpcDetails(this.parent.profileId, this.parent.vpcId));
    return folderItem(this.id, 'routeTables', details?.routeTables.length);
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    const { profileId, regionId, vpcId } = this.parent;
    const state = context.store.vpcDetails(profileId, vpcId);
    if (state.status === 'idle') {
      void context.store.loadVpcDetails(profileId, regionId, vpcId).catch(() => undefined);
      return [new LoadingNode(this, vscode.l10n.t('route tables'))];
    }
    const nodes: ExplorerNode[] = [];
    if (state.status === 'failed') {
      nodes.push(new ErrorNode(this, state.error, { command: 'vpcPeering.refresh', args: [{ profileId, regionId, vpcId }] }));
    }
    const details = valueOf(state);
    if (!details) {
      if (state.status === 'loading') nodes.push(new LoadingNode(this, vscode.l10n.t('route tables')));
      return nodes;
    }
    if (details.routeTables.length === 0) nodes.push(new EmptyNode(this, vscode.l10n.t('No route tables')));
    return [...nodes, ...this.shapeChildren(context)];
  }
}

export class RouteTableNode extends PlaceNode {
  declare readonly parent: RouteTablesNode;

  private table(context: ExplorerContext): { table?: RouteTable; entries: RouteEntry[] } {
    const id = this.place.ref.id;
    const details = valueOf(context.store.vpcDetails(this.parent.parent.profileId, this.parent.parent.vpcId));
    return {
      table: details?.routeTables.find((t) => t.id === id),
      entries: details?.routeEntries.filter((e) => e.routeTableId === id) ?? [],
    };
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const id = this.place.ref.id;
    const { table, entries } = this.table(context);
    return treeItem(this.id, {
      label: table?.name || id,
      children: 'collapsed',
      icon: table?.type === 'Custom' ? 'symbol-array' : 'symbol-constant',
      description: [table?.type, table?.name ? id : '', routeEntryCount(entries.length)].filter(Boolean).join(' · '),
      contextValue: table ? routeTableContextValue(table) : 'routeTable:unknown',
      title: titleOf({ id, name: table?.name }),
      attributes: [
        ['ID', id],
        [vscode.l10n.t('Type'), table?.type],
        [vscode.l10n.t('Router'), table ? `${table.routerId} (${table.routerType})` : undefined],
        [vscode.l10n.t('vSwitches'), table?.vSwitchIds.join(', ')],
        [vscode.l10n.t('Status'), table?.status],
      ],
    });
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    return this.shapeChildren(context, 'routeEntry');
  }

  entry(context: ExplorerContext, key: string): RouteEntry | undefined {
    return this.table(context).entries.find((e) => routeEntryKey(e) === key);
  }
}

export class RouteEntryNode extends PlaceNode {
  declare readonly parent: RouteTableNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const key = this.place.ref.id; // the entry's id, or its destination when it has none
    const entry = this.parent.entry(context, key);
    if (!entry) return treeItem(this.id, { label: key });
    const hops = entry.nextHops.map((hop) => nextHopText(context, this.parent.parent.parent, hop)).join(', ') || vscode.l10n.t('local');
    return treeItem(this.id, {
      label: entry.destination,
      icon: resourceStatusIcon(entry.status || 'Available', entry.type === 'System' ? 'circle-small' : 'arrow-right'),
      description: `→ ${hops}${entry.status && entry.status !== 'Available' ? ` · ${entry.status}` : ''}`,
      contextValue: routeEntryContextValue(entry),
      title: entry.name ? `${entry.destination} · ${entry.name}` : entry.destination,
      attributes: [
        ['ID', entry.id],
        [vscode.l10n.t('Type'), entry.type],
        [vscode.l10n.t('Status'), entry.status],
        [vscode.l10n.t('Next hops'), hops],
        [vscode.l10n.t('Name'), entry.name],
        [vscode.l10n.t('Description'), entry.description],
      ],
    });
  }
}

/**
 * A next hop as a person knows it: a peer connection or router interface the store holds by its
 * `name (id)`, the same words the connection's own row uses; other hops as type and id.
 */
function nextHopText(context: ExplorerContext, vpcNode: VpcNode, hop: NextHop): string {
  const region = valueOf(context.store.region(vpcNode.profileId, vpcNode.regionId));
  if (hop.type === VPC_PEER_NEXT_HOP) {
    const connection = region?.peerConnections.find((c) => c.id === hop.id) ?? context.store.findPeerConnection(hop.id)[0]?.connection;
    return connection ? vscode.l10n.t('peer connection {0}', titleOf(connection)) : `${hop.type} ${hop.id}`;
  }
  if (hop.type === 'RouterInterface') {
    const ri = region?.routerInterfaces.find((r) => r.id === hop.id);
    if (ri) return vscode.l10n.t('router interface {0}', titleOf(ri));
  }
  return hop.id ? `${hop.type} ${hop.id}` : hop.type;
}
