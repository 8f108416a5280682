// "Delete Peer Connection…": a modal confirmation naming the connection and both ends, then
// DeleteVpcPeerConnection, following Deleting → gone. When routes point at the connection (the
// route tables the active profiles see, or the service's `OperationDenied.RouteEntryExist`), the
// dialog explains and offers "Remove Routes First" (runs `vpcPeering.removeRoutes` with
// { connectionId, confirm: false }: one decision, not a second dialog for the same routes) or
// "Delete with Force" (the service removes those routes too).
//
// Arguments object: { connectionId, profileId?, force?: boolean, confirm?: false }.
// An arguments object still gets the confirmation dialog unless it says `confirm: false`
// explicitly: a keybinding or task that names a connection cannot delete it by accident, and
// one that means to must spell the opt-out out. With `confirm: false` nothing is asked at all:
// routes that block the deletion make it fail (unless `force: true`). Resolves to the connection
// id, or undefined when the person cancelled.

import * as vscode from 'vscode';
import { isCloudError } from '../cloud/errors';
import type { PeerConnection } from '../model/types';
import { optionalBoolean } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { endText, titleOf } from './shared/resourceText';
import { deleteAndFollow } from './peerConnection/deletion';
import { afterEarlierStep } from './peerConnection/errorHints';
import { routesThroughConnection, type RoutesThroughConnection } from './peerConnection/routes';
import { resolvePeerTarget, type PeerTarget } from './peerConnection/target';
import { runOperation } from './operation/runOperation';
import { proceedDespiteTerraform } from './terraform/managedWarning';
import { capabilitiesOf } from '../model/capabilities';

type DeleteMode = 'plain' | 'force' | 'removeRoutesFirst';

export const deletePeerConnection: CommandDefinition = {
  id: 'vpcPeering.deletePeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const target = await resolvePeerTarget(context, argument, 'delete');
    if (!target) return undefined;
    const force = optionalBoolean(target.args, 'force') ?? false;
    const ask = optionalBoolean(target.args, 'confirm') !== false;
    if (!(await proceedDespiteTerraform(context, target.connection.id, titleOf(target.connection), { confirm: ask }))) return undefined;
    const routes = await routesThroughConnection(context, target.connection);

    // A cloud whose delete takes the routes with it (Huawei Cloud) has no Force: a plain delete does it.
    const { forceDelete } = capabilitiesOf(target.client.profile.provider);
    let mode: DeleteMode = force && forceDelete ? 'force' : 'plain';
    if (ask) {
      const chosen = await confirmDeletion(context, target.connection, routes, mode === 'force', forceDelete);
      if (!chosen) return undefined;
      mode = chosen;
    }
    try {
      await deleteWith(context, target, mode, routes);
    } catch (error) {
      if (!(ask && mode === 'plain' && isCloudError(error) && error.code === 'OperationDenied.RouteEntryExist')) throw error;
      // Routes the profiles here cannot see (the other account's) block it: ask again.
      const chosen = await askAboutRoutes(context, target.connection, error.apiMessage);
      if (!chosen) return undefined;
      mode = chosen;
      await deleteWith(context, target, mode, routes);
    }
    if (mode !== 'plain' || routes.routes.length > 0) await context.store.rereadVpcDetails(routes.seen);
    return target.connection.id;
  },
};

async function deleteWith(context: CommandContext, target: PeerTarget, mode: DeleteMode, routes: RoutesThroughConnection): Promise<void> {
  if (mode === 'removeRoutesFirst') await removeRoutesFirst(context, target.connection);
  const { connection, client } = target;
  const force = mode === 'force';
  const title = force ? vscode.l10n.t('Deleting {0} with its routes', titleOf(connection)) : vscode.l10n.t('Deleting {0}', titleOf(connection));
  try {
    await runOperation(title, (control) => deleteAndFollow(context, client, connection, force, control));
  } catch (error) {
    if (mode !== 'removeRoutesFirst') throw error;
    throw afterEarlierStep(error, vscode.l10n.t('The routes that pointed at {0} were removed, but the connection was not deleted.', titleOf(connection)));
  }
  if (force && routes.routes.length > 0) context.log.info(`deleted ${titleOf(connection)} with Force: ${routes.routes.length} route entries went with it`);
}

