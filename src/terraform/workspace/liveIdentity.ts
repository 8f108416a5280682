// How a live resource and a Terraform block are recognised as the same thing. Most resources are
// known by their id; a route entry has none that Terraform uses, so it is known by its table,
// destination and next hop — what the provider itself matches on (its import id holds the same
// parts, plus the table's vRouter, which the provider ignores when reading).

import type { RouteEntry } from '../../model/types';

export type TerraformManagedKind = 'peerConnection' | 'routeEntry' | 'routerInterface' | 'bgpGroup' | 'bgpPeer';

/** Which live kind each resource type manages. */
export const MANAGED_KIND_OF_TYPE: Readonly<Record<string, TerraformManagedKind>> = {
  alicloud_vpc_peer_connection: 'peerConnection',
  alicloud_vpc_peer_connection_accepter: 'peerConnection',
  alicloud_route_entry: 'routeEntry',
  alicloud_express_connect_router_interface: 'routerInterface',
  alicloud_router_interface: 'routerInterface',
  alicloud_router_interface_connection: 'routerInterface',
  alicloud_vpc_bgp_group: 'bgpGroup',
  alicloud_vpc_bgp_peer: 'bgpPeer',
};

export function routeKey(tableId: string, destination: string, nextHopType: string, nextHopId: string): string {
  return `${tableId}|${destination}|${nextHopType}|${nextHopId}`;
}

/** The keys of a live route entry, one per next hop (ECMP entries have several). */
export function routeEntryKeys(entry: RouteEntry): string[] {
  return entry.nextHops.map((hop) => routeKey(entry.routeTableId, entry.destination, hop.type, hop.id));
}

/** `vtb:vrt:cidr:type:id` (IPv6 colons written `_`) → the route's key; undefined when malformed. */
export function routeKeyFromImportId(importId: string): string | undefined {
  const parts = importId.split(':');
  if (parts.length !== 5) return undefined;
  const [table, , destination, type, hop] = parts;
  return routeKey(table, destination.replace(/_/g, ':'), type, hop);
}

/** The key a block's own id stands for: a route entry's import id becomes its route key. */
export function keyOfId(type: string, id: string): string | undefined {
  return MANAGED_KIND_OF_TYPE[type] === 'routeEntry' ? routeKeyFromImportId(id) : id;
}
