// Building a router interface connection, Terraform's order (reference §5): create the accepting
// side's interface, create the initiating side's pointing at it, set the opposite interface,
// router, router type and owner on each, wait until both are Idle, connect from the initiating
// side, wait until both are Active. Each write has its own ClientToken derived from the
// operation's, so repeating the operation never creates a third interface.
//
// The steps run as the wizard's execute phase: a refusal of the first create (nothing exists yet)
// returns to the review. When a step fails (or is cancelled) after something was created, the
// error says exactly what exists, and the person can have this run's interfaces deleted again.

import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { failureLine } from '../../views/failureText';
import { titleOf } from '../../model/resourceTitle';
import type { CommandContext } from '../shared/commandContext';
import { OperationCancelled, type OperationControl } from '../operation/operationControl';
import { clientFor, runOperation } from '../operation/runOperation';
import type { ExecuteStep } from '../wizard/wizard';
import type { ConnectionOptions, ConnectionState, ConnectionValues } from './connectionState';
import { followToStatus } from '../operation/followWrite';
import { interfaceRef } from './interfaceRef';
import { endPlace, type RouterEnd } from './routerEnds';
import { tearDown, type TeardownTarget } from './teardown';

export interface ConnectionResult {
  initiatorInterfaceId: string;
  acceptorInterfaceId: string;
  status: string;
}

export type CompleteConnection = Required<Pick<ConnectionValues, 'initiator' | 'acceptor' | 'spec'>> & ConnectionValues;

interface CreatedInterface extends TeardownTarget {
  role: 'InitiatingSide' | 'AcceptingSide';
}

/** A connection that failed halfway; the message says what was created and what became of it. */
export class ConnectionIncomplete extends Error {
  override readonly name = 'ConnectionIncomplete';
}

/** What the execute phase did: the connection made, or what it created before it stopped, and where. */
export interface ConnectionOutcome {
  result?: ConnectionResult;
  created: CreatedInterface[];
  step: string;
}

/** The wizard's execute step that builds the connection; `check` refuses what the API would, first. */
export function buildConnectionStep(context: CommandContext, options: ConnectionOptions, outcome: ConnectionOutcome, check: (values: CompleteConnection) => void): ExecuteStep<ConnectionState> {
  return {
    async execute(state, control) {
      const values = { ...state, initiator: state.initiator!, acceptor: state.acceptor!, spec: state.spec! };
      check(values);
      const run: Run = { initiatorClient: clientFor(context, values.initiator.profileId), acceptorClient: clientFor(context, values.acceptor.profileId), created: outcome.created, progress: outcome };
      try {
        outcome.result = await connect(context, values, options, run, control);
      } catch (error) {
        await refreshEnds(context, values.initiator, values.acceptor);
        throw error;
      }
    },
  };
}

/** The progress title of the execute phase. */
export function connectionTitle(s: ConnectionState): string {
  return vscode.l10n.t('Connecting {0} → {1}', endTitle(s.initiator!), endTitle(s.acceptor!));
}

/** The interface at the other end of the link, as each side is told about it. */
interface Opposite {
  interfaceId: string;
  routerId: string;
  routerType: RouterEnd['routerType'];
  ownerId: string;
}

interface Run {
  initiatorClient: AccountClient;
  acceptorClient: AccountClient;
  created: CreatedInterface[];
  progress: { step: string };
}

