// Huawei tenants and their resources as a document: the `huawei` section of a scenario document
// (a scenario file, a generated scenario, the state file) or `EmulatorOptions.huawei.scenario`. It
// is kept apart from the Alibaba sections so that nothing the Alibaba APIs answer changes. Its
// shape is checked with the Alibaba document's (scenario/document.ts includes HUAWEI_DOCUMENT);
// `populateHuawei` checks values and references as it goes (CIDRs, statuses, times, a VPC's account
// and region, a peering's VPCs in one region, a route's VPC on its peering) and refuses the whole
// document with every problem listed. `huaweiToDocument` writes the world back for the state file:
// loading the result gives the same tenants, resources, ids, statuses and times.

import { contains, normalizeCidr } from '../../model/cidr';
import { isoSeconds } from '../clock';
import { ScenarioError } from '../scenario/compilation';
import { type DocumentOf, opt, req, type Shape } from '../scenario/shape';
import { derivedAccessKey, derivedHexId, projectIdOf } from './ids';
import type { HuaweiPeeringStatus } from './records';
import type { HuaweiWorld } from './world';

const ACCOUNT = {
  name: req('string'),
  /** 32 lower-case hex digits; derived from the name when absent. */
  domainId: opt('string'),
  /** Derived from the domain id when absent (give both or neither). */
  accessKeyId: opt('string'),
  secretAccessKey: opt('string'),
  /** One project per region, named like it. */
  regions: req('string[]'),
} satisfies Shape;

const SUBNET = {
  id: req('string'),
  name: req('string'),
  cidr: req('string'),
  /** Default: the region's id + `a`. */
  availabilityZone: opt('string'),
  /** Default: the first address of the CIDR + 1. */
  gatewayIp: opt('string'),
} satisfies Shape;

/** The VPC's default route table (kept so its id, name and description survive a restart). */
const ROUTE_TABLE = { id: req('string'), name: opt('string'), description: opt('string') } satisfies Shape;

const VPC = {
  id: req('string'),
  /** Account name or domain id. */
  account: req('string'),
  regionId: req('string'),
  name: req('string'),
  cidr: req('string'),
  extendCidrs: opt('string[]'),
  description: opt('string'),
  /** ISO 8601; default one day before the start. */
  createdAt: opt('string'),
  subnets: opt({ array: SUBNET }),
  routeTable: opt({ object: ROUTE_TABLE }),
} satisfies Shape;

const PEERING = {
  id: req('string'),
  name: req('string'),
  description: opt('string'),
  requestVpcId: req('string'),
  acceptVpcId: req('string'),
  /** PENDING_ACCEPTANCE, ACTIVE, REJECTED or EXPIRED; default ACTIVE within one project, PENDING_ACCEPTANCE across. */
  status: opt('string'),
  /** How long before the start it was created (default one hour); `createdAt` instead gives the time. */
  createdAgoMs: opt('integer'),
  /** ISO 8601 times (the state file writes them). */
  createdAt: opt('string'),
  updatedAt: opt('string'),
  /** While PENDING_ACCEPTANCE: when the request expires (default creation + the acceptance window). */
  expiresAt: opt('string'),
} satisfies Shape;

/** A peering route in the default route table of `vpcId`. */
const ROUTE = { id: opt('string'), vpcId: req('string'), destination: req('string'), peeringId: req('string'), description: opt('string') } satisfies Shape;

export const HUAWEI_DOCUMENT = {
  accounts: req({ array: ACCOUNT }),
  vpcs: opt({ array: VPC }),
  peerings: opt({ array: PEERING }),
  routes: opt({ array: ROUTE }),
} satisfies Shape;

export type HuaweiScenarioDocument = DocumentOf<typeof HUAWEI_DOCUMENT>;
export type HuaweiScenarioVpc = DocumentOf<typeof VPC>;
export type HuaweiScenarioPeering = DocumentOf<typeof PEERING>;

/** The statuses a document may give a peering (DELETED ones are not kept). */
const DOCUMENT_STATUSES: ReadonlySet<string> = new Set<HuaweiPeeringStatus>(['PENDING_ACCEPTANCE', 'ACTIVE', 'REJECTED', 'EXPIRED']);

const DAY_MS = 86_400_000;

/**
 * Fills an empty world from `document`. Every problem is collected, prefixed with its path under
 * `huawei.`, and the whole document refused with a ScenarioError naming `source`.
 */
