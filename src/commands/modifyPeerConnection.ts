// "Modify Peer Connection…": name, description, and for inter-region connections bandwidth and
// link type. A pick of what to change, then one prompt per chosen field with the current value
// filled in, each validated to ModifyVpcPeerConnection's limits; follows Updating → Activated.
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
import { connectionTitle } from './peerConnection/describe';
import { connectionRef } from './peerConnection/connectionRef';
import { typedNumber } from './peerConnection/numberText';
import { resolvePeerTarget } from './peerConnection/target';
import { followTakenWrite } from './operation/followWrite';
import { runOperation } from './operation/runOperation';
import { BACK } from './wizard/prompter';
import { runCommandWizard } from './wizard/commandWizard';
import type { WizardStep } from './wizard/wizard';

type Field = 'name' | 'description' | 'bandwidthMbps' | 'linkType';
const CHANGE_FIELDS: readonly Field[] = ['name', 'description', 'bandwidthMbps', 'linkType'];

interface ModifyState {
  connection: PeerConnection;
  fields: Field[];
  changes: PeerConnectionChanges;
}

export const modifyPeerConnection: CommandDefinition = {
  id: 'vpcPeering.modifyPeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const target = await resolvePeerTarget(context, argument, {
      action: 'modify',
      pickTitle: vscode.l10n.t('Modify which peer connection?'),
      nothingToPick: vscode.l10n.t('No active peer connection of your profiles can be modified now.'),
    });
    if (!target) return undefined;
    const { connection, client, args } = target;
    const dryRun = optionalBoolean(args, 'dryRun') ?? false;
    const givenFields = CHANGE_FIELDS.filter((field) => args?.[field] !== undefined && args?.[field] !== null);
    let changes: PeerConnectionChanges;
    if (givenFields.length > 0) {
      const input = Object.fromEntries([['instanceId', connection.id], ...givenFields.map((f) => [f, args?.[f]])]);
      const problems = validateModifyPeerConnection(input, connection);
      if (hasProblems(problems)) throw new ArgumentError(problemMessages(problems).join(' '));
      changes = input as PeerConnectionChanges;
    } else {
      const state = await runCommandWizard<ModifyState>(context, { promptSteps: steps }, { connection, fields: [], changes: {} });
      changes = unchanged(state.changes, connection);
    }
    if (Object.keys(changes).length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to change on {0}.', connectionTitle(connection)));
      return undefined;
    }
    const title = dryRun ? vscode.l10n.t('Validating changes to {0}', connectionTitle(connection)) : vscode.l10n.t('Modifying {0}', connectionTitle(connection));
    await runOperation(title, async (control) => {
      const clean: PeerConnectionChanges = { name: changes.name, description: changes.description, bandwidthMbps: changes.bandwidthMbps, linkType: changes.linkType };
      await client.operations.modifyPeerConnection(connection.id, clean, { clientToken: control.clientToken, signal: control.signal, dryRun });
      if (dryRun) return;
      control.markSent();
      await followTakenWrite(context, control, connectionRef(context.store, connection, client.profile.id));
    });
    if (dryRun) void vscode.window.showInformationMessage(vscode.l10n.t('Validation passed: the changes to {0} would be made.', connectionTitle(connection)));
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

const title = (s: ModifyState): string => vscode.l10n.t('Modify {0}', connectionTitle(s.connection));
const interRegion = (s: ModifyState): boolean => connectionRegionScope(s.connection) === 'interRegion';

const steps: WizardStep<ModifyState>[] = [
  {
    shouldPrompt: () => true,
    async prompt(s, prompter, position) {
      const c = s.connection;
      const bandwidth = c.bandwidthMbps < 0 ? vscode.l10n.t('unlimited') : vscode.l10n.t('{0} Mbit/s', c.bandwidthMbps);
      const items = [
        { label: vscode.l10n.t('Name'), description: c.name || vscode.l10n.t('(none)'), value: 'name' as Field },
        { label: vscode.l10n.t('Description'), description: c.description || vscode.l10n.t('(none)'), value: 'description' as Field },
        ...(interRegion(s)
          ? [
              { label: vscode.l10n.t('Bandwidth'), description: bandwidth, value: 'bandwidthMbps' as Field },
              { label: vscode.l10n.t('Link type'), description: c.linkType ?? vscode.l10n.t('(service default)'), value: 'linkType' as Field },
            ]
          : []),
      ].map((item) => ({ ...item, picked: s.fields.includes(item.value) }));
      for (;;) {
        const picked = await prompter.pickMany(items, {
          ...position,
          title: title(s),
          placeholder: interRegion(s)
            ? vscode.l10n.t('What to change')
            : vscode.l10n.t('What to change (bandwidth and link type apply to inter-region connections only)'),
        });
        if (picked === BACK) return BACK;
        if (picked.length > 0) {
          s.fields = picked;
          return;
        }
      }
    },
  },
  {
    shouldPrompt: (s) => s.fields.includes('name'),
    async prompt(s, prompter, position) {
      const value = await prompter.input({
        ...position,
        title: title(s),
        prompt: vscode.l10n.t('New name: 1–128 characters, not starting with http:// or https://'),
        value: s.changes.name ?? s.connection.name,
        validate: (v) => peerConnectionNameProblem(v, 'modify'),
      });
      if (value === BACK) return BACK;
      s.changes.name = value;
    },
  },
  {
    shouldPrompt: (s) => s.fields.includes('description'),
    async prompt(s, prompter, position) {
      const value = await prompter.input({
        ...position,
        title: title(s),
        prompt: vscode.l10n.t('New description: 1–256 characters, not starting with http:// or https://'),
        value: s.changes.description ?? s.connection.description,
        validate: (v) => peerConnectionDescriptionProblem(v, 'modify'),
      });
      if (value === BACK) return BACK;
      s.changes.description = value;
    },
  },
  {
    shouldPrompt: (s) => s.fields.includes('bandwidthMbps'),
    async prompt(s, prompter, position) {
      const current = s.changes.bandwidthMbps ?? s.connection.bandwidthMbps;
      const value = await prompter.input({
        ...position,
        title: title(s),
        prompt: vscode.l10n.t('New bandwidth in Mbit/s: a whole number greater than 0'),
        value: current > 0 ? String(current) : '',
        validate: (v) => bandwidthProblem(typedNumber(v), connectionRegionScope(s.connection), 'modify'),
      });
      if (value === BACK) return BACK;
      s.changes.bandwidthMbps = Number(value.trim());
    },
  },
  {
    shouldPrompt: (s) => s.fields.includes('linkType'),
    async prompt(s, prompter, position) {
      const current = s.changes.linkType ?? s.connection.linkType;
      const value = await prompter.pick(
        CREATABLE_LINK_TYPES.map((type) => ({
          label: type,
          description: type === current ? vscode.l10n.t('current') : type === 'Gold' ? vscode.l10n.t('the service default') : undefined,
          value: type,
        })),
        { ...position, title: title(s), placeholder: vscode.l10n.t('Link type') },
      );
      if (value === BACK) return BACK;
      s.changes.linkType = value as LinkType;
    },
  },
];
