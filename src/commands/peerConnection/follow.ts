// Following a peer connection after a write: the service answers at once and the connection moves
// through Creating / Updating / Deleting on its own. Each status seen is shown in the progress
// notification and pushed into the store, so the tree and the graph change while it happens; the
// store has the settled state by the time the command resolves.

import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { waitFor } from '../../cloud/waitFor';
import type { PeerConnection, PeerStatus } from '../../model/types';
import { failureLine } from '../../views/failureText';
import type { CommandContext } from '../shared/commandContext';
import type { OperationControl } from '../operation/operationControl';

export interface StorePlace {
  profileId: string;
  regionId: string;
}

/** Where the store should look for the connection: each end held by an active profile. */
export function placesOf(context: CommandContext, connection: Pick<PeerConnection, 'requester' | 'accepter'>): StorePlace[] {
  const places: StorePlace[] = [];
  for (const end of [connection.requester, connection.accepter]) {
    const profileId = context.store.profileForAccount(end.accountUid);
    if (profileId) places.push({ profileId, regionId: end.regionId });
  }
  return places;
}

/** Re-reads the connection into the store; a failure is logged, never thrown (the write succeeded). */
export async function refreshInStore(context: CommandContext, id: string, places: readonly StorePlace[]): Promise<void> {
  try {
    await context.store.refreshPeerConnection(id, [...places]);
  } catch (error) {
    context.log.warn(`could not refresh ${id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Polls the connection until `settled` holds for what is read (`undefined` = gone), reporting each
 * new status. Resolves to the last value read, or undefined when following failed (the person is
 * told; the write itself went through).
 */
export async function followPeerConnection(
  context: CommandContext,
  client: AccountClient,
  id: string,
  settled: (connection: PeerConnection | undefined) => boolean,
  control: OperationControl,
  places: readonly StorePlace[],
): Promise<PeerConnection | undefined> {
  let lastStatus: PeerStatus | 'gone' | undefined;
  let result: PeerConnection | undefined;
  try {
    result = await waitFor((signal) => client.reader.getPeerConnection(id, { signal }), settled, {
      signal: control.signal,
      initialDelayMs: 500,
      description: vscode.l10n.t('{0} to settle', id),
      onObserved: (connection) => {
        const status = connection?.status ?? 'gone';
        if (status === lastStatus) return;
        lastStatus = status;
        control.report(status === 'gone' ? vscode.l10n.t('{0} is gone', id) : vscode.l10n.t('{0}: {1}', id, status));
        void refreshInStore(context, id, places);
      },
    });
  } catch (error) {
    if (control.signal.aborted) throw error;
    // The write itself was taken: say so rather than fail, and leave the rest to the store's polling.
    const line = failureLine(error);
    context.log.warn(`following ${id} failed: ${line}`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The change to {0} was sent, but following its status failed: {1} The explorer keeps showing its state.', id, line),
    );
    result = undefined;
  }
  await refreshInStore(context, id, places);
  return result;
}

/** Settled after a create: out of Creating (Accepting or Activated), or gone. */
export const createdSettled = (c: PeerConnection | undefined): boolean => c !== undefined && c.status !== 'Creating';

/** Settled after modify: out of Updating. */
export const updateSettled = (c: PeerConnection | undefined): boolean => c === undefined || c.status !== 'Updating';

/** Settled after accept: neither waiting for the answer nor Updating any more. */
export const acceptSettled = (c: PeerConnection | undefined): boolean => c === undefined || (c.status !== 'Accepting' && c.status !== 'Updating');

/** Settled after reject: no longer waiting for an answer. */
export const answerSettled = (c: PeerConnection | undefined): boolean => c === undefined || c.status !== 'Accepting';

/** Settled after delete: gone. */
export const goneSettled = (c: PeerConnection | undefined): boolean => c === undefined;

/** "… is active" with an "Add Routes…" button when that command is there (routes make it carry traffic). */
export async function announceActive(title: string, connectionId: string): Promise<void> {
  const message = vscode.l10n.t('{0} is active. Add routes on both sides so traffic can flow.', title);
  const addRoutes = vscode.l10n.t('Add Routes…');
  const available = (await vscode.commands.getCommands(true)).includes('vpcPeering.addRoutes');
  const answer = await Promise.resolve(available ? vscode.window.showInformationMessage(message, addRoutes) : vscode.window.showInformationMessage(message));
  if (answer === addRoutes) await runFollowUp('vpcPeering.addRoutes', { connectionId });
}

/**
 * Runs a command a message's button offered. Run with an arguments object, a command leaves
 * showing its failure to its caller: this shows it.
 */
export async function runFollowUp(command: string, args: Record<string, unknown>): Promise<void> {
  try {
    await vscode.commands.executeCommand(command, args);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationCancelled') return;
    void vscode.window.showErrorMessage(failureLine(error));
  }
}
