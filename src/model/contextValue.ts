// The `contextValue` strings that tree items and graph elements carry, so that menus can match
// them with regular expressions in `when` clauses.
//
// Grammar (segments separated by `:`, no segment contains `:` or spaces):
//
//   contextValue   := kind (":" segment)* (":" capability)*
//   capability     := "can" Action            e.g. canAccept, canDelete
//
//   account:<profileKind>           sandbox | accessKey | aliyunCli | environment | defaultChain | …
//   region:<loadStatus>             idle | loading | loaded | failed
//   vpc
//   peerConnection:<Status>:<viewerRole>:<regionScope>(:can<Action>)*
//       Status      Creating | Accepting | Updating | Rejected | Expired | Activated | Deleting | Deleted
//       viewerRole  requester | accepter | both | none
//       regionScope intraRegion | interRegion
//       Action      Accept | Reject | Modify | Delete | AddRoutes | RemoveRoutes   (in this order)
//   routeTable:<System|Custom>
//   routeEntry:<nextHop>:<Type>(:canRemove)?
//       nextHop     the next hop type in lower camel case: vpcPeer, local, instance, natGateway,
//                   routerInterface, … ; ecmp when it has several next hops
//       Type        System | Custom | BGP | CEN | …
//   routerInterface:<Status>:<Role>(:can<Connect|Activate|Deactivate|Delete>)*
//   vbr:<status>
//   bgpGroup:<Status>(:can<AddPeer|Modify|Delete>)*
//   bgpPeer:<Status>:<BgpStatus>(:can<Modify|Delete>)*
//
// Examples of `when` clauses:
//   viewItem =~ /^peerConnection:.*:canAccept/
//   viewItem =~ /^peerConnection:Activated:/
//   viewItem =~ /^routeEntry:vpcPeer:.*:canRemove/
//   viewItem =~ /^routerInterface:.*:canConnect/
//
// Values from the cloud (statuses) are reduced to letters, digits, `_` and `-` so that an
// unexpected value can never add a segment or a capability.

import { allowedActions, connectionRegionScope, viewerRole, type PeerAction, type ViewerAccounts } from './peerStatus';
import { bgpGroupActions, bgpPeerActions, routerInterfaceActions } from './resourceActions';
import { isLocalRoute } from './routeCoverage';
import type { ResourceKind } from './resourceRef';
import { type BgpGroup, type BgpPeer, type PeerConnection, type RouteEntry, type RouteTable, type RouterInterface, type VirtualBorderRouter } from './types';

/** A cloud-provided value as one safe segment; `unknown` when nothing is left. */
export function segment(value: string | undefined): string {
  const cleaned = (value ?? '').replace(/[^A-Za-z0-9_-]/g, '');
  return cleaned === '' ? 'unknown' : cleaned;
}

/** `accept` → `canAccept`, `addRoutes` → `canAddRoutes`. */
export function capability(action: string): string {
  return `can${action.charAt(0).toUpperCase()}${action.slice(1)}`;
}

function compose(kind: ResourceKind, segments: readonly string[], actions: readonly string[] = []): string {
  return [kind, ...segments, ...actions.map(capability)].join(':');
}

/** The account row of a profile: menus tell the profile kinds apart (only some can be removed). */
export function accountContextValue(profileKind: string | undefined): string {
  return compose('account', [segment(profileKind)]);
}

/** A region row, by how far its inventory has loaded. */
export function regionContextValue(loadStatus: string): string {
  return compose('region', [segment(loadStatus)]);
}

/** The menus match a VPC row exactly (`viewItem == vpc`), so it has no segments. */
export function vpcContextValue(): string {
  return 'vpc';
}

export function peerConnectionContextValue(connection: PeerConnection, viewer: ViewerAccounts): string {
  const actions: PeerAction[] = allowedActions(connection, viewer);
  return compose('peerConnection', [segment(connection.status), viewerRole(connection, viewer), connectionRegionScope(connection)], actions);
}

export function routeTableContextValue(table: Pick<RouteTable, 'type'>): string {
  return compose('routeTable', [segment(table.type)]);
}

/** `VpcPeer` → `vpcPeer`, `NatGateway` → `natGateway`, `IPv6Gateway` → `ipv6Gateway`. */
export function nextHopSegment(entry: Pick<RouteEntry, 'type' | 'nextHops'>): string {
  if (isLocalRoute(entry)) return 'local';
  if (entry.nextHops.length > 1) return 'ecmp';
  return segment(entry.nextHops[0]?.type).replace(/^[A-Z]+/, (capitals) => capitals.toLowerCase());
}

/** Only custom routes that are Available can be deleted (DeleteRouteEntry). */
export function isRemovableRouteEntry(entry: Pick<RouteEntry, 'type' | 'status'>): boolean {
  return entry.type === 'Custom' && entry.status === 'Available';
}

export function routeEntryContextValue(entry: Pick<RouteEntry, 'type' | 'nextHops' | 'status'>): string {
  return compose('routeEntry', [nextHopSegment(entry), segment(entry.type)], isRemovableRouteEntry(entry) ? ['remove'] : []);
}

export function routerInterfaceContextValue(ri: Pick<RouterInterface, 'status' | 'role' | 'businessStatus'>): string {
  return compose('routerInterface', [segment(ri.status), segment(ri.role)], routerInterfaceActions(ri));
}

export function vbrContextValue(vbr: Pick<VirtualBorderRouter, 'status'>): string {
  return compose('vbr', [segment(vbr.status)]);
}

export function bgpGroupContextValue(group: Pick<BgpGroup, 'status'>): string {
  return compose('bgpGroup', [segment(group.status)], bgpGroupActions(group));
}

export function bgpPeerContextValue(peer: Pick<BgpPeer, 'status' | 'bgpStatus'>): string {
  return compose('bgpPeer', [segment(peer.status), segment(peer.bgpStatus)], bgpPeerActions(peer));
}
