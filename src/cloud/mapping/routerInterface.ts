// DescribeRouterInterfaces items (VPC 2016-04-28 SDK model) → domain router interfaces.

import type { DescribeRouterInterfacesResponseBodyRouterInterfaceSetRouterInterfaceType } from '@alicloud/vpc20160428';
import type { RouterInterface } from '../../model/types';
import { routerType } from './vpc';
import { optionalNumber, optionalText, text } from './wireValues';

/** `accountUid`: the owner; DescribeRouterInterfaces lists only the caller's own interfaces. */
export function toRouterInterface(
  wire: DescribeRouterInterfacesResponseBodyRouterInterfaceSetRouterInterfaceType,
  regionId: string,
  accountUid: string,
): RouterInterface {
  const oppositeType = optionalText(wire.oppositeRouterType);
  return {
    id: text(wire.routerInterfaceId),
    name: text(wire.name),
    description: text(wire.description),
    regionId,
    accountUid,
    role: text(wire.role) === 'AcceptingSide' ? 'AcceptingSide' : 'InitiatingSide',
    spec: text(wire.spec),
    status: text(wire.status),
    businessStatus: text(wire.businessStatus),
    routerId: text(wire.routerId),
    routerType: routerType(wire.routerType),
    vpcId: optionalText(wire.vpcInstanceId),
    bandwidthMbps: optionalNumber(wire.bandwidth),
    opposite: {
      interfaceId: optionalText(wire.oppositeInterfaceId),
      accountUid: optionalText(wire.oppositeInterfaceOwnerId),
      routerId: optionalText(wire.oppositeRouterId),
      routerType: oppositeType ? routerType(oppositeType) : undefined,
      regionId: optionalText(wire.oppositeRegionId),
      vpcId: optionalText(wire.oppositeVpcInstanceId),
      status: optionalText(wire.oppositeInterfaceStatus),
    },
    createdAt: optionalText(wire.creationTime),
    connectedAt: optionalText(wire.connectedTime),
  };
}
