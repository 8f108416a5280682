// A peer connection as GetVpcPeerConnectionAttribute and ListVpcPeerConnections answer it, seen
// from the calling account: its own resource group and tags, both ends' CIDRs as they are now.

import { ApiError } from '../../errors';
import type { PeerEnd } from '../../../model/types';
import { peerToDomain } from '../../world/domain';
import type { PeerRecord } from '../../world/records';
import type { World } from '../../world/world';
import type { CallContext } from '../context';

const endToWire = (end: PeerEnd): Record<string, unknown> => ({ VpcId: end.vpcId, Ipv4Cidrs: end.ipv4Cidrs, Ipv6Cidrs: end.ipv6Cidrs });

/** The connection as the domain type has it for the caller (`world.inventory` answers the same), in the API's names. */
export function peerToWire(world: World, peer: PeerRecord, callerUid: string): Record<string, unknown> {
  const p = peerToDomain(world, peer, callerUid);
  return {
    InstanceId: p.id,
    Name: p.name,
    Description: p.description,
    // Account ids are 16-digit numbers, below 2^53, so JSON numbers carry them exactly.
    OwnerId: Number(p.requester.accountUid),
    AcceptingOwnerUid: Number(p.accepter.accountUid),
    RegionId: p.requester.regionId,
    AcceptingRegionId: p.accepter.regionId,
    Bandwidth: p.bandwidthMbps,
    Status: p.status,
    BizStatus: p.bizStatus,
    LinkType: p.linkType,
    ManagedService: p.managedService,
    GmtCreate: p.createdAt,
    GmtModified: p.modifiedAt,
    GmtExpired: p.expiresAt ?? null,
    ResourceGroupId: p.resourceGroupId ?? '',
    Vpc: endToWire(p.requester),
    AcceptingVpc: endToWire(p.accepter),
    Tags: p.tags.map((t) => ({ Key: t.key, Value: t.value })),
  };
}

/** Whether the account is one of the connection's two ends. */
export function isPartyTo(peer: PeerRecord, accountUid: string): boolean {
  return peer.requester.accountUid === accountUid || peer.accepter.accountUid === accountUid;
}

export function peerNotFound(id: string, why = ''): ApiError {
  return new ApiError('ResourceNotFound.InstanceId', `The specified resource of instance "${id}" is not found.${why ? ` ${why}` : ''}`);
}

/** The connection named by `InstanceId`, if the caller is one of its ends. */
export function visiblePeer(ctx: CallContext): PeerRecord {
  const id = ctx.params.requiredString('InstanceId');
  const peer = ctx.world.peers.get(id);
  if (!peer || !isPartyTo(peer, ctx.caller.uid)) throw peerNotFound(id);
  return peer;
}

export function incorrectStatus(peer: PeerRecord, wanted: string): ApiError {
  return new ApiError('IncorrectStatus.VpcPeer', `The status of the VPC peer connection "${peer.id}" is ${peer.status}; this operation needs ${wanted}.`);
}

export function isInterRegion(peer: { requester: { regionId: string }; accepter: { regionId: string } }): boolean {
  return peer.requester.regionId !== peer.accepter.regionId;
}
