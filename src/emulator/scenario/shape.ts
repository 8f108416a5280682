// The shape of a scenario document: which fields each object has, their JSON types, which are
// required. Unknown fields are reported too, since in a hand-written file they are usually typos.

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'string[]' | { object: Shape } | { array: Shape };

interface Field {
  type: FieldType;
  required?: boolean;
}

export type Shape = Record<string, Field>;

const req = (type: FieldType): Field => ({ type, required: true });
const opt = (type: FieldType): Field => ({ type });

const TAG: Shape = { key: req('string'), value: req('string') };
const SIDE: Shape = { resourceGroupId: opt('string'), tags: opt({ array: TAG }) };

const ACCOUNT: Shape = {
  name: req('string'),
  uid: req('string'),
  accessKeyId: opt('string'),
  accessKeySecret: opt('string'),
  stsCredentials: opt({ array: { accessKeyId: req('string'), accessKeySecret: req('string'), securityToken: req('string') } }),
  resourceGroups: opt({ array: { id: req('string'), name: req('string') } }),
};

const VSWITCH: Shape = {
  id: req('string'),
  name: opt('string'),
  description: opt('string'),
  zoneId: opt('string'),
  cidrBlock: req('string'),
  routeTableId: opt('string'),
  systemRouteEntryId: opt('string'),
  createdAt: opt('string'),
};

/** The fields every entry of something an account owns in a region starts with. */
const OWNED: Shape = { id: req('string'), account: req('string'), regionId: req('string'), name: opt('string'), description: opt('string') };

const VPC: Shape = {
  ...OWNED,
  cidrBlock: req('string'),
  secondaryCidrs: opt('string[]'),
  ipv6Cidrs: opt('string[]'),
  isDefault: opt('boolean'),
  status: opt('string'),
  resourceGroupId: opt('string'),
  tags: opt({ array: TAG }),
  createdAt: opt('string'),
  vRouterId: opt('string'),
  systemRouteTableId: opt('string'),
  vSwitches: opt({ array: VSWITCH }),
};

const ROUTE_TABLE: Shape = { id: req('string'), vpcId: req('string'), name: opt('string'), description: opt('string'), createdAt: opt('string') };

const ROUTE_ENTRY: Shape = {
  id: opt('string'),
  routeTableId: opt('string'),
  vpcId: opt('string'),
  destination: req('string'),
  nextHopType: opt('string'),
  nextHopId: opt('string'),
  nextHops: opt({ array: { type: req('string'), id: req('string'), weight: opt('integer') } }),
  name: opt('string'),
  description: opt('string'),
  status: opt('string'),
  modifiedAt: opt('string'),
};

const PEER: Shape = {
  id: req('string'),
  name: opt('string'),
  description: opt('string'),
  status: opt('string'),
  requesterVpcId: req('string'),
  accepterVpcId: req('string'),
  bandwidthMbps: opt('integer'),
  linkType: opt('string'),
  bizStatus: opt('string'),
  managedService: opt('string'),
  createdAt: opt('string'),
  modifiedAt: opt('string'),
  expiresAt: opt('string'),
  requesterSide: opt({ object: SIDE }),
  accepterSide: opt({ object: SIDE }),
};

const ROUTER_INTERFACE: Shape = {
  id: req('string'),
  account: req('string'),
  regionId: req('string'),
  routerId: req('string'),
  role: req('string'),
  spec: opt('string'),
  status: opt('string'),
  businessStatus: opt('string'),
  name: opt('string'),
  description: opt('string'),
  oppositeInterfaceId: opt('string'),
  oppositeInterfaceOwner: opt('string'),
  oppositeRouterId: opt('string'),
  oppositeRegionId: req('string'),
  accessPointId: opt('string'),
  oppositeAccessPointId: opt('string'),
  chargeType: opt('string'),
  healthCheckSourceIp: opt('string'),
  healthCheckTargetIp: opt('string'),
  createdAt: opt('string'),
  connectedAt: opt('string'),
};

