// The state of "Create Peer Connection…": what the arguments object or the tree node gave, and
// what the wizard has asked so far. An arguments object is read defensively and validated to the
// API's limits before anything is asked or sent.

import * as vscode from 'vscode';
import type { CreatePeerConnectionInput } from '../../cloud/accountClient';
import { capabilitiesOf, type ProviderCapabilities } from '../../model/capabilities';
import { regionScope } from '../../model/peerStatus';
import type { CloudProvider } from '../../model/resourceRef';
import type { LinkType, Tag } from '../../model/types';
import { hasProblems, problemMessages, validateCreatePeerConnection, type CreatePeerConnectionField } from '../../model/validation';
import { RegionNode } from '../../views/explorer/regionNode';
import { VpcNode } from '../../views/explorer/vpcNode';
import { ArgumentError, argumentsObject, optionalBoolean, optionalString } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import { clientFor } from '../operation/runOperation';

/** Values given up front (any of the API's parameters, and the requester's profile); each one skips its prompt. */
export interface CreateGiven extends Partial<CreatePeerConnectionInput> {
  profileId?: string;
  wait?: boolean;
  /** Ask the details and show the review page even when both ends are given (fixes, the graph). */
  forceReview?: boolean;
}

export type ReviewChoice = 'create' | 'dryRunThenCreate' | 'dryRunOnly' | 'deleteDuplicateThenCreate';

export interface CreateState {
  given: CreateGiven;
  /**
   * Both ends were given: nothing is asked, optional values that were not given stay unset and
   * there is no review page (keybindings, tasks, the graph, tests).
   */
  complete: boolean;
  profileId?: string;
  /** The requester's cloud: its rules apply (see validateCreatePeerConnection). */
  provider?: CloudProvider;
  /** The requester's account UID. */
  accountUid?: string;
  regionId?: string;
  vpcId?: string;
  /** The accepter pick: an active profile id, or OTHER_ACCOUNT. */
  accepterChoice?: string;
  acceptingAccountUid?: string;
  /** The active profile holding the accepter account, when there is one. */
  acceptingProfileId?: string;
  /** The accepter region pick: a region id, or ENTER_REGION. */
  acceptingRegionChoice?: string;
  acceptingRegionId?: string;
  acceptingVpcId?: string;
  name?: string;
  description?: string;
  bandwidthMbps?: number;
  linkType?: LinkType;
  /** The resource group pick: DEFAULT_GROUP, ENTER_GROUP or an `rg-…` id. */
  resourceGroupChoice?: string;
  resourceGroupId?: string;
  tags?: Tag[];
  review?: ReviewChoice;
  /** The existing connection between the pair that the review offered to delete first. */
  duplicateId?: string;
}

export const OTHER_ACCOUNT = 'otherAccount';
export const ENTER_REGION = 'enterRegion';
export const DEFAULT_GROUP = 'defaultResourceGroup';
export const ENTER_GROUP = 'enterResourceGroup';

const REQUIRED: readonly (keyof CreateGiven)[] = ['profileId', 'regionId', 'vpcId', 'acceptingAccountUid', 'acceptingRegionId', 'acceptingVpcId'];
/** The API's parameters an arguments object may give; a null counts as not given. */
const GIVEN_FIELDS: readonly CreatePeerConnectionField[] = [
  'regionId', 'vpcId', 'acceptingAccountUid', 'acceptingRegionId', 'acceptingVpcId', 'name', 'description',
  'bandwidthMbps', 'linkType', 'resourceGroupId', 'tags', 'dryRun',
];

/**
 * Reads the arguments object (the API input's names, `profileId` or `accountUid` for the requester,
 * `wait`, `review`; the topology page sends the same names, see model/commandArguments) or the tree
 * node the command was run on, and refuses any value outside the API's limits with an
 * ArgumentError naming the field and the limit.
 */
