// Deleting one connection and following it until the service no longer knows it; shared by
// "Delete Peer Connection…" and "Clean Up Rejected and Expired Connections…".

import type { AccountClient } from '../../cloud/accountClient';
import type { PeerConnection } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import type { OperationControl } from '../operation/operationControl';
import { followTakenWrite } from '../operation/followWrite';
import { PEER_WRITE_SETTLED } from '../../model/transitions';
import { connectionRef } from './connectionRef';

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
  await followTakenWrite(context, control, connectionRef(context.store, connection, client.profile.id), PEER_WRITE_SETTLED.delete);
}
