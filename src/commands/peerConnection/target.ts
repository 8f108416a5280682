// Which connection a command acts on, and with which profile: the connection the shared resolver
// finds in the argument (a tree row, a ref, `connectionId`), or a pick among those the action
// applies to.
// The acting profile is the one the action needs (the accepter's to accept or reject; for modify
// and delete the side the command was started from, else the requester's), and the model's
// `actionBlocker` says why not before anything is sent.

import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { actionBlocker, canPerform, type PeerAction } from '../../model/peerStatus';
import type { PeerConnection } from '../../model/types';
import { ArgumentError, argumentsObject, optionalString } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import { givenTarget, targetItems } from '../shared/resolveTarget';
import { titleOf } from '../shared/resourceText';
import { clientFor } from '../operation/runOperation';
import { BACK } from '../wizard/prompter';
import { loadedAccountUid } from './describe';

export interface PeerTarget {
  connection: PeerConnection;
  /** The profile that sends the write. */
  profileId: string;
  accountUid: string;
  client: AccountClient;
  /** The arguments object, when the command was given one. */
  args?: Record<string, unknown>;
}

export interface TargetOptions {
  action: Exclude<PeerAction, 'addRoutes' | 'removeRoutes'>;
  /** Title of the picker the palette shows. */
  pickTitle: string;
  /** Shown instead of an empty picker. */
  nothingToPick: string;
}

/** The target, or undefined when the palette had nothing to offer (the person was told). */
export async function resolvePeerTarget(context: CommandContext, argument: unknown, options: TargetOptions): Promise<PeerTarget | undefined> {
  const args = argumentsObject(argument);
  const given = givenTarget(context, argument, 'peerConnection');
  // A row was loaded under one profile's account: that side acts when the action allows it.
  const preferredProfileId = given?.from === 'row' ? given.profileId : undefined;
  const givenProfileId = optionalString(args, 'profileId');
  if (givenProfileId !== undefined) clientFor(context, givenProfileId);

  const connectionId = given?.ref.id ?? (await pickConnection(context, options));
  if (connectionId === undefined) return undefined;
  const connection = await findConnection(context, connectionId, givenProfileId);
  const profileId = givenProfileId ?? actingProfile(context, connection, options.action, preferredProfileId);
  if (profileId === undefined) {
    const blocker = actionBlocker(connection, options.action, context.store.activeAccountUids());
    throw new ArgumentError(blocker ?? vscode.l10n.t('No active profile can {0} {1}.', options.action, connection.id));
  }
  const client = clientFor(context, profileId);
  const accountUid = loadedAccountUid(context, profileId) ?? (await client.identity()).accountUid;
  const blocker = actionBlocker(connection, options.action, [accountUid]);
  if (blocker) throw new ArgumentError(`${titleOf(connection)}: ${blocker}`);
  const seenByActor = context.store.findPeerConnection(connection.id).find((copy) => copy.profileId === profileId)?.connection;
  return { connection: seenByActor ?? connection, profileId, accountUid, client, args };
}

async function pickConnection(context: CommandContext, options: TargetOptions): Promise<string | undefined> {
  const viewer = context.store.activeAccountUids();
  const items = targetItems(context, 'peerConnection', (c) => canPerform(c, options.action, viewer));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(options.nothingToPick);
    return undefined;
  }
  const picked = await context.prompter().pick(items, { title: options.pickTitle, placeholder: vscode.l10n.t('Name, id, VPC or CIDR'), canGoBack: false });
  return picked === BACK ? undefined : picked;
}

/** The store's copy, else a fresh read by the given profile or by each active profile in turn. */
async function findConnection(context: CommandContext, id: string, profileId: string | undefined): Promise<PeerConnection> {
  const copies = context.store.findPeerConnection(id);
  const known = copies.find((copy) => copy.profileId === profileId) ?? copies[0];
  if (known) return known.connection;
  const profileIds = profileId ? [profileId] : context.registry.activeIds();
  for (const candidate of profileIds) {
    const client = context.session.client(candidate);
    const connection = await client?.reader.getPeerConnection(id);
    if (connection) return connection;
  }
  throw new ArgumentError(
    vscode.l10n.t('No active profile sees the peer connection {0}: check the id, or activate a profile of its requester or accepter account.', id),
  );
}

/** The profile that should act, or undefined when no active profile may. */
function actingProfile(context: CommandContext, connection: PeerConnection, action: TargetOptions['action'], preferred?: string): string | undefined {
  const requester = context.store.profileForAccount(connection.requester.accountUid);
  const accepter = context.store.profileForAccount(connection.accepter.accountUid);
  if (action === 'accept' || action === 'reject') return accepter;
  const preferredUid = preferred ? loadedAccountUid(context, preferred) : undefined;
  const preferredIsSide = preferredUid === connection.requester.accountUid || preferredUid === connection.accepter.accountUid;
  if (action === 'delete' && connection.status !== 'Activated') return requester;
  return (preferredIsSide ? preferred : undefined) ?? requester ?? accepter;
}
