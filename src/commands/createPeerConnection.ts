// "Create Peer Connection…": requester profile → region → VPC → accepter (this account, another
// active profile, or any account by UID) → accepter region → accepter VPC → name → description →
// bandwidth and link type (inter-region) → resource group → tags → review (CIDR overlap and
// duplicate-pair warnings) → optional dry run → CreateVpcPeerConnection, then follows Creating →
// Activated (same account) or Accepting (cross-account). From a VPC node the requester is filled
// in, from a region node its profile and region.
//
// Arguments object: { profileId, regionId, vpcId, acceptingAccountUid, acceptingRegionId,
// acceptingVpcId, name?, description?, bandwidthMbps?, linkType?, resourceGroupId?, tags?:
// {key, value}[], dryRun?, wait?: boolean, review?: boolean }; `review: true` asks the details
// and shows the review page even with both ends given (the diagnosis fixes use it). With both ends given nothing is asked (no review);
// with some of them given only the rest is asked. `dryRun: true` only validates; `wait: false`
// returns as soon as the service has the request. Resolves to the new `pcc-…` id (undefined after
// a dry run).

import * as vscode from 'vscode';
import type { AccountClient, CreatePeerConnectionInput } from '../cloud/accountClient';
import { GONE } from '../inventory/follow';
import type { RegionPlace } from '../inventory/store';
import { PEER_WRITE_SETTLED } from '../model/transitions';
import type { PeerConnection } from '../model/types';
import { failureLine } from '../views/failureText';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { accepterSteps, accountUidFor, requesterSteps } from './peerConnection/createEndSteps';
import { detailSteps } from './peerConnection/createDetailSteps';
import { reviewStep } from './peerConnection/createReview';
import { createInput, isComplete, readCreateGiven, type CreateRequest, type CreateState, type ReviewChoice } from './peerConnection/createState';
import { accountName } from './peerConnection/describe';
import { afterEarlierStep } from './peerConnection/errorHints';
import { announceActive, runFollowUp } from './peerConnection/nextSteps';
import { followTakenWrite } from './operation/followWrite';
import { clientFor, runOperation } from './operation/runOperation';
import { runCommandWizard } from './wizard/commandWizard';

export const createPeerConnection: CommandDefinition = {
  id: 'vpcPeering.createPeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const given = readCreateGiven(context, argument);
    const active = context.registry.activeIds();
    if (active.length === 0) throw new Error(vscode.l10n.t('No profile is active: add or select one first (or try the sandbox).'));
    if (!given.profileId && active.length === 1) given.profileId = active[0];
    const state: CreateState = { ...given, given, complete: isComplete(given) };
    if (!state.complete) await loadInventory(context);
    if (state.profileId) state.accountUid = await accountUidFor(context, state.profileId);
    if (state.acceptingAccountUid) state.acceptingProfileId = context.store.profileForAccount(state.acceptingAccountUid);

    await runCommandWizard(context, { promptSteps: [...requesterSteps(context), ...accepterSteps(context), ...detailSteps(context), reviewStep(context)] }, state);
    const input = createInput(state);
    const client = clientFor(context, state.profileId!);
    const choice: ReviewChoice = given.dryRun ? 'dryRunOnly' : (state.review ?? 'create');

    if (choice === 'deleteDuplicateThenCreate' && state.duplicateId) {
      await vscode.commands.executeCommand('vpcPeering.deletePeerConnection', { connectionId: state.duplicateId, profileId: state.profileId, confirm: false });
    }
    if (choice === 'dryRunOnly' || choice === 'dryRunThenCreate') {
      await runOperation(vscode.l10n.t('Validating the peer connection (dry run)'), (control) =>
        client.operations.createPeerConnection(input, { clientToken: control.clientToken, signal: control.signal, dryRun: true }),
      );
      const passed = vscode.l10n.t('Validation passed: the service would create the peer connection {0} → {1}.', input.vpcId, input.acceptingVpcId);
      if (choice === 'dryRunOnly') {
        void vscode.window.showInformationMessage(passed);
        return undefined;
      }
      void vscode.window.setStatusBarMessage(passed, 5000);
    }
    const places: RegionPlace[] = [{ profileId: state.profileId!, regionId: input.regionId }];
    if (state.acceptingProfileId) places.push({ profileId: state.acceptingProfileId, regionId: input.acceptingRegionId });

    let created: { id: string; settled?: PeerConnection };
    try {
      created = await create(context, client, input, places, given.wait ?? true);
    } catch (error) {
      if (choice !== 'deleteDuplicateThenCreate' || !state.duplicateId) throw error;
      throw afterEarlierStep(error, vscode.l10n.t('{0} was deleted first, but the new connection was not created.', state.duplicateId));
    }
    const { id, settled } = created;
    await afterCreate(context, state, id, settled, input);
    return id;
  },
};

