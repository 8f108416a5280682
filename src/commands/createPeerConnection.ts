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
import type { CreatePeerConnectionInput } from '../cloud/accountClient';
import { expiryHint } from '../model/timeText';
import type { PeerConnection } from '../model/types';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { accepterSteps, accountUidFor, createTitle, requesterSteps } from './peerConnection/createEndSteps';
import { createExecuteSteps, createOperationTitle, endTitles, reviewChoice, type CreateOutcome } from './peerConnection/createExecute';
import { detailSteps } from './peerConnection/createDetailSteps';
import { reviewStep } from './peerConnection/createReview';
import { createInput, isComplete, providerOf, readCreateGiven, type CreateState } from './peerConnection/createState';
import { accountName, titleOf } from './shared/resourceText';
import { announceActive, runFollowUp } from './peerConnection/nextSteps';
import { runCommandWizard, unfinishedKey } from './wizard/commandWizard';

export const createPeerConnection: CommandDefinition = {
  id: 'vpcPeering.createPeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const given = readCreateGiven(context, argument);
    const active = context.registry.activeIds();
    if (active.length === 0) throw new Error(vscode.l10n.t('No profile is active: add or select one first (or try the sandbox).'));
    if (!given.profileId && active.length === 1) given.profileId = active[0];
    const state: CreateState = { ...given, given, complete: isComplete(given) };
    if (!state.complete) await loadInventory(context);
    state.provider = providerOf(context, state.profileId);
    if (state.profileId) state.accountUid = await accountUidFor(context, state.profileId);
    if (state.acceptingAccountUid) state.acceptingProfileId = context.store.profileForAccount(state.acceptingAccountUid);

    const outcome: CreateOutcome = {};
    await runCommandWizard(
      context,
      {
        promptSteps: [...requesterSteps(context), ...accepterSteps(context), ...detailSteps(context), reviewStep(context)],
        executeSteps: createExecuteSteps(context, outcome),
        operationTitle: (s) => createOperationTitle(context.store, s),
        unfinishedKey: unfinishedKey(createPeerConnection.id, given),
        title: createTitle(),
      },
      state,
    );
    const input = createInput(state);
    if (reviewChoice(state) === 'dryRunOnly') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Validation passed: the service would create the peer connection {0} → {1}.', ...endTitles(context.store, state)));
      return undefined;
    }
    const id = outcome.id!;
    await afterCreate(context, state, id, outcome.settled, input);
    return id;
  },
};

async function loadInventory(context: CommandContext): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading the inventory…') }, () => context.store.whenIdle());
}

/** What happens next: nothing (active), accept now with the accepter's profile, or the id to hand over. */
async function afterCreate(context: CommandContext, state: CreateState, id: string, settled: PeerConnection | undefined, input: CreatePeerConnectionInput): Promise<void> {
  if (settled?.status === 'Activated') {
    void announceActive(titleOf(settled), id).catch(() => undefined);
    return;
  }
  if (settled?.status !== 'Accepting') return;
  const title = titleOf(settled);
  const accepterProfile = state.acceptingProfileId;
  if (accepterProfile) {
    const label = context.registry.get(accepterProfile)?.label ?? accepterProfile;
    const acceptNow = vscode.l10n.t('Accept Now with {0}', label);
    const message = vscode.l10n.t('{0} is waiting for {1} to accept it.', title, label);
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
  const until = settled.expiresAt ? ` (${expiryHint(settled.expiresAt, Date.now()) ?? settled.expiresAt})` : '';
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t(
        '{0} is waiting for {1}: the owner of that account must accept it{2}. Give them the id {3}.',
        title,
        accountName(context, input.acceptingAccountUid),
        until,
        id,
      ),
      copy,
    )
    .then((answer) => (answer === copy ? vscode.env.clipboard.writeText(id) : undefined));
}
