// The wizard steps that choose the two ends of a new connection: requester profile, region and
// VPC, then the accepter — this account, another active profile, or any account by UID — its
// region and its VPC (picked when a profile shows it, typed as `vpc-…` otherwise).

import * as vscode from 'vscode';
import type { Region, Vpc } from '../../model/types';
import { accountUidProblem, regionIdProblem, resourceIdProblem } from '../../model/validation';
import { valueOf } from '../../inventory/loadState';
import { ArgumentError } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import { clientFor } from '../operation/runOperation';
import type { PickItem } from '../wizard/prompter';
import { inputStep, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import { capabilities, ENTER_REGION, OTHER_ACCOUNT, providerOf, type CreateState } from './createState';
import { vpcItem } from '../shared/resourcePicks';
import { titleOf, vpcCidrs } from '../shared/resourceText';
import { countText, vpcCount } from '../../views/explorer/countText';
import { loadedAccountUid } from './describe';
import { cidrOverlaps, connectionsBetween } from './pairChecks';

export const createTitle = (): string => vscode.l10n.t('Create Peer Connection');

export async function accountUidFor(context: CommandContext, profileId: string): Promise<string> {
  return loadedAccountUid(context, profileId) ?? (await clientFor(context, profileId).identity()).accountUid;
}

function regionsOf(context: CommandContext, profileId: string): Region[] {
  return valueOf(context.store.account(profileId)?.regions ?? { status: 'idle' }) ?? [];
}

function vpcsIn(context: CommandContext, profileId: string, regionId: string): Vpc[] {
  return valueOf(context.store.region(profileId, regionId))?.vpcs ?? [];
}

/**
 * Regions to pick from: those `profileId` can use, the highlighted one (the requester's) first,
 * then those with VPCs. VPC counts are shown only when `countVpcs` (the regions are that account's).
 */
function regionItems(context: CommandContext, profileId: string | undefined, countVpcs: boolean, highlight?: string): PickItem<string>[] {
  const regions = profileId ? regionsOf(context, profileId) : [];
  const rows = regions.map((region) => ({ region, vpcs: countVpcs && profileId ? vpcsIn(context, profileId, region.id).length : 0 }));
  rows.sort(
    (a, b) =>
      Number(b.region.id === highlight) - Number(a.region.id === highlight) ||
      Number(b.vpcs > 0) - Number(a.vpcs > 0) ||
      a.region.id.localeCompare(b.region.id),
  );
  return rows.map(({ region, vpcs }) => ({
    label: region.id,
    description: [
      region.name,
      countVpcs ? vpcCount(vpcs) : '',
      region.id === highlight ? vscode.l10n.t('same region: intra-region') : '',
    ]
      .filter(Boolean)
      .join(' · '),
    value: region.id,
  }));
}

const skipsAll = (s: CreateState): boolean => s.complete;

export function requesterSteps(context: CommandContext): WizardStep<CreateState>[] {
  return [
    pickStep<CreateState, string>({
      when: (s) => !skipsAll(s) && !s.given.profileId,
      title: createTitle,
      placeholder: () => vscode.l10n.t('Requester: the account that asks for the connection'),
      items: () =>
        context.registry.active().map((profile) => ({
          label: profile.label,
          description: loadedAccountUid(context, profile.id) ?? '',
          value: profile.id,
        })),
      get: (s) => s.profileId,
      set: async (s, profileId) => {
        s.profileId = profileId;
        s.provider = providerOf(context, profileId);
        s.accountUid = await accountUidFor(context, profileId);
      },
    }),
    pickStep<CreateState, string>({
      when: (s) => !skipsAll(s) && !s.given.regionId,
      title: createTitle,
      placeholder: () => vscode.l10n.t('Requester region'),
      items: (s) => {
        const items = regionItems(context, s.profileId, true);
        if (items.length === 0) throw new ArgumentError(vscode.l10n.t('The regions of this profile have not loaded; refresh the view and try again.'));
        return items;
      },
      get: (s) => s.regionId,
      set: (s, regionId) => {
        s.regionId = regionId;
      },
    }),
    pickStep<CreateState, string>({
      when: (s) => !skipsAll(s) && !s.given.vpcId,
      title: createTitle,
      placeholder: (s) => vscode.l10n.t('Requester VPC in {0}', s.regionId!),
      items: (s) => {
        const inventory = valueOf(context.store.region(s.profileId!, s.regionId!));
        const vpcs = inventory?.vpcs ?? [];
        if (vpcs.length === 0) throw new ArgumentError(vscode.l10n.t('There is no VPC in {0} for this profile (or the region has not loaded yet).', s.regionId!));
        return vpcs.map((vpc) => {
          const peers = inventory!.peerConnections.filter((c) => c.requester.vpcId === vpc.id || c.accepter.vpcId === vpc.id).length;
          return vpcItem(vpc, peers ? countText(peers, vscode.l10n.t('1 peer connection'), vscode.l10n.t('{0} peer connections', peers)) : undefined);
        });
      },
      get: (s) => s.vpcId,
      set: (s, vpcId) => {
        s.vpcId = vpcId;
      },
    }),
  ];
}

function accepterAccountItems(context: CommandContext, s: CreateState): PickItem<string>[] {
  const own = context.registry.get(s.profileId!);
  // A peering joins two VPCs of one cloud: only profiles of the requester's cloud can accept.
  const others = context.registry.active().filter((p) => p.id !== s.profileId && providerOf(context, p.id) === s.provider && loadedAccountUid(context, p.id) !== s.accountUid);
  return [
    { label: vscode.l10n.t('This account'), description: `${own?.label ?? s.profileId} · ${s.accountUid}`, detail: vscode.l10n.t('Activated at once, no acceptance needed'), value: s.profileId! },
    ...others.map((p) => ({
      label: p.label,
      description: loadedAccountUid(context, p.id) ?? '',
      detail: vscode.l10n.t('Another account of yours: accept it right after with this profile'),
      value: p.id,
    })),
    { label: vscode.l10n.t('Another account by ID…'), detail: vscode.l10n.t('Its owner accepts the request within the acceptance window'), value: OTHER_ACCOUNT },
  ];
}

/** The accepter's VPCs when a profile here shows them, with overlap and existing-pair warnings. */
function accepterVpcItems(context: CommandContext, s: CreateState, vpcs: readonly Vpc[]): PickItem<string>[] {
  const requesterVpc = vpcsIn(context, s.profileId!, s.regionId!).find((v) => v.id === s.vpcId);
  const snapshot = context.store.snapshot();
  const items = vpcs
    .filter((vpc) => vpc.id !== s.vpcId)
    .map((vpc) => {
      const notes: string[] = [];
      const overlaps = requesterVpc ? cidrOverlaps(vpcCidrs(requesterVpc), vpcCidrs(vpc)) : [];
      if (overlaps.length) notes.push(`$(warning) ${vscode.l10n.t('overlaps {0}', overlaps.map((o) => o.shared).join(', '))}`);
      const existing = connectionsBetween(snapshot, s.vpcId!, vpc.id);
      if (existing.length) notes.push(`$(warning) ${vscode.l10n.t('already paired: {0}', existing.map((c) => `${titleOf(c)}: ${c.status}`).join(', '))}`);
      return vpcItem(vpc, notes.join('  ') || undefined);
    });
  if (items.length === 0) throw new ArgumentError(vscode.l10n.t('There is no other VPC in {0} of the accepter account.', s.acceptingRegionId!));
  return items;
}

function visibleAccepterRegion(context: CommandContext, s: CreateState) {
  return s.acceptingProfileId ? valueOf(context.store.region(s.acceptingProfileId, s.acceptingRegionId!)) : undefined;
}

export function accepterSteps(context: CommandContext): WizardStep<CreateState>[] {
  const asksAccepter = (s: CreateState): boolean => !skipsAll(s) && !s.given.acceptingAccountUid;
  // A cloud that peers one region's VPCs only has no accepter region to ask: it is the requester's.
  const asksRegion = (s: CreateState): boolean => !skipsAll(s) && !s.given.acceptingRegionId && capabilities(s).interRegionPeering;
  const asksVpc = (s: CreateState): boolean => !skipsAll(s) && !s.given.acceptingVpcId;
  return [
    pickStep<CreateState, string>({
      when: asksAccepter,
      title: createTitle,
      placeholder: () => vscode.l10n.t('Accepter account'),
      items: (s) => accepterAccountItems(context, s),
      get: (s) => s.accepterChoice,
      set: async (s, choice) => {
        s.accepterChoice = choice;
        if (!capabilities(s).interRegionPeering) s.acceptingRegionId = s.regionId;
        if (choice === OTHER_ACCOUNT) return;
        s.acceptingAccountUid = await accountUidFor(context, choice);
        s.acceptingProfileId = choice;
      },
    }),
    inputStep<CreateState>({
      when: (s) => asksAccepter(s) && s.accepterChoice === OTHER_ACCOUNT,
      title: createTitle,
      prompt: (s) => vscode.l10n.t("The accepter account: {0}", capabilities(s).peerAccountExample),
      get: (s) => s.acceptingAccountUid,
      validate: (text, s) => accountUidProblem(text.trim(), undefined, s.provider),
      set: (s, text) => {
        s.acceptingAccountUid = text.trim();
        s.acceptingProfileId = context.store.profileForAccount(s.acceptingAccountUid);
      },
    }),
    pickStep<CreateState, string>({
      when: asksRegion,
      title: createTitle,
      placeholder: () => vscode.l10n.t('Accepter region'),
      items: (s) => [
        ...regionItems(context, s.acceptingProfileId ?? s.profileId, s.acceptingProfileId !== undefined, s.regionId),
        { label: vscode.l10n.t('Enter a region ID…'), value: ENTER_REGION },
      ],
      get: (s) => s.acceptingRegionChoice,
      set: (s, choice) => {
        s.acceptingRegionChoice = choice;
        if (choice !== ENTER_REGION) s.acceptingRegionId = choice;
      },
    }),
    inputStep<CreateState>({
      when: (s) => asksRegion(s) && s.acceptingRegionChoice === ENTER_REGION,
      title: createTitle,
      prompt: () => vscode.l10n.t('Accepter region ID, e.g. cn-shanghai'),
      get: (s) => s.acceptingRegionId,
      validate: (text) => regionIdProblem(text.trim(), 'The accepter region ID'),
      set: (s, text) => {
        s.acceptingRegionId = text.trim();
      },
    }),
    // The accepter VPC is picked when a profile here shows the accepter's region, typed otherwise.
    pickStep<CreateState, string>({
      when: (s) => asksVpc(s) && visibleAccepterRegion(context, s) !== undefined,
      title: createTitle,
      placeholder: (s) => vscode.l10n.t('Accepter VPC in {0}', s.acceptingRegionId!),
      items: (s) => accepterVpcItems(context, s, visibleAccepterRegion(context, s)?.vpcs ?? []),
      get: (s) => s.acceptingVpcId,
      set: (s, vpcId) => {
        s.acceptingVpcId = vpcId;
      },
    }),
    inputStep<CreateState>({
      when: (s) => asksVpc(s) && visibleAccepterRegion(context, s) === undefined,
      title: createTitle,
      prompt: (s) => vscode.l10n.t("The accepter's VPC ID in {0} ({1}); ask its owner for it", s.acceptingRegionId!, capabilities(s).vpcIdExample),
      get: (s) => s.acceptingVpcId,
      validate: (text, s) => resourceIdProblem('vpc', text.trim(), 'The accepter VPC ID', s.provider) ?? (text.trim() === s.vpcId ? vscode.l10n.t('A VPC cannot be peered with itself.') : undefined),
      set: (s, text) => {
        s.acceptingVpcId = text.trim();
      },
    }),
  ];
}
