// The questions of "Diagnose Connectivity": the first VPC from the store, the second from the
// store (VPCs peered with the first come first) or typed as another account's VPC: its id, the
// account UID and the region, each checked as it is typed.

import * as vscode from 'vscode';
import { titleOf } from '../../model/resourceTitle';
import { accountUidProblem, regionIdProblem, resourceIdProblem } from '../../model/validation/ids';
import type { Vpc } from '../../model/types';
import type { TopologyStore } from '../../inventory/store';
import type { PickItem } from '../wizard/prompter';
import { vpcItem } from '../shared/resourcePicks';
import { inputStep, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import { knownVpcs, type EndpointArgument } from './diagnosisEndpoints';

export interface DiagnoseState {
  given: { a?: EndpointArgument; b?: EndpointArgument };
  a?: EndpointArgument;
  b?: EndpointArgument;
  /** The second VPC is typed in (another account's). */
  bTyped?: { vpcId?: string; accountUid?: string; regionId?: string };
}

const OTHER = 'another account';

function title(): string {
  return vscode.l10n.t('Diagnose Connectivity');
}

/** A VPC with where it is: region, account, and what the picker notes about it. */
function knownVpcItem(store: TopologyStore, profileId: string, vpc: Vpc, note?: string): PickItem<string> {
  return vpcItem(vpc, [vpc.regionId, store.account(profileId)?.profile.label ?? vpc.accountUid, note].filter(Boolean).join(' · '));
}

/** `hub-prod (vpc-…)` when an active profile has loaded the VPC, else its id. */
function loadedVpcTitle(store: TopologyStore, vpcId: string): string {
  const vpc = store.snapshot().regions.flatMap((region) => region.vpcs).find((v) => v.id === vpcId);
  return vpc ? titleOf(vpc) : vpcId;
}

/** Ids of the VPCs joined to `vpcId` by a connection, with that connection's words. */
function peersOf(store: TopologyStore, vpcId: string): Map<string, string> {
  const peers = new Map<string, string>();
  for (const region of store.snapshot().regions) {
    for (const c of region.peerConnections) {
      const other = c.requester.vpcId === vpcId ? c.accepter.vpcId : c.accepter.vpcId === vpcId ? c.requester.vpcId : undefined;
      if (other && !peers.has(other)) peers.set(other, vscode.l10n.t('peered: {0} ({1})', titleOf(c), c.status));
    }
  }
  return peers;
}

/** The VPCs offered second: peers of the first one first, then by name. */
function secondVpcs(store: TopologyStore, s: DiagnoseState) {
  const a = s.given.a ?? s.a!;
  const peers = peersOf(store, a.vpcId);
  const vpcs = knownVpcs(store)
    .filter((k) => k.vpc.id !== a.vpcId)
    .sort((x, y) => Number(peers.has(y.vpc.id)) - Number(peers.has(x.vpc.id)) || (x.vpc.name || x.vpc.id).localeCompare(y.vpc.name || y.vpc.id));
  return { a, peers, vpcs };
}

export function diagnoseSteps(store: TopologyStore): WizardStep<DiagnoseState>[] {
  const first = pickStep<DiagnoseState, string>({
    when: (s) => !s.given.a,
    title,
    placeholder: () => vscode.l10n.t('First VPC (name, id, CIDR)'),
    items: () => {
      const vpcs = knownVpcs(store).sort((x, y) => (x.vpc.name || x.vpc.id).localeCompare(y.vpc.name || y.vpc.id));
      if (vpcs.length === 0) throw new Error(vscode.l10n.t('No VPC is loaded yet: activate a profile, or wait for the explorer to load.'));
      return vpcs.map((k) => knownVpcItem(store, k.profileId, k.vpc));
    },
    get: (s) => s.a?.vpcId,
    set: (s, vpcId) => {
      const known = knownVpcs(store).find((k) => k.vpc.id === vpcId)!;
      s.a = { vpcId: known.vpc.id, profileId: known.profileId, regionId: known.vpc.regionId };
    },
  });
  const second = pickStep<DiagnoseState, string>({
    when: (s) => !s.given.b,
    title,
    placeholder: (s) => vscode.l10n.t('Second VPC: can {0} reach it?', loadedVpcTitle(store, (s.given.a ?? s.a!).vpcId)),
    items: (s) => {
      const { peers, vpcs } = secondVpcs(store, s);
      return [
        ...vpcs.map((k) => knownVpcItem(store, k.profileId, k.vpc, peers.get(k.vpc.id))),
        { label: vscode.l10n.t('Another account’s VPC…'), description: vscode.l10n.t('type its id, account UID and region'), value: OTHER },
      ];
    },
    get: (s) => (s.bTyped ? OTHER : s.b?.vpcId),
    set: (s, chosen) => {
      if (chosen === OTHER) {
        s.bTyped = s.bTyped ?? { regionId: (s.given.a ?? s.a!).regionId };
        s.b = undefined;
        return;
      }
      s.bTyped = undefined;
      const known = secondVpcs(store, s).vpcs.find((k) => k.vpc.id === chosen)!;
      s.b = { vpcId: known.vpc.id, profileId: known.profileId, regionId: known.vpc.regionId };
    },
  });
  const typed = (key: 'vpcId' | 'accountUid' | 'regionId', prompt: () => string, placeholder: string, validate: (value: string) => string | undefined) =>
    inputStep<DiagnoseState>({
      when: (s) => !s.given.b && s.bTyped !== undefined,
      title,
      prompt,
      placeholder,
      get: (s) => s.bTyped?.[key],
      validate: (v) => validate(v.trim()),
      set: (s, text) => {
        s.bTyped = { ...s.bTyped, [key]: text.trim() };
        const { vpcId, accountUid, regionId } = s.bTyped;
        if (vpcId && accountUid && regionId) s.b = { vpcId, accountUid, regionId };
      },
    });
  return [
    first,
    second,
    typed('vpcId', () => vscode.l10n.t('ID of the other VPC'), 'vpc-bp1…', (v) => resourceIdProblem('vpc', v, vscode.l10n.t('The VPC ID'))),
    typed('accountUid', () => vscode.l10n.t('UID of the account that owns it'), '1234567890123456', (v) => accountUidProblem(v, vscode.l10n.t('The account UID'))),
    typed('regionId', () => vscode.l10n.t('Region of the other VPC'), 'cn-hangzhou', (v) => regionIdProblem(v, vscode.l10n.t('The region ID'))),
  ];
}
