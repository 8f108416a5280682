// Tags and resource groups of peer connections. Each account keeps its own tags and resource group
// for a connection it is an end of; these calls change only the caller's.

import { ApiError, missingParameter } from '../../errors';
import type { PeerRecord } from '../../world/records';
import { requiredRegion, resourceGroupOf } from '../common';
import type { ActionResult, CallContext } from '../context';
import { tokenPage } from '../paging';
import { checkTags, hasTags, MAX_TAGS_PER_RESOURCE, mergeTags } from '../validation';
import { isPartyTo } from './wire';

const RESOURCE_TYPE = 'PeerConnection';

/** The `RegionId` of a tag or resource group call, once its `ResourceType` is checked (connections only). */
function peerCallRegion(ctx: CallContext): string {
  const regionId = requiredRegion(ctx);
  const type = ctx.params.requiredString('ResourceType');
  if (type !== RESOURCE_TYPE) throw new ApiError('InvalidInstanceType.NotFound', `The resource type "${type}" is not supported; use ${RESOURCE_TYPE}.`);
  return regionId;
}

/** The connections named by `ResourceId.N`, each of which must be visible to the caller in the region. */
function namedPeers(ctx: CallContext, regionId: string, required: boolean): PeerRecord[] {
  const ids = ctx.params.list('ResourceId');
  if (required && ids.length === 0) throw missingParameter('ResourceId.N');
  if (ids.length > 50) throw new ApiError('NumberExceed.ResourceIds', `At most 50 resource ids may be given, not ${ids.length}.`);
  return ids.map((id) => {
    const peer = ctx.world.peers.get(id);
    if (!peer || !isPartyTo(peer, ctx.caller.uid) || regionOf(peer, ctx.caller.uid) !== regionId) {
      throw new ApiError('InvalidInstanceIds.NotFound', `The resource "${id}" is not found in ${regionId}.`);
    }
    return peer;
  });
}

/** The region in which the account holds the connection: where its own VPC is. */
function regionOf(peer: PeerRecord, accountUid: string): string {
  return peer.requester.accountUid === accountUid ? peer.requester.regionId : peer.accepter.regionId;
}

/** The caller's own resource group and tags for the connection, its defaults until it has any. */
export function sideOf(ctx: CallContext, peer: PeerRecord): PeerRecord['sides'][string] {
  return (peer.sides[ctx.caller.uid] ??= { resourceGroupId: ctx.caller.defaultResourceGroupId, tags: [] });
}

export function tagResources(ctx: CallContext): ActionResult {
  const regionId = peerCallRegion(ctx);
  const tags = ctx.params.tags('Tag');
  if (tags.length === 0) throw missingParameter('Tag.N');
  checkTags(tags);
  const peers = namedPeers(ctx, regionId, true);
  for (const peer of peers) {
    const merged = mergeTags(sideOf(ctx, peer).tags, tags);
    if (merged.length > MAX_TAGS_PER_RESOURCE) {
      throw new ApiError('NumberExceed.Tags', `The resource "${peer.id}" would have ${merged.length} tags; at most ${MAX_TAGS_PER_RESOURCE} are allowed.`);
    }
  }
  for (const peer of peers) sideOf(ctx, peer).tags = mergeTags(sideOf(ctx, peer).tags, tags);
  return { Success: true };
}

export function unTagResources(ctx: CallContext): ActionResult {
  const regionId = peerCallRegion(ctx);
  const keys = ctx.params.list('TagKey');
  const all = ctx.params.boolean('All') ?? false;
  if (keys.length > 20) throw new ApiError('NumberExceed.Tags', `At most 20 tag keys may be given, not ${keys.length}.`);
  for (const peer of namedPeers(ctx, regionId, true)) {
    const side = sideOf(ctx, peer);
    side.tags = all && keys.length === 0 ? [] : side.tags.filter((t) => !keys.includes(t.key));
  }
  return { Success: true };
}

export function listTagResources(ctx: CallContext): ActionResult {
  const regionId = peerCallRegion(ctx);
  const wanted = ctx.params.tags('Tag');
  const named = namedPeers(ctx, regionId, false);
  if (named.length === 0 && wanted.length === 0) {
    throw new ApiError('BothEmpty.TagsAndResources', 'Either ResourceId.N or Tag.N must be given.');
  }
  const peers = named.length > 0 ? named : ctx.world.peersVisibleTo(ctx.caller.uid, regionId).filter((p) => regionOf(p, ctx.caller.uid) === regionId);
  const rows = peers
    .filter((peer) => hasTags(sideOf(ctx, peer).tags, wanted))
    .flatMap((peer) =>
      sideOf(ctx, peer).tags.map((tag) => ({ id: `${peer.id}/${tag.key}`, ResourceId: peer.id, ResourceType: RESOURCE_TYPE, RegionNo: regionId, TagKey: tag.key, TagValue: tag.value })),
    );
  const page = tokenPage(ctx.params, rows, { sizeParam: 'MaxResults', defaultSize: 50, maxSize: 50 });
  return {
    NextToken: page.nextToken,
    MaxResults: page.maxResults,
    TagResources: page.items.map(({ id: _id, ...row }) => row),
  };
}

export function moveResourceGroup(ctx: CallContext): ActionResult {
  const regionId = peerCallRegion(ctx);
  const id = ctx.params.requiredString('ResourceId');
  ctx.params.requiredString('NewResourceGroupId');
  const groupId = resourceGroupOf(ctx, 'NewResourceGroupId');
  const peer = ctx.world.peers.get(id);
  if (!peer || !isPartyTo(peer, ctx.caller.uid) || regionOf(peer, ctx.caller.uid) !== regionId) {
    throw new ApiError('ResourceNotFound.VpcPeer', `The VPC peer connection "${id}" is not found in ${regionId}.`);
  }
  sideOf(ctx, peer).resourceGroupId = groupId;
  return { Success: true };
}
