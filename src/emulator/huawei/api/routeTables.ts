// v1 route tables (reference §6.2): list (no routes), show (with the `local` routes first), and
// update, whose `routes` {add, mod, del} are checked as a whole before any is applied.

import { routeTableNotFound } from '../errors';
import type { HuaweiRoute, HuaweiRouteTable } from '../records';
import { checkDescription, checkName, optionalArray, optionalObject, optionalString, requiredString, wrapped } from './body';
import { projectOf, type HuaweiAnswer, type HuaweiCall } from './context';
import { matchesAll, pageById } from './query';
import { checkedNewRoute, existingRoute } from './routeRules';
import { routeTableWire } from './wire';

export function listRouteTables(call: HuaweiCall): HuaweiAnswer {
  const project = projectOf(call);
  const { query, world } = call;
  const tables = [...world.routeTables.values()].filter(
    (table) =>
      table.projectId === project.id &&
      matchesAll([
        [query.one('id'), (id) => table.id === id],
        [query.one('vpc_id'), (vpcId) => table.vpcId === vpcId],
        [query.one('subnet_id'), (subnetId) => table.isDefault && world.subnets.get(subnetId)?.vpcId === table.vpcId],
      ]),
  );
  const page = pageById(tables, query, 2000, 2000);
  return { status: 200, body: { routetables: page.items.map((table) => routeTableWire(table, world, false)) } };
}

export function showRouteTable(call: HuaweiCall): HuaweiAnswer {
  const table = ownTable(call);
  return { status: 200, body: { routetable: routeTableWire(table, call.world, true) } };
}

export function updateRouteTable(call: HuaweiCall): HuaweiAnswer {
  const { world, now } = call;
  const table = ownTable(call);
  const input = wrapped(call.body, 'routetable');
  const name = optionalString(input, 'name');
  const description = optionalString(input, 'description');
  const changes = optionalObject(input, 'routes');
  if (name !== undefined) checkName(name);
  if (description !== undefined) checkDescription(description);

  // Deletions first, then changes, then additions, all checked before the table changes.
  const removed = new Set<HuaweiRoute>(optionalArray(changes ?? {}, 'del').map((item) => existingRoute(world, table, requiredString(item, 'destination'))));
  const modified = optionalArray(changes ?? {}, 'mod').map((item) => {
    const route = existingRoute(world, table, requiredString(item, 'destination'));
    const replacement = checkedNewRoute(world, withoutRoute(table, route), routeInput(item), []);
    return { route, replacement: { ...replacement, id: route.id } };
  });
  const kept = table.routes.filter((route) => !removed.has(route));
  const added: HuaweiRoute[] = [];
  for (const item of optionalArray(changes ?? {}, 'add')) added.push(checkedNewRoute(world, { ...table, routes: kept }, routeInput(item), added));

  table.routes = [...kept.map((route) => modified.find((m) => m.route === route)?.replacement ?? route), ...added];
  if (name !== undefined) table.name = name;
  if (description !== undefined) table.description = description;
  table.updatedAt = now;
  return { status: 200, body: { routetable: routeTableWire(table, world, true) } };
}

function ownTable(call: HuaweiCall): HuaweiRouteTable {
  const table = call.world.routeTables.get(call.path.routetable_id);
  if (!table || table.projectId !== projectOf(call).id) throw routeTableNotFound(call.path.routetable_id);
  return table;
}

function withoutRoute(table: HuaweiRouteTable, route: HuaweiRoute): HuaweiRouteTable {
  return { ...table, routes: table.routes.filter((r) => r !== route) };
}

function routeInput(item: Record<string, unknown>): { type: string; destination: string; nexthop: string; description?: string } {
  const description = optionalString(item, 'description');
  return {
    type: requiredString(item, 'type'),
    destination: requiredString(item, 'destination'),
    nexthop: requiredString(item, 'nexthop'),
    description: description === undefined ? undefined : checkDescription(description),
  };
}
