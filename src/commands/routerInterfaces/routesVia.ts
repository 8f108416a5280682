// Routes whose next hop is a router interface: DeleteRouterInterface refuses while any exist, so
// the delete command looks first (fresh reads, not the cache) and names them.

import * as vscode from 'vscode';
import type { RouteEntry, RouteTable } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import { titleOf } from '../shared/resourceText';
import { clientFor } from '../operation/runOperation';
import type { LocatedInterface } from './located';

export interface RouteVia {
  routerInterfaceId: string;
  /** How messages name the interface: `name (ri-…)`. */
  routerInterfaceTitle: string;
  table: RouteTable;
  entry: RouteEntry;
}

async function tablesAndEntries(context: CommandContext, located: LocatedInterface): Promise<{ tables: RouteTable[]; entries: RouteEntry[] }> {
  const { ri, profileId, regionId } = located;
  if (ri.routerType === 'VRouter' && ri.vpcId) {
    const details = await context.store.loadVpcDetails(profileId, regionId, ri.vpcId);
    return { tables: details?.routeTables ?? [], entries: details?.routeEntries ?? [] };
  }
  if (ri.routerType === 'VBR') {
    const { reader } = clientFor(context, profileId);
    const tables = await reader.listVbrRouteTables(regionId, ri.routerId);
    const entries = (await Promise.all(tables.map((t) => reader.listRouteEntries(regionId, t.id)))).flat();
    return { tables, entries };
  }
  return { tables: [], entries: [] };
}

export async function routesVia(context: CommandContext, interfaces: readonly LocatedInterface[]): Promise<RouteVia[]> {
  const found: RouteVia[] = [];
  for (const located of interfaces) {
    const { tables, entries } = await tablesAndEntries(context, located);
    for (const entry of entries) {
      if (!entry.nextHops.some((hop) => hop.type === 'RouterInterface' && hop.id === located.ri.id)) continue;
      const table = tables.find((t) => t.id === entry.routeTableId);
      if (table) found.push({ routerInterfaceId: located.ri.id, routerInterfaceTitle: titleOf(located.ri), table, entry });
    }
  }
  return found;
}

/** `10.100.0.0/16 in main (vtb-…) → hz-to-sh (ri-…)`, one per route. */
export function describeRoutes(routes: readonly RouteVia[]): string {
  return routes
    .map((r) => vscode.l10n.t('{0} in route table {1} → {2}', r.entry.destination, titleOf(r.table), r.routerInterfaceTitle))
    .join('; ');
}

export function routesFirstHint(): string {
  return vscode.l10n.t(
    'Routes still point at this router interface: remove them first (VPC Peering: Remove Routes…, or the route table in the console), then delete again.',
  );
}
