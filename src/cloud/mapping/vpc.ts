// VPC 2016-04-28 SDK models (camelCase classes) → domain regions, VPCs, vSwitches, route tables
// and route entries.

import type {
  DescribeRegionsResponseBodyRegionsRegion,
  DescribeRouteEntryListResponseBodyRouteEntrysRouteEntry,
  DescribeRouteTableListResponseBodyRouterTableListRouterTableListType,
  DescribeVSwitchesResponseBodyVSwitchesVSwitch,
  DescribeVpcsResponseBodyVpcsVpc,
} from '@alicloud/vpc20160428';
import type { Region, RouteEntry, RouteTable, RouterType, VSwitch, Vpc } from '../../model/types';
import { accountId, list, optionalText, tags, text, texts } from './wireValues';

export function toRegion(wire: DescribeRegionsResponseBodyRegionsRegion): Region {
  const id = text(wire.regionId);
  return { id, name: text(wire.localName) || id };
}

/** `fallbackAccountUid`: the caller's account, for answers that omit OwnerId. */
export function toVpc(wire: DescribeVpcsResponseBodyVpcsVpc, regionId: string, fallbackAccountUid: string): Vpc {
  const ipv6 = list(wire.ipv6CidrBlocks?.ipv6CidrBlock).map((b) => text(b.ipv6CidrBlock));
  const singleIpv6 = optionalText(wire.ipv6CidrBlock);
  if (singleIpv6 && !ipv6.includes(singleIpv6)) ipv6.unshift(singleIpv6);
  return {
    id: text(wire.vpcId),
    name: text(wire.vpcName),
    description: text(wire.description),
    regionId: text(wire.regionId) || regionId,
    accountUid: wire.ownerId !== undefined && wire.ownerId !== null ? accountId(wire.ownerId) : fallbackAccountUid,
    status: text(wire.status),
    cidrBlock: text(wire.cidrBlock),
    secondaryCidrs: texts(wire.secondaryCidrBlocks?.secondaryCidrBlock),
    ipv6Cidrs: ipv6.filter((c) => c !== ''),
    vRouterId: text(wire.VRouterId),
    routeTableIds: texts(wire.routerTableIds?.routerTableIds),
    vSwitchIds: texts(wire.vSwitchIds?.vSwitchId),
    isDefault: wire.isDefault === true,
    resourceGroupId: optionalText(wire.resourceGroupId),
    createdAt: optionalText(wire.creationTime),
    tags: tags(wire.tags?.tag),
  };
}

export function toVSwitch(wire: DescribeVSwitchesResponseBodyVSwitchesVSwitch, regionId: string): VSwitch {
  return {
    id: text(wire.vSwitchId),
    name: text(wire.vSwitchName),
    vpcId: text(wire.vpcId),
    regionId,
    zoneId: text(wire.zoneId),
    cidrBlock: text(wire.cidrBlock),
    routeTableId: optionalText(wire.routeTable?.routeTableId),
    status: text(wire.status),
  };
}

export function routerType(value: unknown): RouterType {
  return text(value) === 'VBR' ? 'VBR' : 'VRouter';
}

export function toRouteTable(wire: DescribeRouteTableListResponseBodyRouterTableListRouterTableListType, regionId: string): RouteTable {
  return {
    id: text(wire.routeTableId),
    name: text(wire.routeTableName),
    type: text(wire.routeTableType) === 'System' ? 'System' : 'Custom',
    regionId,
    vpcId: optionalText(wire.vpcId),
    routerId: text(wire.routerId),
    routerType: routerType(wire.routerType),
    vSwitchIds: texts(wire.vSwitchIds?.vSwitchId),
    status: text(wire.status),
  };
}

export function toRouteEntry(wire: DescribeRouteEntryListResponseBodyRouteEntrysRouteEntry, regionId: string): RouteEntry {
  return {
    id: text(wire.routeEntryId),
    routeTableId: text(wire.routeTableId),
    regionId,
    destination: text(wire.destinationCidrBlock),
    type: text(wire.type),
    status: text(wire.status),
    name: text(wire.routeEntryName),
    description: text(wire.description),
    nextHops: list(wire.nextHops?.nextHop).map((hop) => ({
      type: text(hop.nextHopType),
      id: text(hop.nextHopId),
      regionId: optionalText(hop.nextHopRegionId),
    })),
  };
}
