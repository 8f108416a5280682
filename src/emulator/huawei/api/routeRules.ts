// Changing a route table's custom routes, shared by the v1 route-table update and the v2.0
// `/vpc/routes` view (reference §6). A route is identified by its destination within the table.
// Refused: malformed or host-bit destinations (VPC.0101), a destination already in the table or
// overlapping a `local` route, a next hop the emulator cannot resolve, a peering that is not ACTIVE
// or does not connect this VPC, more than the table's quota (chosen codes, docs/emulator.md).

import { normalizeCidr, overlaps } from '../../../model/cidr';
import { invalidParameter, quotaExceeded, routeConflict, routeNotFound } from '../errors';
import type { HuaweiRoute, HuaweiRouteTable } from '../records';
import type { HuaweiWorld } from '../world';

/** Next-hop types of the route-table API (reference §6.2). */
const ROUTE_TYPES = new Set(['ecs', 'eni', 'vip', 'nat', 'peering', 'vpn', 'dc', 'cc', 'egw']);

export interface RouteInput {
  type: string;
  destination: string;
  nexthop: string;
  description?: string;
}

export function checkedDestination(destination: string): string {
  const parsed = normalizeCidr(destination);
  if (!parsed.ok || parsed.cidr.version !== 4) throw invalidParameter(`destination ${destination} is not an IPv4 CIDR block${parsed.ok ? '' : `: ${parsed.reason}`}`);
  return parsed.cidr.text;
}

/** Refuses a route the table cannot take; returns it ready to add. */
export function checkedNewRoute(world: HuaweiWorld, table: HuaweiRouteTable, input: RouteInput, pending: readonly HuaweiRoute[]): HuaweiRoute {
  const destination = checkedDestination(input.destination);
  checkNextHop(world, table, input);
  if ([...table.routes, ...pending].some((route) => route.destination === destination)) {
    throw routeConflict(`Route table ${table.id} already has a route to ${destination}.`);
  }
  const local = world.localRoutesOf(table.vpcId).find((route) => overlaps(route.destination, destination));
  if (local) throw routeConflict(`Destination ${destination} overlaps the local route ${local.destination} of VPC ${table.vpcId}.`);
  if (table.routes.length + pending.length >= world.settings.quotas.routesPerTable) {
    throw quotaExceeded('routetableContainRoutes', world.settings.quotas.routesPerTable);
  }
  return { id: world.newId(), type: input.type, destination, nexthop: input.nexthop, description: input.description ?? '' };
}

function checkNextHop(world: HuaweiWorld, table: HuaweiRouteTable, input: RouteInput): void {
  if (!ROUTE_TYPES.has(input.type)) throw invalidParameter(`type ${input.type} is not one of ${[...ROUTE_TYPES].join(', ')}`);
  if (input.type !== 'peering') throw routeConflict(`Next hop ${input.nexthop} of type ${input.type} does not exist.`);
  const peering = world.peerings.get(input.nexthop);
  const side = peering && [peering.request, peering.accept].find((end) => end.vpcId === table.vpcId && end.projectId === table.projectId);
  if (!peering || !side) throw routeConflict(`Peering ${input.nexthop} does not connect VPC ${table.vpcId}.`);
  if (peering.status !== 'ACTIVE') throw routeConflict(`Peering ${peering.id} is ${peering.status}; routes need an ACTIVE peering.`);
}

/** The custom route to `destination`; local routes cannot be changed. */
export function existingRoute(world: HuaweiWorld, table: HuaweiRouteTable, destination: string): HuaweiRoute {
  const normal = checkedDestination(destination);
  const route = table.routes.find((r) => r.destination === normal);
  if (route) return route;
  if (world.localRoutesOf(table.vpcId).some((r) => r.destination === normal)) {
    throw routeConflict(`The local route ${normal} cannot be changed.`);
  }
  throw routeNotFound(`${table.id}/${normal}`);
}
