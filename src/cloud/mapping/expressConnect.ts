// Express Connect reads (VPC 2016-04-28 SDK models) → domain VBRs, BGP groups and BGP peers.
// BGP auth keys are reduced to "is one set": the key itself never leaves the cloud layer.

import type {
  DescribeBgpGroupsResponseBodyBgpGroupsBgpGroup,
  DescribeBgpPeersResponseBodyBgpPeersBgpPeer,
  DescribeVirtualBorderRoutersResponseBodyVirtualBorderRouterSetVirtualBorderRouterType,
} from '@alicloud/vpc20160428';
import type { BgpGroup, BgpPeer, VirtualBorderRouter } from '../../model/types';
import { optionalNumber, optionalText, text } from './wireValues';

export function toVbr(
  wire: DescribeVirtualBorderRoutersResponseBodyVirtualBorderRouterSetVirtualBorderRouterType,
  regionId: string,
  accountUid: string,
): VirtualBorderRouter {
  return {
    id: text(wire.vbrId),
    name: text(wire.name),
    description: text(wire.description),
    regionId,
    accountUid,
    status: text(wire.status),
    vlanId: optionalNumber(wire.vlanId),
    localGatewayIp: optionalText(wire.localGatewayIp),
    peerGatewayIp: optionalText(wire.peerGatewayIp),
    peeringSubnetMask: optionalText(wire.peeringSubnetMask),
    physicalConnectionId: optionalText(wire.physicalConnectionId),
    routeTableId: optionalText(wire.routeTableId),
    enableIpv6: wire.enableIpv6 === true,
  };
}

type BgpSessionWire = Pick<
  DescribeBgpGroupsResponseBodyBgpGroupsBgpGroup & DescribeBgpPeersResponseBodyBgpPeersBgpPeer,
  'name' | 'description' | 'regionId' | 'routerId' | 'peerAsn' | 'localAsn' | 'ipVersion' | 'status'
>;

/** What a BGP group and each of its peers are described by alike: the VBR, both ASNs, the IP version. */
function bgpSessionFields(wire: BgpSessionWire, regionId: string): Omit<BgpGroup, 'id' | 'hasAuthKey' | 'routeLimit'> {
  return {
    name: text(wire.name),
    description: text(wire.description),
    regionId: text(wire.regionId) || regionId,
    vbrId: text(wire.routerId),
    peerAsn: optionalNumber(wire.peerAsn) ?? 0,
    localAsn: optionalNumber(wire.localAsn) ?? 0,
    ipVersion: text(wire.ipVersion) || 'IPv4',
    status: text(wire.status),
  };
}

export function toBgpGroup(wire: DescribeBgpGroupsResponseBodyBgpGroupsBgpGroup, regionId: string): BgpGroup {
  return {
    id: text(wire.bgpGroupId),
    ...bgpSessionFields(wire, regionId),
    hasAuthKey: text(wire.authKey) !== '',
    routeLimit: optionalNumber(wire.routeLimit),
    // A string on the wire ("true"/"false"), like the group's other non-text fields.
    isFakeAsn: wire.isFake === 'true',
  };
}

export function toBgpPeer(wire: DescribeBgpPeersResponseBodyBgpPeersBgpPeer, regionId: string): BgpPeer {
  return {
    id: text(wire.bgpPeerId),
    ...bgpSessionFields(wire, regionId),
    bgpGroupId: text(wire.bgpGroupId),
    peerIpAddress: text(wire.peerIpAddress),
    enableBfd: wire.enableBfd === true,
    bfdMultiHop: optionalNumber(wire.bfdMultiHop),
    bgpStatus: text(wire.bgpStatus),
    advertisedRouteCount: optionalNumber(wire.advertisedRouteCount),
    receivedRouteCount: optionalNumber(wire.receivedRouteCount),
  };
}
