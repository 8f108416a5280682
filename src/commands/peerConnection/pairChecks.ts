// What to warn about before two VPCs are peered: address blocks they share (traffic to a shared
// block stays in the local VPC, so the peer's hosts in it are unreachable) and connections that
// already join the pair (the service allows one per pair, and a Rejected or Expired record keeps
// blocking the pair until it is deleted). Pure, so it is tested in plain Node.

import { intersection, tryParseCidr } from '../../model/cidr';
import type { InventorySnapshot, PeerConnection } from '../../model/types';

export interface CidrOverlap {
  /** A block of the requester VPC. */
  requester: string;
  /** A block of the accepter VPC. */
  accepter: string;
  /** The addresses both hold, in canonical form. */
  shared: string;
}

/** Every overlapping pair of blocks, IPv4 and IPv6; unparsable blocks are ignored. */
export function cidrOverlaps(requesterBlocks: readonly string[], accepterBlocks: readonly string[]): CidrOverlap[] {
  const overlaps: CidrOverlap[] = [];
  for (const a of requesterBlocks) {
    const left = tryParseCidr(a);
    if (!left) continue;
    for (const b of accepterBlocks) {
      const right = tryParseCidr(b);
      const shared = right && intersection(left, right);
      if (shared) overlaps.push({ requester: left.text, accepter: right.text, shared: shared.text });
    }
  }
  return overlaps;
}

/** Connections the inventory knows between the two VPCs, in either direction, each once. */
export function connectionsBetween(snapshot: InventorySnapshot, vpcA: string, vpcB: string): PeerConnection[] {
  const found = new Map<string, PeerConnection>();
  for (const region of snapshot.regions) {
    for (const connection of region.peerConnections) {
      const ends = [connection.requester.vpcId, connection.accepter.vpcId];
      if (ends.includes(vpcA) && ends.includes(vpcB) && vpcA !== vpcB && !found.has(connection.id)) found.set(connection.id, connection);
    }
  }
  return [...found.values()];
}
