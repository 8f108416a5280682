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
import { BACK, type PickItem } from '../wizard/prompter';
import type { WizardStep } from '../wizard/wizard';
import { createTitle } from './createEndSteps';
import { DEFAULT_GROUP, ENTER_GROUP, isInterRegion, type CreateState } from './createState';
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
  return [
    {
      shouldPrompt: (s) => asks(s, 'name'),
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: createTitle(),
          prompt: vscode.l10n.t('Name (optional): 2–128 characters, starting with a letter; letters, digits, _ and -'),
          value: s.name ?? suggestedName(context, s),
          validate: (v) => (v === '' ? undefined : peerConnectionNameProblem(v, 'create')),
        });
        if (value === BACK) return BACK;
        s.name = value || undefined;
      },
    },
    {
      shouldPrompt: (s) => asks(s, 'description'),
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: createTitle(),
          prompt: vscode.l10n.t('Description (optional): 2–256 characters, starting with a letter, not http:// or https://'),
          value: s.description,
          validate: (v) => (v === '' ? undefined : peerConnectionDescriptionProblem(v, 'create')),
        });
        if (value === BACK) return BACK;
        s.description = value || undefined;
      },
    },
    {
      shouldPrompt: (s) => asks(s, 'bandwidthMbps') && isInterRegion(s),
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: createTitle(),
          prompt: vscode.l10n.t('Bandwidth in Mbit/s (inter-region): a whole number greater than 0; empty for the service default (1024)'),
          value: s.bandwidthMbps === undefined ? '' : String(s.bandwidthMbps),
          validate: (v) => (v.trim() === '' ? undefined : bandwidthProblem(typedNumber(v), 'interRegion')),
        });
        if (value === BACK) return BACK;
        s.bandwidthMbps = value.trim() === '' ? undefined : Number(value.trim());
      },
    },
    {
      shouldPrompt: (s) => asks(s, 'linkType') && isInterRegion(s),
      async prompt(s, prompter, position) {
        const items: PickItem<string>[] = CREATABLE_LINK_TYPES.map((type) => ({
          label: type,
          description: type === 'Gold' ? vscode.l10n.t('the service default') : vscode.l10n.t('the higher link class'),
          value: type,
        }));
        const value = await prompter.pick(items, { ...position, title: createTitle(), placeholder: vscode.l10n.t('Link type (inter-region)') });
        if (value === BACK) return BACK;
        s.linkType = value as LinkType;
      },
    },
    {
      shouldPrompt: (s) => asks(s, 'resourceGroupId'),
      async prompt(s, prompter, position) {
        const items: PickItem<string>[] = [
          { label: vscode.l10n.t('Default resource group'), description: vscode.l10n.t("the account's default"), value: DEFAULT_GROUP },
          ...knownResourceGroups(context, s).map((id) => ({ label: id, description: vscode.l10n.t('used by resources of this account'), value: id })),
          { label: vscode.l10n.t('Enter a resource group ID…'), value: ENTER_GROUP },
        ];
        const value = await prompter.pick(items, { ...position, title: createTitle(), placeholder: vscode.l10n.t('Resource group') });
        if (value === BACK) return BACK;
        s.resourceGroupChoice = value;
        s.resourceGroupId = value === DEFAULT_GROUP || value === ENTER_GROUP ? undefined : value;
      },
    },
    {
      shouldPrompt: (s) => asks(s, 'resourceGroupId') && s.resourceGroupChoice === ENTER_GROUP,
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: createTitle(),
          prompt: vscode.l10n.t('Resource group ID (rg-…)'),
          value: s.resourceGroupId,
          validate: (v) => resourceIdProblem('resourceGroup', v.trim()),
        });
        if (value === BACK) return BACK;
        s.resourceGroupId = value.trim();
      },
    },
    {
      shouldPrompt: (s) => asks(s, 'tags'),
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: createTitle(),
          prompt: vscode.l10n.t('Tags (optional): key=value, separated by commas; at most 20'),
          placeholder: 'env=prod, owner=network-team',
          value: s.tags ? formatTagsText(s.tags) : '',
          validate: tagsTextProblem,
        });
        if (value === BACK) return BACK;
        const parsed = parseTagsText(value);
        s.tags = parsed.ok && parsed.tags.length > 0 ? parsed.tags : undefined;
      },
    },
  ];
}
