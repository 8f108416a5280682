// A peer connection seen from one VPC: direction, the other end, status icon and colour, every
// attribute in the tooltip, and a context value that lets menus offer only what applies.

import * as vscode from 'vscode';
import type { PeerConnection, PeerEnd } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import { peerConnectionContextValue } from '../../model/contextValue';
import { titleOf } from '../../model/resourceTitle';
import { type ExplorerContext, PlaceNode } from './explorerNode';
import { peerStatusIcon } from './statusIcons';
import { deadlineRow, timeRow } from './tooltip';
import { treeItem } from './treeRow';
import type { VpcNode } from './vpcNode';

export class PeerConnectionNode extends PlaceNode {
  declare readonly parent: VpcNode;

  connection(context: ExplorerContext): PeerConnection | undefined {
    return valueOf(context.store.region(this.profileId, this.regionId))?.peerConnections.find((c) => c.id === this.place.ref.id);
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const connection = this.connection(context);
    if (!connection) return treeItem(this.id, { label: this.place.ref.id, description: vscode.l10n.t('gone') });
    const outgoing = connection.requester.vpcId === this.parent.vpcId;
    const other = outgoing ? connection.accepter : connection.requester;
    const interRegion = connection.requester.regionId !== connection.accepter.regionId;
    // The row sits under one account's VPC: its menu offers what that account may do (the
    // accepter's row offers Accept; the requester's row of the same connection does not).
    const viewerUid = valueOf(context.store.region(this.profileId, this.regionId))?.accountUid;
    return treeItem(this.id, {
      label: connection.name || connection.id,
      icon: peerStatusIcon(connection.status),
      description: `${outgoing ? '→' : '←'} ${this.describeEnd(context, other)} · ${connection.status}`,
      contextValue: peerConnectionContextValue(connection, viewerUid ? [viewerUid] : []),
      title: titleOf(connection),
      attributes: [
        ['ID', connection.id],
        [vscode.l10n.t('Status'), connection.status],
        [vscode.l10n.t('Business status'), connection.bizStatus],
        [vscode.l10n.t('Direction'), outgoing ? vscode.l10n.t('outgoing (this VPC requested)') : vscode.l10n.t('incoming (this VPC accepts)')],
        [vscode.l10n.t('Requester'), this.endText(context, connection.requester)],
        [vscode.l10n.t('Accepter'), this.endText(context, connection.accepter)],
        [vscode.l10n.t('Scope'), interRegion ? vscode.l10n.t('inter-region') : vscode.l10n.t('intra-region')],
        [vscode.l10n.t('Bandwidth'), connection.bandwidthMbps < 0 ? vscode.l10n.t('unlimited') : vscode.l10n.t('{0} Mbit/s', connection.bandwidthMbps)],
        [vscode.l10n.t('Link type'), connection.linkType],
        [vscode.l10n.t('Description'), connection.description],
        [vscode.l10n.t('Created'), timeRow(connection.createdAt)],
        [vscode.l10n.t('Modified'), timeRow(connection.modifiedAt)],
        [vscode.l10n.t('Acceptance deadline'), deadlineRow(connection.expiresAt)],
        [vscode.l10n.t('Resource group'), connection.resourceGroupId],
        [vscode.l10n.t('Tags'), connection.tags.map((t) => `${t.key}=${t.value}`).join(', ')],
      ],
    });
  }

  private describeEnd(context: ExplorerContext, end: PeerEnd): string {
    const resolved = context.store.resolveEnd(end);
    if (resolved.kind === 'vpc') {
      const account = context.store.account(resolved.profileId)?.profile.label;
      const name = resolved.vpc.name || resolved.vpc.id;
      return end.regionId === this.regionId && resolved.profileId === this.profileId ? name : `${name} (${account ?? end.accountUid}, ${end.regionId})`;
    }
    return `${end.vpcId} (${vscode.l10n.t('account {0}', end.accountUid)}, ${end.regionId})`;
  }

  /** One end in full for the tooltip: `hub-prod (vpc-…) · 1234… · cn-hangzhou · 10.0.0.0/16`. */
  private endText(context: ExplorerContext, end: PeerEnd): string {
    const resolved = context.store.resolveEnd(end);
    const vpc = resolved.kind === 'vpc' ? titleOf(resolved.vpc) : end.vpcId;
    const cidrs = [...end.ipv4Cidrs, ...end.ipv6Cidrs].join(', ');
    return `${vpc} · ${end.accountUid} · ${end.regionId}${cidrs ? ` · ${cidrs}` : ''}`;
  }
}
