// v2.0 `/vpc/routes` (reference §6.1): the peering routes of the caller's VPCs' default tables,
// seen one by one with an id; creating or deleting one changes that table.

import { invalidParameter, routeNotFound, vpcNotFound } from '../errors';
import type { HuaweiRoute, HuaweiRouteTable } from '../records';
import { requiredString, wrapped } from './body';
import { projectOf, type HuaweiAnswer, type HuaweiCall } from './context';
import { matchesAll, pageById } from './query';
import { checkedNewRoute } from './routeRules';
import { vpcRouteWire } from './wire';

interface PlacedRoute {
  id: string;
  route: HuaweiRoute;
  table: HuaweiRouteTable;
}

function peeringRoutesOf(call: HuaweiCall): PlacedRoute[] {
  const project = projectOf(call);
  return [...call.world.routeTables.values()]
    .filter((table) => table.projectId === project.id && table.isDefault)
    .flatMap((table) => table.routes.filter((route) => route.type === 'peering').map((route) => ({ id: route.id, route, table })));
}

export function listVpcRoutes(call: HuaweiCall): HuaweiAnswer {
  const { query } = call;
  const routes = peeringRoutesOf(call).filter(({ route, table }) =>
    matchesAll([
      [query.one('id'), (id) => route.id === id],
      [query.one('type'), (type) => route.type === type],
      [query.one('vpc_id'), (vpcId) => table.vpcId === vpcId],
      [query.one('destination'), (destination) => route.destination === destination],
      [query.one('tenant_id'), (tenantId) => table.projectId === tenantId],
    ]),
  );
  const page = pageById(routes, query, 2000, 2000);
  return { status: 200, body: { routes: page.items.map(({ route, table }) => vpcRouteWire(route, table)), routes_links: [] } };
}

export function showVpcRoute(call: HuaweiCall): HuaweiAnswer {
  const placed = placedRoute(call);
  return { status: 200, body: { route: vpcRouteWire(placed.route, placed.table) } };
}

export function createVpcRoute(call: HuaweiCall): HuaweiAnswer {
  const { world, now } = call;
  const project = projectOf(call);
  const input = wrapped(call.body, 'route');
  const type = requiredString(input, 'type');
  if (type !== 'peering') throw invalidParameter('type must be "peering"');
  const vpcId = requiredString(input, 'vpc_id');
  const vpc = world.vpcs.get(vpcId);
  const table = world.defaultTableOf(vpcId);
  if (!vpc || vpc.projectId !== project.id || !table) throw vpcNotFound(vpcId);
  const route = checkedNewRoute(world, table, { type, destination: requiredString(input, 'destination'), nexthop: requiredString(input, 'nexthop') }, []);
  table.routes.push(route);
  table.updatedAt = now;
  return { status: 201, body: { route: vpcRouteWire(route, table) } };
}

export function deleteVpcRoute(call: HuaweiCall): HuaweiAnswer {
  const { route, table } = placedRoute(call);
  table.routes = table.routes.filter((r) => r !== route);
  table.updatedAt = call.now;
  return { status: 204 };
}

function placedRoute(call: HuaweiCall): PlacedRoute {
  const placed = peeringRoutesOf(call).find(({ route }) => route.id === call.path.route_id);
  if (!placed) throw routeNotFound(call.path.route_id);
  return placed;
}
