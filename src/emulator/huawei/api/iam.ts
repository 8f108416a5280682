// The IAM calls the SDK makes (reference §2.3, §13): `GET /v3/projects?name=` to find a region's
// project (exactly one answers), `GET /v3/auth/projects` for pickers, `GET /v3/auth/domains`, and
// `GET /v3/regions`. Creating a project is refused: the scenario decides which regions an account
// has, and the SDK only tries to create one for a region the account lacks.

import { HuaweiApiError } from '../errors';
import type { HuaweiProject } from '../records';
import type { HuaweiAnswer, HuaweiCall } from './context';

function projectWire(project: HuaweiProject): Record<string, unknown> {
  return {
    id: project.id,
    name: project.name,
    domain_id: project.domainId,
    parent_id: project.domainId,
    enabled: true,
    is_domain: false,
    description: '',
    links: { self: `/v3/projects/${project.id}` },
  };
}

export function keystoneListProjects(call: HuaweiCall): HuaweiAnswer {
  const name = call.query.one('name');
  const projects = call.world.projectsOf(call.account.domainId).filter((project) => name === undefined || project.name === name);
  return { status: 200, body: { projects: projects.map(projectWire), links: { self: '/v3/projects', previous: null, next: null } } };
}

export function keystoneListAuthProjects(call: HuaweiCall): HuaweiAnswer {
  const projects = call.world.projectsOf(call.account.domainId);
  return { status: 200, body: { projects: projects.map(projectWire), links: { self: '/v3/auth/projects' } } };
}

export function keystoneListAuthDomains(call: HuaweiCall): HuaweiAnswer {
  const { account } = call;
  return {
    status: 200,
    body: { domains: [{ id: account.domainId, name: account.name, enabled: true, description: '', links: { self: `/v3/domains/${account.domainId}` } }] },
  };
}

export function keystoneListRegions(call: HuaweiCall): HuaweiAnswer {
  const regionIds = [...new Set([...call.world.projects.values()].map((project) => project.regionId))].sort();
  return {
    status: 200,
    body: { regions: regionIds.map((id) => ({ id, type: 'public', description: '', parent_region_id: null, links: { self: `/v3/regions/${id}` }, locales: { 'en-us': id } })) },
  };
}

export function keystoneCreateProject(): HuaweiAnswer {
  throw new HuaweiApiError(403, 'Forbidden', 'The emulator does not create projects: each account has the projects its scenario gives it.');
}
