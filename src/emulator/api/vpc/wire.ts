// VPC 2016-04-28 answers: field names, XML-era wrappers (`Vpcs.Vpc[]`, `RouteEntrys.RouteEntry[]`)
// and value types exactly as the SDK's model classes map them — numbers where the model says
// number, strings where it says string (BGP ASNs, hold and keepalive are strings there).

import { isoSeconds } from '../../clock';
import { parseCidr } from '../../../model/cidr';
import { farPeerEnd, nextHopRegion, routeTableToDomain, routerInterfaceToDomain, vpcToDomain } from '../../world/domain';
import type { BgpGroupRecord, BgpPeerRecord, RouteEntryRecord, RouterInterfaceRecord, RouteTableRecord, VbrRecord, VpcRecord, VSwitchRecord } from '../../world/records';
import type { World } from '../../world/world';
import type { Tag } from '../../../model/types';
import { sessionStateOf } from './bgpRules';
import { routerInterfaceSpecBandwidth } from '../../../model/validation/routerInterface';

const tagsWire = (tags: readonly Tag[]): Array<{ Key: string; Value: string }> => tags.map((t) => ({ Key: t.key, Value: t.value }));

/** Fields the emulator does not model, answered empty as the service answers them when unset. */
const unset = (...names: string[]): Record<string, ''> => Object.fromEntries(names.map((name) => [name, '']));

/** Express Connect resources carry no resource group or tags in the emulator. */
const UNGROUPED = { ResourceGroupId: '', Tags: { Tags: [] } };

/**
 * The record's fields the wire names alike, only capitalised (`cidrBlock` → `CidrBlock`), in the
 * order given; `orEmpty` answers an absent one as `''`, as the service answers what is unset.
 */
function capitalised<R extends object, K extends keyof R & string>(record: R, fields: readonly K[], orEmpty = false): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field[0].toUpperCase() + field.slice(1), orEmpty ? (record[field] ?? '') : record[field]]));
}

export function vpcToWire(world: World, v: VpcRecord): Record<string, unknown> {
  const domain = vpcToDomain(world, v);
  return {
    VpcId: v.id,
    VpcName: v.name,
    ...capitalised(v, ['regionId', 'status', 'cidrBlock']),
    SecondaryCidrBlocks: { SecondaryCidrBlock: [...v.secondaryCidrs] },
    UserCidrs: { UserCidr: [] },
    Ipv6CidrBlock: v.ipv6Cidrs[0] ?? '',
    Ipv6CidrBlocks: { Ipv6CidrBlock: v.ipv6Cidrs.map((cidr) => ({ Ipv6CidrBlock: cidr, Ipv6Isp: 'BGP' })) },
    EnabledIpv6: v.ipv6Cidrs.length > 0,
    VRouterId: v.vRouterId,
    RouterTableIds: { RouterTableIds: domain.routeTableIds },
    VSwitchIds: { VSwitchId: domain.vSwitchIds },
    NatGatewayIds: { NatGatewayIds: [] },
    OwnerId: Number(v.accountUid),
    IsDefault: v.isDefault,
    CreationTime: domain.createdAt,
    ...capitalised(v, ['description', 'resourceGroupId']),
    CenStatus: 'Detached',
    DhcpOptionsSetId: '',
    DhcpOptionsSetStatus: '',
    DnsHostnameStatus: 'DISABLED',
    Tags: { Tag: tagsWire(v.tags) },
  };
}

/** DescribeVpcAttribute: the list fields plus what only the attribute call reports. */
export function vpcAttributeToWire(world: World, v: VpcRecord): Record<string, unknown> {
  const { RouterTableIds: _tables, NatGatewayIds: _nat, CenStatus: _cen, ...base } = vpcToWire(world, v);
  return {
    ...base,
    AssociatedCens: { AssociatedCen: [] },
    AssociatedPropagationSources: { AssociatedPropagationSources: [] },
    CloudResources: {
      CloudResourceSetType: [
        { ResourceType: 'VSwitch', ResourceCount: world.vSwitches.where('vpc', v.id).length },
        { ResourceType: 'RouteTable', ResourceCount: world.routeTables.where('vpc', v.id).length },
      ],
    },
    ClassicLinkEnabled: false,
    SupportIpv4Gateway: true,
    Ipv4GatewayId: '',
  };
}