export function readCreateGiven(context: CommandContext, argument: unknown): CreateGiven {
  if (argument instanceof VpcNode) return { profileId: argument.profileId, regionId: argument.regionId, vpcId: argument.vpcId };
  if (argument instanceof RegionNode) return { profileId: argument.profileId, regionId: argument.regionId };
  const args = argumentsObject(argument);
  if (!args) return {};
  let profileId = optionalString(args, 'profileId');
  if (profileId !== undefined) clientFor(context, profileId);
  const requesterUid = optionalString(args, 'accountUid');
  if (profileId === undefined && requesterUid !== undefined) {
    profileId = context.store.profileForAccount(requesterUid);
    if (!profileId) throw new ArgumentError(vscode.l10n.t('No active profile holds the requester account {0}.', requesterUid));
  }

  // The requester's cloud decides the rules (Huawei Cloud: UUIDs, one region, no bandwidth or tags).
  const raw: Record<string, unknown> = Object.fromEntries(GIVEN_FIELDS.map((field) => [field, args[field] ?? undefined]));
  const present = Object.keys(raw).filter((key) => raw[key] !== undefined) as CreatePeerConnectionField[];
  const problems = validateCreatePeerConnection(raw, providerOf(context, profileId));
  const relevant = present.flatMap((field) => problems[field] ?? []);
  if (relevant.length > 0) throw new ArgumentError(relevant.join(' '));
  const given: CreateGiven = {
    ...(raw as Partial<CreateGiven>),
    profileId,
    acceptingAccountUid: raw.acceptingAccountUid === undefined ? undefined : String(raw.acceptingAccountUid),
    dryRun: optionalBoolean(args, 'dryRun'),
    wait: optionalBoolean(args, 'wait'),
    forceReview: optionalBoolean(args, 'review'),
  };
  return given;
}

export function isComplete(given: CreateGiven): boolean {
  return given.forceReview !== true && REQUIRED.every((key) => given[key] !== undefined);
}

export function isInterRegion(s: CreateState): boolean {
  return s.regionId !== undefined && s.acceptingRegionId !== undefined && regionScope(s.regionId, s.acceptingRegionId) === 'interRegion';
}

/** The request the answers make: a dry run is asked for in the write's options, never here. */
export type CreateRequest = CreatePeerConnectionInput & { dryRun?: false };

/** The request the wizard's answers make, checked once more as a whole (answers may have changed after Back). */
export function createInput(s: CreateState): CreateRequest {
  const inter = isInterRegion(s);
  const input: CreateRequest = {
    regionId: s.regionId!,
    vpcId: s.vpcId!,
    acceptingAccountUid: s.acceptingAccountUid!,
    acceptingRegionId: s.acceptingRegionId!,
    acceptingVpcId: s.acceptingVpcId!,
    name: s.name || undefined,
    description: s.description || undefined,
    // Bandwidth and link type asked for an inter-region pair are dropped if Back made it intra-region;
    // given ones are kept, so that validation refuses them.
    bandwidthMbps: inter || s.given.bandwidthMbps !== undefined ? s.bandwidthMbps : undefined,
    linkType: inter || s.given.linkType !== undefined ? s.linkType : undefined,
    resourceGroupId: s.resourceGroupId || undefined,
    tags: s.tags && s.tags.length > 0 ? s.tags : undefined,
  };
  const problems = validateCreatePeerConnection({ ...input }, s.provider);
  if (hasProblems(problems)) throw new ArgumentError(problemMessages(problems).join(' '));
  return input;
}

/** What the requester's cloud can do: the wizard asks only what it offers. */
export function capabilities(s: Pick<CreateState, 'provider'>): ProviderCapabilities {
  return capabilitiesOf(s.provider);
}

/** The cloud of a profile (Alibaba Cloud when none is named yet). */
export function providerOf(context: Pick<CommandContext, 'registry'>, profileId: string | undefined): CloudProvider {
  return (profileId ? context.registry.get(profileId)?.provider : undefined) ?? 'alibaba';
}
