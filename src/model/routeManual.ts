// Instructions for the owner of a side the user cannot reach (no profile for that account): the
// exact route entries to add, as `aliyun` CLI commands (Huawei Cloud: the console path and the API
// request) and as one plain sentence to send them.

import { countOf } from './countText';
import { huaweiAddRouteCommands } from './huaweiRouteInstructions';
import { titleOf } from './resourceTitle';
import { peerEnd, sidePlace, type PeerSide } from './peerStatus';
import { createRouteEntryCommand, findSystemRouteTableCommand, routeTablePlaceholder, type OwnerInstructions } from './routeCli';
import { type PlannedRoute } from './routePlan';
import { type PeerConnection, type PeerEnd } from './types';

/** Its `commands` look up the system route table first when a placeholder is used. */
export interface ManualRouteInstructions extends OwnerInstructions {
  /** The entries to add; `routeTableId` is a placeholder when `usesPlaceholder`. */
  routes: PlannedRoute[];
  usesPlaceholder: boolean;
}

export function manualRouteInstructions(
  connection: PeerConnection,
  side: PeerSide,
  destinations: readonly string[],
  routeTableIds: readonly string[] | undefined,
  template: (routeTableId: string, destination: string) => PlannedRoute,
): ManualRouteInstructions {
  const end = peerEnd(connection, side);
  const usesPlaceholder = !routeTableIds || routeTableIds.length === 0;
  const tables = usesPlaceholder ? [routeTablePlaceholder(end.vpcId)] : [...routeTableIds];
  const routes: PlannedRoute[] = [];
  for (const table of tables) {
    for (const destination of destinations) routes.push(template(table, destination));
  }
  const commands: string[] = [];
  if (connection.provider === 'huawei') {
    commands.push(...huaweiAddRouteCommands(end, connection, destinations));
  } else {
    if (usesPlaceholder) {
      commands.push(`# Find the system route table of ${end.vpcId} and put its ID in place of ${tables[0]}:`);
      commands.push(findSystemRouteTableCommand(end.regionId, end.vpcId));
    }
    commands.push(...routes.map(createRouteEntryCommand));
  }
  return { ...sidePlace(connection, side), routes, usesPlaceholder, commands, summary: summarise(connection, end, routes, usesPlaceholder) };
}

function summarise(connection: PeerConnection, end: PeerEnd, routes: readonly PlannedRoute[], usesPlaceholder: boolean): string {
  if (routes.length === 0) return `Account ${end.accountUid} has nothing to route for ${titleOf(connection)}: the other VPC's address space is unknown.`;
  const destinations = [...new Set(routes.map((r) => r.destination))];
  const tables = [...new Set(routes.map((r) => r.routeTableId))];
  const where = usesPlaceholder ? 'its system route table' : `${tables.length === 1 ? 'route table' : 'route tables'} ${tables.join(', ')}`;
  const count = countOf(routes.length, 'route', 'routes');
  const through = connection.name ? ` (peer connection ${connection.name})` : '';
  return `The owner of account ${end.accountUid} must add ${count} to VPC ${end.vpcId} (${end.regionId}), in ${where}: ${destinations.join(', ')} with next hop type VpcPeer and next hop ${connection.id}${through}.`;
}
