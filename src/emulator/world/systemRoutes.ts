// What the service creates by itself for a VPC: its system route table, and in that table one
// system entry per vSwitch, delivering the vSwitch's block locally. Scenarios and the world's own
// "add a VPC" build them the same way.

import type { RouteEntryRecord, RouteTableRecord, VpcRecord } from './records';

export function vpcSystemRouteTable(vpc: VpcRecord, createdAt: number): RouteTableRecord {
  return {
    id: vpc.systemRouteTableId,
    accountUid: vpc.accountUid,
    regionId: vpc.regionId,
    vpcId: vpc.id,
    routerId: vpc.vRouterId,
    routerType: 'VRouter',
    type: 'System',
    name: '',
    description: '',
    status: 'Available',
    createdAt,
  };
}

export function vSwitchSystemEntry(id: string, vpc: VpcRecord, cidrBlock: string, modifiedAt: number): RouteEntryRecord {
  return {
    id,
    routeTableId: vpc.systemRouteTableId,
    accountUid: vpc.accountUid,
    regionId: vpc.regionId,
    destination: cidrBlock,
    type: 'System',
    status: 'Available',
    name: '',
    description: '',
    nextHops: [{ type: 'local', id: '' }],
    modifiedAt,
  };
}
