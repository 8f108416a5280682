// The documented limits of CreateVpcPeerConnection and ModifyVpcPeerConnection (VpcPeer
// 2022-01-01), one function per field, plus whole-request validators for commands that receive an
// arguments object.
//
// LinkType: the API documents `Platinum` and `Gold` (the default); Terraform's provider also lets
// `Silver` through, but nothing documents it for the API, so it is refused here rather than sent
// to fail on the service (`OperationFailed.SpecificLinkTypeNotSupported`). Connections that already
// report `Silver` are still shown as such.

import { connectionRegionScope, regionScope, type RegionScope } from '../peerStatus';
import type { CloudProvider } from '../resourceRef';
import { type LinkType, type PeerConnection, type Tag } from '../types';
import { accountUidProblem, clientTokenProblem, regionIdProblem, resourceIdProblem } from './ids';
import { addProblem, fieldChecks, type FieldProblems } from './problems';
import { tagsProblem } from './tags';
import { describeType } from './text';
import { TEXT_RULES, textRuleProblem } from './textRules';

export type PeerOperation = 'create' | 'modify';

/** Create and Modify document different rules (model/validation/textRules.ts); Huawei Cloud has one rule for both. */
export function peerConnectionNameProblem(name: string, operation: PeerOperation = 'create', provider: CloudProvider = 'alibaba'): string | undefined {
  const rule = provider === 'huawei' ? TEXT_RULES.huaweiPeeringName : operation === 'create' ? TEXT_RULES.createPeerConnectionName : TEXT_RULES.modifyPeerConnectionName;
  return textRuleProblem('The name', name, rule);
}

export function peerConnectionDescriptionProblem(description: string, operation: PeerOperation = 'create', provider: CloudProvider = 'alibaba'): string | undefined {
  const rule = provider === 'huawei' ? TEXT_RULES.huaweiPeeringDescription : operation === 'create' ? TEXT_RULES.createPeerConnectionDescription : TEXT_RULES.modifyPeerConnectionDescription;
  return textRuleProblem('The description', description, rule);
}

/** Bandwidth is an int32 on the wire. */
export const BANDWIDTH_MAX_MBPS = 2147483647;

/**
 * Bandwidth in Mbit/s: a whole number greater than 0, and only for inter-region connections
 * (intra-region ones are unlimited; Modify answers `OperationFailed.BandwidthCannotBeChangedInSameRegion`).
 */
export function bandwidthProblem(value: unknown, scope?: RegionScope, operation: PeerOperation = 'create'): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    return `Bandwidth must be a whole number of Mbit/s greater than 0; got ${formatValue(value)}.`;
  }
  if (value > BANDWIDTH_MAX_MBPS) return `Bandwidth must be at most ${BANDWIDTH_MAX_MBPS} Mbit/s.`;
  if (scope === 'intraRegion') {
    return operation === 'create'
      ? 'Bandwidth applies only to inter-region connections; intra-region connections are unlimited.'
      : 'Bandwidth cannot be changed on an intra-region connection; it is unlimited.';
  }
  return undefined;
}

export const CREATABLE_LINK_TYPES: readonly LinkType[] = ['Platinum', 'Gold'];

/** `Platinum` or `Gold`, inter-region only (`OperationFailed.InterRegionLinkTypeNotSupported`). */
export function linkTypeProblem(value: unknown, scope?: RegionScope): string | undefined {
  if (value === 'Silver') {
    return 'LinkType must be Platinum or Gold; Silver is not documented for the VpcPeer API.';
  }
  if (typeof value !== 'string' || !(CREATABLE_LINK_TYPES as readonly string[]).includes(value)) {
    return `LinkType must be Platinum or Gold; got ${formatValue(value)}.`;
  }
  if (scope === 'intraRegion') return 'LinkType applies only to inter-region connections.';
  return undefined;
}

