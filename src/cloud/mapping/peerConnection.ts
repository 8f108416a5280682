// VpcPeer 2022-01-01 answers (PascalCase JSON, no SDK model classes) → domain peer connections.
// The same shape comes from GetVpcPeerConnectionAttribute and each ListVpcPeerConnections item.

import type { LinkType, PeerConnection, PeerEnd, PeerStatus } from '../../model/types';
import { accountId, optionalNumber, optionalText, tags, text, texts } from './wireValues';

/** One connection as the VpcPeer API sends it. */
export interface WirePeerConnection {
  InstanceId?: string;
  Name?: string;
  Description?: string;
  OwnerId?: number | string;
  AcceptingOwnerUid?: number | string;
  RegionId?: string;
  AcceptingRegionId?: string;
  Bandwidth?: number;
  Status?: string;
  BizStatus?: string;
  LinkType?: string;
  ManagedService?: string;
  GmtCreate?: string;
  GmtModified?: string;
  GmtExpired?: string | null;
  ResourceGroupId?: string;
  Vpc?: WirePeerVpc;
  AcceptingVpc?: WirePeerVpc;
  Tags?: { Key?: string; Value?: string }[];
}

export interface WirePeerVpc {
  VpcId?: string;
  Ipv4Cidrs?: string[];
  Ipv6Cidrs?: string[];
}

const LINK_TYPES: readonly string[] = ['Platinum', 'Gold', 'Silver'];

function peerEnd(owner: unknown, regionId: unknown, vpc: WirePeerVpc | undefined): PeerEnd {
  return {
    accountUid: accountId(owner),
    regionId: text(regionId),
    vpcId: text(vpc?.VpcId),
    ipv4Cidrs: texts(vpc?.Ipv4Cidrs),
    ipv6Cidrs: texts(vpc?.Ipv6Cidrs),
  };
}

export function toPeerConnection(wire: WirePeerConnection): PeerConnection {
  const linkType = optionalText(wire.LinkType);
  return {
    id: text(wire.InstanceId),
    name: text(wire.Name),
    description: text(wire.Description),
    // A status the service adds later passes through as-is rather than being guessed at.
    status: text(wire.Status) as PeerStatus,
    bizStatus: text(wire.BizStatus) || 'Normal',
    requester: peerEnd(wire.OwnerId, wire.RegionId, wire.Vpc),
    accepter: peerEnd(wire.AcceptingOwnerUid, wire.AcceptingRegionId, wire.AcceptingVpc),
    bandwidthMbps: optionalNumber(wire.Bandwidth) ?? -1,
    linkType: linkType && LINK_TYPES.includes(linkType) ? (linkType as LinkType) : undefined,
    resourceGroupId: optionalText(wire.ResourceGroupId),
    managedService: optionalText(wire.ManagedService),
    createdAt: optionalText(wire.GmtCreate),
    modifiedAt: optionalText(wire.GmtModified),
    expiresAt: optionalText(wire.GmtExpired),
    tags: tags(wire.Tags),
  };
}
