// The Huawei APIs' answers as they arrive: the SDK hands back plain wire JSON (snake_case, dates as
// strings) although its .d.ts declares camelCase getters (reference §1.5–6), so this layer declares
// the shapes it reads itself.

export interface PeeringWire {
  id: string;
  name: string;
  status: string;
  description?: string;
  request_vpc_info: { vpc_id: string; tenant_id: string };
  accept_vpc_info: { vpc_id: string; tenant_id: string };
  created_at?: string;
  updated_at?: string;
}

export interface VpcWireV3 {
  id: string;
  name: string;
  description?: string;
  cidr: string;
  extend_cidrs?: string[];
  status: string;
  project_id: string;
  created_at?: string;
}

export interface SubnetWire {
  id: string;
  name: string;
  cidr: string;
  vpc_id: string;
  availability_zone?: string;
  status: string;
}

export interface RouteTableWire {
  id: string;
  name: string;
  default: boolean;
  vpc_id: string;
  tenant_id?: string;
  subnets?: Array<{ id: string }>;
  routes?: RouteWire[];
}

export interface RouteWire {
  type: string;
  destination: string;
  nexthop: string;
  description?: string;
}

export interface ProjectWire {
  id: string;
  name: string;
  domain_id: string;
  enabled?: boolean;
}