/** What CreateVpcPeerConnection and ModifyVpcPeerConnection both take. */
interface PeerConnectionSettings {
  /** Create and Modify limit names and descriptions differently (textRules.ts). */
  name?: string;
  description?: string;
  /** Mbit/s > 0; inter-region only. */
  bandwidthMbps?: number;
  /** Inter-region only; a new connection's defaults to Gold. */
  linkType?: LinkType;
  clientToken?: string;
  dryRun?: boolean;
}

/** The arguments of CreateVpcPeerConnection in the model's words (called by the requester's account). */
export interface CreatePeerConnectionInput extends PeerConnectionSettings {
  /** Requester region. */
  regionId: string;
  /** Requester VPC. */
  vpcId: string;
  /** AcceptingAliUid: the accepter's main account UID; the caller's own UID makes a same-account connection. */
  acceptingAccountUid: string;
  /** Same as `regionId` → intra-region; different → inter-region. */
  acceptingRegionId: string;
  acceptingVpcId: string;
  resourceGroupId?: string;
  /** Up to 20. */
  tags?: Tag[];
}

export type CreatePeerConnectionField = keyof CreatePeerConnectionInput;

/**
 * Every problem of a create request, keyed by field; `{}` when it can be sent. Accepts an
 * untyped arguments object (a command's optional argument), so wrong types are problems too.
 * Cross-field rules: a VPC cannot be peered with itself; Bandwidth and LinkType only inter-region.
 */
export function validateCreatePeerConnection(input: Readonly<Record<string, unknown>>, provider: CloudProvider = 'alibaba'): FieldProblems<CreatePeerConnectionField> {
  const { problems, text, flag } = fieldChecks<CreatePeerConnectionField>(input);

  text('regionId', 'The region ID', regionIdProblem, true);
  text('vpcId', 'The VPC ID', (v) => resourceIdProblem('vpc', v, 'The VPC ID', provider), true);
  text('acceptingRegionId', 'The accepter region ID', (v) => regionIdProblem(v, 'The accepter region ID'), true);
  text('acceptingVpcId', 'The accepter VPC ID', (v) => resourceIdProblem('vpc', v, 'The accepter VPC ID', provider), true);
  const uid = input.acceptingAccountUid;
  if (typeof uid === 'number') {
    addProblem(problems, 'acceptingAccountUid', Number.isSafeInteger(uid) ? accountUidProblem(String(uid)) : 'The accepter account UID must be given as text: it is too large for a number.');
  } else {
    text('acceptingAccountUid', 'The accepter account UID', (v) => accountUidProblem(v, 'The accepter account UID', provider), true);
  }
  text('name', 'The name', (v) => peerConnectionNameProblem(v, 'create', provider), false);
  text('description', 'The description', (v) => peerConnectionDescriptionProblem(v, 'create', provider), false);
  if (provider === 'huawei') {
    huaweiCreateProblems(input, problems);
    return problems;
  }
  text('resourceGroupId', 'The resource group ID', (v) => resourceIdProblem('resourceGroup', v), false);
  text('clientToken', 'The ClientToken', clientTokenProblem, false);

  const scope =
    typeof input.regionId === 'string' && typeof input.acceptingRegionId === 'string'
      ? regionScope(input.regionId, input.acceptingRegionId)
      : undefined;
  if (input.bandwidthMbps !== undefined) addProblem(problems, 'bandwidthMbps', bandwidthProblem(input.bandwidthMbps, scope));
  if (input.linkType !== undefined) addProblem(problems, 'linkType', linkTypeProblem(input.linkType, scope));
  if (input.tags !== undefined) addProblem(problems, 'tags', tagListShapeProblem(input.tags) ?? tagsProblem(input.tags as Tag[]));
  flag('dryRun', 'DryRun');
  if (scope === 'intraRegion' && input.vpcId === input.acceptingVpcId && typeof input.vpcId === 'string') {
    addProblem(problems, 'acceptingVpcId', 'A VPC cannot be peered with itself; choose another accepter VPC.');
  }
  return problems;
}

