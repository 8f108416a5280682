// The accepter's answer to a request (accept or reject), sent and followed the same way, and why
// one was refused: `IncorrectStatus.VpcPeer` (or not found) means the request is no longer waiting
// for an answer. The mapped error keeps the API's code, message and request id, and gets a hint
// that says what happened and who has to act.

import * as vscode from 'vscode';
import { isCloudError } from '../../cloud/errors';
import type { Gone } from '../../inventory/follow';
import { localTime } from '../../model/timeText';
import { PEER_WRITE_SETTLED } from '../../model/transitions';
import type { PeerConnection } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import { followTakenWrite } from '../operation/followWrite';
import type { OperationControl } from '../operation/operationControl';
import { runOperation } from '../operation/runOperation';
import { connectionRef } from './connectionRef';
import type { PeerTarget } from './target';

/**
 * Sends the answer under one operation titled `title`, explains a refusal, then follows the
 * connection until the answer settles. Resolves to the settled connection (or GONE, or undefined
 * when following failed after the service took the answer).
 */
export function answerRequest(
  context: CommandContext,
  target: PeerTarget,
  title: string,
  send: (options: { clientToken: string; signal: AbortSignal }) => Promise<void>,
): Promise<PeerConnection | Gone | undefined> {
  const { connection, client } = target;
  return runOperation(title, async (control: OperationControl) => {
    try {
      await send({ clientToken: control.clientToken, signal: control.signal });
    } catch (error) {
      throw await explainRefusal(error, connection, () => client.reader.getPeerConnection(connection.id), () => context.store.refreshPeerConnection(connection.id).catch(() => undefined));
    }
    control.markSent();
    return followTakenWrite(context, control, connectionRef(context.store, connection, client.profile.id), PEER_WRITE_SETTLED.answer);
  });
}

/**
 * `IncorrectStatus.VpcPeer` on accept or reject means the request is no longer waiting: it expired,
 * was answered, or was withdrawn. The connection is read again so the error says which, with
 * what to do, and the store shows the real status.
 */
async function explainRefusal(
  error: unknown,
  connection: PeerConnection,
  read: () => Promise<PeerConnection | undefined>,
  refresh: () => Promise<void>,
): Promise<unknown> {
  if (!isCloudError(error) || (error.code !== 'IncorrectStatus.VpcPeer' && error.code !== 'ResourceNotFound.InstanceId')) return error;
  const current = await read().catch(() => undefined);
  await refresh();
  const requester = connection.requester.accountUid;
  let hint: string;
  if (!current) hint = vscode.l10n.t('The request no longer exists: the requester (account {0}) deleted it.', requester);
  else if (current.status === 'Expired') {
    hint = vscode.l10n.t(
      'The request expired{0} without an answer, so it can no longer be answered: the requester (account {1}) must delete it and send a new one.',
      current.expiresAt ? vscode.l10n.t(' on {0}', localTime(current.expiresAt) ?? current.expiresAt) : '',
      requester,
    );
  } else if (current.status === 'Rejected') hint = vscode.l10n.t('The request was already rejected; the requester must delete it and send a new one.');
  else if (current.status === 'Activated') hint = vscode.l10n.t('The connection was already accepted and is active.');
  else hint = vscode.l10n.t('The connection is {0}; wait until it settles, then try again.', current.status);
  return error.withHint(hint);
}
