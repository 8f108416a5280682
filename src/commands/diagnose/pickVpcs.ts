// The questions of "Diagnose Connectivity": the first VPC from the store, the second from the
// store (VPCs peered with the first come first) or typed as another account's VPC: its id, the
// account UID and the region, each checked as it is typed.

import * as vscode from 'vscode';
import { accountUidProblem, regionIdProblem, resourceIdProblem } from '../../model/validation/ids';
import type { Vpc } from '../../model/types';
import type { TopologyStore } from '../../inventory/store';
import { BACK, type PickItem } from '../wizard/prompter';
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

function vpcItem(store: TopologyStore, profileId: string, vpc: Vpc, note?: string): PickItem<string> {
  const cidrs = [vpc.cidrBlock, ...vpc.secondaryCidrs].filter((c) => c !== '').join(', ');
  return {
    label: vpc.name || vpc.id,
    description: `${vpc.id} · ${cidrs}`,
    detail: [vpc.regionId, store.account(profileId)?.profile.label ?? vpc.accountUid, note].filter(Boolean).join(' · '),
    value: vpc.id,
  };
}

/** Ids of the VPCs joined to `vpcId` by a connection, with that connection's words. */
function peersOf(store: TopologyStore, vpcId: string): Map<string, string> {
  const peers = new Map<string, string>();
  for (const region of store.snapshot().regions) {
    for (const c of region.peerConnections) {
      const other = c.requester.vpcId === vpcId ? c.accepter.vpcId : c.accepter.vpcId === vpcId ? c.requester.vpcId : undefined;
      if (other && !peers.has(other)) peers.set(other, vscode.l10n.t('peered: {0} ({1})', c.name || c.id, c.status));
    }
  }
  return peers;
}

export function diagnoseSteps(store: TopologyStore): WizardStep<DiagnoseState>[] {
  const first: WizardStep<DiagnoseState> = {
    shouldPrompt: (s) => !s.given.a,
    async prompt(s, prompter, position) {
      const vpcs = knownVpcs(store).sort((x, y) => (x.vpc.name || x.vpc.id).localeCompare(y.vpc.name || y.vpc.id));
      if (vpcs.length === 0) throw new Error(vscode.l10n.t('No VPC is loaded yet: activate a profile, or wait for the explorer to load.'));
      const chosen = await prompter.pick(
        vpcs.map((k) => vpcItem(store, k.profileId, k.vpc)),
        { ...position, title: title(), placeholder: vscode.l10n.t('First VPC (name, id, CIDR)') },
      );
      if (chosen === BACK) return BACK;
      const known = vpcs.find((k) => k.vpc.id === chosen)!;
      s.a = { vpcId: known.vpc.id, profileId: known.profileId, regionId: known.vpc.regionId };
    },
  };
  const second: WizardStep<DiagnoseState> = {
    shouldPrompt: (s) => !s.given.b,
    async prompt(s, prompter, position) {
      const a = s.given.a ?? s.a!;
      const peers = peersOf(store, a.vpcId);
      const vpcs = knownVpcs(store)
        .filter((k) => k.vpc.id !== a.vpcId)
        .sort((x, y) => Number(peers.has(y.vpc.id)) - Number(peers.has(x.vpc.id)) || (x.vpc.name || x.vpc.id).localeCompare(y.vpc.name || y.vpc.id));
      const items = vpcs.map((k) => vpcItem(store, k.profileId, k.vpc, peers.get(k.vpc.id)));
      items.push({ label: vscode.l10n.t('Another account’s VPC…'), description: vscode.l10n.t('type its id, account UID and region'), value: OTHER });
      const chosen = await prompter.pick(items, { ...position, title: title(), placeholder: vscode.l10n.t('Second VPC: can {0} reach it?', a.vpcId) });
      if (chosen === BACK) return BACK;
      if (chosen === OTHER) {
        s.bTyped = s.bTyped ?? { regionId: a.regionId };
        s.b = undefined;
        return;
      }
      s.bTyped = undefined;
      const known = vpcs.find((k) => k.vpc.id === chosen)!;
      s.b = { vpcId: known.vpc.id, profileId: known.profileId, regionId: known.vpc.regionId };
    },
  };
  const typed = (
    key: 'vpcId' | 'accountUid' | 'regionId',
    prompt: () => string,
    placeholder: string,
    validate: (value: string) => string | undefined,
  ): WizardStep<DiagnoseState> => ({
    shouldPrompt: (s) => !s.given.b && s.bTyped !== undefined,
    async prompt(s, prompter, position) {
      const value = await prompter.input({ ...position, title: title(), prompt: prompt(), placeholder, value: s.bTyped?.[key], validate: (v) => validate(v.trim()) });
      if (value === BACK) return BACK;
      s.bTyped = { ...s.bTyped, [key]: value.trim() };
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
