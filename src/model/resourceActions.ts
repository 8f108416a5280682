// What can be done with router interfaces and BGP resources in their current state (the peer
// connection's rules live in peerStatus.ts). Router interfaces follow the documented lifecycle
// (reference §3.5): connect from the initiating side while Idle, deactivate while Active, activate
// while Inactive (not with an overdue payment), delete only while Idle or Inactive. BGP peers and
// groups accept changes only while Available: every change moves them through Pending or
// Modifying, and the service refuses a second one meanwhile.

import { isBusinessLocked } from './peerStatus';
import { type BgpGroup, type BgpPeer, type RouterInterface } from './types';

export type RouterInterfaceAction = 'connect' | 'activate' | 'deactivate' | 'delete';

export function routerInterfaceActions(ri: Pick<RouterInterface, 'status' | 'role' | 'businessStatus'>): RouterInterfaceAction[] {
  const actions: RouterInterfaceAction[] = [];
  if (ri.status === 'Idle' && ri.role === 'InitiatingSide') actions.push('connect');
  if (ri.status === 'Inactive' && !isBusinessLocked(ri.businessStatus)) actions.push('activate');
  if (ri.status === 'Active') actions.push('deactivate');
  if (ri.status === 'Idle' || ri.status === 'Inactive') actions.push('delete');
  return actions;
}

export type BgpPeerAction = 'modify' | 'delete';

export function bgpPeerActions(peer: Pick<BgpPeer, 'status'>): BgpPeerAction[] {
  return peer.status === 'Available' ? ['modify', 'delete'] : [];
}

export type BgpGroupAction = 'addPeer' | 'modify' | 'delete';

export function bgpGroupActions(group: Pick<BgpGroup, 'status'>): BgpGroupAction[] {
  return group.status === 'Available' ? ['addPeer', 'modify', 'delete'] : [];
}
