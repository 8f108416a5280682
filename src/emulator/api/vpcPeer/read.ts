// GetVpcPeerConnectionAttribute and ListVpcPeerConnections.
//
// Visibility: Get answers either end's account. List with `RegionId` returns the connections the
// caller requested in that region and those it is asked to accept (or accepted) whose accepting
// region is that region, so each account finds incoming requests where its own VPC lives; without
// `RegionId` it returns every connection the caller is an end of.

import type { PeerRecord } from '../../world/records';
import { optionalRegion } from '../common';
import type { ActionResult, CallContext } from '../context';
import { tokenPage } from '../paging';
import { hasTags } from '../validation';
import { isPartyTo, peerToWire, visiblePeer } from './wire';

export function getVpcPeerConnectionAttribute(ctx: CallContext): ActionResult {
  return peerToWire(ctx.world, visiblePeer(ctx), ctx.caller.uid);
}

export function listVpcPeerConnections(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = optionalRegion(ctx);
  const vpcIds = params.commaList('VpcId', { max: 2, noun: 'VPC ids' });
  const instanceId = params.string('InstanceId');
  const name = params.string('Name');
  const resourceGroupId = params.string('ResourceGroupId');
  const tags = params.tags('Tags', { max: 10, noun: 'tag filters' });

  const inRegion = (p: PeerRecord): boolean =>
    regionId === undefined ||
    (p.requester.accountUid === caller.uid && p.requester.regionId === regionId) ||
    (p.accepter.accountUid === caller.uid && p.accepter.regionId === regionId);

  // Start from the narrowest index the filters allow.
  let candidates: readonly PeerRecord[];
  // The index of what the caller sees in a region already holds exactly the matches: a walk
  // through its pages then reads it as it is, instead of filtering thousands of records a page.
  let narrowedByIndex = false;
  if (instanceId !== undefined) {
    const peer = world.peers.get(instanceId);
    candidates = peer ? [peer] : [];
  } else if (vpcIds.length > 0) {
    const seen = new Map<string, PeerRecord>();
    for (const vpcId of vpcIds) for (const peer of world.peers.where('vpc', vpcId)) seen.set(peer.id, peer);
    candidates = [...seen.values()];
  } else {
    candidates = world.peersVisibleTo(caller.uid, regionId);
    narrowedByIndex = true;
  }

  const unfiltered = narrowedByIndex && name === undefined && resourceGroupId === undefined && tags.length === 0;
  const matching = unfiltered ? candidates : candidates.filter((p) => {
    if (!isPartyTo(p, caller.uid) || !inRegion(p)) return false;
    if (name !== undefined && p.name !== name) return false;
    const side = p.sides[caller.uid];
    if (resourceGroupId !== undefined && side?.resourceGroupId !== resourceGroupId) return false;
    return tags.length === 0 || hasTags(side?.tags ?? [], tags);
  });
  const page = tokenPage(params, matching, { sizeParam: 'MaxResults', defaultSize: 20, maxSize: 100 });
  return {
    TotalCount: page.totalCount,
    MaxResults: page.maxResults,
    NextToken: page.nextToken,
    VpcPeerConnects: page.items.map((p) => peerToWire(world, p, caller.uid)),
  };
}
