// What a status change the service makes by itself brings with it, besides the new status: when
// the record last changed, the moment a router interface link came up, and for a request that
// now waits for its answer, the end of its acceptance window.

import type { PeerRecord, PendingTransition, RouterInterfaceRecord } from './records';
import type { TransitionKind } from './transitionQueue';

/** A record that can be in the middle of a transition. */
export type Transitional = { id: string; status: string; pending?: PendingTransition };

/**
 * Moves `record` to the status `transition` leads to (not `gone`: the world removes those).
 * `expireAt` schedules a waiting request's expiry.
 */
export function arrive(kind: TransitionKind, record: Transitional, transition: PendingTransition, expireAt: (peer: PeerRecord, at: number) => void): void {
  record.status = transition.to;
  // Connections, route entries and BGP peers keep when they last changed.
  if ('modifiedAt' in record) record.modifiedAt = transition.at;
  if (kind === 'peer') {
    const peer = record as PeerRecord;
    // A request that reaches Accepting waits for its answer until the acceptance window closes.
    if (peer.status === 'Accepting' && peer.expiresAt !== undefined) expireAt(peer, peer.expiresAt);
  } else if (kind === 'routerInterface') {
    const ri = record as RouterInterfaceRecord;
    if (ri.status === 'Active' && ri.connectedAt === undefined) ri.connectedAt = transition.at;
  }
}
