// "Add Routes for Peer Connection…": plans the route entries that make an Activated connection
// carry traffic (src/model/routePlan.ts over the store's route tables of both VPCs), shows the
// plan for review, then creates each entry (a ClientToken each) and follows it until Available.
// Sides in accounts without a profile get the exact commands their owner must run. A run that
// stops halfway says what it added and offers to undo it.
//
// Arguments object: { connectionId, sides?: ('requester'|'accepter')[],
//   routeTableIds?: { requester?: string[], accepter?: string[] },
//   destinations?: { requester?: string[], accepter?: string[] },
//   apply?: boolean (true: no review; false: plan only), undoOnFailure?: boolean }.
// With an arguments object, what it leaves out takes its default (both sides, the system route
// tables, the other VPC's blocks); only the review is shown unless `apply` decides.
// Resolves to an AddRoutesResult.

import * as vscode from 'vscode';
import { hasBlockingConflicts, type ExistingRoute, type RouteConflict, type RoutePlan } from '../model/routePlan';
import type { CreatedRoute } from '../model/routeRemoval';
import type { ManualRouteInstructions } from '../model/routeManual';
import { countOf } from '../model/countText';
import { renderRoutePlanMarkdown } from '../model/routePlanMarkdown';
import type { PeerSide } from '../model/peerStatus';
import { ArgumentError, argumentsObject, optionalBoolean } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { givenTarget } from './shared/resolveTarget';
import { showReport } from './shared/reportDocument';
import { loadedName, titleOf } from './shared/resourceText';
import { addRoutesSteps } from './routes/addRoutesSteps';
import { chosenSides, makePlan, type AddRoutesState } from './routes/addRoutesState';
import { connectionAccess, currentConnection, sideVpcs } from './routes/connectionAccess';
import { showOwnerInstructions } from './routes/ownerInstructions';
import { failAfterAdding } from './routes/partialRouteChange';
import { connectionStep } from './routes/pickConnection';
import { destinationsArgument, routeTableIdsArgument, sidesArgument } from './routes/routeArguments';
import { createRoutes } from './routes/routeWrites';
import { proceedDespiteTerraform } from './terraform/managedWarning';
import { runCommandWizard, unfinishedKey } from './wizard/commandWizard';
import { WizardCancelled } from './wizard/prompter';
import type { ExecuteStep } from './wizard/wizard';

export interface AddRoutesResult {
  connectionId: string;
  /** False when only the plan was made (`apply: false`). */
  applied: boolean;
  added: CreatedRoute[];
  alreadyPresent: ExistingRoute[];
  conflicts: RouteConflict[];
  /** What the owners of sides without a profile here must add. */
  manual: ManualRouteInstructions[];
}

/** Reads the connection and the route data of both sides (with a progress line in the status bar). */
async function load(context: CommandContext, s: AddRoutesState): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading route tables…') }, async () => {
    const connection = await currentConnection(context.store, s.connectionId!);
    if (connection.status !== 'Activated') {
      throw new Error(vscode.l10n.t('Routes can point at an activated connection only; {0} is {1}.', titleOf(connection), connection.status));
    }
    s.connection = connection;
    s.access = await connectionAccess(context.store, connection);
  });
}

function explainBlocked(plan: RoutePlan, connection: { id: string; name?: string }): string {
  const reasons = [...plan.blockers, ...plan.conflicts.filter((c) => c.severity === 'error').map((c) => c.message)];
  return vscode.l10n.t('No route was added for {0}: {1}', titleOf(connection), reasons.join(' '));
}

const addRoutesTitle = (): string => vscode.l10n.t('Add Routes for Peer Connection');

/** A plan that cannot be applied goes back to the review (or fails, when no review was shown). */
const refuseBlockedPlan: ExecuteStep<AddRoutesState> = {
  shouldExecute: (s) => s.given.apply !== false && hasBlockingConflicts(makePlan(s)),
  async execute(s) {
    throw new ArgumentError(explainBlocked(makePlan(s), s.connection!));
  },
};

