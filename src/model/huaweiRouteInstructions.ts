// What the owner of a Huawei Cloud side must do when no profile here holds its account. Huawei
// edits a VPC's routes through its route table (UpdateRouteTable), each route named by its
// destination, in the side's own project of the region; the console does the same from the
// peering's page (reference §6, §11).

import type { PeerConnection, PeerEnd } from './types';

function apiBase(end: PeerEnd): string {
  return `https://vpc.${end.regionId}.myhuaweicloud.com/v1/${end.projectId ?? '{project_id}'}`;
}

function routeTableLookup(end: PeerEnd): string[] {
  return [
    `# Find the route table of VPC ${end.vpcId} (its default table) and put its ID in place of {routetable_id}:`,
    `GET ${apiBase(end)}/routetables?vpc_id=${end.vpcId}`,
  ];
}

/** Adding routes to the peering: the console path, then the API request that does it. */
export function huaweiAddRouteCommands(end: PeerEnd, connection: PeerConnection, destinations: readonly string[]): string[] {
  const add = destinations.map((destination) => ({ type: 'peering', destination, nexthop: connection.id }));
  return [
    `# Huawei Cloud console: Virtual Private Cloud → VPC Peering → ${connection.name || connection.id} → Local Routes → Add Local Route; or with the API:`,
    ...routeTableLookup(end),
    `PUT ${apiBase(end)}/routetables/{routetable_id}`,
    JSON.stringify({ routetable: { routes: { add } } }),
  ];
}

/** Removing the routes through the peering: list them, then delete each by its destination. */
export function huaweiRemoveRouteCommands(end: PeerEnd, connection: PeerConnection): string[] {
  return [
    `# Huawei Cloud console: Virtual Private Cloud → VPC Peering → ${connection.name || connection.id} → Local Routes, delete each route; or with the API:`,
    ...routeTableLookup(end),
    `GET ${apiBase(end)}/routetables/{routetable_id}`,
    `# then, for each route whose nexthop is ${connection.id}:`,
    `PUT ${apiBase(end)}/routetables/{routetable_id}`,
    JSON.stringify({ routetable: { routes: { del: [{ type: 'peering', destination: '{destination}', nexthop: connection.id }] } } }),
  ];
}
