// VPC inventory reads (reference §6.3): v3 `ListVpcs` (with `extend_cidrs` and `page_info`), v1
// `ListVpcs`/`ShowVpc`, v1 `ListSubnets`, and v1 `ShowQuota` for the peering and route quotas.

import { HuaweiApiError, vpcNotFound } from '../errors';
import { projectOf, type HuaweiAnswer, type HuaweiCall } from './context';
import { matchesAll, pageById } from './query';
import { subnetWire, vpcWireV1, vpcWireV3 } from './wire';

function ownVpcs(call: HuaweiCall) {
  const project = projectOf(call);
  return [...call.world.vpcs.values()].filter((vpc) => vpc.projectId === project.id);
}

export function listVpcsV3(call: HuaweiCall): HuaweiAnswer {
  const { query } = call;
  const ids = query.all('id');
  const names = query.all('name');
  const vpcs = ownVpcs(call).filter((vpc) => (ids.length === 0 || ids.includes(vpc.id)) && (names.length === 0 || names.includes(vpc.name)));
  const page = pageById(vpcs, query, 2000, 2000);
  const last = page.items.at(-1);
  const pageInfo: Record<string, unknown> = { current_count: page.items.length };
  if (page.items[0]) pageInfo.previous_marker = page.items[0].id;
  if (page.more && last) pageInfo.next_marker = last.id;
  return { status: 200, body: { request_id: call.requestId, vpcs: page.items.map(vpcWireV3), page_info: pageInfo } };
}

export function listVpcsV1(call: HuaweiCall): HuaweiAnswer {
  const { query } = call;
  const vpcs = ownVpcs(call).filter((vpc) => matchesAll([[query.one('id'), (id) => vpc.id === id]]));
  return { status: 200, body: { vpcs: pageById(vpcs, query, 2000, 2000).items.map(vpcWireV1) } };
}

export function showVpcV1(call: HuaweiCall): HuaweiAnswer {
  const vpc = ownVpcs(call).find((v) => v.id === call.path.vpc_id);
  if (!vpc) throw vpcNotFound(call.path.vpc_id);
  return { status: 200, body: { vpc: vpcWireV1(vpc) } };
}

export function listSubnets(call: HuaweiCall): HuaweiAnswer {
  const project = projectOf(call);
  const { query } = call;
  const subnets = [...call.world.subnets.values()].filter(
    (subnet) => subnet.projectId === project.id && matchesAll([[query.one('vpc_id'), (vpcId) => subnet.vpcId === vpcId]]),
  );
  return { status: 200, body: { subnets: pageById(subnets, query, 2000, 2000).items.map(subnetWire) } };
}

export function showQuota(call: HuaweiCall): HuaweiAnswer {
  const project = projectOf(call);
  const { world } = call;
  const usage: Record<string, () => { used: number; quota: number }> = {
    vpc: () => ({ used: ownVpcs(call).length, quota: 150 }),
    subnet: () => ({ used: [...world.subnets.values()].filter((s) => s.projectId === project.id).length, quota: 400 }),
    vpcPeer: () => ({
      used: [...world.peerings.values()].filter((p) => p.request.projectId === project.id || p.accept.projectId === project.id).length,
      quota: world.settings.quotas.vpcPeer,
    }),
    routetableContainRoutes: () => ({ used: 0, quota: world.settings.quotas.routesPerTable }),
    vpcContainRoutetable: () => ({ used: 1, quota: 1 }),
  };
  const type = call.query.one('type');
  if (type !== undefined && !usage[type]) throw new HuaweiApiError(400, 'VPC.1207', `Invalid quota type: ${type}`);
  const types = type === undefined ? Object.keys(usage) : [type];
  return { status: 200, body: { quotas: { resources: types.map((t) => ({ type: t, ...usage[t](), min: 0 })) } } };
}
