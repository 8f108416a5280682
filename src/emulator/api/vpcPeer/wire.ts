// A peer connection as GetVpcPeerConnectionAttribute and ListVpcPeerConnections answer it, seen
// from the calling account: its own resource group and tags, both ends' CIDRs as they are now.

import { isoSeconds } from '../../clock';
import { ApiError } from '../../errors';
import type { PeerEndRecord, PeerRecord } from '../../world/records';
import type { World } from '../../world/world';
import type { CallContext } from '../context';

function endToWire(world: World, end: PeerEndRecord): Record<string, unknown> {
  const vpc = world.vpcs.get(end.vpcId);
  return {
    VpcId: end.vpcId,
    Ipv4Cidrs: vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs] : [],
    Ipv6Cidrs: vpc ? [...vpc.ipv6Cidrs] : [],
  };
}

export function peerToWire(world: World, peer: PeerRecord, callerUid: string): Record<string, unknown> {
  const side = peer.sides[callerUid] ?? { resourceGroupId: '', tags: [] };
  const showsExpiry = peer.status === 'Accepting' || peer.status === 'Expired';
  return {
    InstanceId: peer.id,
    Name: peer.name,
    Description: peer.description,
    // Account ids are 16-digit numbers, below 2^53, so JSON numbers carry them exactly.
    OwnerId: Number(peer.requester.accountUid),
    AcceptingOwnerUid: Number(peer.accepter.accountUid),
    RegionId: peer.requester.regionId,
    AcceptingRegionId: peer.accepter.regionId,
    Bandwidth: peer.bandwidth,
    Status: peer.status,
    BizStatus: peer.bizStatus,
    LinkType: peer.linkType,
    ManagedService: peer.managedService,
    GmtCreate: isoSeconds(peer.createdAt),
    GmtModified: isoSeconds(peer.modifiedAt),
    GmtExpired: showsExpiry && peer.expiresAt !== undefined ? isoSeconds(peer.expiresAt) : null,
    ResourceGroupId: side.resourceGroupId,
    Vpc: endToWire(world, peer.requester),
    AcceptingVpc: endToWire(world, peer.accepter),
    Tags: side.tags.map((t) => ({ Key: t.key, Value: t.value })),
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
