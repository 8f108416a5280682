// Every write command runs through here: one ClientToken per logical operation (the cloud layer
// reuses it on every retry, so nothing is ever created twice), a progress notification that
// shows each observed state and can be cancelled, and a clear word about what cancelling means
// once the request has reached the cloud.

import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { ArgumentError } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import { OperationCancelled, type OperationControl } from './operationControl';

/** The client of an active profile, or a clear error naming the profile. */
export function clientFor(context: CommandContext, profileId: string): AccountClient {
  const client = context.session.client(profileId);
  if (!client) {
    const known = context.registry.get(profileId);
    throw new ArgumentError(
      known
        ? vscode.l10n.t('The profile "{0}" is not active. Select it with "VPC Peering: Select Profiles…".', known.label)
        : vscode.l10n.t('There is no profile "{0}".', profileId),
    );
  }
  return client;
}

export async function runOperation<T>(
  title: string,
  work: (control: OperationControl) => Promise<T>,
  options: { clientToken?: string } = {},
): Promise<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, cancellation) => {
      const abort = new AbortController();
      const subscription = cancellation.onCancellationRequested(() => abort.abort());
      let sent = false;
      const control: OperationControl = {
        signal: abort.signal,
        clientToken: options.clientToken ?? randomUUID(),
        report: (message) => progress.report({ message }),
        markSent: () => {
          sent = true;
        },
      };
      try {
        return await work(control);
      } catch (error) {
        if (abort.signal.aborted) throw new OperationCancelled(sent);
        throw error;
      } finally {
        subscription.dispose();
      }
    },
  );
}