async function loadInventory(context: CommandContext): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading the inventory…') }, () => context.store.whenIdle());
}

async function create(
  context: CommandContext,
  client: AccountClient,
  input: CreateRequest,
  places: RegionPlace[],
  wait: boolean,
): Promise<{ id: string; settled?: PeerConnection }> {
  return runOperation(vscode.l10n.t('Creating the peer connection {0} → {1}', input.vpcId, input.acceptingVpcId), async (control) => {
    const created = await client.operations.createPeerConnection(input, { clientToken: control.clientToken, signal: control.signal });
    control.markSent();
    context.log.info(`created peer connection ${created.id} (${input.vpcId} → ${input.acceptingVpcId})`);
    if (!wait) {
      void context.store.refreshPeerConnection(created.id, places).catch((error: unknown) => context.log.warn(`could not read ${created.id}: ${failureLine(error)}`));
      return { id: created.id };
    }
    const ref = { kind: 'peerConnection', id: created.id, profileId: client.profile.id, regionId: input.regionId } as const;
    const settled = await followTakenWrite(context, control, ref, PEER_WRITE_SETTLED.create);
    return { id: created.id, settled: settled === GONE ? undefined : settled };
  });
}

/** What happens next: nothing (active), accept now with the accepter's profile, or the id to hand over. */
async function afterCreate(context: CommandContext, state: CreateState, id: string, settled: PeerConnection | undefined, input: CreatePeerConnectionInput): Promise<void> {
  if (settled?.status === 'Activated') {
    void announceActive(settled.name ? `${settled.name} (${id})` : id, id).catch(() => undefined);
    return;
  }
  if (settled?.status !== 'Accepting') return;
  const accepterProfile = state.acceptingProfileId;
  if (accepterProfile) {
    const label = context.registry.get(accepterProfile)?.label ?? accepterProfile;
    const acceptNow = vscode.l10n.t('Accept Now with {0}', label);
    const message = vscode.l10n.t('{0} is waiting for {1} to accept it.', id, label);
    const accept = () => runFollowUp('vpcPeering.acceptPeerConnection', { connectionId: id, profileId: accepterProfile });
    if (!state.complete) {
      // Right after a wizard the person is at the keyboard: ask in a dialog (scripted in tests).
      // The connection exists whatever happens to this question: its id is still the result.
      const answer = await context
        .prompter()
        .confirm(message, vscode.l10n.t('You hold the accepter account too.'), [acceptNow])
        .catch((error: unknown) => context.log.warn(`the offer to accept ${id} failed: ${error instanceof Error ? error.message : String(error)}`));
      if (answer === acceptNow) await accept();
    } else {
      void vscode.window.showInformationMessage(message, acceptNow).then((answer) => (answer === acceptNow ? accept() : undefined));
    }
    return;
  }
  const copy = vscode.l10n.t('Copy ID');
  const until = settled.expiresAt ? vscode.l10n.t(' before {0}', settled.expiresAt) : '';
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t(
        '{0} is waiting for {1}: the owner of that account must accept it{2}. Give them the id {0}.',
        id,
        accountName(context, input.acceptingAccountUid),
        until,
      ),
      copy,
    )
    .then((answer) => (answer === copy ? vscode.env.clipboard.writeText(id) : undefined));
}
