// Huawei tenants and their resources as a document, kept apart from the Alibaba scenario so that
// nothing the Alibaba APIs answer changes. `populateHuawei` checks references as it goes (a VPC's
// account and region, a peering's VPCs in one region, a route's VPC on its peering) and refuses
// the whole document with every problem listed.

import { derivedAccessKey, derivedHexId, projectIdOf } from './ids';
import type { HuaweiPeeringStatus } from './records';
import type { HuaweiWorld } from './world';

export interface HuaweiScenarioDocument {
  accounts: Array<{ name: string; domainId?: string; accessKeyId?: string; secretAccessKey?: string; regions: string[] }>;
  vpcs: Array<{
    id: string;
    account: string;
    regionId: string;
    name: string;
    cidr: string;
    extendCidrs?: string[];
    description?: string;
    subnets?: Array<{ id: string; name: string; cidr: string; availabilityZone?: string }>;
  }>;
  peerings?: Array<{
    id: string;
    name: string;
    description?: string;
    requestVpcId: string;
    acceptVpcId: string;
    /** Default: ACTIVE within one project, PENDING_ACCEPTANCE across projects. */
    status?: Exclude<HuaweiPeeringStatus, 'DELETED'>;
    /** How long before the start it was created (default one hour). */
    createdAgoMs?: number;
  }>;
  /** Peering routes, each in the default route table of `vpcId`. */
  routes?: Array<{ vpcId: string; destination: string; peeringId: string; description?: string }>;
}

export class HuaweiScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Huawei scenario has ${problems.length} problem(s):\n${problems.join('\n')}`);
    this.name = 'HuaweiScenarioError';
  }
}

export function populateHuawei(world: HuaweiWorld, document: HuaweiScenarioDocument): void {
  const problems: string[] = [];
  const now = world.now();
  for (const account of document.accounts) {
    const domainId = account.domainId ?? derivedHexId('domain', account.name);
    const key = derivedAccessKey(domainId);
    world.addAccount(
      { name: account.name, domainId, accessKeyId: account.accessKeyId ?? key.accessKeyId, secretAccessKey: account.secretAccessKey ?? key.secretAccessKey },
      account.regions,
    );
  }
  for (const [index, vpc] of document.vpcs.entries()) {
    const owner = world.account(vpc.account);
    const project = owner && world.projectIn(owner.domainId, vpc.regionId);
    if (!project) {
      problems.push(`vpcs[${index}] (${vpc.id}): account ${vpc.account} has no project in ${vpc.regionId}`);
      continue;
    }
    const createdAt = now - 86_400_000;
    world.addVpc({ id: vpc.id, projectId: project.id, name: vpc.name, description: vpc.description ?? '', cidr: vpc.cidr, extendCidrs: vpc.extendCidrs ?? [], createdAt, updatedAt: createdAt });
    for (const subnet of vpc.subnets ?? []) {
      world.subnets.set(subnet.id, {
        id: subnet.id,
        projectId: project.id,
        vpcId: vpc.id,
        name: subnet.name,
        cidr: subnet.cidr,
        gatewayIp: subnet.cidr.replace(/\.\d+\/\d+$/, '.1'),
        availabilityZone: subnet.availabilityZone ?? `${vpc.regionId}a`,
      });
    }
  }
  for (const [index, peering] of (document.peerings ?? []).entries()) {
    const request = world.vpcs.get(peering.requestVpcId);
    const accept = world.vpcs.get(peering.acceptVpcId);
    const requestProject = request && world.projects.get(request.projectId);
    const acceptProject = accept && world.projects.get(accept.projectId);
    if (!request || !accept || !requestProject || !acceptProject) {
      problems.push(`peerings[${index}] (${peering.id}): unknown VPC`);
      continue;
    }
    if (requestProject.regionId !== acceptProject.regionId) {
      problems.push(`peerings[${index}] (${peering.id}): its VPCs are in ${requestProject.regionId} and ${acceptProject.regionId}; a peering stays in one region`);
      continue;
    }
    const sameProject = request.projectId === accept.projectId;
    const status = peering.status ?? (sameProject ? 'ACTIVE' : 'PENDING_ACCEPTANCE');
    const createdAt = now - (peering.createdAgoMs ?? 3_600_000);
    world.peerings.set(peering.id, {
      id: peering.id,
      regionId: requestProject.regionId,
      name: peering.name,
      description: peering.description ?? '',
      status,
      request: { vpcId: request.id, projectId: request.projectId },
      accept: { vpcId: accept.id, projectId: accept.projectId },
      createdAt,
      updatedAt: createdAt,
      expiresAt: status === 'PENDING_ACCEPTANCE' ? createdAt + world.settings.acceptWindowMs : undefined,
    });
  }
  for (const [index, route] of (document.routes ?? []).entries()) {
    const table = world.defaultTableOf(route.vpcId);
    const peering = world.peerings.get(route.peeringId);
    if (!table || !peering || (peering.request.vpcId !== route.vpcId && peering.accept.vpcId !== route.vpcId)) {
      problems.push(`routes[${index}]: VPC ${route.vpcId} is not a side of peering ${route.peeringId}`);
      continue;
    }
    table.routes.push({ id: world.newId(), type: 'peering', destination: route.destination, nexthop: route.peeringId, description: route.description ?? '' });
  }
  if (problems.length) throw new HuaweiScenarioError(problems);
}

/** The project id a scenario account gets in a region (for tests that check the SDK found it). */
export function scenarioProjectId(accountName: string, regionId: string): string {
  return projectIdOf(derivedHexId('domain', accountName), regionId);
}
