// GET /v2.0/vpc/peerings and /v2.0/vpc/peerings/{id}: the peerings either side's project sees.
// List filters (`id`, `name`, `status`, `vpc_id`, `tenant_id`) are exact matches; `vpc_id` and
// `tenant_id` match either side (the reference leaves this open; §15). Paged by id (§7).

import { projectOf, type HuaweiAnswer, type HuaweiCall } from './context';
import { isSide, visiblePeering } from './peeringAccess';
import { matchesAll, pageById } from './query';
import { peeringWire } from './wire';

/** v2.0's default page size (reference §7). */
const DEFAULT_LIMIT = 2000;

export function listPeerings(call: HuaweiCall): HuaweiAnswer {
  const project = projectOf(call);
  const { query } = call;
  const visible = [...call.world.peerings.values()].filter(
    (p) =>
      isSide(p, project) &&
      matchesAll([
        [query.one('id'), (id) => p.id === id],
        [query.one('name'), (name) => p.name === name],
        [query.one('status'), (status) => p.status === status],
        [query.one('vpc_id'), (vpcId) => p.request.vpcId === vpcId || p.accept.vpcId === vpcId],
        [query.one('tenant_id'), (tenantId) => p.request.projectId === tenantId || p.accept.projectId === tenantId],
      ]),
  );
  const page = pageById(visible, query, DEFAULT_LIMIT, DEFAULT_LIMIT);
  const last = page.items.at(-1);
  const links = page.more && last ? [{ href: `/v2.0/vpc/peerings?marker=${last.id}`, rel: 'next' }] : [];
  return { status: 200, body: { peerings: page.items.map(peeringWire), peerings_links: links } };
}

export function showPeering(call: HuaweiCall): HuaweiAnswer {
  const peering = visiblePeering(call.world, projectOf(call), call.path.peering_id);
  return { status: 200, body: { peering: peeringWire(peering) } };
}