/** What Huawei Cloud's peering cannot take, refused before anything is sent (reference §2.4, §14). */
function huaweiCreateProblems(input: Readonly<Record<string, unknown>>, problems: FieldProblems<CreatePeerConnectionField>): void {
  if (typeof input.regionId === 'string' && typeof input.acceptingRegionId === 'string' && input.regionId !== input.acceptingRegionId) {
    addProblem(problems, 'acceptingRegionId', `Huawei Cloud peers VPCs of the same region only: the accepter VPC must be in ${input.regionId} too (VPCs of two regions need Cloud Connect).`);
  }
  const lacks: [CreatePeerConnectionField, string][] = [
    ['bandwidthMbps', 'Huawei Cloud peering has no bandwidth: leave it out.'],
    ['linkType', 'Huawei Cloud peering has no link type: leave it out.'],
    ['resourceGroupId', 'Huawei Cloud peering has no resource group: leave it out.'],
    ['tags', 'Huawei Cloud peering has no tags: leave them out.'],
  ];
  for (const [field, problem] of lacks) if (input[field] !== undefined) addProblem(problems, field, problem);
  if (input.dryRun === true) addProblem(problems, 'dryRun', 'Huawei Cloud has no dry run of a peering: leave it out.');
  if (input.vpcId === input.acceptingVpcId && typeof input.vpcId === 'string') addProblem(problems, 'acceptingVpcId', 'A VPC cannot be peered with itself; choose another accepter VPC.');
}

/** The arguments of ModifyVpcPeerConnection in the model's words. */
export interface ModifyPeerConnectionInput extends PeerConnectionSettings {
  instanceId: string;
}

export type ModifyPeerConnectionField = keyof ModifyPeerConnectionInput;

/**
 * Every problem of a modify request, keyed by field. With the connection at hand, Bandwidth and
 * LinkType are refused on an intra-region one, and a request that changes nothing is a problem.
 */
export function validateModifyPeerConnection(
  input: Readonly<Record<string, unknown>>,
  connection?: Pick<PeerConnection, 'requester' | 'accepter' | 'provider'>,
): FieldProblems<ModifyPeerConnectionField> {
  const { problems, text, flag } = fieldChecks<ModifyPeerConnectionField>(input);
  const provider = connection?.provider;
  text('instanceId', 'The peer connection ID', (v) => resourceIdProblem('peerConnection', v, 'The peer connection ID', provider), true);
  text('name', 'The name', (v) => peerConnectionNameProblem(v, 'modify', provider));
  text('description', 'The description', (v) => peerConnectionDescriptionProblem(v, 'modify', provider));
  text('clientToken', 'The ClientToken', clientTokenProblem);
  if (provider === 'huawei') {
    for (const field of ['bandwidthMbps', 'linkType', 'dryRun'] as const) {
      if (input[field] !== undefined) addProblem(problems, field, `Huawei Cloud peering has no ${field === 'dryRun' ? 'dry run' : field === 'linkType' ? 'link type' : 'bandwidth'}: leave it out.`);
    }
  }
  const scope = connection && connectionRegionScope(connection);
  if (input.bandwidthMbps !== undefined) addProblem(problems, 'bandwidthMbps', bandwidthProblem(input.bandwidthMbps, scope, 'modify'));
  if (input.linkType !== undefined) addProblem(problems, 'linkType', linkTypeProblem(input.linkType, scope));
  flag('dryRun', 'DryRun');
  if (['name', 'description', 'bandwidthMbps', 'linkType'].every((field) => input[field] === undefined)) {
    addProblem(problems, 'name', 'Nothing to change: give a name, description, bandwidth or link type.');
  }
  return problems;
}

function tagListShapeProblem(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return `Tags must be a list of { key, value } pairs, not ${describeType(tags)}.`;
  const malformed = tags.findIndex(
    (t: unknown) => typeof t !== 'object' || t === null || typeof (t as Tag).key !== 'string' || typeof (t as Tag).value !== 'string',
  );
  return malformed < 0 ? undefined : `Tag ${malformed + 1} must be a { key, value } pair of text values.`;
}

function formatValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return describeType(value);
}
