// "Clean Up Rejected and Expired Connections…": a Rejected or Expired request stays on record and
// keeps the same VPC pair from being peered again until its requester deletes it. This lists the
// ones the active profiles may delete (the requester's), all selected; the person unticks what to
// keep; each is deleted and followed until gone; the message says which were deleted and which
// failed and why.
// Arguments object: { connectionIds: string[] } — deletes those (each must be Rejected or Expired
// and requested by an active profile's account) without asking.
// Resolves to { deleted: string[], failed: { id, error }[] }.

import * as vscode from 'vscode';
import { actionBlocker } from '../model/peerStatus';
import type { PeerConnection } from '../model/types';
import { resourceIdProblem } from '../model/validation';
import { countText } from '../views/explorer/countText';
import { failureLine } from '../views/failureText';
import { ArgumentError, argumentsObject, optionalStringArray } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { loadedOnce } from './shared/loadedResources';
import { pickItem } from './shared/resourcePicks';
import { titleOf } from './shared/resourceText';
import { deleteAndFollow } from './peerConnection/deletion';
import { clientFor, runOperation } from './operation/runOperation';
import { BACK } from './wizard/prompter';

export interface CleanUpResult {
  deleted: string[];
  failed: { id: string; error: string }[];
}

const CLEANABLE = new Set(['Rejected', 'Expired']);

/** Rejected and Expired connections an active profile (the requester's) may delete. */
export function cleanableConnections(context: CommandContext): PeerConnection[] {
  return loadedOnce(context.store, 'peerConnection').map((loaded) => loaded.resource).filter(
    (c) => CLEANABLE.has(c.status) && context.store.profileForAccount(c.requester.accountUid) !== undefined && actionBlocker(c, 'delete', [c.requester.accountUid]) === undefined,
  );
}

export const cleanUpPeerConnections: CommandDefinition = {
  id: 'vpcPeering.cleanUpPeerConnections',
  async run(context, argument): Promise<CleanUpResult | undefined> {
    const args = argumentsObject(argument);
    const candidates = cleanableConnections(context);
    const givenIds = optionalStringArray(args, 'connectionIds');
    let chosen: PeerConnection[];
    if (givenIds) {
      chosen = givenIds.map((id) => {
        const problem = resourceIdProblem('peerConnection', id, 'Each of connectionIds');
        if (problem) throw new ArgumentError(problem);
        const connection = candidates.find((c) => c.id === id);
        if (!connection) {
          throw new ArgumentError(
            vscode.l10n.t('{0} is not a Rejected or Expired connection that an active profile requested; refresh the view if it changed just now.', id),
          );
        }
        return connection;
      });
    } else {
      if (candidates.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No rejected or expired peer connections to clean up.'));
        return { deleted: [], failed: [] };
      }
      const picked = await context.prompter().pickMany(
        loadedOnce(context.store, 'peerConnection')
          .filter((loaded) => candidates.includes(loaded.resource))
          .map((loaded) => ({ ...pickItem(context.store, 'peerConnection', loaded), picked: true })),
        {
          title: vscode.l10n.t('Clean Up Rejected and Expired Connections'),
          placeholder: vscode.l10n.t('Each one blocks a new request between the same two VPCs until it is deleted'),
          canGoBack: false,
        },
      );
      if (picked === BACK || picked.length === 0) return undefined;
      chosen = candidates.filter((c) => picked.includes(c.id));
    }
    const result = await deleteAll(context, chosen);
    report(result, chosen);
    return result;
  },
};

async function deleteAll(context: CommandContext, connections: PeerConnection[]): Promise<CleanUpResult> {
  const result: CleanUpResult = { deleted: [], failed: [] };
  const title = countText(connections.length, vscode.l10n.t('Cleaning up 1 peer connection'), vscode.l10n.t('Cleaning up {0} peer connections', connections.length));
  await runOperation(title, async (control) => {
    let done = 0;
    await Promise.all(
      connections.map(async (connection, index) => {
        try {
          const profileId = context.store.profileForAccount(connection.requester.accountUid);
          if (!profileId) throw new Error(vscode.l10n.t('No active profile holds the requester account {0}.', connection.requester.accountUid));
          await deleteAndFollow(context, clientFor(context, profileId), connection, false, control, `${control.clientToken.slice(0, 54)}-${index}`);
          result.deleted.push(connection.id);
        } catch (error) {
          if (control.signal.aborted) throw error;
          result.failed.push({ id: connection.id, error: failureLine(error) });
        }
        done++;
        control.report(vscode.l10n.t('{0} of {1} done', done, connections.length));
      }),
    );
  });
  return result;
}

/** Says what was deleted and what was not, each connection as `name (pcc-…)`. */
function report(result: CleanUpResult, connections: readonly PeerConnection[]): void {
  const title = (id: string) => titleOf(connections.find((c) => c.id === id) ?? { id });
  const deleted = result.deleted.length ? vscode.l10n.t('Deleted {0}.', result.deleted.map(title).join(', ')) : '';
  if (result.failed.length === 0) {
    void vscode.window.showInformationMessage(deleted || vscode.l10n.t('Nothing was deleted.'));
    return;
  }
  const failed = result.failed.map((f) => `${title(f.id)}: ${f.error}`).join(' · ');
  void vscode.window.showWarningMessage([deleted, vscode.l10n.t('Not deleted: {0}', failed)].filter(Boolean).join(' '));
}
