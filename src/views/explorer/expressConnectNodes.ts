// Express Connect in a region: virtual border routers → BGP groups → BGP peers.

import * as vscode from 'vscode';
import type { RegionInventory } from '../../model/types';
import { bgpGroupContextValue, bgpPeerContextValue, vbrContextValue } from '../../model/contextValue';
import { valueOf } from '../../inventory/loadState';
import { type ExplorerContext, PlaceNode } from './explorerNode';
import type { RegionNode } from './regionNode';
import { resourceStatusIcon } from './statusIcons';
import { attributeTooltip } from './tooltip';

function inventoryOf(context: ExplorerContext, region: RegionNode): RegionInventory | undefined {
  return valueOf(context.store.region(region.profileId, region.regionId));
}

export class ExpressConnectNode extends PlaceNode {
  declare readonly parent: RegionNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Express Connect'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('server-environment');
    item.description = vscode.l10n.t('{0} VBRs', inventoryOf(context, this.parent)?.vbrs.length ?? 0);
    item.contextValue = 'expressConnect';
    return item;
  }
}

export class VbrNode extends PlaceNode {
  declare readonly parent: ExpressConnectNode;

  get vbrId(): string {
    return this.place.ref.id;
  }

  get region(): RegionNode {
    return this.parent.parent;
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const vbr = inventoryOf(context, this.region)?.vbrs.find((v) => v.id === this.vbrId);
    const item = new vscode.TreeItem(vbr?.name || this.vbrId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = resourceStatusIcon(vbr?.status ?? '', 'server');
    item.description = [vbr?.name ? this.vbrId : '', vbr?.status].filter(Boolean).join(' · ');
    item.tooltip = attributeTooltip(vbr?.name || this.vbrId, [
      ['ID', this.vbrId],
      [vscode.l10n.t('Status'), vbr?.status],
      [vscode.l10n.t('VLAN'), vbr?.vlanId],
      [vscode.l10n.t('Local gateway'), vbr?.localGatewayIp],
      [vscode.l10n.t('Peer gateway'), vbr?.peerGatewayIp],
      [vscode.l10n.t('Subnet mask'), vbr?.peeringSubnetMask],
      [vscode.l10n.t('Physical connection'), vbr?.physicalConnectionId],
      [vscode.l10n.t('Description'), vbr?.description],
    ]);
    item.contextValue = vbr ? vbrContextValue(vbr) : 'vbr:unknown';
    return item;
  }
}

export class BgpGroupNode extends PlaceNode {
  declare readonly parent: VbrNode;

  get bgpGroupId(): string {
    return this.place.ref.id;
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const group = inventoryOf(context, this.parent.region)?.bgpGroups.find((g) => g.id === this.bgpGroupId);
    const item = new vscode.TreeItem(group?.name || this.bgpGroupId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = resourceStatusIcon(group?.status ?? '', 'organization');
    item.description = group ? `AS${group.localAsn} ↔ AS${group.peerAsn}` : '';
    item.tooltip = attributeTooltip(group?.name || this.bgpGroupId, [
      ['ID', this.bgpGroupId],
      [vscode.l10n.t('Status'), group?.status],
      [vscode.l10n.t('Local ASN'), group?.localAsn],
      [vscode.l10n.t('Peer ASN'), group?.peerAsn],
      [vscode.l10n.t('IP version'), group?.ipVersion],
      [vscode.l10n.t('Authentication'), group?.hasAuthKey ? vscode.l10n.t('key set') : vscode.l10n.t('none')],
      [vscode.l10n.t('Route limit'), group?.routeLimit],
      [vscode.l10n.t('Description'), group?.description],
    ]);
    item.contextValue = group ? bgpGroupContextValue(group) : 'bgpGroup:unknown';
    return item;
  }
}

export class BgpPeerNode extends PlaceNode {
  declare readonly parent: BgpGroupNode;

  get bgpPeerId(): string {
    return this.place.ref.id;
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const peer = inventoryOf(context, this.parent.parent.region)?.bgpPeers.find((p) => p.id === this.bgpPeerId);
    const item = new vscode.TreeItem(peer?.peerIpAddress || peer?.name || this.bgpPeerId);
    item.id = this.id;
    if (!peer) return item;
    const settling = peer.status !== 'Available';
    item.iconPath = resourceStatusIcon(settling ? peer.status : peer.bgpStatus, 'radio-tower');
    item.description = [peer.bgpStatus, settling ? peer.status : '', peer.enableBfd ? vscode.l10n.t('BFD') : '']
      .filter(Boolean)
      .join(' · ');
    item.tooltip = attributeTooltip(peer.name || peer.id, [
      ['ID', peer.id],
      [vscode.l10n.t('Peer IP'), peer.peerIpAddress],
      [vscode.l10n.t('Session'), peer.bgpStatus],
      [vscode.l10n.t('Status'), peer.status],
      [vscode.l10n.t('Peer ASN'), peer.peerAsn],
      [vscode.l10n.t('Local ASN'), peer.localAsn],
      [vscode.l10n.t('IP version'), peer.ipVersion],
      [vscode.l10n.t('BFD'), peer.enableBfd ? vscode.l10n.t('on, multi-hop {0}', peer.bfdMultiHop ?? 255) : vscode.l10n.t('off')],
      [vscode.l10n.t('Routes advertised'), peer.advertisedRouteCount],
      [vscode.l10n.t('Routes received'), peer.receivedRouteCount],
    ]);
    item.contextValue = bgpPeerContextValue(peer);
    return item;
  }
}
