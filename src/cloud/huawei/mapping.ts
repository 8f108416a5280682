// Huawei wire answers as the provider-neutral model (reference §14). A peering names each side's
// project, not its account: the caller's own project maps to the caller's account id, the far
// project of a cross-account peering stands in for the account it belongs to (the API does not
// tell which). Statuses map onto the model's: PENDING_ACCEPTANCE → Accepting, ACTIVE → Activated;
// Huawei has no transitional statuses, no bandwidth (−1: unlimited), no tags or resource groups.

import type { NextHop, PeerConnection, PeerStatus, RouteEntry, RouteTable, VSwitch, Vpc } from '../../model/types';
import type { PeeringWire, RouteTableWire, RouteWire, SubnetWire, VpcWireV3 } from './wire';

const PEER_STATUSES: Readonly<Record<string, PeerStatus>> = {
  PENDING_ACCEPTANCE: 'Accepting',
  ACTIVE: 'Activated',
  REJECTED: 'Rejected',
  EXPIRED: 'Expired',
  DELETED: 'Deleted',
};

/** Where the answers were read: the region and the caller's project and account there. */
export interface HuaweiView {
  regionId: string;
  projectId: string;
  accountId: string;
}

/** Huawei writes UTC times without a zone (`2026-12-02T01:52:31`); the model's are ISO with `Z`. */
export function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`;
}

export function peerStatus(status: string): PeerStatus {
  const known = PEER_STATUSES[status];
  if (!known) throw new Error(`unknown Huawei peering status ${status}`);
  return known;
}

export function toPeerConnection(wire: PeeringWire, view: HuaweiView, cidrsOf: (vpcId: string) => string[] | undefined = () => undefined): PeerConnection {
  const end = (info: PeeringWire['request_vpc_info']) => ({
    accountUid: info.tenant_id === view.projectId ? view.accountId : info.tenant_id,
    regionId: view.regionId,
    vpcId: info.vpc_id,
    ipv4Cidrs: cidrsOf(info.vpc_id) ?? [],
    ipv6Cidrs: [],
    projectId: info.tenant_id,
  });
  return {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? '',
    status: peerStatus(wire.status),
    bizStatus: 'Normal',
    requester: end(wire.request_vpc_info),
    accepter: end(wire.accept_vpc_info),
    bandwidthMbps: -1,
    createdAt: isoTime(wire.created_at),
    modifiedAt: isoTime(wire.updated_at),
    tags: [],
    provider: 'huawei',
  };
}

/** Huawei has no VPC router: the VPC's id stands for it where the model names one. */
export function toVpc(wire: VpcWireV3, view: HuaweiView, routeTableIds: string[], subnetIds: string[]): Vpc {
  return {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? '',
    regionId: view.regionId,
    accountUid: view.accountId,
    status: wire.status === 'ACTIVE' ? 'Available' : wire.status === 'PENDING' ? 'Pending' : wire.status,
    cidrBlock: wire.cidr,
    secondaryCidrs: wire.extend_cidrs ?? [],
    ipv6Cidrs: [],
    vRouterId: wire.id,
    routeTableIds,
    vSwitchIds: subnetIds,
    isDefault: false,
    createdAt: isoTime(wire.created_at),
    tags: [],
  };
}

/** A subnet is the model's vSwitch; it uses its VPC's default route table. */
export function toVSwitch(wire: SubnetWire, view: HuaweiView, routeTableId?: string): VSwitch {
  return {
    id: wire.id,
    name: wire.name,
    vpcId: wire.vpc_id,
    regionId: view.regionId,
    zoneId: wire.availability_zone ?? '',
    cidrBlock: wire.cidr,
    routeTableId,
    status: wire.status === 'ACTIVE' ? 'Available' : wire.status,
  };
}

/** The default table is the model's system table. */
export function toRouteTable(wire: RouteTableWire, view: HuaweiView): RouteTable {
  return {
    id: wire.id,
    name: wire.name,
    type: wire.default ? 'System' : 'Custom',
    regionId: view.regionId,
    vpcId: wire.vpc_id,
    routerId: wire.vpc_id,
    routerType: 'VRouter',
    vSwitchIds: (wire.subnets ?? []).map((subnet) => subnet.id),
    status: 'Available',
  };
}

/** A table entry has no id of its own: (table, destination) names it, as in the model's refs. */
export function toRouteEntry(wire: RouteWire, table: RouteTableWire, view: HuaweiView): RouteEntry {
  const nextHop: NextHop =
    wire.type === 'peering' ? { type: 'VpcPeer', id: wire.nexthop, regionId: view.regionId } : { type: wire.type, id: wire.nexthop };
  return {
    id: wire.destination,
    routeTableId: table.id,
    regionId: view.regionId,
    destination: wire.destination,
    type: wire.type === 'local' ? 'System' : 'Custom',
    status: 'Available',
    name: '',
    description: wire.description ?? '',
    nextHops: [nextHop],
  };
}
