// "Modify Peer Connection…": name, description, and for inter-region connections bandwidth and
// link type. A pick of what to change, then one prompt per chosen field with the current value
// filled in, each validated to ModifyVpcPeerConnection's limits, then a review of what changes
// (old → new); a refusal returns there with the answers kept. Follows Updating → Activated.
// Arguments object: { connectionId, profileId?, name?, description?, bandwidthMbps?, linkType?,
// dryRun? } — any change given skips the prompts; values are validated the same way.
// Resolves to the connection id (undefined when nothing changed).

import * as vscode from 'vscode';
import type { PeerConnectionChanges } from '../cloud/accountClient';
import { connectionRegionScope } from '../model/peerStatus';
import type { LinkType, PeerConnection } from '../model/types';
import {
  bandwidthProblem,
  CREATABLE_LINK_TYPES,
  hasProblems,
  peerConnectionDescriptionProblem,
  peerConnectionNameProblem,
  problemMessages,
  validateModifyPeerConnection,
} from '../model/validation';
import { ArgumentError, optionalBoolean } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { titleOf } from './shared/resourceText';
import { connectionRef } from './peerConnection/connectionRef';
import { typedNumber } from './peerConnection/numberText';
import { resolvePeerTarget } from './peerConnection/target';
import { followTakenWrite } from './operation/followWrite';
import { proceedDespiteTerraform } from './terraform/managedWarning';
import { runCommandWizard, unfinishedKey } from './wizard/commandWizard';
import { inputStep, pickManyStep, pickStep } from './wizard/steps';
import type { ExecuteStep, WizardStep } from './wizard/wizard';

type Field = 'name' | 'description' | 'bandwidthMbps' | 'linkType';
const CHANGE_FIELDS: readonly Field[] = ['name', 'description', 'bandwidthMbps', 'linkType'];

interface ModifyState {
  connection: PeerConnection;
  /** Changes given in the arguments object: nothing is asked. */
  given?: PeerConnectionChanges;
  dryRun: boolean;
  fields: Field[];
  changes: PeerConnectionChanges;
}

/** The changes to send: those given, or the answers that differ from the current values. */
function changesOf(s: ModifyState): PeerConnectionChanges {
  return s.given ?? unchanged(s.changes, s.connection);
}

export const modifyPeerConnection: CommandDefinition = {
  id: 'vpcPeering.modifyPeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const target = await resolvePeerTarget(context, argument, 'modify');
    if (!target) return undefined;
    const { connection, client, args } = target;
    const dryRun = optionalBoolean(args, 'dryRun') ?? false;
    if (!dryRun && !(await proceedDespiteTerraform(context, connection.id, titleOf(connection), { confirm: optionalBoolean(args, 'confirm') }))) return undefined;
    const givenFields = CHANGE_FIELDS.filter((field) => args?.[field] !== undefined && args?.[field] !== null);
    let given: PeerConnectionChanges | undefined;
    if (givenFields.length > 0) {
      const input = Object.fromEntries([['instanceId', connection.id], ...givenFields.map((f) => [f, args?.[f]])]);
      const problems = validateModifyPeerConnection(input, connection);
      if (hasProblems(problems)) throw new ArgumentError(problemMessages(problems).join(' '));
      given = input as PeerConnectionChanges;
    }
    const modify: ExecuteStep<ModifyState> = {
      shouldExecute: (s) => Object.keys(changesOf(s)).length > 0,
      async execute(s, control) {
        const changes = changesOf(s);
        const clean: PeerConnectionChanges = { name: changes.name, description: changes.description, bandwidthMbps: changes.bandwidthMbps, linkType: changes.linkType };
        await client.operations.modifyPeerConnection(connection.id, clean, { clientToken: control.clientToken, signal: control.signal, dryRun: s.dryRun });
        if (s.dryRun) return;
        control.markSent();
        await followTakenWrite(context, control, connectionRef(context.store, connection, client.profile.id));
      },
    };
    const state = await runCommandWizard<ModifyState>(
      context,
      {
        promptSteps: steps,
        executeSteps: [modify],
        operationTitle: (s) => (s.dryRun ? vscode.l10n.t('Validating changes to {0}', titleOf(connection)) : vscode.l10n.t('Modifying {0}', titleOf(connection))),
        unfinishedKey: unfinishedKey(modifyPeerConnection.id, connection.id),
        title: vscode.l10n.t('Modify {0}', titleOf(connection)),
      },
      { connection, given, dryRun, fields: [], changes: {} },
    );
    if (Object.keys(changesOf(state)).length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to change on {0}.', titleOf(connection)));
      return undefined;
    }
    if (dryRun) void vscode.window.showInformationMessage(vscode.l10n.t('Validation passed: the changes to {0} would be made.', titleOf(connection)));
    return connection.id;
  },
};

/** Drops the values that equal the connection's current ones. */
function unchanged(changes: PeerConnectionChanges, connection: PeerConnection): PeerConnectionChanges {
  const result: PeerConnectionChanges = {};
  if (changes.name !== undefined && changes.name !== connection.name) result.name = changes.name;
  if (changes.description !== undefined && changes.description !== connection.description) result.description = changes.description;
  if (changes.bandwidthMbps !== undefined && changes.bandwidthMbps !== connection.bandwidthMbps) result.bandwidthMbps = changes.bandwidthMbps;
  if (changes.linkType !== undefined && changes.linkType !== connection.linkType) result.linkType = changes.linkType;
  return result;
}

