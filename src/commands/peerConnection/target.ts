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

export type TargetAction = Exclude<PeerAction, 'addRoutes' | 'removeRoutes'>;

interface PickTexts {
  /** Title of the picker the palette shows. */
  title: string;
  /** Shown instead of an empty picker. */
  nothingToPick: string;
}

/** Functions, so that each text is localized when it is shown. */
const nothingAwaitsAnswer = () => vscode.l10n.t('No peer connection is waiting for an answer from the accounts of your active profiles.');
const PICK_TEXTS: Record<TargetAction, () => PickTexts> = {
  accept: () => ({ title: vscode.l10n.t('Accept which peer connection?'), nothingToPick: nothingAwaitsAnswer() }),
  reject: () => ({ title: vscode.l10n.t('Reject which peer connection?'), nothingToPick: nothingAwaitsAnswer() }),
  modify: () => ({ title: vscode.l10n.t('Modify which peer connection?'), nothingToPick: vscode.l10n.t('No active peer connection of your profiles can be modified now.') }),
  delete: () => ({ title: vscode.l10n.t('Delete which peer connection?'), nothingToPick: vscode.l10n.t('None of the peer connections of your active profiles can be deleted now.') }),
};

/** The target, or undefined when the palette had nothing to offer (the person was told). */
export async function resolvePeerTarget(context: CommandContext, argument: unknown, action: TargetAction): Promise<PeerTarget | undefined> {
  const args = argumentsObject(argument);
  const given = givenTarget(context, argument, 'peerConnection');
  // A row was loaded under one profile's account: that side acts when the action allows it.
  const preferredProfileId = given?.from === 'row' ? given.profileId : undefined;
  const givenProfileId = optionalString(args, 'profileId');
  if (givenProfileId !== undefined) clientFor(context, givenProfileId);

  const connectionId = given?.ref.id ?? (await pickConnection(context, action));
  if (connectionId === undefined) return undefined;
  // A row's own profile's copy first: it is the one the person sees.
  const connection = await findConnection(context, connectionId, givenProfileId ?? preferredProfileId);
  const profileId = givenProfileId ?? actingProfile(context, connection, action, preferredProfileId);
  if (profileId === undefined) {
    const blocker = actionBlocker(connection, action, context.store.activeAccountUids());
    throw new ArgumentError(blocker ?? vscode.l10n.t('No active profile can {0} {1}.', action, titleOf(connection)));
  }
  const client = clientFor(context, profileId);
  const accountUid = loadedAccountUid(context, profileId) ?? (await client.identity()).accountUid;
  const blocker = actionBlocker(connection, action, [accountUid]);
  if (blocker) throw new ArgumentError(`${titleOf(connection)}: ${blocker}`);
  const seenByActor = context.store.findPeerConnection(connection.id).find((copy) => copy.profileId === profileId)?.connection;
  return { connection: seenByActor ?? connection, profileId, accountUid, client, args };
}

async function pickConnection(context: CommandContext, action: TargetAction): Promise<string | undefined> {
  const viewer = context.store.activeAccountUids();
  const items = targetItems(context, 'peerConnection', (c) => canPerform(c, action, viewer));
  const texts = PICK_TEXTS[action]();
  if (items.length === 0) {
    void vscode.window.showInformationMessage(texts.nothingToPick);
    return undefined;
  }
  const picked = await context.prompter().pick(items, { title: texts.title, placeholder: vscode.l10n.t('Name, id, VPC or CIDR'), canGoBack: false });
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
function actingProfile(context: CommandContext, connection: PeerConnection, action: TargetAction, preferred?: string): string | undefined {
  const requester = context.store.profileForAccount(connection.requester.accountUid);
  const accepter = context.store.profileForAccount(connection.accepter.accountUid);
  if (action === 'accept' || action === 'reject') return accepter;
  const preferredUid = preferred ? loadedAccountUid(context, preferred) : undefined;
  const preferredIsSide = preferredUid === connection.requester.accountUid || preferredUid === connection.accepter.accountUid;
  if (action === 'delete' && connection.status !== 'Activated') return requester;
  return (preferredIsSide ? preferred : undefined) ?? requester ?? accepter;
}
