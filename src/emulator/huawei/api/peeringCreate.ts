// POST /v2.0/vpc/peerings. Checks in order: body fields, the local VPC (the caller's, in this
// project), the peer VPC (in the peer project, which must be in this region), one peering per VPC
// pair in either direction (a REJECTED or EXPIRED one too, until deleted), the project's quota.
// Same project → ACTIVE at once; another project → PENDING_ACCEPTANCE until answered or expired.

import { invalidParameter, peeringConflict, quotaExceeded, vpcNotFound } from '../errors';
import type { HuaweiPeering } from '../records';
import { checkDescription, checkName, optionalString, requiredString, wrapped, type JsonObject } from './body';
import { projectOf, type HuaweiAnswer, type HuaweiCall } from './context';
import { isSide } from './peeringAccess';
import { peeringWire } from './wire';

export function createPeering(call: HuaweiCall): HuaweiAnswer {
  const { world, now } = call;
  const project = projectOf(call);
  const input = wrapped(call.body, 'peering');
  const name = checkName(requiredString(input, 'name'));
  const description = checkDescription(optionalString(input, 'description') ?? '');
  const local = vpcInfo(input, 'request_vpc_info');
  const peer = vpcInfo(input, 'accept_vpc_info');

  if (local.tenantId !== undefined && local.tenantId !== project.id) {
    throw invalidParameter(`request_vpc_info.tenant_id must be the caller's project ${project.id}`);
  }
  const localVpc = world.vpcs.get(local.vpcId);
  if (!localVpc || localVpc.projectId !== project.id) throw vpcNotFound(local.vpcId);

  const peerProjectId = peer.tenantId ?? project.id;
  const peerProject = world.projects.get(peerProjectId);
  if (!peerProject) throw invalidParameter(`accept_vpc_info.tenant_id ${peerProjectId} is not a project`);
  if (peerProject.regionId !== project.regionId) {
    throw invalidParameter(`a peering connects VPCs of one region: project ${peerProjectId} is in ${peerProject.regionId}, this call is in ${project.regionId}`);
  }
  const peerVpc = world.vpcs.get(peer.vpcId);
  if (!peerVpc || peerVpc.projectId !== peerProjectId) throw vpcNotFound(peer.vpcId);
  if (peerVpc.id === localVpc.id) throw invalidParameter('a VPC cannot be peered with itself');

  const pair = new Set([localVpc.id, peerVpc.id]);
  const existing = [...world.peerings.values()].find((p) => pair.has(p.request.vpcId) && pair.has(p.accept.vpcId));
  if (existing) throw peeringConflict(`VPCs ${localVpc.id} and ${peerVpc.id} already have peering ${existing.id} (${existing.status}); delete it first.`);

  const used = [...world.peerings.values()].filter((p) => isSide(p, project)).length;
  if (used >= world.settings.quotas.vpcPeer) throw quotaExceeded('vpcPeer', world.settings.quotas.vpcPeer);

  const sameProject = peerProjectId === project.id;
  const peering: HuaweiPeering = {
    id: world.newId(),
    regionId: project.regionId,
    name,
    description,
    status: sameProject ? 'ACTIVE' : 'PENDING_ACCEPTANCE',
    request: { vpcId: localVpc.id, projectId: project.id },
    accept: { vpcId: peerVpc.id, projectId: peerProjectId },
    createdAt: now,
    updatedAt: now,
    expiresAt: sameProject ? undefined : now + world.settings.acceptWindowMs,
  };
  world.peerings.set(peering.id, peering);
  return { status: 201, body: { peering: peeringWire(peering) } };
}

function vpcInfo(input: JsonObject, field: string): { vpcId: string; tenantId?: string } {
  const value = input[field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidParameter(`${field} is required`);
  const info = value as JsonObject;
  return { vpcId: requiredString(info, 'vpc_id'), tenantId: optionalString(info, 'tenant_id') || undefined };
}