const title = (s: ModifyState): string => vscode.l10n.t('Modify {0}', titleOf(s.connection));
const bandwidthText = (mbps: number): string => (mbps < 0 ? vscode.l10n.t('unlimited') : vscode.l10n.t('{0} Mbit/s', mbps));
const interRegion = (s: ModifyState): boolean => connectionRegionScope(s.connection) === 'interRegion';
const asks = (field: Field) => (s: ModifyState): boolean => !s.given && s.fields.includes(field);

/** A question for a new name or description, starting from the answer or the current value. */
function textChangeStep(
  field: 'name' | 'description',
  prompt: () => string,
  problem: (value: string, operation: 'modify', provider: ModifyState['connection']['provider']) => string | undefined,
): WizardStep<ModifyState> {
  return inputStep<ModifyState>({
    when: asks(field),
    title,
    prompt,
    get: (s) => s.changes[field] ?? s.connection[field],
    // The connection's cloud decides the limits (Huawei Cloud: a name of 1–64 characters).
    validate: (v, s) => problem(v, 'modify', s.connection.provider),
    set: (s, v) => {
      s.changes[field] = v;
    },
  });
}

const steps: WizardStep<ModifyState>[] = [
  pickManyStep<ModifyState, Field>({
    when: (s) => !s.given,
    title,
    placeholder: (s) =>
      interRegion(s) ? vscode.l10n.t('What to change') : vscode.l10n.t('What to change (bandwidth and link type apply to inter-region connections only)'),
    items: (s) => {
      const c = s.connection;
      const bandwidth = bandwidthText(c.bandwidthMbps);
      return [
        { label: vscode.l10n.t('Name'), description: c.name || vscode.l10n.t('(none)'), value: 'name' as Field },
        { label: vscode.l10n.t('Description'), description: c.description || vscode.l10n.t('(none)'), value: 'description' as Field },
        ...(interRegion(s)
          ? [
              { label: vscode.l10n.t('Bandwidth'), description: bandwidth, value: 'bandwidthMbps' as Field },
              { label: vscode.l10n.t('Link type'), description: c.linkType ?? vscode.l10n.t('(service default)'), value: 'linkType' as Field },
            ]
          : []),
      ];
    },
    get: (s) => s.fields,
    set: (s, fields) => {
      s.fields = fields;
    },
  }),
  textChangeStep('name', () => vscode.l10n.t('New name: 1–128 characters, not starting with http:// or https://'), peerConnectionNameProblem),
  textChangeStep(
    'description',
    () => vscode.l10n.t('New description: 1–256 characters, not starting with http:// or https://'),
    peerConnectionDescriptionProblem,
  ),
  inputStep<ModifyState>({
    when: asks('bandwidthMbps'),
    title,
    prompt: () => vscode.l10n.t('New bandwidth in Mbit/s: a whole number greater than 0'),
    get: (s) => {
      const current = s.changes.bandwidthMbps ?? s.connection.bandwidthMbps;
      return current > 0 ? String(current) : '';
    },
    validate: (v, s) => bandwidthProblem(typedNumber(v), connectionRegionScope(s.connection), 'modify'),
    set: (s, v) => {
      s.changes.bandwidthMbps = Number(v.trim());
    },
  }),
  pickStep<ModifyState, LinkType>({
    when: asks('linkType'),
    title,
    placeholder: () => vscode.l10n.t('Link type'),
    items: (s) => {
      const current = s.changes.linkType ?? s.connection.linkType;
      return CREATABLE_LINK_TYPES.map((type) => ({
        label: type,
        description: type === current ? vscode.l10n.t('current') : type === 'Gold' ? vscode.l10n.t('the service default') : undefined,
        value: type,
      }));
    },
    get: (s) => s.changes.linkType ?? s.connection.linkType,
    set: (s, type) => {
      s.changes.linkType = type;
    },
  }),
  reviewStep(),
];

/** What changes, old → new, then send; asked when a person chose the changes and something changes. */
function reviewStep(): WizardStep<ModifyState> {
  const none = () => vscode.l10n.t('(none)');
  const line = (field: string, before: string, after: string) => ({ label: vscode.l10n.t('{0}: {1} → {2}', field, before, after), value: 'info' as const });
  return pickStep<ModifyState, 'send' | 'info'>({
    review: true,
    when: (s) => !s.given && Object.keys(changesOf(s)).length > 0,
    title,
    placeholder: () => vscode.l10n.t('Review what changes, then modify'),
    items: (s) => {
      const c = s.connection;
      const changes = changesOf(s);
      const send = s.dryRun ? `$(beaker) ${vscode.l10n.t('Validate (dry run)')}` : `$(check) ${vscode.l10n.t('Modify')}`;
      return [
        { label: send, value: 'send' as const },
        ...(changes.name !== undefined ? [line(vscode.l10n.t('Name'), c.name || none(), changes.name || none())] : []),
        ...(changes.description !== undefined ? [line(vscode.l10n.t('Description'), c.description || none(), changes.description || none())] : []),
        ...(changes.bandwidthMbps !== undefined ? [line(vscode.l10n.t('Bandwidth'), bandwidthText(c.bandwidthMbps), bandwidthText(changes.bandwidthMbps))] : []),
        ...(changes.linkType !== undefined ? [line(vscode.l10n.t('Link type'), c.linkType ?? vscode.l10n.t('(service default)'), changes.linkType)] : []),
      ];
    },
    asksAgain: (value) => value === 'info',
    set: () => undefined,
  });
}