export function vSwitchToWire(world: World, s: VSwitchRecord): Record<string, unknown> {
  const tableId = world.effectiveRouteTableId(s) ?? '';
  const prefix = parseCidr(s.cidrBlock);
  // Alibaba Cloud keeps four addresses of every vSwitch for itself.
  const available = prefix.ok ? Math.max(0, 2 ** (32 - prefix.cidr.prefix) - 4) : 0;
  return {
    VSwitchId: s.id,
    VSwitchName: s.name,
    ...capitalised(s, ['vpcId', 'zoneId', 'cidrBlock']),
    Ipv6CidrBlock: '',
    EnabledIpv6: false,
    AvailableIpAddressCount: available,
    Status: s.status,
    RouteTable: { RouteTableId: tableId, RouteTableType: world.routeTables.get(tableId)?.type ?? 'System' },
    NetworkAclId: '',
    OwnerId: Number(s.accountUid),
    IsDefault: false,
    ShareType: 'Sharing',
    CreationTime: isoSeconds(s.createdAt),
    Description: s.description,
    ResourceGroupId: world.vpcs.get(s.vpcId)?.resourceGroupId ?? '',
    Tags: { Tag: [] },
  };
}

export function routeTableToWire(world: World, t: RouteTableRecord): Record<string, unknown> {
  return {
    RouteTableId: t.id,
    RouteTableName: t.name,
    RouteTableType: t.type,
    ...capitalised(t, ['routerId', 'routerType']),
    ...capitalised(t, ['vpcId'], true),
    VSwitchIds: { VSwitchId: routeTableToDomain(world, t).vSwitchIds },
    GatewayIds: { GatewayIds: [] },
    AssociateType: 'VSwitch',
    RoutePropagationEnable: true,
    Status: t.status,
    OwnerId: Number(t.accountUid),
    CreationTime: isoSeconds(t.createdAt),
    Description: t.description,
    ResourceGroupId: (t.vpcId ? world.vpcs.get(t.vpcId)?.resourceGroupId : undefined) ?? '',
    Tags: { Tag: [] },
  };
}

export function routeEntryToWire(world: World, e: RouteEntryRecord): Record<string, unknown> {
  return {
    RouteEntryId: e.id,
    RouteEntryName: e.name,
    RouteTableId: e.routeTableId,
    DestinationCidrBlock: e.destination,
    ...capitalised(e, ['type', 'status']),
    IpVersion: 'ipv4',
    Description: e.description,
    GmtModified: isoSeconds(e.modifiedAt),
    NextHops: {
      NextHop: e.nextHops.map((hop) => {
        const wire: Record<string, unknown> = {
          NextHopType: hop.type,
          NextHopId: hop.id,
          NextHopRegionId: nextHopRegion(world, e, hop.type, hop.id),
          Enabled: 1,
        };
        if (hop.weight !== undefined) wire.Weight = hop.weight;
        // The far VPC of a `VpcPeer` next hop, seen from the VPC of the route's own table.
        const far = hop.type === 'VpcPeer' ? farPeerEnd(world, e, hop.id) : undefined;
        if (far) wire.NextHopRelatedInfo = { InstanceId: far.vpcId, InstanceType: 'VPC', RegionId: far.regionId };
        return wire;
      }),
    },
  };
}

export function routerInterfaceToWire(world: World, r: RouterInterfaceRecord): Record<string, unknown> {
  const domain = routerInterfaceToDomain(world, r);
  const opposite = r.oppositeInterfaceId ? world.routerInterfaces.get(r.oppositeInterfaceId) : undefined;
  return {
    RouterInterfaceId: r.id,
    ...capitalised(r, ['name', 'description', 'role', 'spec', 'status', 'businessStatus', 'routerId', 'routerType']),
    VpcInstanceId: r.vpcId ?? '',
    ...capitalised(r, ['accessPointId'], true),
    Bandwidth: domain.bandwidthMbps,
    ...capitalised(r, ['oppositeInterfaceId', 'oppositeInterfaceOwnerId', 'oppositeRouterId', 'oppositeRouterType'], true),
    OppositeRegionId: r.oppositeRegionId,
    OppositeVpcInstanceId: domain.opposite.vpcId ?? '',
    OppositeInterfaceSpec: opposite?.spec ?? '',
    OppositeInterfaceStatus: opposite?.status ?? '',
    OppositeInterfaceBusinessStatus: opposite?.businessStatus ?? '',
    OppositeAccessPointId: r.oppositeAccessPointId ?? '',
    OppositeBandwidth: opposite ? (routerInterfaceSpecBandwidth(opposite.spec) ?? domain.bandwidthMbps) : undefined,
    ChargeType: r.chargeType,
    CreationTime: domain.createdAt,
    ConnectedTime: domain.connectedAt ?? '',
    EndTime: '',
    CrossBorder: false,
    FastLinkMode: false,
    HasReservationData: 'false',
    ...capitalised(r, ['healthCheckSourceIp', 'healthCheckTargetIp'], true),
    HcRate: 2000,
    HcThreshold: 8,
    Ipv6Status: '',
    ...UNGROUPED,
  };
}

