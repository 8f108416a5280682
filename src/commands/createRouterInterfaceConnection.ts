// "Create Router Interface Connection…": links two VPCs (same or different accounts and regions)
// or a VBR and a VPC with a pair of router interfaces — the initiating side on the first, the
// accepting side on the second — and follows the pair until both are Active. From the palette,
// a VPC or VBR node (as the initiating side) or the "Router Interfaces" folder of a VPC, or with
// the arguments object described in routerInterfaces/connectionState.ts. Asked through the
// prompts, it ends on a review; a refusal by the service returns there with the answers kept.
// Resolves to { initiatorInterfaceId, acceptorInterfaceId, status }.

import * as vscode from 'vscode';
import { healthCheckProblem } from '../model/validation/routerInterfaceConnection';
import { VbrNode } from '../views/explorer/expressConnectNodes';
import { RouterInterfacesNode } from '../views/explorer/routerInterfaceNodes';
import { VpcNode } from '../views/explorer/vpcNode';
import { ArgumentError, argumentsObject } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { afterFailure, buildConnectionStep, connectionTitle, type CompleteConnection, type ConnectionOutcome, type ConnectionResult } from './routerInterfaces/buildConnection';
import { connectionReviewStep } from './routerInterfaces/connectionReview';
import { connectionFromArguments, type ConnectionOptions, type ConnectionState, type ConnectionValues } from './routerInterfaces/connectionState';
import { connectionSteps, connectionWizardTitle, INTERFACES_PER_ROUTER } from './routerInterfaces/connectionSteps';
import { endLabel, existingLink, interfacesOnRouter, routerEnds, type RouterEnd } from './routerInterfaces/routerEnds';
import { runCommandWizard, unfinishedKey } from './wizard/commandWizard';
import { titleOf } from '../model/resourceTitle';

function endOfNode(context: CommandContext, node: unknown): RouterEnd | undefined {
  const vpcNode = node instanceof RouterInterfacesNode ? node.parent : node instanceof VpcNode ? node : undefined;
  const ends = routerEnds(context.store);
  if (vpcNode) return ends.find((e) => e.profileId === vpcNode.profileId && e.regionId === vpcNode.regionId && e.vpcId === vpcNode.vpcId);
  if (node instanceof VbrNode) {
    return ends.find((e) => e.profileId === node.region.profileId && e.regionId === node.region.regionId && e.routerId === node.vbrId);
  }
  return undefined;
}

/** What the API would refuse, said before anything is sent. */
function checkEnds(context: CommandContext, initiator: RouterEnd, acceptor: RouterEnd, options: ConnectionOptions): void {
  if (initiator.routerId === acceptor.routerId) throw new ArgumentError(vscode.l10n.t('The two ends must be different routers.'));
  if (acceptor.routerType !== 'VRouter') throw new ArgumentError(vscode.l10n.t('A virtual border router can only be the initiating side.'));
  if (initiator.routerType === 'VBR' && initiator.status !== 'active') {
    throw new ArgumentError(vscode.l10n.t('The virtual border router {0} is {1}; it must be active.', endLabel(initiator), initiator.status));
  }
  const linked = existingLink(context.store, initiator, acceptor);
  if (linked) {
    throw new ArgumentError(
      vscode.l10n.t('{0} and {1} are already linked by {2}: only one pair of router interfaces may connect two routers.', endLabel(initiator), endLabel(acceptor), titleOf(linked)),
    );
  }
  for (const end of [initiator, acceptor]) {
    const count = interfacesOnRouter(context.store, end).length;
    if (count >= INTERFACES_PER_ROUTER) {
      throw new ArgumentError(vscode.l10n.t('{0} already has {1} router interfaces, the most a router may have ({2}).', endLabel(end), count, INTERFACES_PER_ROUTER));
    }
  }
  if (options.oppositeInterfaceOwnerId !== undefined && options.oppositeInterfaceOwnerId !== acceptor.accountUid) {
    throw new ArgumentError(
      vscode.l10n.t('"oppositeInterfaceOwnerId" {0} is not the owner of {1} (account {2}).', options.oppositeInterfaceOwnerId, endLabel(acceptor), acceptor.accountUid),
    );
  }
}

export const createRouterInterfaceConnection: CommandDefinition = {
  id: 'vpcPeering.createRouterInterfaceConnection',
  async run(context, argument): Promise<ConnectionResult> {
    const args = argumentsObject(argument);
    let given: ConnectionValues = {};
    let options: ConnectionOptions = { autoPay: true };
    if (args) ({ given, options } = connectionFromArguments(context.store, args));
    else given.initiator = endOfNode(context, argument);
    const outcome: ConnectionOutcome = { created: [], step: '' };
    const check = (values: CompleteConnection) => {
      checkEnds(context, values.initiator, values.acceptor, options);
      const healthCheck = healthCheckProblem(values.healthCheckSourceIp, values.healthCheckTargetIp, values.initiator.routerType === 'VBR');
      if (healthCheck) throw new ArgumentError(healthCheck);
    };
    try {
      await runCommandWizard<ConnectionState>(
        context,
        {
          promptSteps: [...connectionSteps(context.store), connectionReviewStep(connectionWizardTitle)],
          executeSteps: [buildConnectionStep(context, options, outcome, check)],
          operationTitle: connectionTitle,
          unfinishedKey: unfinishedKey(createRouterInterfaceConnection.id, given),
          title: connectionWizardTitle(),
        },
        { ...given, given, programmatic: args !== undefined },
      );
    } catch (error) {
      if (outcome.created.length === 0) throw error;
      throw await afterFailure(context, outcome.created, outcome.step, error, options);
    }
    return outcome.result!;
  },
};