/** Creates the planned entries, both sides at once; the outcome says what was added, even halfway. */
function addPlannedRoutes(context: CommandContext): ExecuteStep<AddRoutesState> {
  return {
    shouldExecute: (s) => s.given.apply !== false && makePlan(s).toAdd.length > 0,
    async execute(s, control) {
      const access = s.access!;
      s.outcome = await createRoutes(context, makePlan(s).toAdd, (side) => access[side].profileId, control);
    },
  };
}

/** Routes through a connection Terraform manages are drift in that code: say so before adding. */
function terraformWarning(context: CommandContext): ExecuteStep<AddRoutesState> {
  return {
    shouldExecute: (s) => s.given.apply !== false && !hasBlockingConflicts(makePlan(s)),
    async execute(s) {
      const what = vscode.l10n.t('The routes of {0}', titleOf(s.connection!));
      if (!(await proceedDespiteTerraform(context, s.connection!.id, what))) throw new WizardCancelled();
    },
  };
}

export const addRoutes: CommandDefinition = {
  id: 'vpcPeering.addRoutes',
  async run(context, argument): Promise<AddRoutesResult> {
    const args = argumentsObject(argument);
    const given: AddRoutesState['given'] = {
      connectionId: givenTarget(context, argument, 'peerConnection')?.ref.id,
      sides: sidesArgument(args),
      routeTableIds: routeTableIdsArgument(args),
      destinations: destinationsArgument(args),
      apply: optionalBoolean(args, 'apply'),
      defaults: args !== undefined,
    };
    const undoOnFailure = optionalBoolean(args, 'undoOnFailure');
    const hopName = (id: string) => loadedName(context.store, id);
    const state: AddRoutesState = { given, connectionId: given.connectionId, routeTableIds: {}, destinations: {}, destinationChoices: {}, typedDestinations: {}, hopName };
    if (state.connectionId) await load(context, state);
    const pick = connectionStep<AddRoutesState>(context.store, {
      title: addRoutesTitle(),
      statuses: ['Activated'],
      none: vscode.l10n.t('No activated peer connection is loaded; routes can point at activated connections only.'),
      afterPick: (s) => load(context, s),
    });
    await runCommandWizard(context, {
      promptSteps: addRoutesSteps(context, pick),
      executeSteps: [refuseBlockedPlan, terraformWarning(context), addPlannedRoutes(context)],
      operationTitle: (s) => vscode.l10n.t('Adding routes for {0}', titleOf(s.connection!)),
      unfinishedKey: unfinishedKey(addRoutes.id, given),
      title: addRoutesTitle(),
    }, state);

    const connection = state.connection!;
    const access = state.access!;
    const plan = makePlan(state);
    if (hasBlockingConflicts(plan)) throw new Error(explainBlocked(plan, connection));
    const result: AddRoutesResult = {
      connectionId: connection.id,
      applied: given.apply !== false,
      added: [],
      alreadyPresent: plan.alreadyPresent,
      conflicts: plan.conflicts,
      manual: plan.manual,
    };
    if (given.apply === false) {
      await showReport(context, `route-plan/${connection.id}.md`, renderRoutePlanMarkdown(plan, connection), { preview: true });
      return result;
    }

    const outcome = state.outcome;
    if (outcome) {
      try {
        if (outcome.failures.length > 0) await failAfterAdding(context, titleOf(connection), outcome, (side: PeerSide) => access[side].profileId, undoOnFailure);
      } finally {
        await context.store.rereadVpcDetails(sideVpcs(access, chosenSides(state)));
      }
      result.added = outcome.created;
    }

    if (plan.manual.length > 0) {
      await showOwnerInstructions(vscode.l10n.t('Routes for peer connection {0}', titleOf(connection)), plan.manual);
    }
    const message =
      result.added.length > 0
        ? countOf(
            result.added.length,
            vscode.l10n.t('Added 1 route entry for {0} ({1} already present).', titleOf(connection), plan.alreadyPresent.length),
            vscode.l10n.t('Added {0} route entries for {1} ({2} already present).', result.added.length, titleOf(connection), plan.alreadyPresent.length),
          )
        : vscode.l10n.t('No route entries to add for {0}: {1} already present.', titleOf(connection), plan.alreadyPresent.length);
    context.log.info(message);
    if (plan.toAdd.length > 0 || plan.manual.length === 0) void vscode.window.showInformationMessage(message);
    return result;
  },
};
