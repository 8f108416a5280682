// "Remove Routes of Peer Connection…": deletes the route entries on the reachable sides whose
// next hop is the connection (src/model/routeRemoval.ts), after a modal confirmation that lists
// them, and follows each until it is gone. The delete command runs this before a non-Force
// delete. A run that stops halfway says what it removed and offers to add it back.
//
// Arguments object: { connectionId, sides?: ('requester'|'accepter')[], confirm?: false,
//   undoOnFailure?: boolean }. Resolves to a RemoveRoutesResult.

import * as vscode from 'vscode';
import type { PeerSide } from '../model/peerStatus';
import type { OwnerInstructions } from '../model/routeCli';
import { planRouteRemoval, type RouteRemoval, type RouteTablesView } from '../model/routeRemoval';
import { argumentsObject, optionalBoolean } from './shared/arguments';
import { givenTarget } from './shared/resolveTarget';
import { titleOf } from './shared/resourceText';
import { countText } from '../views/explorer/countText';
import { proceedDespiteTerraform } from './terraform/managedWarning';
import { confirmed, type CommandDefinition } from './shared/commandContext';
import { runOperation } from './operation/runOperation';
import { connectionAccess, currentConnection, sideVpcs, vpcLabel, type ConnectionAccess } from './routes/connectionAccess';
import { showOwnerInstructions } from './routes/ownerInstructions';
import { failAfterRemoving } from './routes/partialRouteChange';
import { connectionStep, type ConnectionChoice } from './routes/pickConnection';
import { sidesArgument } from './routes/routeArguments';
import { removeRoutes as deleteEntries, type RemoveOutcome } from './routes/routeWrites';
import { WizardCancelled } from './wizard/prompter';
import { runCommandWizard } from './wizard/commandWizard';

export interface RemoveRoutesResult {
  connectionId: string;
  removed: RouteRemoval[];
  /** Sides nobody here holds: their owners must check for and delete such routes. */
  manual: OwnerInstructions[];
}

function confirmationDetail(removals: readonly RouteRemoval[], access: ConnectionAccess, manual: readonly OwnerInstructions[], connectionTitle: string): string {
  const lines = removals.map((r) => {
    const shared = r.sharedWithOtherNextHops ? ` ${vscode.l10n.t('(also drops its other next hops)')}` : '';
    return `• ${r.destination} → ${connectionTitle} — ${r.routeTableId} (${r.routeEntryId}), ${vpcLabel(access[r.side])}${shared}`;
  });
  for (const m of manual) lines.push(vscode.l10n.t('Not visible here: routes in {0} of account {1}.', m.vpcId, m.accountUid));
  lines.push('', vscode.l10n.t('Traffic between the VPCs through this connection stops for these destinations.'));
  return lines.join('\n');
}

export const removeRoutes: CommandDefinition = {
  id: 'vpcPeering.removeRoutes',
  async run(context, argument): Promise<RemoveRoutesResult> {
    const args = argumentsObject(argument);
    const given = { connectionId: givenTarget(context, argument, 'peerConnection')?.ref.id };
    const sides = sidesArgument(args);
    const confirm = optionalBoolean(args, 'confirm') ?? true;
    const undoOnFailure = optionalBoolean(args, 'undoOnFailure');
    const choice: ConnectionChoice = { given, connectionId: given.connectionId };
    await runCommandWizard(
      context,
      {
        promptSteps: [
          connectionStep<ConnectionChoice>(context.store, {
            title: vscode.l10n.t('Remove Routes of Peer Connection'),
            statuses: ['Activated', 'Updating'],
            none: vscode.l10n.t('No activated peer connection is loaded; only those can have routes.'),
            afterPick: async () => undefined,
          }),
        ],
      },
      choice,
    );

    const { connection, access } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading route tables…') },
      async () => {
        const found = await currentConnection(context.store, choice.connectionId!);
        return { connection: found, access: await connectionAccess(context.store, found) };
      },
    );
    if (!(await proceedDespiteTerraform(context, connection.id, vscode.l10n.t('The routes of {0}', titleOf(connection)), { confirm }))) {
      throw new WizardCancelled();
    }
    const views: Partial<Record<PeerSide, RouteTablesView>> = {};
    for (const side of ['requester', 'accepter'] as const) {
      const details = access[side].profileId ? access[side].details : undefined;
      if (details) views[side] = details;
    }
    const plan = planRouteRemoval(connection, views);
    const wanted = (side: PeerSide) => !sides || sides.includes(side);
    const removals = plan.removals.filter((r) => wanted(r.side));
    const manual = plan.manual.filter((m) => wanted(m.side));
    const result: RemoveRoutesResult = { connectionId: connection.id, removed: [], manual };

    if (removals.length > 0) {
      if (confirm) {
        const removing = await confirmed(
          context,
          countText(
            removals.length,
            vscode.l10n.t('Remove 1 route entry that points at {0}?', titleOf(connection)),
            vscode.l10n.t('Remove {0} route entries that point at {1}?', removals.length, titleOf(connection)),
          ),
          confirmationDetail(removals, access, manual, titleOf(connection)),
          vscode.l10n.t('Remove'),
        );
        if (!removing) throw new WizardCancelled();
      }
      const profileFor = (side: PeerSide) => access[side].profileId;
      let outcome: RemoveOutcome;
      try {
        outcome = await runOperation(vscode.l10n.t('Removing routes of {0}', titleOf(connection)), (control) =>
          deleteEntries(context, removals, profileFor, control),
        );
        if (outcome.failures.length > 0) await failAfterRemoving(context, titleOf(connection), outcome, profileFor, undoOnFailure);
      } finally {
        await context.store.rereadVpcDetails(sideVpcs(access, removals.map((r) => r.side)));
      }
      result.removed = outcome.removed;
    }

    const message =
      removals.length > 0
        ? countText(
            result.removed.length,
            vscode.l10n.t('Removed 1 route entry that pointed at {0}.', titleOf(connection)),
            vscode.l10n.t('Removed {0} route entries that pointed at {1}.', result.removed.length, titleOf(connection)),
          )
        : vscode.l10n.t('No route entry visible here points at {0}.', titleOf(connection));
    context.log.info(message);
    if (manual.length > 0) {
      const show = vscode.l10n.t('Show Commands');
      const accounts = manual.map((m) => m.accountUid).join(', ');
      void vscode.window
        .showWarningMessage(`${message} ${vscode.l10n.t('Routes in account {0} are not visible here; its owner must remove them.', accounts)}`, show)
        .then((answer) => (answer === show ? showOwnerInstructions(vscode.l10n.t('Routes of peer connection {0} to remove', titleOf(connection)), manual) : undefined));
    } else {
      void vscode.window.showInformationMessage(message);
    }
    return result;
  },
};

