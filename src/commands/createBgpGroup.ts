// "Create BGP Group…": a BGP group on a virtual border router — peer ASN, local ASN (45104 or a
// private one), an optional MD5 authentication key (typed as a password, never logged, shown or
// returned), name, description and IP version — then follows it until Available. From a VBR
// node, the palette, or { profileId, regionId, vbrId, peerAsn, localAsn?, authKey?, name?,
// description?, ipVersion?: 'IPv4' | 'IPv6' }. Resolves to the new `bgpg-…` id.
// An IPv6 group on a VBR without IPv6 is refused before anything is sent, as the service would.

import * as vscode from 'vscode';
import {
  bgpAuthKeyProblem,
  bgpGroupDescriptionProblem,
  bgpGroupNameProblem,
  type BgpIpVersion,
  DEFAULT_LOCAL_ASN,
  ipVersionProblem,
  localAsnProblem,
  peerAsnProblem,
} from '../model/validation';
import { ArgumentError, argumentsObject, optionalNumber, optionalString } from './shared/arguments';
import { targetVbr } from './bgp/bgpTargets';
import type { CommandDefinition } from './shared/commandContext';
import { vbrTitle } from './shared/resourceText';
import { wholeNumberOrText } from './shared/numberInput';
import { followToStatus } from './operation/followWrite';
import { clientFor } from './operation/runOperation';
import { inputStep, optionalTextSteps, pickStep } from './wizard/steps';
import { runCommandWizard, unfinishedKey } from './wizard/commandWizard';
import type { ExecuteStep, WizardStep } from './wizard/wizard';

interface GroupValues {
  peerAsn?: number;
  localAsn?: number;
  authKey?: string;
  name?: string;
  description?: string;
  ipVersion?: BgpIpVersion;
}

interface GroupState extends GroupValues {
  programmatic: boolean;
  given: GroupValues;
  /** The VBR as loaded: an IPv6 group needs IPv6 enabled on it. */
  vbr: { title: string; enableIpv6: boolean };
}

const title = (): string => vscode.l10n.t('Create BGP Group');
const optionalTextStep = optionalTextSteps<GroupState>(title);

const steps: WizardStep<GroupState>[] = [
  inputStep<GroupState>({
    when: (s) => s.given.peerAsn === undefined,
    title,
    prompt: () => vscode.l10n.t('Peer ASN: the AS number of the customer-side router (1–4294967295)'),
    get: (s) => (s.peerAsn !== undefined ? String(s.peerAsn) : undefined),
    validate: (text, s) => peerAsnProblem(wholeNumberOrText(text), s.given.localAsn ?? DEFAULT_LOCAL_ASN),
    set: (s, text) => {
      s.peerAsn = Number(text.trim());
    },
  }),
  inputStep<GroupState>({
    when: (s) => !s.programmatic && s.given.localAsn === undefined,
    title,
    prompt: () => vscode.l10n.t('Local ASN: {0} (Alibaba Cloud, the default), 64512–65534 (not 65025) or 4200000000–4294967294', DEFAULT_LOCAL_ASN),
    get: (s) => String(s.localAsn ?? DEFAULT_LOCAL_ASN),
    validate: (text, s) =>
      localAsnProblem(wholeNumberOrText(text)) ?? (Number(text.trim()) === s.peerAsn ? vscode.l10n.t('The local ASN must differ from the peer ASN ({0}).', s.peerAsn) : undefined),
    set: (s, text) => {
      s.localAsn = Number(text.trim());
    },
  }),
  inputStep<GroupState>({
    when: (s) => !s.programmatic && s.given.authKey === undefined,
    title,
    prompt: () => vscode.l10n.t('BGP authentication key (MD5; optional, leave empty for none)'),
    password: true,
    get: (s) => s.authKey,
    // Not trimmed: the key is used exactly as typed.
    validate: (text) => (text === '' ? undefined : bgpAuthKeyProblem(text)),
    set: (s, text) => {
      s.authKey = text === '' ? undefined : text;
    },
  }),
  optionalTextStep('name', () => vscode.l10n.t('Name (optional; 2–128 characters, starting with a letter)'), bgpGroupNameProblem),
  optionalTextStep('description', () => vscode.l10n.t('Description (optional; 2–256 characters, starting with a letter)'), bgpGroupDescriptionProblem),
  pickStep<GroupState, BgpIpVersion>({
    when: (s) => !s.programmatic && s.given.ipVersion === undefined,
    title,
    placeholder: () => vscode.l10n.t('IP version of the BGP sessions'),
    items: (s) => [
      { label: 'IPv4', description: vscode.l10n.t('default'), value: 'IPv4' },
      {
        label: 'IPv6',
        description: s.vbr.enableIpv6 ? vscode.l10n.t('IPv6 is enabled on {0}', s.vbr.title) : vscode.l10n.t('not enabled on {0}', s.vbr.title),
        value: 'IPv6',
      },
    ],
    // A refusal before sending (IPv6 not enabled on the VBR) comes back to this question.
    review: true,
    get: (s) => s.ipVersion,
    set: (s, version) => {
      s.ipVersion = version;
    },
  }),
];

