// Which statuses a resource leaves by itself, per kind of resource that moves through states after
// a write. A resource in one of these is "in transition": the store polls it, and a command that
// follows its own write waits until it is out of them (or gone). Any other status is settled,
// whether it waits for a person (a connection Accepting) or stays as it is.
//
// The statuses are the documented lifecycles: VpcPeer 2022-01-01 for connections, and the VPC
// 2016-04-28 route entry, router interface and Express Connect BGP APIs (Terraform waits on the
// same ones).

import type { ResourceKind } from './resourceRef';
import { type PeerConnection, type RouteEntry } from './types';

/** The kinds of resource whose writes finish asynchronously and are followed until they settle. */
export type FollowedKind = Extract<ResourceKind, 'peerConnection' | 'routeEntry' | 'routerInterface' | 'bgpGroup' | 'bgpPeer'>;

export const TRANSITIONAL_STATUSES: Readonly<Record<FollowedKind, readonly string[]>> = {
  peerConnection: ['Creating', 'Updating', 'Deleting'],
  routeEntry: ['Pending', 'Creating', 'Modifying', 'Deleting'],
  routerInterface: ['Connecting', 'AcceptingConnecting', 'Activating', 'Deactivating', 'Modifying', 'Deleting'],
  bgpGroup: ['Pending', 'Modifying', 'Deleting'],
  bgpPeer: ['Pending', 'Modifying', 'Deleting'],
};

/** The service moves a resource of this kind out of `status` by itself. */
export function isTransitionalStatus(kind: FollowedKind, status: string): boolean {
  return TRANSITIONAL_STATUSES[kind].includes(status);
}

/** Settled: present and not in transition. A resource that is gone (`undefined`) is settled too. */
export function isSettledResource(kind: FollowedKind, resource: { status: string } | undefined): boolean {
  return resource === undefined || !isTransitionalStatus(kind, resource.status);
}

type Connection = Pick<PeerConnection, 'status'> | undefined;

/** What "settled" means after a peer connection write, where it is more than "out of transition". */
export const PEER_WRITE_SETTLED = {
  /** Out of Creating (Accepting or Activated); a connection not listed yet is not settled. */
  create: (c: Connection): boolean => c !== undefined && c.status !== 'Creating',
  /** Accepted or rejected: no longer waiting for the answer, nor in the change that follows it. */
  answer: (c: Connection): boolean => c === undefined || (c.status !== 'Accepting' && !isTransitionalStatus('peerConnection', c.status)),
  /** Deleted: the service no longer knows it (a `Deleted` status is not the end yet). */
  delete: (c: Connection): boolean => c === undefined,
};

type Entry = Pick<RouteEntry, 'status'> | undefined;

/** What "settled" means after a route entry write. */
export const ROUTE_WRITE_SETTLED = {
  /** Available; an entry not listed yet is not settled. */
  create: (e: Entry): boolean => e?.status === 'Available',
  /** Deleted: the table no longer lists it. */
  delete: (e: Entry): boolean => e === undefined,
};
