// What the Huawei Cloud emulator keeps: accounts (IAM "domains") with their access keys and one
// project per region, and per project the VPCs, subnets, route tables and the peerings between
// VPCs. Ids are lower-case UUIDs and 32-digit hex as on the real cloud (reference §2.1).

/** Peering statuses of the v2.0 API (reference §5). Huawei has no transitional statuses. */
export type HuaweiPeeringStatus = 'PENDING_ACCEPTANCE' | 'ACTIVE' | 'REJECTED' | 'EXPIRED' | 'DELETED';

export interface HuaweiAccount {
  name: string;
  /** 32 lower-case hex digits. */
  domainId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The built-in project of a region, named like the region (reference §2.2). */
export interface HuaweiProject {
  id: string;
  name: string;
  regionId: string;
  domainId: string;
}

export interface HuaweiVpc {
  id: string;
  projectId: string;
  name: string;
  description: string;
  cidr: string;
  extendCidrs: string[];
  createdAt: number;
  updatedAt: number;
}

export interface HuaweiSubnet {
  id: string;
  projectId: string;
  vpcId: string;
  name: string;
  cidr: string;
  gatewayIp: string;
  availabilityZone: string;
}

/** One entry of a route table; identified by (table, destination) as the v1 API does. */
export interface HuaweiRoute {
  /** The id the v2.0 `/vpc/routes` view shows for a peering route. */
  id: string;
  type: string;
  destination: string;
  nexthop: string;
  description: string;
}

export interface HuaweiRouteTable {
  id: string;
  projectId: string;
  vpcId: string;
  name: string;
  description: string;
  isDefault: boolean;
  /** Custom routes only; the `local` ones are derived from the VPC's subnets. */
  routes: HuaweiRoute[];
  createdAt: number;
  updatedAt: number;
}

export interface HuaweiPeeringSide {
  vpcId: string;
  projectId: string;
}

export interface HuaweiPeering {
  id: string;
  regionId: string;
  name: string;
  description: string;
  status: HuaweiPeeringStatus;
  request: HuaweiPeeringSide;
  accept: HuaweiPeeringSide;
  createdAt: number;
  updatedAt: number;
  /** While PENDING_ACCEPTANCE: when the request expires. */
  expiresAt?: number;
  /** While DELETED: when it disappears (GET answers 404 from then on). */
  goneAt?: number;
}
