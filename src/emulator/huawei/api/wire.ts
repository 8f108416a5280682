// Records as the Huawei APIs write them: snake_case keys, times as UTC `yyyy-MM-ddTHH:mm:ss`
// without a zone in v2.0 peering answers (reference §4), with `Z` in v3 ones.

import type { HuaweiPeering, HuaweiRoute, HuaweiRouteTable, HuaweiSubnet, HuaweiVpc } from '../records';
import type { HuaweiWorld } from '../world';

export function wireTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19);
}

export function wireTimeZ(epochMs: number): string {
  return `${wireTime(epochMs)}Z`;
}

export function peeringWire(peering: HuaweiPeering): Record<string, unknown> {
  return {
    id: peering.id,
    name: peering.name,
    status: peering.status,
    description: peering.description,
    request_vpc_info: { vpc_id: peering.request.vpcId, tenant_id: peering.request.projectId },
    accept_vpc_info: { vpc_id: peering.accept.vpcId, tenant_id: peering.accept.projectId },
    created_at: wireTime(peering.createdAt),
    updated_at: wireTime(peering.updatedAt),
  };
}

/** v3 `ListVpcs` item. */
export function vpcWireV3(vpc: HuaweiVpc): Record<string, unknown> {
  return {
    id: vpc.id,
    name: vpc.name,
    description: vpc.description,
    cidr: vpc.cidr,
    extend_cidrs: [...vpc.extendCidrs],
    status: 'ACTIVE',
    project_id: vpc.projectId,
    enterprise_project_id: '0',
    created_at: wireTimeZ(vpc.createdAt),
    updated_at: wireTimeZ(vpc.updatedAt),
    cloud_resources: [],
    tags: [],
  };
}

/** v1 `ListVpcs` item. */
export function vpcWireV1(vpc: HuaweiVpc): Record<string, unknown> {
  return {
    id: vpc.id,
    name: vpc.name,
    cidr: vpc.cidr,
    description: vpc.description,
    status: 'OK',
    routes: [],
    enterprise_project_id: '0',
    tenant_id: vpc.projectId,
    created_at: wireTimeZ(vpc.createdAt),
    updated_at: wireTimeZ(vpc.updatedAt),
  };
}

export function subnetWire(subnet: HuaweiSubnet): Record<string, unknown> {
  return {
    id: subnet.id,
    name: subnet.name,
    description: '',
    cidr: subnet.cidr,
    gateway_ip: subnet.gatewayIp,
    ipv6_enable: false,
    dhcp_enable: true,
    primary_dns: '100.125.1.250',
    secondary_dns: '100.125.64.250',
    availability_zone: subnet.availabilityZone,
    vpc_id: subnet.vpcId,
    status: 'ACTIVE',
    neutron_network_id: subnet.id,
    neutron_subnet_id: subnet.id,
    tenant_id: subnet.projectId,
  };
}

export function routeTableWire(table: HuaweiRouteTable, world: HuaweiWorld, withRoutes: boolean): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: table.id,
    name: table.name,
    default: table.isDefault,
    subnets: table.isDefault ? world.subnetsOf(table.vpcId).map((subnet) => ({ id: subnet.id })) : [],
    tenant_id: table.projectId,
    vpc_id: table.vpcId,
    description: table.description,
    created_at: wireTimeZ(table.createdAt),
    updated_at: wireTimeZ(table.updatedAt),
  };
  if (withRoutes) wire.routes = [...world.localRoutesOf(table.vpcId), ...table.routes].map(tableRouteWire);
  return wire;
}

function tableRouteWire(route: HuaweiRoute): Record<string, unknown> {
  return { type: route.type, destination: route.destination, nexthop: route.nexthop, description: route.description };
}

/** A peering route as the v2.0 `/vpc/routes` view shows it. */
export function vpcRouteWire(route: HuaweiRoute, table: HuaweiRouteTable): Record<string, unknown> {
  return { id: route.id, destination: route.destination, nexthop: route.nexthop, type: route.type, vpc_id: table.vpcId, tenant_id: table.projectId };
}
