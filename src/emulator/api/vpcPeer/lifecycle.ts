// Accept, Reject, Modify and Delete: who may call each, in which status, and the status the
// connection passes through. Any call on a connection in a transitional status is refused with
// `IncorrectStatus.VpcPeer`, as the service does.

import { ApiError } from '../../errors';
import type { PeerRecord } from '../../world/records';
import { resourceGroupOf, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { checkTags, checkText, mergeTags } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';
import { interRegionSettings, LINK_TYPES } from './create';
import { sideOf } from './tags';
import { incorrectStatus, isInterRegion, peerNotFound, visiblePeer } from './wire';

/**
 * Only the accepting account answers a request. To anyone else the connection is not theirs to
 * answer, and the service names no permission code for it, so they get `ResourceNotFound.InstanceId`.
 */
function peerToAnswer(ctx: CallContext): PeerRecord {
  const peer = visiblePeer(ctx);
  if (peer.accepter.accountUid !== ctx.caller.uid) {
    throw peerNotFound(peer.id, `Only the accepting account ${peer.accepter.accountUid} can answer this request.`);
  }
  return peer;
}

export function acceptVpcPeerConnection(ctx: CallContext): ActionResult {
  const peer = peerToAnswer(ctx);
  const resourceGroupId = ctx.params.has('ResourceGroupId') ? resourceGroupOf(ctx) : undefined;
  const tags = ctx.params.tags('Tag');
  checkTags(tags);
  if (peer.status !== 'Accepting') throw incorrectStatus(peer, 'Accepting');
  stopIfDryRun(ctx);

  const side = sideOf(ctx, peer);
  if (resourceGroupId) side.resourceGroupId = resourceGroupId;
  side.tags = mergeTags(side.tags, tags);
  peer.expiresAt = undefined;
  peer.modifiedAt = ctx.now;
  ctx.world.beginTransition('peer', peer, 'Updating', 'Activated');
  return {};
}

export function rejectVpcPeerConnection(ctx: CallContext): ActionResult {
  const peer = peerToAnswer(ctx);
  if (peer.status !== 'Accepting') throw incorrectStatus(peer, 'Accepting');
  stopIfDryRun(ctx);

  peer.expiresAt = undefined;
  peer.modifiedAt = ctx.now;
  ctx.world.setStatus('peer', peer, 'Rejected');
  return {};
}

export function modifyVpcPeerConnection(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const peer = visiblePeer(ctx);
  const name = checkText('Name', params.string('Name'), TEXT_RULES.modifyPeerConnectionName);
  const description = checkText('Description', params.string('Description'), TEXT_RULES.modifyPeerConnectionDescription);
  const bandwidth = params.integer('Bandwidth', { min: 1 });
  const linkType = params.enumValue('LinkType', LINK_TYPES);
  if (peer.status !== 'Activated') throw incorrectStatus(peer, 'Activated');
  if (bandwidth !== undefined && !isInterRegion(peer)) {
    throw new ApiError('OperationFailed.BandwidthCannotBeChangedInSameRegion', 'The bandwidth of an intra-region connection is unlimited and cannot be changed.');
  }
  interRegionSettings(ctx, isInterRegion(peer), bandwidth);
  stopIfDryRun(ctx);

  if (name !== undefined) peer.name = name;
  if (description !== undefined) peer.description = description;
  if (bandwidth !== undefined) peer.bandwidth = bandwidth;
  if (linkType !== undefined) peer.linkType = linkType;
  peer.modifiedAt = ctx.now;
  world.beginTransition('peer', peer, 'Updating', 'Activated');
  return {};
}

const DELETABLE = new Set(['Accepting', 'Activated', 'Rejected', 'Expired']);

export function deleteVpcPeerConnection(ctx: CallContext): ActionResult {
  const { world } = ctx;
  const peer = visiblePeer(ctx);
  const force = ctx.params.boolean('Force') ?? false;
  if (!DELETABLE.has(peer.status)) throw incorrectStatus(peer, 'Accepting, Activated, Rejected or Expired');
  if (peer.status === 'Accepting' && peer.requester.accountUid !== ctx.caller.uid) {
    throw new ApiError('IncorrectStatus.VpcPeer', `The VPC peer connection "${peer.id}" is waiting for your answer; reject it instead of deleting it.`);
  }
  if (peer.managedService) {
    throw new ApiError('OperationDenied.ServiceManagedInstance', `The VPC peer connection "${peer.id}" is managed by ${peer.managedService} and cannot be deleted here.`);
  }
  const routes = world.routeEntries.where('nextHop', peer.id);
  if (routes.length > 0 && !force) {
    throw new ApiError(
      'OperationDenied.RouteEntryExist',
      `${routes.length} route entr${routes.length === 1 ? 'y points' : 'ies point'} at the VPC peer connection "${peer.id}" (e.g. ${routes[0].id} in ${routes[0].routeTableId}); delete them or set Force=true.`,
    );
  }
  stopIfDryRun(ctx);

  for (const route of routes) world.routeEntries.remove(route.id);
  peer.modifiedAt = ctx.now;
  world.beginTransition('peer', peer, 'Deleting', 'gone');
  return {};
}
