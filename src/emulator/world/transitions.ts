// What a status change the service makes by itself brings with it, besides the new status: when
// the record last changed, the moment a router interface link came up, and for a request that
// now waits for its answer, the end of its acceptance window.

import type { BgpPeerRecord, PeerRecord, PendingTransition, RouteEntryRecord, RouterInterfaceRecord } from './records';
import type { TransitionKind } from './transitionQueue';

/** A record that can be in the middle of a transition. */
export type Transitional = { id: string; status: string; pending?: PendingTransition };

/**
 * Moves `record` to the status `transition` leads to (not `gone`: the world removes those).
 * `expireAt` schedules a waiting request's expiry.
 */
export function arrive(kind: TransitionKind, record: Transitional, transition: PendingTransition, expireAt: (peer: PeerRecord, at: number) => void): void {
  record.status = transition.to;
  switch (kind) {
    case 'peer': {
      const peer = record as PeerRecord;
      peer.modifiedAt = transition.at;
      // A request that reaches Accepting waits for its answer until the acceptance window closes.
      if (peer.status === 'Accepting' && peer.expiresAt !== undefined) expireAt(peer, peer.expiresAt);
      return;
    }
    case 'routerInterface': {
      const ri = record as RouterInterfaceRecord;
      if (ri.status === 'Active' && ri.connectedAt === undefined) ri.connectedAt = transition.at;
      return;
    }
    case 'routeEntry':
      (record as RouteEntryRecord).modifiedAt = transition.at;
      return;
    case 'bgpPeer':
      (record as BgpPeerRecord).modifiedAt = transition.at;
      return;
    case 'bgpGroup':
      return;
  }
}