async function connect(
  context: CommandContext,
  values: CompleteConnection,
  options: ConnectionOptions,
  run: Run,
  control: OperationControl,
): Promise<ConnectionResult> {
  const { initiator, acceptor } = values;
  const { initiatorClient, acceptorClient, created, progress } = run;
  const write = (suffix: string) => ({ clientToken: `${control.clientToken}-${suffix}`, signal: control.signal });
  const step = (text: string) => {
    progress.step = text;
    control.report(text);
  };

  step(vscode.l10n.t('Creating the accepting interface on {0}…', endTitle(acceptor)));
  const accepting = await acceptorClient.operations.createRouterInterface(
    {
      regionId: acceptor.regionId,
      routerId: acceptor.routerId,
      routerType: 'VRouter',
      role: 'AcceptingSide',
      spec: 'Negative',
      oppositeRegionId: initiator.regionId,
      oppositeRouterId: initiator.routerId,
      oppositeRouterType: initiator.routerType,
      oppositeInterfaceOwnerId: initiator.accountUid,
      name: values.acceptorName ?? values.name,
      description: values.description,
    },
    write('acc'),
  );
  control.markSent();
  const acceptorId = accepting.id;
  created.push({ role: 'AcceptingSide', client: acceptorClient, regionId: acceptor.regionId, routerInterfaceId: acceptorId, label: interfaceLabel(acceptorId, acceptor) });

  step(vscode.l10n.t('Creating the initiating interface on {0}…', endTitle(initiator)));
  const acceptorOwner = options.oppositeInterfaceOwnerId ?? acceptor.accountUid;
  const prePaid = values.chargeType === 'PrePaid';
  const withHealthCheck = initiator.routerType === 'VBR' && values.healthCheckSourceIp !== undefined;
  const initiating = await initiatorClient.operations.createRouterInterface(
    {
      regionId: initiator.regionId,
      routerId: initiator.routerId,
      routerType: initiator.routerType,
      role: 'InitiatingSide',
      spec: values.spec,
      oppositeRegionId: acceptor.regionId,
      oppositeRouterId: acceptor.routerId,
      oppositeRouterType: 'VRouter',
      oppositeInterfaceId: acceptorId,
      oppositeInterfaceOwnerId: acceptorOwner,
      name: values.name,
      description: values.description,
      instanceChargeType: values.chargeType ?? 'PostPaid',
      pricingCycle: prePaid ? (values.pricingCycle ?? 'Month') : undefined,
      period: prePaid ? (values.period ?? 1) : undefined,
      autoPay: prePaid ? options.autoPay : undefined,
      healthCheckSourceIp: withHealthCheck ? values.healthCheckSourceIp : undefined,
      healthCheckTargetIp: withHealthCheck ? values.healthCheckTargetIp : undefined,
    },
    write('ini'),
  );
  const initiatorId = initiating.id;
  created.unshift({ role: 'InitiatingSide', client: initiatorClient, regionId: initiator.regionId, routerInterfaceId: initiatorId, label: interfaceLabel(initiatorId, initiator) });
  void refreshEnds(context, initiator, acceptor);

  /** Sets on one interface which interface, router and owner it talks to. */
  const pointAt = async (client: AccountClient, regionId: string, routerInterfaceId: string, opposite: Opposite, suffix: string) => {
    step(vscode.l10n.t('Pointing {0} at {1}…', routerInterfaceId, opposite.interfaceId));
    const { interfaceId: oppositeInterfaceId, routerId: oppositeRouterId, routerType: oppositeRouterType, ownerId: oppositeInterfaceOwnerId } = opposite;
    await client.operations.modifyRouterInterfaceAttribute({ regionId, routerInterfaceId, oppositeInterfaceId, oppositeRouterId, oppositeRouterType, oppositeInterfaceOwnerId }, write(suffix));
  };
  await pointAt(acceptorClient, acceptor.regionId, acceptorId, { interfaceId: initiatorId, routerId: initiator.routerId, routerType: initiator.routerType, ownerId: initiator.accountUid }, 'macc');
  await pointAt(initiatorClient, initiator.regionId, initiatorId, { interfaceId: acceptorId, routerId: acceptor.routerId, routerType: 'VRouter', ownerId: acceptorOwner }, 'mini');

  step(vscode.l10n.t('Waiting until both interfaces are Idle…'));
  const initiatorRef = interfaceRef({ client: initiatorClient, regionId: initiator.regionId, routerInterfaceId: initiatorId });
  const acceptorRef = interfaceRef({ client: acceptorClient, regionId: acceptor.regionId, routerInterfaceId: acceptorId });
  await followToStatus(context.store, control, acceptorRef, ['Idle'], 120_000);
  await followToStatus(context.store, control, initiatorRef, ['Idle'], 120_000);

  step(vscode.l10n.t('Connecting {0} to {1}…', initiatorId, acceptorId));
  await initiatorClient.operations.connectRouterInterface({ regionId: initiator.regionId, routerInterfaceId: initiatorId }, write('con'));
  await refreshEnds(context, initiator, acceptor);

  step(vscode.l10n.t('Waiting until both interfaces are Active…'));
  const active = await followToStatus(context.store, control, initiatorRef, ['Active']);
  await followToStatus(context.store, control, acceptorRef, ['Active']);
  await refreshEnds(context, initiator, acceptor);
  context.log.info(`router interface connection ${initiatorId} (${endPlace(initiator)}) → ${acceptorId} (${endPlace(acceptor)}) is ${active.status}`);
  return { initiatorInterfaceId: initiatorId, acceptorInterfaceId: acceptorId, status: active.status };
}

