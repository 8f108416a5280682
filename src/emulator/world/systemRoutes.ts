// What the service creates by itself for a VPC: its system route table, and in that table one
// system entry per vSwitch, delivering the vSwitch's block locally; and a VBR's route table.
// Scenarios and the world's own "add a VPC" build them the same way.

import type { RouteEntryRecord, RouteTableRecord, VbrRecord, VpcRecord } from './records';

/** The route table the service creates with a router: a VPC's vRouter, or a VBR. */
function systemRouteTable(id: string, owner: { accountUid: string; regionId: string }, router: Pick<RouteTableRecord, 'vpcId' | 'routerId' | 'routerType'>, createdAt: number): RouteTableRecord {
  return { id, accountUid: owner.accountUid, regionId: owner.regionId, ...router, type: 'System', name: '', description: '', status: 'Available', createdAt };
}

export function vpcSystemRouteTable(vpc: VpcRecord, createdAt: number): RouteTableRecord {
  return systemRouteTable(vpc.systemRouteTableId, vpc, { vpcId: vpc.id, routerId: vpc.vRouterId, routerType: 'VRouter' }, createdAt);
}

export function vbrRouteTable(vbr: VbrRecord, createdAt: number): RouteTableRecord {
  return systemRouteTable(vbr.routeTableId, vbr, { routerId: vbr.id, routerType: 'VBR' }, createdAt);
}

export function vSwitchSystemEntry(id: string, vpc: VpcRecord, cidrBlock: string, modifiedAt: number): RouteEntryRecord {
  const table = { id: vpc.systemRouteTableId, accountUid: vpc.accountUid, regionId: vpc.regionId };
  return routeEntryIn(table, { id, destination: cidrBlock, type: 'System', status: 'Available', name: '', description: '', nextHops: [{ type: 'local', id: '' }], modifiedAt });
}

/** A route entry of `table`, whose account and region it takes (the service's, a scenario's or a test's). */
export function routeEntryIn(table: Pick<RouteTableRecord, 'id' | 'accountUid' | 'regionId'>, entry: Omit<RouteEntryRecord, 'routeTableId' | 'accountUid' | 'regionId'>): RouteEntryRecord {
  return { ...entry, routeTableId: table.id, accountUid: table.accountUid, regionId: table.regionId };
}
