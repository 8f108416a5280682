// Building a router interface connection, Terraform's order (reference §5): create the accepting
// side's interface, create the initiating side's pointing at it, set the opposite interface,
// router, router type and owner on each, wait until both are Idle, connect from the initiating
// side, wait until both are Active. Each write has its own ClientToken derived from the
// operation's, so repeating the operation never creates a third interface.
//
// When a step fails (or is cancelled) after something was created, the error says exactly what
// exists, and the person can have this run's interfaces deleted again.

import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { failureLine } from '../../views/failureText';
import type { CommandContext } from '../shared/commandContext';
import { OperationCancelled, type OperationControl } from '../operation/operationControl';
import { clientFor, runOperation } from '../operation/runOperation';
import type { ConnectionOptions, ConnectionValues } from './connectionState';
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

export async function buildConnection(context: CommandContext, values: CompleteConnection, options: ConnectionOptions): Promise<ConnectionResult> {
  const { initiator, acceptor } = values;
  const initiatorClient = clientFor(context, initiator.profileId);
  const acceptorClient = clientFor(context, acceptor.profileId);
  const created: CreatedInterface[] = [];
  const progress = { step: vscode.l10n.t('create the accepting interface') };
  try {
    return await runOperation(vscode.l10n.t('Connecting {0} → {1}', initiator.name || initiator.routerId, acceptor.name || acceptor.routerId), (control) =>
      connect(context, values, options, { initiatorClient, acceptorClient, created, progress }, control),
    );
  } catch (error) {
    await refreshEnds(context, initiator, acceptor);
    if (created.length === 0) throw error;
    throw await afterFailure(context, created, progress.step, error, options);
  }
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

  step(vscode.l10n.t('Creating the accepting interface on {0}…', acceptor.name || acceptor.routerId));
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

  step(vscode.l10n.t('Creating the initiating interface on {0}…', initiator.name || initiator.routerId));
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

  step(vscode.l10n.t('Pointing {0} at {1}…', acceptorId, initiatorId));
  await acceptorClient.operations.modifyRouterInterfaceAttribute(
    {
      regionId: acceptor.regionId,
      routerInterfaceId: acceptorId,
      oppositeInterfaceId: initiatorId,
      oppositeRouterId: initiator.routerId,
      oppositeRouterType: initiator.routerType,
      oppositeInterfaceOwnerId: initiator.accountUid,
    },
    write('macc'),
  );
  step(vscode.l10n.t('Pointing {0} at {1}…', initiatorId, acceptorId));
  await initiatorClient.operations.modifyRouterInterfaceAttribute(
    {
      regionId: initiator.regionId,
      routerInterfaceId: initiatorId,
      oppositeInterfaceId: acceptorId,
      oppositeRouterId: acceptor.routerId,
      oppositeRouterType: 'VRouter',
      oppositeInterfaceOwnerId: acceptorOwner,
    },
    write('mini'),
  );

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
async function afterFailure(
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
