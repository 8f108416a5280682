// CreateVpcPeerConnection: validates in the order the service does (parameters, both VPCs, the
// pair, quotas), then starts the connection in `Creating`; it becomes `Activated` by itself when
// both VPCs belong to the caller, otherwise `Accepting` until the accepter answers or the
// acceptance window closes.

import { ApiError, invalidParameter, quotaExceeded } from '../../errors';
import type { LinkType } from '../../../model/types';
import type { PeerRecord, VpcRecord } from '../../world/records';
import type { World } from '../../world/world';
import { requiredRegion, resourceGroupOf, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { checkTags, checkText } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';

export const LINK_TYPES: readonly LinkType[] = ['Platinum', 'Gold', 'Silver'];
export const DEFAULT_INTER_REGION_BANDWIDTH = 1024;

/**
 * The `LinkType` of a create or modify (inter-region only), once `bandwidth` (given only
 * inter-region: each call refuses it otherwise with its own code) is checked against the quota.
 */
export function interRegionSettings(ctx: CallContext, interRegion: boolean, bandwidth: number | undefined): LinkType | undefined {
  const max = ctx.world.settings.quotas.maxBandwidthMbps;
  if (bandwidth !== undefined && bandwidth > max) throw quotaExceeded('QuotaExceeded.Bandwidth', 'Bandwidth', bandwidth, max);
  const linkType = ctx.params.enumValue('LinkType', LINK_TYPES);
  if (linkType !== undefined && !interRegion) {
    throw new ApiError('OperationFailed.InterRegionLinkTypeNotSupported', 'LinkType can be set only for an inter-region connection.');
  }
  return linkType;
}

export function createVpcPeerConnection(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = requiredRegion(ctx);
  const vpcId = params.requiredString('VpcId');
  const acceptingUid = params.requiredString('AcceptingAliUid');
  if (!/^\d{1,19}$/.test(acceptingUid)) throw invalidParameter('AcceptingAliUid', `"${acceptingUid}" is not an account id.`);
  const acceptingRegionId = requiredRegion(ctx, 'AcceptingRegionId');
  const acceptingVpcId = params.requiredString('AcceptingVpcId');
  const name = checkText('Name', params.string('Name'), TEXT_RULES.createPeerConnectionName) ?? '';
  const description = checkText('Description', params.string('Description'), TEXT_RULES.createPeerConnectionDescription) ?? '';
  const interRegion = regionId !== acceptingRegionId;

  const bandwidth = params.integer('Bandwidth', { min: 1 });
  if (bandwidth !== undefined && !interRegion) {
    throw invalidParameter('Bandwidth', 'a bandwidth can be set only for an inter-region connection; intra-region connections are unlimited.');
  }
  const linkType = interRegionSettings(ctx, interRegion, bandwidth);
  const resourceGroupId = resourceGroupOf(ctx);
  const tags = params.tags('Tag');
  checkTags(tags);

  const vpc = world.vpcs.get(vpcId);
  if (!vpc || vpc.accountUid !== caller.uid || vpc.regionId !== regionId) {
    throw new ApiError('ResourceNotFound.VpcId', `The specified VPC "${vpcId}" is not found in ${regionId}.`);
  }
  const acceptingVpc = world.vpcs.get(acceptingVpcId);
  if (!acceptingVpc || acceptingVpc.accountUid !== acceptingUid || acceptingVpc.regionId !== acceptingRegionId) {
    throw new ApiError('ResourceNotFound.AcceptingVpcId', `The accepting VPC "${acceptingVpcId}" is not found for account ${acceptingUid} in ${acceptingRegionId}.`);
  }
  if (vpc.id === acceptingVpc.id) throw invalidParameter('AcceptingVpcId', 'a VPC cannot be peered with itself.');
  if (vpc.status !== 'Available') throw new ApiError('IncorrectStatus.Vpc', `The VPC "${vpc.id}" is ${vpc.status}, not Available.`);
  if (acceptingVpc.status !== 'Available') {
    throw new ApiError('IncorrectStatus.AcceptingVpc', `The accepting VPC "${acceptingVpc.id}" is ${acceptingVpc.status}, not Available.`);
  }
  checkPairIsFree(world, vpc, acceptingVpc);
  checkQuotas(world, vpc, acceptingVpc, caller.uid);
  stopIfDryRun(ctx);

  const now = ctx.now;
  const crossAccount = acceptingUid !== caller.uid;
  const peer: PeerRecord = {
    id: world.ids.next('pcc', regionId),
    name,
    description,
    status: 'Creating',
    bizStatus: 'Normal',
    requester: { accountUid: caller.uid, regionId, vpcId: vpc.id },
    accepter: { accountUid: acceptingUid, regionId: acceptingRegionId, vpcId: acceptingVpc.id },
    bandwidth: interRegion ? (bandwidth ?? DEFAULT_INTER_REGION_BANDWIDTH) : -1,
    linkType: interRegion ? (linkType ?? 'Gold') : undefined,
    createdAt: now,
    modifiedAt: now,
    expiresAt: crossAccount ? now + world.settings.acceptWindowMs : undefined,
    sides: { [caller.uid]: { resourceGroupId, tags } },
  };
  if (crossAccount) {
    const accepter = world.account(acceptingUid);
    peer.sides[acceptingUid] = { resourceGroupId: accepter?.defaultResourceGroupId ?? '', tags: [] };
  }
  world.peers.add(peer);
  world.beginTransition('peer', peer, 'Creating', crossAccount ? 'Accepting' : 'Activated');
  return { InstanceId: peer.id };
}

/** One connection per pair of VPCs, in either direction, until it is deleted (a Rejected one too). */
function checkPairIsFree(world: World, a: VpcRecord, b: VpcRecord): void {
  const existing = world.peers.where('vpc', a.id).find((p) => p.requester.vpcId === b.id || p.accepter.vpcId === b.id);
  if (existing) {
    throw new ApiError(
      'ResourceAlreadyExist.VpcPeer',
      `A VPC peer connection between "${a.id}" and "${b.id}" already exists: "${existing.id}" (${existing.status}). Delete it before creating another.`,
    );
  }
}

function checkQuotas(world: World, vpc: VpcRecord, acceptingVpc: VpcRecord, callerUid: string): void {
  const quotas = world.settings.quotas;
  // A quota is answered as `QuotaExceeded.<Name>`, the message naming `<Name> of <the VPC>`.
  const check = (name: string, usage: number, limit: number, of?: string): void => {
    if (usage >= limit) throw quotaExceeded(`QuotaExceeded.${name}`, of ? `${name} of ${of}` : name, usage, limit);
  };
  const interRegion = vpc.regionId !== acceptingVpc.regionId;
  for (const side of [vpc, acceptingVpc]) {
    const peers = world.peers.where('vpc', side.id);
    check('VpcPeerCountPerVpc', peers.length, quotas.vpcPeerCountPerVpc, side.id);
    const sameKind = peers.filter((p) => (p.requester.regionId !== p.accepter.regionId) === interRegion).length;
    if (interRegion) check('CrossRegionVpcPeerCountPerVpc', sameKind, quotas.crossRegionVpcPeerCountPerVpc, side.id);
    else check('IntraRegionVpcPeerCountPerVpc', sameKind, quotas.intraRegionVpcPeerCountPerVpc, side.id);
  }
  check('VpcPeerCountPerUserPerRegion', world.peersRequestedIn(callerUid, vpc.regionId), quotas.vpcPeerCountPerUserPerRegion);
}