function check(problem: string | undefined): void {
  if (problem) throw new ArgumentError(problem);
}

/** CreateBgpGroup refuses an IPv6 group on a VBR without IPv6 (OperationUnsupported.Ipv6NotEnabled): say so before sending. */
function ipv6Problem(ipVersion: BgpIpVersion | undefined, vbr: GroupState['vbr']): string | undefined {
  if (ipVersion !== 'IPv6' || vbr.enableIpv6) return undefined;
  return vscode.l10n.t(
    'IPv6 is not enabled on the virtual border router {0}: enable it there (Express Connect console → Virtual Border Routers → Enable IPv6) and refresh, or create an IPv4 group.',
    vbr.title,
  );
}

function groupFromArguments(args: Record<string, unknown>): GroupValues {
  const numeric = (key: string): number | undefined => {
    const value = args[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
    return optionalNumber(args, key);
  };
  const values: GroupValues = {
    peerAsn: numeric('peerAsn'),
    localAsn: numeric('localAsn'),
    authKey: optionalString(args, 'authKey'),
    name: optionalString(args, 'name'),
    description: optionalString(args, 'description'),
  };
  if (values.peerAsn !== undefined) check(peerAsnProblem(values.peerAsn, values.localAsn ?? DEFAULT_LOCAL_ASN));
  if (values.localAsn !== undefined) check(localAsnProblem(values.localAsn));
  if (values.authKey !== undefined) check(bgpAuthKeyProblem(values.authKey));
  if (values.name !== undefined) check(bgpGroupNameProblem(values.name));
  if (values.description !== undefined) check(bgpGroupDescriptionProblem(values.description));
  if (args.ipVersion !== undefined) {
    check(ipVersionProblem(args.ipVersion));
    values.ipVersion = args.ipVersion as BgpIpVersion;
  }
  return values;
}

export const createBgpGroup: CommandDefinition = {
  id: 'vpcPeering.createBgpGroup',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const given = args ? groupFromArguments(args) : {};
    const located = await targetVbr(context, argument, title());
    const vbr = vbrTitle(context.store, located.profileId, located.regionId, located.vbr.id);
    if (located.vbr.status !== 'active') {
      throw new ArgumentError(vscode.l10n.t('The virtual border router {0} is {1}; BGP groups can be added only while it is active.', vbr, located.vbr.status));
    }
    const vbrState: GroupState['vbr'] = { title: vbr, enableIpv6: located.vbr.enableIpv6 === true };
    check(ipv6Problem(given.ipVersion, vbrState));
    const client = clientFor(context, located.profileId);
    let groupId: string | undefined;
    const create: ExecuteStep<GroupState> = {
      async execute(state, control) {
        check(ipv6Problem(state.ipVersion, state.vbr));
        const created = await client.operations.createBgpGroup(
          {
            regionId: located.regionId,
            vbrId: located.vbr.id,
            peerAsn: state.peerAsn!,
            localAsn: state.localAsn,
            authKey: state.authKey,
            name: state.name,
            description: state.description,
            ipVersion: state.ipVersion,
          },
          { clientToken: control.clientToken, signal: control.signal },
        );
        control.markSent();
        const ref = { kind: 'bgpGroup', id: created.id, profileId: located.profileId, regionId: located.regionId } as const;
        const group = await followToStatus(context.store, control, ref, ['Available']);
        // The key is never logged: only whether one is set.
        context.log.info(
          `created BGP group ${group.id} on ${vbr}: AS${group.localAsn} ↔ AS${group.peerAsn}, ${group.ipVersion}, authentication ${group.hasAuthKey ? 'key set' : 'none'}`,
        );
        groupId = group.id;
      },
    };
    try {
      await runCommandWizard<GroupState>(
        context,
        {
          promptSteps: steps,
          executeSteps: [create],
          operationTitle: () => vscode.l10n.t('Creating BGP group on {0}', vbr),
          unfinishedKey: unfinishedKey(createBgpGroup.id, located.vbr.id),
          title: title(),
        },
        { ...given, given, programmatic: !!args, vbr: vbrState },
      );
      return groupId!;
    } finally {
      await context.store.refreshRegion(located.profileId, located.regionId).catch(() => undefined);
    }
  },
};