function interfaceLabel(id: string, end: RouterEnd): string {
  return vscode.l10n.t('{0} on {1}', id, endPlace(end));
}

async function refreshEnds(context: CommandContext, initiator: RouterEnd, acceptor: RouterEnd): Promise<void> {
  const places = new Map([initiator, acceptor].map((e) => [`${e.profileId}\u0000${e.regionId}`, e]));
  await Promise.all([...places.values()].map((e) => context.store.refreshRegion(e.profileId, e.regionId).catch(() => undefined)));
}

/** Says what exists after a failure; deletes this run's interfaces when asked to. */
export async function afterFailure(
  context: CommandContext,
  created: readonly CreatedInterface[],
  step: string,
  error: unknown,
  options: ConnectionOptions,
): Promise<Error> {
  const what = error instanceof OperationCancelled ? vscode.l10n.t('was cancelled') : vscode.l10n.t('failed: {0}', failureLine(error));
  const list = created.map((c) => `${c.label} (${c.role === 'InitiatingSide' ? vscode.l10n.t('initiating side') : vscode.l10n.t('accepting side')})`).join('; ');
  const summary = vscode.l10n.t('The router interface connection {0} at the step "{1}". This run created: {2}.', what, step, list);
  context.log.warn(summary);
  let cleanup = options.cleanupOnFailure;
  if (cleanup === undefined) {
    const remove = vscode.l10n.t('Delete Created Interfaces');
    const answer = await context.prompter().confirm(
      summary,
      vscode.l10n.t('Delete the interfaces this run created, or keep them to finish the connection by hand?'),
      [remove, vscode.l10n.t('Keep Them')],
    );
    cleanup = answer === remove;
  }
  if (!cleanup) {
    return new ConnectionIncomplete(
      vscode.l10n.t('{0} They were kept; delete them with "Delete Router Interface Connection" or finish the connection by hand.', summary),
    );
  }
  try {
    const deleted = await runOperation(vscode.l10n.t('Deleting the interfaces this run created'), (control) => tearDown(context.store, created, control));
    context.log.info(`deleted ${deleted.join(', ')} after the failed connection`);
    return new ConnectionIncomplete(vscode.l10n.t('{0} They were deleted again: nothing of this run is left.', summary));
  } catch (cleanupError) {
    return new ConnectionIncomplete(vscode.l10n.t('{0} Deleting them again failed: {1}', summary, failureLine(cleanupError)));
  } finally {
    await Promise.all(
      [...new Map(created.map((c) => [`${c.client.profile.id}\u0000${c.regionId}`, c])).values()].map((c) =>
        context.store.refreshRegion(c.client.profile.id, c.regionId).catch(() => undefined),
      ),
    );
  }
}

/** A router end as people read it: its name, then the router's id. */
function endTitle(end: Pick<RouterEnd, 'name' | 'routerId'>): string {
  return titleOf({ id: end.routerId, name: end.name });
}
