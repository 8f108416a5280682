// "Reject Peer Connection": the accepter turns a cross-account request down. Offered only to the
// accepter's profile on a connection waiting for acceptance (menus match `canReject`); from the
// palette, a pick among those. Asks for confirmation in a modal dialog that names the connection
// and who asked for it; follows Accepting → Rejected.
// Arguments object: { connectionId, profileId?, confirm?: false } — the profile defaults to the
// active one holding the accepter account; the confirmation is skipped only when the object says
// `confirm: false` explicitly. Resolves to the connection id, or undefined when not confirmed.

import * as vscode from 'vscode';
import { optionalBoolean } from './shared/arguments';
import { confirmed, type CommandDefinition } from './shared/commandContext';
import { accountName, endText, titleOf } from './shared/resourceText';
import { answerRequest } from './peerConnection/refusal';
import { resolvePeerTarget } from './peerConnection/target';

export const rejectPeerConnection: CommandDefinition = {
  id: 'vpcPeering.rejectPeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const target = await resolvePeerTarget(context, argument, 'reject');
    if (!target) return undefined;
    const { connection, client } = target;
    if (optionalBoolean(target.args, 'confirm') !== false) {
      const rejected = await confirmed(
        context,
        vscode.l10n.t('Reject the peer connection {0} requested by {1}?', titleOf(connection), accountName(context, connection.requester.accountUid)),
        [
          vscode.l10n.t('Requester: {0}', endText(context, connection.requester)),
          vscode.l10n.t('Accepter (you): {0}', endText(context, connection.accepter)),
          '',
          vscode.l10n.t('The request cannot be accepted afterwards; the requester has to delete it and send a new one.'),
        ].join('\n'),
        vscode.l10n.t('Reject'),
      );
      if (!rejected) return undefined;
    }
    await answerRequest(context, target, vscode.l10n.t('Rejecting {0}', titleOf(connection)), (options) => client.operations.rejectPeerConnection(connection.id, options));
    return connection.id;
  },
};