const VBR: Shape = {
  ...OWNED,
  status: opt('string'),
  vlanId: req('integer'),
  localGatewayIp: req('string'),
  peerGatewayIp: req('string'),
  peeringSubnetMask: req('string'),
  physicalConnectionId: opt('string'),
  accessPointId: opt('string'),
  circuitCode: opt('string'),
  vlanInterfaceId: opt('string'),
  routeTableId: opt('string'),
  enableIpv6: opt('boolean'),
  createdAt: opt('string'),
};

const BGP_GROUP: Shape = {
  id: req('string'),
  vbrId: req('string'),
  name: opt('string'),
  description: opt('string'),
  peerAsn: req('integer'),
  localAsn: opt('integer'),
  authKey: opt('string'),
  ipVersion: opt('string'),
  isFakeAsn: opt('boolean'),
  routeLimit: opt('integer'),
  hold: opt('integer'),
  keepalive: opt('integer'),
  status: opt('string'),
  createdAt: opt('string'),
};

const BGP_PEER: Shape = {
  id: req('string'),
  bgpGroupId: req('string'),
  name: opt('string'),
  description: opt('string'),
  peerIpAddress: opt('string'),
  ipVersion: opt('string'),
  enableBfd: opt('boolean'),
  bfdMultiHop: opt('integer'),
  status: opt('string'),
  bgpStatus: opt('string'),
  advertisedRouteCount: opt('integer'),
  receivedRouteCount: opt('integer'),
  modifiedAt: opt('string'),
};

export const DOCUMENT: Shape = {
  version: req('integer'),
  description: opt('string'),
  regions: opt('string[]'),
  accounts: req({ array: ACCOUNT }),
  vpcs: opt({ array: VPC }),
  routeTables: opt({ array: ROUTE_TABLE }),
  routeEntries: opt({ array: ROUTE_ENTRY }),
  peerConnections: opt({ array: PEER }),
  routerInterfaces: opt({ array: ROUTER_INTERFACE }),
  vbrs: opt({ array: VBR }),
  bgpGroups: opt({ array: BGP_GROUP }),
  bgpPeers: opt({ array: BGP_PEER }),
};

/** Problems with the JSON shape of `value` against `shape`, each prefixed by its path. */
export function shapeProblems(value: unknown, shape: Shape, path: string): string[] {
  if (!isObject(value)) return [`${path || 'the document'}: expected an object, found ${describe(value)}.`];
  const problems: string[] = [];
  for (const [name, field] of Object.entries(shape)) {
    const fieldPath = path ? `${path}.${name}` : name;
    const fieldValue = value[name];
    if (fieldValue === undefined || fieldValue === null) {
      if (field.required) problems.push(`${fieldPath}: required but missing.`);
      continue;
    }
    problems.push(...typeProblems(fieldValue, field.type, fieldPath));
  }
  for (const name of Object.keys(value)) {
    if (!(name in shape)) problems.push(`${path ? `${path}.` : ''}${name}: unknown field (known: ${Object.keys(shape).join(', ')}).`);
  }
  return problems;
}

function typeProblems(value: unknown, type: FieldType, path: string): string[] {
  if (type === 'string') return typeof value === 'string' ? [] : [`${path}: expected a string, found ${describe(value)}.`];
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected a number, found ${describe(value)}.`];
  if (type === 'integer') return Number.isSafeInteger(value) ? [] : [`${path}: expected a whole number, found ${describe(value)}.`];
  if (type === 'boolean') return typeof value === 'boolean' ? [] : [`${path}: expected true or false, found ${describe(value)}.`];
  if (type === 'string[]') {
    if (!Array.isArray(value)) return [`${path}: expected a list of strings, found ${describe(value)}.`];
    return value.flatMap((item, i) => (typeof item === 'string' ? [] : [`${path}[${i}]: expected a string, found ${describe(item)}.`]));
  }
  if ('object' in type) return shapeProblems(value, type.object, path);
  if (!Array.isArray(value)) return [`${path}: expected a list, found ${describe(value)}.`];
  return value.flatMap((item, i) => shapeProblems(item, type.array, `${path}[${i}]`));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
