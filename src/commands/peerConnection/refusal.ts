// Why an accept or reject was refused: `IncorrectStatus.VpcPeer` (or not found) means the request
// is no longer waiting for an answer. The mapped error keeps the API's code, message and request
// id, and gets a hint that says what happened and who has to act.

import * as vscode from 'vscode';
import { isCloudError } from '../../cloud/errors';
import { localTime } from '../../model/timeText';
import type { PeerConnection } from '../../model/types';
import { withHint } from './errorHints';

/**
 * `IncorrectStatus.VpcPeer` on accept or reject means the request is no longer waiting: it expired,
 * was answered, or was withdrawn. The connection is read again so the error says which, with
 * what to do, and the store shows the real status.
 */
export async function explainRefusal(
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
  return withHint(error, hint);
}
