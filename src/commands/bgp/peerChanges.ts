// What Modify BGP Peer sends: only what differs from the peer as it is. BFD and its multi-hop
// count go together: both are sent when either changes, and turning BFD off sends no count.

import type { BgpPeer } from '../../model/types';

export interface PeerChanges {
  peerIpAddress?: string;
  enableBfd?: boolean;
  bfdMultiHop?: number;
}

type PeerSettings = Pick<BgpPeer, 'peerIpAddress' | 'enableBfd' | 'bfdMultiHop'>;

/** The changes the answers make to `current` (empty when they change nothing). */
export function peerChanges(current: PeerSettings, answers: PeerChanges): PeerChanges {
  const enableBfd = answers.enableBfd ?? current.enableBfd;
  const bfdMultiHop = enableBfd ? (answers.bfdMultiHop ?? current.bfdMultiHop) : undefined;
  const bfdChanged = enableBfd !== current.enableBfd || (enableBfd && bfdMultiHop !== current.bfdMultiHop);
  const changes: PeerChanges = {};
  if (answers.peerIpAddress !== undefined && answers.peerIpAddress !== current.peerIpAddress) changes.peerIpAddress = answers.peerIpAddress;
  if (bfdChanged) Object.assign(changes, { enableBfd, bfdMultiHop });
  return changes;
}

export function changesAnything(changes: PeerChanges): boolean {
  return changes.peerIpAddress !== undefined || changes.enableBfd !== undefined;
}
