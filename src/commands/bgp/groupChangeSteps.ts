// The questions of "Modify BGP Group…": what to change, then one prompt per chosen field with
// the group's current value in the box, each checked against the documented limits as the person
// types. The authentication key is typed as a password; the old key is never known, so the box
// starts empty and, when a key is set, an empty answer removes it.

import * as vscode from 'vscode';
import {
  bgpAuthKeyProblem,
  bgpGroupDescriptionProblem,
  bgpGroupNameProblem,
  type BgpGroupChange,
  localAsnProblem,
  peerAsnProblem,
  routeQuotaProblem,
} from '../../model/validation';
import type { BgpGroup } from '../../model/types';
import { wholeNumberOrText } from '../shared/numberInput';
import { inputStep, pickManyStep, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';

export type GroupField = 'name' | 'description' | 'peerAsn' | 'localAsn' | 'authKey' | 'isFakeAsn' | 'routeQuota';

export interface GroupChangeState extends BgpGroupChange {
  group: BgpGroup;
  /** The fields chosen on the first page; set when a person runs the command. */
  fields?: GroupField[];
  /** Values an arguments object gave: nothing is asked then. */
  programmatic: boolean;
}

const title = (): string => vscode.l10n.t('Modify BGP Group');
const asks = (field: GroupField) => (s: GroupChangeState) => !s.programmatic && (s.fields?.includes(field) ?? false);
const yesNo = (value: boolean): string => (value ? vscode.l10n.t('yes') : vscode.l10n.t('no'));

function fieldItems(group: BgpGroup): { label: string; description: string; value: GroupField }[] {
  return [
    { label: vscode.l10n.t('Name'), description: group.name || vscode.l10n.t('(none)'), value: 'name' },
    { label: vscode.l10n.t('Description'), description: group.description || vscode.l10n.t('(none)'), value: 'description' },
    { label: vscode.l10n.t('Peer ASN'), description: String(group.peerAsn), value: 'peerAsn' },
    { label: vscode.l10n.t('Local ASN'), description: String(group.localAsn), value: 'localAsn' },
    { label: vscode.l10n.t('Authentication key'), description: group.hasAuthKey ? vscode.l10n.t('set') : vscode.l10n.t('none'), value: 'authKey' },
    { label: vscode.l10n.t('Fake ASN'), description: yesNo(group.isFakeAsn ?? false), value: 'isFakeAsn' },
    { label: vscode.l10n.t('Route limit'), description: group.routeLimit !== undefined ? String(group.routeLimit) : '110', value: 'routeQuota' },
  ];
}

/** A field typed into a box: what the box asks, what it starts with, its check and the value kept. */
interface TypedField {
  field: 'name' | 'description' | 'peerAsn' | 'localAsn' | 'routeQuota';
  prompt: () => string;
  current: (s: GroupChangeState) => string;
  problem: (text: string, s: GroupChangeState) => string | undefined;
  value: (text: string) => string | number;
}

const TYPED_FIELDS: readonly TypedField[] = [
  {
    field: 'name',
    prompt: () => vscode.l10n.t('Name: 2–128 characters, starting with a letter'),
    current: (s) => s.name ?? s.group.name,
    problem: (text) => bgpGroupNameProblem(text.trim()),
    value: (text) => text.trim(),
  },
  {
    field: 'description',
    prompt: () => vscode.l10n.t('Description: 2–256 characters, starting with a letter'),
    current: (s) => s.description ?? s.group.description,
    problem: (text) => bgpGroupDescriptionProblem(text.trim()),
    value: (text) => text.trim(),
  },
  {
    field: 'peerAsn',
    prompt: () => vscode.l10n.t('Peer ASN: the AS number of the customer-side router (1–4294967295)'),
    current: (s) => String(s.peerAsn ?? s.group.peerAsn),
    problem: (text, s) => peerAsnProblem(wholeNumberOrText(text), s.localAsn ?? s.group.localAsn),
    value: (text) => Number(text.trim()),
  },
  {
    field: 'localAsn',
    prompt: () => vscode.l10n.t('Local ASN: 45104 (Alibaba Cloud, the default), 64512–65534 (not 65025) or 4200000000–4294967294'),
    current: (s) => String(s.localAsn ?? s.group.localAsn),
    problem: (text, s) => localAsnProblem(wholeNumberOrText(text)) ?? peerAsnProblem(s.peerAsn ?? s.group.peerAsn, Number(text.trim())),
    value: (text) => Number(text.trim()),
  },
  {
    field: 'routeQuota',
    prompt: () => vscode.l10n.t('Route limit: the most dynamic routes each peer may announce (1–110)'),
    current: (s) => String(s.routeQuota ?? s.group.routeLimit ?? 110),
    problem: (text) => routeQuotaProblem(wholeNumberOrText(text)),
    value: (text) => Number(text.trim()),
  },
];

function typedStep(typed: TypedField): WizardStep<GroupChangeState> {
  return inputStep<GroupChangeState>({
    when: asks(typed.field),
    title,
    prompt: typed.prompt,
    get: typed.current,
    validate: typed.problem,
    set: (s, text) => {
      Object.assign(s, { [typed.field]: typed.value(text) });
    },
  });
}

export function groupChangeSteps(): WizardStep<GroupChangeState>[] {
  return [
    pickManyStep<GroupChangeState, GroupField>({
      when: (s) => !s.programmatic,
      title,
      placeholder: () => vscode.l10n.t('What to change (the current value is shown beside each)'),
      items: (s) => fieldItems(s.group),
      get: (s) => s.fields,
      set: (s, fields) => {
        s.fields = fields;
      },
    }),
    ...TYPED_FIELDS.filter((f) => f.field !== 'routeQuota').map(typedStep),
    inputStep<GroupChangeState>({
      when: asks('authKey'),
      title,
      prompt: (s) =>
        s.group.hasAuthKey
          ? vscode.l10n.t('New authentication key (MD5); leave empty to remove the key')
          : vscode.l10n.t('Authentication key (MD5)'),
      password: true,
      get: () => undefined,
      // Not trimmed: the key is used exactly as typed.
      validate: (text, s) =>
        text === '' ? (s.group.hasAuthKey ? undefined : vscode.l10n.t('Type a key: the group has none to remove.')) : bgpAuthKeyProblem(text),
      set: (s, text) => {
        s.authKey = text === '' ? undefined : text;
        s.clearAuthKey = text === '' ? true : undefined;
      },
    }),
    pickStep<GroupChangeState, boolean>({
      when: asks('isFakeAsn'),
      title,
      placeholder: () => vscode.l10n.t('Present a fake ASN to the peer (while it moves to a new AS)?'),
      items: () => [
        { label: vscode.l10n.t('Fake ASN on'), value: true },
        { label: vscode.l10n.t('Fake ASN off'), value: false },
      ],
      get: (s) => s.isFakeAsn ?? s.group.isFakeAsn ?? false,
      set: (s, value) => {
        s.isFakeAsn = value;
      },
    }),
    typedStep(TYPED_FIELDS.find((f) => f.field === 'routeQuota')!),
  ];
}

/** The change the answers ask for: from the prompts only the fields chosen (Back may leave others behind). */
export function askedChange(state: GroupChangeState): BgpGroupChange {
  const all: BgpGroupChange = {
    name: state.name,
    description: state.description,
    peerAsn: state.peerAsn,
    localAsn: state.localAsn,
    authKey: state.authKey,
    clearAuthKey: state.clearAuthKey,
    isFakeAsn: state.isFakeAsn,
    routeQuota: state.routeQuota,
  };
  if (state.programmatic) return all;
  const chosen = new Set<string>(state.fields ?? []);
  if (chosen.has('authKey')) chosen.add('clearAuthKey');
  return Object.fromEntries(Object.entries(all).filter(([field]) => chosen.has(field))) as BgpGroupChange;
}
