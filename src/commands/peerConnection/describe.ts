// How the peer connection commands name things in pickers, confirmations and messages: VPCs by
// name, id and CIDRs, accounts by the profile that holds them (or their UID), connections by name
// and id with both ends — what a network engineer recognises at a glance.

import * as vscode from 'vscode';
import type { PeerConnection, PeerEnd, Vpc } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { CommandContext } from '../shared/commandContext';
import type { PickItem } from '../wizard/prompter';

export function vpcCidrs(vpc: Pick<Vpc, 'cidrBlock' | 'secondaryCidrs' | 'ipv6Cidrs'>): string[] {
  return [vpc.cidrBlock, ...vpc.secondaryCidrs, ...vpc.ipv6Cidrs].filter(Boolean);
}

/** `payments-prod-hz (vpc-…)` or the bare id for a VPC without a name. */
export function vpcTitle(vpc: Pick<Vpc, 'id' | 'name'>): string {
  return vpc.name ? `${vpc.name} (${vpc.id})` : vpc.id;
}

/** `hub-to-payments (pcc-…)` or the bare id. */
export function connectionTitle(connection: Pick<PeerConnection, 'id' | 'name'>): string {
  return connection.name ? `${connection.name} (${connection.id})` : connection.id;
}

/** The profile label holding an account, else "account <uid>". */
export function accountName(context: CommandContext, accountUid: string): string {
  const profileId = context.store.profileForAccount(accountUid);
  const label = profileId ? context.store.account(profileId)?.profile.label : undefined;
  return label ?? vscode.l10n.t('account {0}', accountUid);
}

/** One end: `payments-prod-hz (vpc-…) · 172.16.0.0/16 · Sandbox · app-team · cn-hangzhou`. */
export function endText(context: CommandContext, end: PeerEnd): string {
  const resolved = context.store.resolveEnd(end);
  const title = resolved.kind === 'vpc' ? vpcTitle(resolved.vpc) : end.vpcId;
  const cidrs = resolved.kind === 'vpc' ? vpcCidrs(resolved.vpc) : [...end.ipv4Cidrs, ...end.ipv6Cidrs];
  return [title, cidrs.join(', '), accountName(context, end.accountUid), end.regionId].filter(Boolean).join(' · ');
}

/** A picker item for a connection: name, id and status, then both ends. */
export function connectionPickItem(context: CommandContext, connection: PeerConnection): PickItem<string> {
  const expiry = connection.expiresAt ? ` · ${vscode.l10n.t('expires {0}', connection.expiresAt)}` : '';
  return {
    label: connection.name || connection.id,
    description: `${connection.id} · ${connection.status}${expiry}`,
    detail: `${endText(context, connection.requester)}  →  ${endText(context, connection.accepter)}`,
    value: connection.id,
  };
}

/** Every connection the active profiles see, each once (the requester's copy first). */
export function knownConnections(context: CommandContext): PeerConnection[] {
  const byId = new Map<string, PeerConnection>();
  for (const region of context.store.snapshot().regions) {
    for (const connection of region.peerConnections) {
      const seen = byId.get(connection.id);
      if (!seen || region.accountUid === connection.requester.accountUid) byId.set(connection.id, connection);
    }
  }
  return [...byId.values()].sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
}

/** The account UID behind an active profile, once its identity has loaded. */
export function loadedAccountUid(context: CommandContext, profileId: string): string | undefined {
  const account = context.store.account(profileId);
  return account ? valueOf(account.identity)?.accountUid : undefined;
}
