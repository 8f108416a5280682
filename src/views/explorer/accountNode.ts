// An active profile: its name and account UID; children are its regions.

import * as vscode from 'vscode';
import { valueOf } from '../../inventory/loadState';
import { capabilitiesOf } from '../../model/capabilities';
import { accountContextValue } from '../../model/contextValue';
import { awaitingAcceptance } from '../../model/peerStatus';
import { awaitingText } from './countText';
import { type ExplorerContext, type ExplorerNode, PlaceNode } from './explorerNode';
import { ErrorNode, LoadingNode, EmptyNode } from './messageNodes';
import { treeItem } from './treeRow';
import { profileKindText } from '../profileText';

export class AccountNode extends PlaceNode {
  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const account = context.store.account(this.profileId);
    const label = account?.profile.label ?? this.profileId;
    const identity = account ? valueOf(account.identity) : undefined;
    const waiting = identity ? awaitingText(awaitingAcceptance(this.loadedConnections(context), identity.accountUid)) : [];
    const loading = account?.identity.status === 'loading' || account?.regions.status === 'loading';
    const cloud = account?.profile.provider ? capabilitiesOf(account.profile.provider).displayName : undefined;
    return treeItem(this.id, {
      label,
      children: 'expanded',
      icon: loading ? 'loading~spin' : account?.profile.kind === 'sandbox' ? 'beaker' : 'account',
      // A profile of another cloud than the default says which, after its account id.
      description: [identity?.accountUid ?? (account?.identity.status === 'failed' ? vscode.l10n.t('unreachable') : ''), cloud, ...waiting].filter(Boolean).join(' · '),
      contextValue: accountContextValue(account?.profile.kind),
      attributes: [
        [vscode.l10n.t('Account UID'), identity?.accountUid],
        [vscode.l10n.t('Identity'), identity?.arn],
        [vscode.l10n.t('Profile'), account ? profileKindText(account.profile) : undefined],
        [vscode.l10n.t('Endpoint'), account?.profile.endpoint?.endpoint],
      ],
    });
  }

  /** The peer connections of every region loaded so far (a connection across regions twice). */
  private *loadedConnections(context: ExplorerContext) {
    const regions = valueOf(context.store.account(this.profileId)?.regions ?? { status: 'idle' }) ?? [];
    for (const region of regions) yield* valueOf(context.store.region(this.profileId, region.id))?.peerConnections ?? [];
  }

  override children(context: ExplorerContext): ExplorerNode[] {
    const account = context.store.account(this.profileId);
    if (!account) return [];
    const failure =
      account.identity.status === 'failed' ? account.identity.error : account.regions.status === 'failed' ? account.regions.error : undefined;
    if (failure !== undefined) {
      return [new ErrorNode(this, failure, { command: 'vpcPeering.refresh', args: [{ profileId: this.profileId }] })];
    }
    const regions = valueOf(account.regions);
    if (!regions) return [new LoadingNode(this, vscode.l10n.t('regions'))];
    const shown = this.shapeChildren(context);
    if (shown.length === 0) {
      const stillLoading = regions.some((r) => context.store.region(this.profileId, r.id).status === 'loading');
      return [
        stillLoading
          ? new LoadingNode(this, vscode.l10n.t('regions'))
          : new EmptyNode(this, vscode.l10n.t('No VPCs or peer connections in the selected regions')),
      ];
    }
    return shown;
  }
}