export function vbrToWire(v: VbrRecord): Record<string, unknown> {
  return {
    VbrId: v.id,
    ...capitalised(v, ['name', 'description', 'status']),
    Type: 'pconnVBR',
    ...capitalised(v, ['routeTableId', 'accessPointId', 'physicalConnectionId']),
    PhysicalConnectionStatus: 'Enabled',
    PhysicalConnectionBusinessStatus: 'Normal',
    PhysicalConnectionOwnerUid: v.accountUid,
    ...capitalised(v, ['circuitCode', 'vlanId', 'vlanInterfaceId', 'localGatewayIp', 'peerGatewayIp', 'peeringSubnetMask']),
    EnableIpv6: v.enableIpv6 === true,
    ...unset('LocalIpv6GatewayIp', 'PeerIpv6GatewayIp', 'PeeringIpv6SubnetMask'),
    Bandwidth: 1000,
    Mtu: 1500,
    MinRxInterval: 200,
    MinTxInterval: 200,
    DetectMultiplier: 3,
    ...unset('EcrId', 'EcrOwnerId', 'EcrAttatchStatus', 'EccId'),
    SitelinkEnable: false,
    CloudBoxInstanceId: '',
    AssociatedPhysicalConnections: { AssociatedPhysicalConnection: [] },
    AssociatedCens: { AssociatedCen: [] },
    CreationTime: isoSeconds(v.createdAt),
    ActivationTime: isoSeconds(v.createdAt),
    ...unset('RecoveryTime', 'TerminationTime', 'PConnVbrChargeType', 'PConnVbrExpireTime'),
    ...UNGROUPED,
  };
}

/** The session settings a BGP group and each of its peers answer alike: strings, as the SDK model has them. */
function sessionSettings(g: BgpGroupRecord | undefined): Record<string, string> {
  return { PeerAsn: String(g?.peerAsn ?? ''), LocalAsn: String(g?.localAsn ?? ''), AuthKey: g?.authKey ?? '', Hold: String(g?.hold ?? ''), Keepalive: String(g?.keepalive ?? '') };
}

export function bgpGroupToWire(g: BgpGroupRecord): Record<string, unknown> {
  return {
    BgpGroupId: g.id,
    ...capitalised(g, ['name', 'description']),
    RouterId: g.vbrId,
    RegionId: g.regionId,
    ...sessionSettings(g),
    IsFake: String(g.isFakeAsn),
    IpVersion: g.ipVersion,
    RouteLimit: String(g.routeLimit),
    Status: g.status,
  };
}

export function bgpPeerToWire(world: World, p: BgpPeerRecord): Record<string, unknown> {
  const group = world.bgpGroups.get(p.bgpGroupId);
  return {
    BgpPeerId: p.id,
    ...capitalised(p, ['bgpGroupId', 'name', 'description', 'peerIpAddress']),
    ...sessionSettings(group),
    RouteLimit: String(group?.routeLimit ?? ''),
    IsFake: group?.isFakeAsn ?? false,
    ...capitalised(p, ['ipVersion', 'enableBfd', 'bfdMultiHop', 'advertisedRouteCount', 'receivedRouteCount']),
    RouterId: group?.vbrId ?? '',
    RegionId: p.regionId,
    GmtModified: isoSeconds(p.modifiedAt),
    Status: p.status,
    BgpStatus: sessionStateOf(p),
  };
}
