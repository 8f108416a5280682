// Routes for a peering (reference §6): each side adds, in its own VPC's default route table, a
// route whose next hop is the peering; the route is named by its destination within the table.
// Reads and changes go through the v1 route-table API, which sees every route of the table.

import type { RouteEntry } from '../../model/types';
import { CloudError } from '../errors';
import { listRouteTableWires, showPeeringWire, showRouteTableWire } from './inventoryReads';
import { toRouteEntry } from './mapping';
import { runIn, sdkRequest, type RegionSession } from './regionSession';
import type { RouteTableWire } from './wire';

export interface PeeringRoutesOfVpc {
  vpcId: string;
  routeTableId: string;
  entries: RouteEntry[];
}

export interface PeeringRoute {
  vpcId: string;
  destination: string;
  peeringId: string;
  description?: string;
}

/** The routes through a peering in each of its VPCs the caller owns (one side, or both within a project). */
export async function routesForPeering(session: RegionSession, peeringId: string, signal?: AbortSignal): Promise<PeeringRoutesOfVpc[]> {
  const peering = await showPeeringWire(session, peeringId, signal);
  const ownVpcIds = [peering.request_vpc_info, peering.accept_vpc_info].filter((side) => side.tenant_id === session.view.projectId).map((side) => side.vpc_id);
  const perVpc = await Promise.all(
    [...new Set(ownVpcIds)].map(async (vpcId) => {
      const tables = await listRouteTableWires(session, vpcId, signal);
      return tables.map((table) => ({
        vpcId,
        routeTableId: table.id,
        entries: (table.routes ?? []).filter((route) => route.type === 'peering' && route.nexthop === peeringId).map((route) => toRouteEntry(route, table, session.view)),
      }));
    }),
  );
  return perVpc.flat();
}

export async function addPeeringRoute(session: RegionSession, route: PeeringRoute, signal?: AbortSignal): Promise<RouteEntry> {
  const table = await defaultTable(session, route.vpcId, signal);
  const item: Record<string, string> = { type: 'peering', destination: route.destination, nexthop: route.peeringId };
  if (route.description !== undefined) item.description = route.description;
  const has = (wire: RouteTableWire) => wire.routes?.find((r) => r.destination === route.destination && r.type === 'peering' && r.nexthop === route.peeringId);
  const updated = await changeTable(session, table.id, 'add', item, async () => {
    const current = await showRouteTableWire(session, table.id, signal);
    return has(current) ? current : undefined;
  }, signal);
  return toRouteEntry(has(updated)!, updated, session.view);
}

export async function removePeeringRoute(session: RegionSession, route: Pick<PeeringRoute, 'vpcId' | 'destination'>, signal?: AbortSignal): Promise<void> {
  const table = await defaultTable(session, route.vpcId, signal);
  await changeTable(session, table.id, 'del', { destination: route.destination }, async () => {
    const current = await showRouteTableWire(session, table.id, signal);
    return current.routes?.some((r) => r.destination === route.destination) ? undefined : current;
  }, signal);
}

function changeTable(
  session: RegionSession,
  routeTableId: string,
  change: 'add' | 'del',
  item: Record<string, string>,
  alreadyDone: () => Promise<RouteTableWire | undefined>,
  signal?: AbortSignal,
): Promise<RouteTableWire> {
  return runIn(
    session,
    {
      operation: 'updateRouteTable',
      kind: 'write',
      send: async () => {
        const body = { routetable: { routes: { [change]: [item] } } };
        return ((await session.clients.vpc.updateRouteTable(sdkRequest({ routetable_id: routeTableId, body }))) as unknown as { routetable: RouteTableWire }).routetable;
      },
      alreadyDone,
    },
    signal,
  );
}

async function defaultTable(session: RegionSession, vpcId: string, signal?: AbortSignal): Promise<{ id: string }> {
  const answer = await runIn(session, { operation: 'listRouteTables', kind: 'read', send: () => session.clients.vpc.listRouteTables(sdkRequest({ vpc_id: vpcId })) }, signal);
  const table = ((answer as unknown as { routetables?: RouteTableWire[] }).routetables ?? []).find((t) => t.default);
  if (!table) {
    throw new CloudError({ code: 'NoDefaultRouteTable', operation: 'listRouteTables', kind: 'api', apiMessage: `VPC ${vpcId} has no default route table in this project.`, hint: 'Check that the VPC is yours and in this region.', retryClass: 'final' });
  }
  return table;
}