export function populateHuawei(world: HuaweiWorld, document: HuaweiScenarioDocument, source = 'given in code'): void {
  const problems: string[] = [];
  const problem = (path: string, message: string): void => void problems.push(`huawei.${path}: ${message}`);
  const now = world.now();
  const time = (path: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const parsed = Date.parse(value);
    if (Number.isNaN(parsed)) {
      problem(path, `"${value}" is not an ISO 8601 time.`);
      return fallback;
    }
    return parsed;
  };
  const ids = new Set<string>();
  const newId = (path: string, id: string): boolean => {
    if (ids.has(id)) {
      problem(path, `the id ${id} is used twice.`);
      return false;
    }
    ids.add(id);
    world.reserveId(id);
    return true;
  };
  const cidr = (path: string, value: string): boolean => {
    const parsed = normalizeCidr(value);
    if (!parsed.ok || parsed.cidr.version !== 4) problem(path, parsed.ok ? `"${value}" is not an IPv4 CIDR block.` : parsed.reason);
    return parsed.ok && parsed.cidr.version === 4;
  };

  for (const [index, account] of document.accounts.entries()) {
    const path = `accounts[${index}] (${account.name})`;
    if (account.domainId !== undefined && !/^[0-9a-f]{32}$/.test(account.domainId)) problem(`${path}.domainId`, `"${account.domainId}" is not 32 lower-case hex digits.`);
    if ((account.accessKeyId === undefined) !== (account.secretAccessKey === undefined)) problem(path, 'give both accessKeyId and secretAccessKey, or neither.');
    const domainId = account.domainId ?? derivedHexId('domain', account.name);
    if (world.accounts.some((a) => a.name === account.name || a.domainId === domainId)) {
      problem(path, 'another account has this name or domain id.');
      continue;
    }
    const key = derivedAccessKey(domainId);
    world.addAccount(
      { name: account.name, domainId, accessKeyId: account.accessKeyId ?? key.accessKeyId, secretAccessKey: account.secretAccessKey ?? key.secretAccessKey },
      account.regions,
    );
  }
  for (const [index, vpc] of (document.vpcs ?? []).entries()) {
    const path = `vpcs[${index}] (${vpc.id})`;
    const owner = world.account(vpc.account);
    const project = owner && world.projectIn(owner.domainId, vpc.regionId);
    if (!project) {
      problem(path, owner ? `account ${vpc.account} has no project in ${vpc.regionId} (its regions: ${world.projectsOf(owner.domainId).map((p) => p.regionId).join(', ') || 'none'}).` : `no account named ${vpc.account}.`);
      continue;
    }
    const cidrs = [vpc.cidr, ...(vpc.extendCidrs ?? [])];
    const valid = [cidr(`${path}.cidr`, vpc.cidr), ...(vpc.extendCidrs ?? []).map((c, i) => cidr(`${path}.extendCidrs[${i}]`, c))].every(Boolean);
    if (!newId(path, vpc.id) || (vpc.routeTable && !newId(`${path}.routeTable`, vpc.routeTable.id))) continue;
    const createdAt = time(`${path}.createdAt`, vpc.createdAt, now - DAY_MS);
    world.addVpc(
      { id: vpc.id, projectId: project.id, name: vpc.name, description: vpc.description ?? '', cidr: vpc.cidr, extendCidrs: vpc.extendCidrs ?? [], createdAt, updatedAt: createdAt },
      vpc.routeTable,
    );
    for (const [s, subnet] of (vpc.subnets ?? []).entries()) {
      const subnetPath = `${path}.subnets[${s}] (${subnet.id})`;
      if (!newId(subnetPath, subnet.id) || !cidr(`${subnetPath}.cidr`, subnet.cidr)) continue;
      if (valid && !cidrs.some((outer) => contains(outer, subnet.cidr))) problem(`${subnetPath}.cidr`, `${subnet.cidr} is outside the VPC's ${cidrs.join(', ')}.`);
      world.subnets.set(subnet.id, {
        id: subnet.id,
        projectId: project.id,
        vpcId: vpc.id,
        name: subnet.name,
        cidr: subnet.cidr,
        gatewayIp: subnet.gatewayIp ?? subnet.cidr.replace(/\.\d+\/\d+$/, '.1'),
        availabilityZone: subnet.availabilityZone ?? `${vpc.regionId}a`,
      });
    }
  }
  const pairs = new Set<string>();
  for (const [index, peering] of (document.peerings ?? []).entries()) {
    const path = `peerings[${index}] (${peering.id})`;
    const request = world.vpcs.get(peering.requestVpcId);
    const accept = world.vpcs.get(peering.acceptVpcId);
    const requestProject = request && world.projects.get(request.projectId);
    const acceptProject = accept && world.projects.get(accept.projectId);
    if (!request || !accept || !requestProject || !acceptProject) {
      problem(path, `unknown VPC ${!request ? peering.requestVpcId : peering.acceptVpcId}.`);
      continue;
    }
    if (requestProject.regionId !== acceptProject.regionId) {
      problem(path, `its VPCs are in ${requestProject.regionId} and ${acceptProject.regionId}; a peering stays in one region.`);
      continue;
    }
    if (request.id === accept.id) {
      problem(path, 'a VPC cannot peer with itself.');
      continue;
    }
    const pair = [request.id, accept.id].sort().join('|');
    if (pairs.has(pair)) problem(path, 'another peering connects the same two VPCs.');
    pairs.add(pair);
    if (peering.status !== undefined && !DOCUMENT_STATUSES.has(peering.status)) {
      problem(`${path}.status`, `"${peering.status}" is not one of ${[...DOCUMENT_STATUSES].join(', ')}.`);
      continue;
    }
    if (!newId(path, peering.id)) continue;
    const sameProject = request.projectId === accept.projectId;
    const status = (peering.status ?? (sameProject ? 'ACTIVE' : 'PENDING_ACCEPTANCE')) as HuaweiPeeringStatus;
    const createdAt = time(`${path}.createdAt`, peering.createdAt, now - (peering.createdAgoMs ?? 3_600_000));
    world.peerings.set(peering.id, {
      id: peering.id,
      regionId: requestProject.regionId,
      name: peering.name,
      description: peering.description ?? '',
      status,
      request: { vpcId: request.id, projectId: request.projectId },
      accept: { vpcId: accept.id, projectId: accept.projectId },
      createdAt,
      updatedAt: time(`${path}.updatedAt`, peering.updatedAt, createdAt),
      expiresAt: status === 'PENDING_ACCEPTANCE' ? time(`${path}.expiresAt`, peering.expiresAt, createdAt + world.settings.acceptWindowMs) : undefined,
    });
  }
  for (const [index, route] of (document.routes ?? []).entries()) {
    const path = `routes[${index}]`;
    const table = world.defaultTableOf(route.vpcId);
    const peering = world.peerings.get(route.peeringId);
    if (!table || !peering || (peering.request.vpcId !== route.vpcId && peering.accept.vpcId !== route.vpcId)) {
      problem(path, `VPC ${route.vpcId} is not a side of peering ${route.peeringId}.`);
      continue;
    }
    if (!cidr(`${path}.destination`, route.destination)) continue;
    if (table.routes.some((r) => r.destination === route.destination)) {
      problem(path, `the route table of VPC ${route.vpcId} has a route to ${route.destination} already.`);
      continue;
    }
    if (route.id !== undefined && !newId(path, route.id)) continue;
    table.routes.push({ id: route.id ?? world.newId(), type: 'peering', destination: route.destination, nexthop: route.peeringId, description: route.description ?? '' });
  }
  if (problems.length) throw new ScenarioError(source, problems);
}

