// "Diagnose Connectivity…": can VPC A reach VPC B? Reads what the answer needs (the current state
// of the connections between them, the route tables of both sides a profile here can read), runs
// the model's diagnosis, shows it as a Markdown report and offers the fixes it proposes.
//
// Arguments object: { connectionId } | { vpcA: { profileId?, vpcId, regionId?, accountUid? },
//   vpcB: { … } }, plus offerFixes?: boolean (default true), show?: boolean (default true).
// Resolves to the ConnectivityDiagnosis.

import * as vscode from 'vscode';
import { diagnoseConnectivity as diagnose, type ConnectivityDiagnosis } from '../model/diagnosis';
import { renderDiagnosisMarkdown } from '../model/diagnosisMarkdown';
import type { PeerConnection } from '../model/types';
import { VpcNode } from '../views/explorer/vpcNode';
import { argumentsObject, optionalBoolean } from './shared/arguments';
import { givenTarget } from './shared/resolveTarget';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { offerFixes } from './diagnose/diagnosisFixes';
import {
  diagnosisInputFor,
  endpointArgument,
  endpointTitle, endpointVpcId,
  resolveEndpoint,
  type Endpoint,
  type EndpointArgument,
} from './diagnose/diagnosisEndpoints';
import { diagnoseSteps, type DiagnoseState } from './diagnose/pickVpcs';
import { showReport } from './shared/reportDocument';
import { currentConnection } from './routes/connectionAccess';
import { runCommandWizard } from './wizard/commandWizard';

/** The ends as the arguments, a tree node or the graph name them. */
async function givenEnds(context: CommandContext, argument: unknown): Promise<{ a?: Endpoint; b?: Endpoint; given: DiagnoseState['given'] }> {
  if (argument instanceof VpcNode) {
    return { given: { a: { vpcId: argument.vpcId, profileId: argument.profileId, regionId: argument.regionId } } };
  }
  const args = argumentsObject(argument);
  const connectionId = givenTarget(context, argument, 'peerConnection')?.ref.id;
  if (connectionId) {
    const connection = await currentConnection(context.store, connectionId);
    const end = (e: PeerConnection['requester']): Endpoint => {
      const resolved = context.store.resolveEnd(e);
      return resolved.kind === 'vpc'
        ? { kind: 'vpc', profileId: resolved.profileId, vpc: resolved.vpc }
        : { kind: 'external', vpcId: e.vpcId, regionId: e.regionId, accountUid: e.accountUid, profileId: context.store.profileForAccount(e.accountUid) };
    };
    return { a: end(connection.requester), b: end(connection.accepter), given: {} };
  }
  return { given: { a: endpointArgument(args, 'vpcA'), b: endpointArgument(args, 'vpcB') } };
}

function endpointOf(context: CommandContext, given: EndpointArgument | undefined, answered: EndpointArgument | undefined): Endpoint {
  return resolveEndpoint(context.store, (given ?? answered)!);
}

/** The current state of every known connection, those between the two VPCs read again first. */
async function connectionsBetween(context: CommandContext, a: string, b: string): Promise<PeerConnection[]> {
  const joins = (c: PeerConnection) => (c.requester.vpcId === a && c.accepter.vpcId === b) || (c.requester.vpcId === b && c.accepter.vpcId === a);
  const all = () => {
    const byId = new Map<string, PeerConnection>();
    for (const region of context.store.snapshot().regions) for (const c of region.peerConnections) if (!byId.has(c.id)) byId.set(c.id, c);
    return [...byId.values()];
  };
  const between = all().filter(joins);
  await Promise.all(between.map((c) => context.store.refreshPeerConnection(c.id).catch(() => undefined)));
  return all();
}

export const diagnoseConnectivity: CommandDefinition = {
  id: 'vpcPeering.diagnoseConnectivity',
  async run(context, argument): Promise<ConnectivityDiagnosis> {
    const args = argumentsObject(argument);
    const offer = optionalBoolean(args, 'offerFixes') ?? true;
    const show = optionalBoolean(args, 'show') ?? true;
    const ends = await givenEnds(context, argument);
    let a = ends.a;
    let b = ends.b;
    if (!a || !b) {
      const state: DiagnoseState = { given: ends.given };
      await runCommandWizard(context, { promptSteps: diagnoseSteps(context.store) }, state);
      a = a ?? endpointOf(context, state.given.a, state.a);
      b = b ?? endpointOf(context, state.given.b, state.b);
    }
    const endA = a;
    const endB = b;

    const diagnosis = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Diagnosing {0} ↔ {1}…', endpointTitle(endA), endpointTitle(endB)) },
      async () => {
        const log = (line: string) => context.log.warn(line);
        const connections = await connectionsBetween(context, endpointVpcId(endA), endpointVpcId(endB));
        const [inputA, inputB] = await Promise.all([diagnosisInputFor(context.store, endA, log), diagnosisInputFor(context.store, endB, log)]);
        return diagnose({ a: inputA, b: inputB, connections, viewer: context.store.activeAccountUids() });
      },
    );
    context.log.info(`diagnosis ${diagnosis.a.vpcId} ↔ ${diagnosis.b.vpcId}: ${diagnosis.verdict} — ${diagnosis.summary}`);
    if (show) {
      await showReport(context, `diagnosis/${diagnosis.a.vpcId}--${diagnosis.b.vpcId}.md`, renderDiagnosisMarkdown(diagnosis), { preview: true });
    }
    if (offer) {
      const tableOwner = (routeTableId: string) => {
        for (const [end, input] of [[endA, diagnosis.a], [endB, diagnosis.b]] as const) {
          const profileId = end.profileId;
          const table = input.routeTables?.find((t) => t.id === routeTableId);
          if (profileId && table) return { profileId, regionId: table.regionId, vpcId: input.vpcId };
        }
        return undefined;
      };
      const again = () => void vscode.commands.executeCommand('vpcPeering.diagnoseConnectivity', { vpcA: asArgument(endA), vpcB: asArgument(endB) });
      const vpcOwner = (vpcId: string) => [endA, endB].find((end) => endpointVpcId(end) === vpcId)?.profileId;
      await offerFixes(context, diagnosis, { table: tableOwner, vpc: vpcOwner }, again);
    }
    return diagnosis;
  },
};

function asArgument(end: Endpoint): EndpointArgument {
  return end.kind === 'vpc'
    ? { vpcId: end.vpc.id, profileId: end.profileId, regionId: end.vpc.regionId }
    : { vpcId: end.vpcId, regionId: end.regionId, accountUid: end.accountUid, profileId: end.profileId };
}