/** The modal: what is deleted, what points at it, and the choices that fit. */
async function confirmDeletion(context: CommandContext, connection: PeerConnection, routes: RoutesThroughConnection, force: boolean, forceDelete: boolean): Promise<DeleteMode | undefined> {
  const lines = [
    vscode.l10n.t('Requester: {0}', endText(context, connection.requester)),
    vscode.l10n.t('Accepter: {0}', endText(context, connection.accepter)),
    vscode.l10n.t('Status: {0}', connection.status),
  ];
  if (routes.routes.length > 0) {
    lines.push('', routeCount(routes.routes.length, vscode.l10n.t('1 route points at it:'), vscode.l10n.t('{0} routes point at it:', routes.routes.length)));
    for (const route of routes.routes.slice(0, 8)) {
      lines.push(`  ${route.entry.destination} · ${route.entry.routeTableId} · ${titleOf(route.vpc)}`);
    }
    if (routes.routes.length > 8) lines.push(`  ${vscode.l10n.t('… and {0} more', routes.routes.length - 8)}`);
    lines.push(
      '',
      forceDelete
        ? vscode.l10n.t('Remove Routes First removes them, then the connection; Delete with Force has the service remove them together with the connection.')
        : vscode.l10n.t('The service removes them together with the connection.'),
    );
  }
  for (const side of routes.unseen) {
    const end = side === 'requester' ? connection.requester : connection.accepter;
    lines.push(
      '',
      forceDelete
        ? vscode.l10n.t('The route tables of account {0} cannot be read here; routes there that point at the connection make the deletion fail.', end.accountUid)
        : vscode.l10n.t('The route tables of account {0} cannot be read here; routes there that point at the connection are removed with it.', end.accountUid),
    );
  }
  const remove = vscode.l10n.t('Remove Routes First');
  const withForce = vscode.l10n.t('Delete with Force');
  const plain = vscode.l10n.t('Delete');
  const buttons = force ? [withForce] : routes.routes.length > 0 && forceDelete ? [remove, withForce] : [plain];
  const answer = await context.prompter().confirm(vscode.l10n.t('Delete the peer connection {0}?', titleOf(connection)), lines.join('\n'), buttons);
  if (answer === remove) return 'removeRoutesFirst';
  if (answer === withForce) return 'force';
  if (answer === plain) return 'plain';
  return undefined;
}

/** After the service refused because of routes: explain and offer the two ways on. */
async function askAboutRoutes(context: CommandContext, connection: PeerConnection, serviceMessage: string): Promise<DeleteMode | undefined> {
  const remove = vscode.l10n.t('Remove Routes First');
  const withForce = vscode.l10n.t('Delete with Force');
  const answer = await context.prompter().confirm(
    vscode.l10n.t('Routes still point at {0}', titleOf(connection)),
    [serviceMessage, '', vscode.l10n.t('Remove them first, or delete with Force, which removes them together with the connection.')].join('\n'),
    [remove, withForce],
  );
  if (answer === remove) return 'removeRoutesFirst';
  if (answer === withForce) return 'force';
  return undefined;
}

/**
 * The routes go first, without a second question: the person chose this in the dialog that
 * listed them (or in the one that said the service found routes), so the removal runs with
 * `confirm: false` — a trusted call from this command, never from the page.
 */
async function removeRoutesFirst(context: CommandContext, connection: PeerConnection): Promise<void> {
  await vscode.commands.executeCommand('vpcPeering.removeRoutes', { connectionId: connection.id, confirm: false });
  const left = await routesThroughConnection(context, connection, { maxAgeMs: 0 });
  if (left.routes.length > 0) {
    throw new Error(routeCount(left.routes.length, vscode.l10n.t('1 route still points at {0}, so it was not deleted.', titleOf(connection)), vscode.l10n.t('{0} routes still point at {1}, so it was not deleted.', left.routes.length, titleOf(connection))));
  }
}

function routeCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