/** The world as a document (the state file's `huawei` section). A DELETED peering is left out: it is gone. */
export function huaweiToDocument(world: HuaweiWorld): HuaweiScenarioDocument {
  const regionOf = (projectId: string): string => world.projects.get(projectId)!.regionId;
  const accountOf = (projectId: string): string => world.projects.get(projectId)!.domainId;
  const vpcs = [...world.vpcs.values()];
  return {
    accounts: world.accounts.map((a) => ({ ...a, regions: world.projectsOf(a.domainId).map((p) => p.regionId) })),
    vpcs: vpcs.map((vpc) => {
      const table = world.defaultTableOf(vpc.id);
      return stripUndefined({
        id: vpc.id,
        account: accountOf(vpc.projectId),
        regionId: regionOf(vpc.projectId),
        name: vpc.name,
        cidr: vpc.cidr,
        extendCidrs: vpc.extendCidrs.length ? vpc.extendCidrs : undefined,
        description: vpc.description || undefined,
        createdAt: isoSeconds(vpc.createdAt),
        subnets: world.subnetsOf(vpc.id).map(({ id, name, cidr, availabilityZone, gatewayIp }) => ({ id, name, cidr, availabilityZone, gatewayIp })),
        routeTable: table && stripUndefined({ id: table.id, name: table.name, description: table.description || undefined }),
      });
    }),
    peerings: [...world.peerings.values()]
      .filter((p) => p.status !== 'DELETED')
      .map((p) =>
        stripUndefined({
          id: p.id,
          name: p.name,
          description: p.description || undefined,
          requestVpcId: p.request.vpcId,
          acceptVpcId: p.accept.vpcId,
          status: p.status,
          createdAt: isoSeconds(p.createdAt),
          updatedAt: isoSeconds(p.updatedAt),
          expiresAt: p.expiresAt !== undefined ? isoSeconds(p.expiresAt) : undefined,
        }),
      ),
    routes: vpcs.flatMap((vpc) =>
      (world.defaultTableOf(vpc.id)?.routes ?? [])
        .filter((route) => route.type === 'peering')
        .map((route) => stripUndefined({ id: route.id, vpcId: vpc.id, destination: route.destination, peeringId: route.nexthop, description: route.description || undefined })),
    ),
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The project id a scenario account gets in a region (for tests that check the SDK found it). */
export function scenarioProjectId(accountName: string, regionId: string): string {
  return projectIdOf(derivedHexId('domain', accountName), regionId);
}
