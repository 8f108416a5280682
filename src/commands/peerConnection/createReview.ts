// The last page of "Create Peer Connection…": every value in one list, warnings first-class
// (address blocks the two VPCs share, a connection the pair already has — a Rejected or Expired
// one must be deleted before the pair can be requested again), and the ways to go on: create,
// dry run then create, dry run only, or delete the blocking record first.

import * as vscode from 'vscode';
import { canPerform } from '../../model/peerStatus';
import type { Vpc } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { CommandContext } from '../shared/commandContext';
import type { PickItem } from '../wizard/prompter';
import { pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import { createTitle } from './createEndSteps';
import { capabilities, isInterRegion, type CreateState, type ReviewChoice } from './createState';
import { accountName, titleOf, vpcCidrs } from '../shared/resourceText';
import { countText } from '../../views/explorer/countText';
import { cidrOverlaps, connectionsBetween } from './pairChecks';
import { formatTagsText } from './tagsText';

type ReviewValue = ReviewChoice | 'info';

function findVpc(context: CommandContext, profileId: string | undefined, regionId: string | undefined, vpcId: string | undefined): Vpc | undefined {
  if (!profileId || !regionId) return undefined;
  return valueOf(context.store.region(profileId, regionId))?.vpcs.find((v) => v.id === vpcId);
}

/** One line of the review: short enough for the list, the rest below it. */
interface ReviewLine {
  label: string;
  detail?: string;
}

/** What the review warns about, and an existing record of the pair that may be deleted first. */
export function reviewWarnings(context: CommandContext, s: CreateState): { warnings: ReviewLine[]; deletable?: { id: string; name: string; status: string } } {
  const warnings: ReviewLine[] = [];
  const requester = findVpc(context, s.profileId, s.regionId, s.vpcId);
  const accepter = findVpc(context, s.acceptingProfileId, s.acceptingRegionId, s.acceptingVpcId);
  if (requester && accepter) {
    for (const overlap of cidrOverlaps(vpcCidrs(requester), vpcCidrs(accepter))) {
      warnings.push({
        label: vscode.l10n.t('CIDR overlap: {0} and {1} share {2}', overlap.requester, overlap.accepter, overlap.shared),
        detail: vscode.l10n.t('Traffic to the shared block stays in the local VPC: those hosts cannot reach each other over the connection.'),
      });
    }
  } else if (!accepter) {
    warnings.push({
      label: vscode.l10n.t("The accepter VPC's CIDR blocks are not visible here"),
      detail: vscode.l10n.t('Check with its owner that they do not overlap {0}.', requester ? vpcCidrs(requester).join(', ') : s.vpcId!),
    });
  }
  let deletable: { id: string; name: string; status: string } | undefined;
  for (const existing of connectionsBetween(context.store.snapshot(), s.vpcId!, s.acceptingVpcId!)) {
    if (existing.status === 'Rejected' || existing.status === 'Expired') {
      warnings.push({
        label: vscode.l10n.t('{0} between these VPCs is {1}', titleOf(existing), existing.status),
        detail: vscode.l10n.t('It must be deleted before a new request for the same pair.'),
      });
      if (!deletable && canPerform(existing, 'delete', context.store.activeAccountUids())) deletable = { id: existing.id, name: existing.name, status: existing.status };
    } else {
      warnings.push({
        label: vscode.l10n.t('These VPCs are already paired by {0} ({1})', titleOf(existing), existing.status),
        detail: vscode.l10n.t('The service refuses a second connection between the same two VPCs.'),
      });
    }
  }
  return { warnings, deletable };
}

function valueLines(context: CommandContext, s: CreateState): ReviewLine[] {
  const requester = findVpc(context, s.profileId, s.regionId, s.vpcId);
  const accepter = findVpc(context, s.acceptingProfileId, s.acceptingRegionId, s.acceptingVpcId);
  const end = (field: string, vpc: Vpc | undefined, vpcId: string, accountUid: string, regionId: string): ReviewLine => ({
    label: `${field}: ${vpc ? titleOf(vpc) : vpcId}`,
    detail: [vpc ? vpcCidrs(vpc).join(', ') : '', accountName(context, accountUid), regionId].filter(Boolean).join(' · '),
  });
  const line = (field: string, value: string): ReviewLine => ({ label: `${field}: ${value}` });
  const none = vscode.l10n.t('(none)');
  const inter = isInterRegion(s);
  const lines: ReviewLine[] = [
    end(vscode.l10n.t('Requester'), requester, s.vpcId!, s.accountUid!, s.regionId!),
    end(vscode.l10n.t('Accepter'), accepter, s.acceptingVpcId!, s.acceptingAccountUid!, s.acceptingRegionId!),
    line(
      vscode.l10n.t('Scope'),
      [
        inter ? vscode.l10n.t('inter-region') : vscode.l10n.t('intra-region'),
        s.acceptingAccountUid === s.accountUid ? vscode.l10n.t('same account: activated at once') : vscode.l10n.t('cross-account: the accepter must accept'),
      ].join(' · '),
    ),
    line(vscode.l10n.t('Name'), s.name ?? none),
    line(vscode.l10n.t('Description'), s.description ?? none),
  ];
  if (inter) {
    lines.push(
      line(vscode.l10n.t('Bandwidth'), s.bandwidthMbps !== undefined ? vscode.l10n.t('{0} Mbit/s', s.bandwidthMbps) : vscode.l10n.t('service default (1024 Mbit/s)')),
      line(vscode.l10n.t('Link type'), s.linkType ?? vscode.l10n.t('service default (Gold)')),
    );
  }
  lines.push(line(vscode.l10n.t('Resource group'), s.resourceGroupId ?? vscode.l10n.t('default')), line(vscode.l10n.t('Tags'), s.tags?.length ? formatTagsText(s.tags) : none));
  return lines;
}

function reviewItems(context: CommandContext, s: CreateState): PickItem<ReviewValue>[] {
  const { warnings, deletable } = reviewWarnings(context, s);
  const dryRunOnly: PickItem<ReviewValue> = { label: `$(beaker) ${vscode.l10n.t('Dry run only')}`, description: vscode.l10n.t('validate, create nothing'), value: 'dryRunOnly' };
  const create: PickItem<ReviewValue> = { label: `$(check) ${vscode.l10n.t('Create')}`, value: 'create' };
  const dryRunThenCreate: PickItem<ReviewValue> = { label: `$(beaker) ${vscode.l10n.t('Dry run, then create')}`, description: vscode.l10n.t('the service validates first'), value: 'dryRunThenCreate' };
  // A cloud without a dry run is offered the create alone.
  const actions: PickItem<ReviewValue>[] = !capabilities(s).dryRun ? [create] : s.given.dryRun ? [dryRunOnly] : [create, dryRunThenCreate, dryRunOnly];
  if (deletable && !s.given.dryRun) {
    actions.push({ label: `$(trash) ${vscode.l10n.t('Delete the {0} {1} first, then create', deletable.status, titleOf(deletable))}`, value: 'deleteDuplicateThenCreate' });
  }
  return [
    ...actions,
    ...warnings.map((warning) => ({ label: `$(warning) ${warning.label}`, detail: warning.detail, value: 'info' as const })),
    ...valueLines(context, s).map((line) => ({ ...line, value: 'info' as const })),
  ];
}

export function reviewStep(context: CommandContext): WizardStep<CreateState> {
  return pickStep<CreateState, ReviewValue>({
    review: true,
    when: (s) => !s.complete,
    title: createTitle,
    placeholder: (s) => {
      const count = reviewWarnings(context, s).warnings.length;
      if (!count) return vscode.l10n.t('Review the values below, then create');
      return countText(count, vscode.l10n.t('Review: 1 warning below'), vscode.l10n.t('Review: {0} warnings below', count));
    },
    items: (s) => reviewItems(context, s),
    get: (s) => s.review,
    asksAgain: (value) => value === 'info',
    set: (s, value) => {
      s.review = value as ReviewChoice;
      s.duplicateId = value === 'deleteDuplicateThenCreate' ? reviewWarnings(context, s).deletable?.id : undefined;
    },
  });
}
