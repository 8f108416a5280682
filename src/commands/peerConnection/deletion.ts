// Deleting one connection and following it until the service no longer knows it; shared by
// "Delete Peer Connection…" and "Clean Up Rejected and Expired Connections…".

import type { AccountClient } from '../../cloud/accountClient';
import type { PeerConnection } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import type { OperationControl } from '../operation/operationControl';
import { followPeerConnection, goneSettled, placesOf } from './follow';

export async function deleteAndFollow(
  context: CommandContext,
  client: AccountClient,
  connection: PeerConnection,
  force: boolean,
  control: OperationControl,
  clientToken = control.clientToken,
): Promise<void> {
  await client.operations.deletePeerConnection(connection.id, { force }, { clientToken, signal: control.signal });
  control.markSent();
  await followPeerConnection(context, client, connection.id, goneSettled, control, placesOf(context, connection));
}
