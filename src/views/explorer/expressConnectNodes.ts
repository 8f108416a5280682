// Express Connect in a region: virtual border routers → BGP groups → BGP peers.

import * as vscode from 'vscode';
import type { RegionInventory } from '../../model/types';
import { bgpGroupContextValue, bgpPeerContextValue, vbrContextValue } from '../../model/contextValue';
import { titleOf } from '../../model/resourceTitle';
import { valueOf } from '../../inventory/loadState';
import { type ExplorerContext, PlaceNode } from './explorerNode';
import type { RegionNode } from './regionNode';
import { resourceStatusIcon } from './statusIcons';
import { folderItem, treeItem } from './treeRow';

function inventoryOf(context: ExplorerContext, region: RegionNode): RegionInventory | undefined {
  return valueOf(context.store.region(region.profileId, region.regionId));
}

export class ExpressConnectNode extends PlaceNode {
  declare readonly parent: RegionNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    return folderItem(this.id, 'expressConnect', inventoryOf(context, this.parent)?.vbrs.length ?? 0);
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
    return treeItem(this.id, {
      label: vbr?.name || this.vbrId,
      children: 'collapsed',
      icon: resourceStatusIcon(vbr?.status ?? '', 'server'),
      description: [vbr?.name ? this.vbrId : '', vbr?.status].filter(Boolean).join(' · '),
      contextValue: vbr ? vbrContextValue(vbr) : 'vbr:unknown',
      title: titleOf({ id: this.vbrId, name: vbr?.name }),
      attributes: [
        ['ID', this.vbrId],
        [vscode.l10n.t('Status'), vbr?.status],
        [vscode.l10n.t('VLAN'), vbr?.vlanId],
        [vscode.l10n.t('Local gateway'), vbr?.localGatewayIp],
        [vscode.l10n.t('Peer gateway'), vbr?.peerGatewayIp],
        [vscode.l10n.t('Subnet mask'), vbr?.peeringSubnetMask],
        [vscode.l10n.t('Physical connection'), vbr?.physicalConnectionId],
        [vscode.l10n.t('Description'), vbr?.description],
      ],
    });
  }
}

export class BgpGroupNode extends PlaceNode {
  declare readonly parent: VbrNode;

  get region(): RegionNode {
    return this.parent.region;
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const id = this.place.ref.id;
    const group = inventoryOf(context, this.parent.region)?.bgpGroups.find((g) => g.id === id);
    return treeItem(this.id, {
      label: group?.name || id,
      children: 'collapsed',
      icon: resourceStatusIcon(group?.status ?? '', 'organization'),
      description: group ? `AS${group.localAsn} ↔ AS${group.peerAsn}` : '',
      contextValue: group ? bgpGroupContextValue(group) : 'bgpGroup:unknown',
      title: titleOf({ id, name: group?.name }),
      attributes: [
        ['ID', id],
        [vscode.l10n.t('Status'), group?.status],
        [vscode.l10n.t('Local ASN'), group?.localAsn],
        [vscode.l10n.t('Peer ASN'), group?.peerAsn],
        [vscode.l10n.t('IP version'), group?.ipVersion],
        [vscode.l10n.t('Authentication'), group?.hasAuthKey ? vscode.l10n.t('key set') : vscode.l10n.t('none')],
        [vscode.l10n.t('Route limit'), group?.routeLimit],
        [vscode.l10n.t('Description'), group?.description],
      ],
    });
  }
}

export class BgpPeerNode extends PlaceNode {
  declare readonly parent: BgpGroupNode;

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const id = this.place.ref.id;
    const peer = inventoryOf(context, this.parent.region)?.bgpPeers.find((p) => p.id === id);
    if (!peer) return treeItem(this.id, { label: id });
    const settling = peer.status !== 'Available';
    return treeItem(this.id, {
      label: peer.peerIpAddress || peer.name || id,
      icon: resourceStatusIcon(settling ? peer.status : peer.bgpStatus, 'radio-tower'),
      description: [peer.bgpStatus, settling ? peer.status : '', peer.enableBfd ? vscode.l10n.t('BFD') : ''].filter(Boolean).join(' · '),
      title: titleOf({ id: peer.id, name: peer.peerIpAddress || peer.name }),
      contextValue: bgpPeerContextValue(peer),
      attributes: [
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
      ],
    });
  }
}
