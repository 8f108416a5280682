// The wizard steps for a new connection's own settings: name and description, bandwidth and link
// type (inter-region only), resource group and tags. Each is optional and validated to
// CreateVpcPeerConnection's documented limits as it is typed.

import * as vscode from 'vscode';
import type { LinkType } from '../../model/types';
import {
  bandwidthProblem,
  CREATABLE_LINK_TYPES,
  peerConnectionDescriptionProblem,
  peerConnectionNameProblem,
  resourceIdProblem,
} from '../../model/validation';
import { valueOf } from '../../inventory/loadState';
import type { CommandContext } from '../shared/commandContext';
import { inputStep, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import { createTitle } from './createEndSteps';
import { capabilities, DEFAULT_GROUP, ENTER_GROUP, isInterRegion, type CreateState } from './createState';
import { typedNumber } from './numberText';
import { formatTagsText, parseTagsText, tagsTextProblem } from './tagsText';

/** A name from the two VPCs' names, cut to the API's rules, for the person to accept or change. */
export function suggestedName(context: CommandContext, s: CreateState): string | undefined {
  const nameOf = (profileId: string | undefined, regionId: string | undefined, vpcId: string | undefined): string => {
    const vpc = profileId && regionId ? valueOf(context.store.region(profileId, regionId))?.vpcs.find((v) => v.id === vpcId) : undefined;
    return vpc?.name || vpcId || '';
  };
  const raw = `${nameOf(s.profileId, s.regionId, s.vpcId)}-to-${nameOf(s.acceptingProfileId, s.acceptingRegionId, s.acceptingVpcId)}`;
  const cleaned = raw.replace(/[^A-Za-z0-9_\-\p{Script=Han}]/gu, '-').replace(/^[^A-Za-z\p{Script=Han}]+/u, '');
  const cut = [...cleaned].slice(0, 128).join('');
  return peerConnectionNameProblem(cut, 'create') ? undefined : cut;
}

/** Resource groups the requester account already uses (from its VPCs and connections). */
function knownResourceGroups(context: CommandContext, s: CreateState): string[] {
  const groups = new Set<string>();
  for (const region of context.store.snapshot().regions) {
    if (region.accountUid !== s.accountUid) continue;
    for (const vpc of region.vpcs) if (vpc.resourceGroupId) groups.add(vpc.resourceGroupId);
    for (const connection of region.peerConnections) if (connection.resourceGroupId) groups.add(connection.resourceGroupId);
  }
  return [...groups].sort();
}

export function detailSteps(context: CommandContext): WizardStep<CreateState>[] {
  const asks = (s: CreateState, field: keyof CreateState['given']): boolean => !s.complete && s.given[field] === undefined;
  const asksGrouping = (s: CreateState, field: 'resourceGroupId' | 'tags'): boolean => asks(s, field) && capabilities(s).tagsAndResourceGroups;
  return [
    inputStep<CreateState>({
      when: (s) => asks(s, 'name'),
      title: createTitle,
      prompt: () => vscode.l10n.t('Name (optional): 2–128 characters, starting with a letter; letters, digits, _ and -'),
      get: (s) => s.name ?? suggestedName(context, s),
      validate: (v, s) => (v === '' ? undefined : peerConnectionNameProblem(v, 'create', s.provider)),
      set: (s, v) => {
        s.name = v || undefined;
      },
    }),
    inputStep<CreateState>({
      when: (s) => asks(s, 'description'),
      title: createTitle,
      prompt: () => vscode.l10n.t('Description (optional): 2–256 characters, starting with a letter, not http:// or https://'),
      get: (s) => s.description,
      validate: (v, s) => (v === '' ? undefined : peerConnectionDescriptionProblem(v, 'create', s.provider)),
      set: (s, v) => {
        s.description = v || undefined;
      },
    }),
    inputStep<CreateState>({
      when: (s) => asks(s, 'bandwidthMbps') && isInterRegion(s),
      title: createTitle,
      prompt: () => vscode.l10n.t('Bandwidth in Mbit/s (inter-region): a whole number greater than 0; empty for the service default (1024)'),
      get: (s) => (s.bandwidthMbps === undefined ? '' : String(s.bandwidthMbps)),
      validate: (v) => (v.trim() === '' ? undefined : bandwidthProblem(typedNumber(v), 'interRegion')),
      set: (s, v) => {
        s.bandwidthMbps = v.trim() === '' ? undefined : Number(v.trim());
      },
    }),
    pickStep<CreateState, LinkType>({
      when: (s) => asks(s, 'linkType') && isInterRegion(s),
      title: createTitle,
      placeholder: () => vscode.l10n.t('Link type (inter-region)'),
      items: () =>
        CREATABLE_LINK_TYPES.map((type) => ({
          label: type,
          description: type === 'Gold' ? vscode.l10n.t('the service default') : vscode.l10n.t('the higher link class'),
          value: type,
        })),
      get: (s) => s.linkType,
      set: (s, type) => {
        s.linkType = type;
      },
    }),
    pickStep<CreateState, string>({
      when: (s) => asksGrouping(s, 'resourceGroupId'),
      title: createTitle,
      placeholder: () => vscode.l10n.t('Resource group'),
      items: (s) => [
        { label: vscode.l10n.t('Default resource group'), description: vscode.l10n.t("the account's default"), value: DEFAULT_GROUP },
        ...knownResourceGroups(context, s).map((id) => ({ label: id, description: vscode.l10n.t('used by resources of this account'), value: id })),
        { label: vscode.l10n.t('Enter a resource group ID…'), value: ENTER_GROUP },
      ],
      get: (s) => s.resourceGroupChoice,
      set: (s, choice) => {
        s.resourceGroupChoice = choice;
        s.resourceGroupId = choice === DEFAULT_GROUP || choice === ENTER_GROUP ? undefined : choice;
      },
    }),
    inputStep<CreateState>({
      when: (s) => asksGrouping(s, 'resourceGroupId') && s.resourceGroupChoice === ENTER_GROUP,
      title: createTitle,
      prompt: () => vscode.l10n.t('Resource group ID (rg-…)'),
      get: (s) => s.resourceGroupId,
      validate: (v) => resourceIdProblem('resourceGroup', v.trim()),
      set: (s, v) => {
        s.resourceGroupId = v.trim();
      },
    }),
    inputStep<CreateState>({
      when: (s) => asksGrouping(s, 'tags'),
      title: createTitle,
      prompt: () => vscode.l10n.t('Tags (optional): key=value, separated by commas; at most 20'),
      placeholder: 'env=prod, owner=network-team',
      get: (s) => (s.tags ? formatTagsText(s.tags) : ''),
      validate: tagsTextProblem,
      set: (s, v) => {
        const parsed = parseTagsText(v);
        s.tags = parsed.ok && parsed.tags.length > 0 ? parsed.tags : undefined;
      },
    }),
  ];
}
