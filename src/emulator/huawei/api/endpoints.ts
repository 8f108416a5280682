// Every Huawei API the emulator serves, by method and path template as the official SDK's clients
// send them (`v2.VpcClient`, `v3.VpcClient`, the core's IAM lookup, `IamClient`).

import type { HuaweiEndpoint } from './context';
import { keystoneCreateProject, keystoneListAuthDomains, keystoneListAuthProjects, keystoneListProjects, keystoneListRegions } from './iam';
import { acceptPeering, deletePeering, rejectPeering, updatePeering } from './peeringChanges';
import { createPeering } from './peeringCreate';
import { listPeerings, showPeering } from './peeringReads';
import { listRouteTables, showRouteTable, updateRouteTable } from './routeTables';
import { createVpcRoute, deleteVpcRoute, listVpcRoutes, showVpcRoute } from './vpcRoutes';
import { listSubnets, listVpcsV1, listVpcsV3, showQuota, showVpcV1 } from './vpcs';

export const HUAWEI_ENDPOINTS: readonly HuaweiEndpoint[] = [
  { operation: 'keystoneListProjects', method: 'GET', path: '/v3/projects', scope: 'iam', handle: keystoneListProjects },
  { operation: 'keystoneCreateProject', method: 'POST', path: '/v3/projects', scope: 'iam', handle: keystoneCreateProject },
  { operation: 'keystoneListAuthProjects', method: 'GET', path: '/v3/auth/projects', scope: 'iam', handle: keystoneListAuthProjects },
  { operation: 'keystoneListAuthDomains', method: 'GET', path: '/v3/auth/domains', scope: 'iam', handle: keystoneListAuthDomains },
  { operation: 'keystoneListRegions', method: 'GET', path: '/v3/regions', scope: 'iam', handle: keystoneListRegions },

  { operation: 'listVpcs', method: 'GET', path: '/v3/{project_id}/vpc/vpcs', scope: 'project', handle: listVpcsV3 },
  { operation: 'listVpcsV1', method: 'GET', path: '/v1/{project_id}/vpcs', scope: 'project', handle: listVpcsV1 },
  { operation: 'showVpc', method: 'GET', path: '/v1/{project_id}/vpcs/{vpc_id}', scope: 'project', handle: showVpcV1 },
  { operation: 'listSubnets', method: 'GET', path: '/v1/{project_id}/subnets', scope: 'project', handle: listSubnets },
  { operation: 'showQuota', method: 'GET', path: '/v1/{project_id}/quotas', scope: 'project', handle: showQuota },

  { operation: 'listVpcPeerings', method: 'GET', path: '/v2.0/vpc/peerings', scope: 'project', handle: listPeerings },
  { operation: 'createVpcPeering', method: 'POST', path: '/v2.0/vpc/peerings', scope: 'project', handle: createPeering },
  { operation: 'showVpcPeering', method: 'GET', path: '/v2.0/vpc/peerings/{peering_id}', scope: 'project', handle: showPeering },
  { operation: 'updateVpcPeering', method: 'PUT', path: '/v2.0/vpc/peerings/{peering_id}', scope: 'project', handle: updatePeering },
  { operation: 'deleteVpcPeering', method: 'DELETE', path: '/v2.0/vpc/peerings/{peering_id}', scope: 'project', handle: deletePeering },
  { operation: 'acceptVpcPeering', method: 'PUT', path: '/v2.0/vpc/peerings/{peering_id}/accept', scope: 'project', handle: acceptPeering },
  { operation: 'rejectVpcPeering', method: 'PUT', path: '/v2.0/vpc/peerings/{peering_id}/reject', scope: 'project', handle: rejectPeering },

  { operation: 'listVpcRoutes', method: 'GET', path: '/v2.0/vpc/routes', scope: 'project', handle: listVpcRoutes },
  { operation: 'createVpcRoute', method: 'POST', path: '/v2.0/vpc/routes', scope: 'project', handle: createVpcRoute },
  { operation: 'showVpcRoute', method: 'GET', path: '/v2.0/vpc/routes/{route_id}', scope: 'project', handle: showVpcRoute },
  { operation: 'deleteVpcRoute', method: 'DELETE', path: '/v2.0/vpc/routes/{route_id}', scope: 'project', handle: deleteVpcRoute },

  { operation: 'listRouteTables', method: 'GET', path: '/v1/{project_id}/routetables', scope: 'project', handle: listRouteTables },
  { operation: 'showRouteTable', method: 'GET', path: '/v1/{project_id}/routetables/{routetable_id}', scope: 'project', handle: showRouteTable },
  { operation: 'updateRouteTable', method: 'PUT', path: '/v1/{project_id}/routetables/{routetable_id}', scope: 'project', handle: updateRouteTable },
];

export interface MatchedEndpoint {
  endpoint: HuaweiEndpoint;
  path: Record<string, string>;
}

/** The endpoint for a method and a (decoded) path, with its path parameters. */
export function matchEndpoint(method: string, path: string): MatchedEndpoint | undefined {
  const segments = path.replace(/\/+$/, '').split('/');
  for (const endpoint of HUAWEI_ENDPOINTS) {
    if (endpoint.method !== method) continue;
    const template = endpoint.path.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = template.every((part, i) => {
      if (part.startsWith('{') && part.endsWith('}')) {
        params[part.slice(1, -1)] = segments[i];
        return segments[i] !== '';
      }
      return part === segments[i];
    });
    if (fits) return { endpoint, path: params };
  }
  return undefined;
}

/** Whether a path belongs to the Huawei APIs (the Alibaba ones are all served at `/`). */
export function isHuaweiPath(path: string): boolean {
  return /^\/(v1|v2\.0|v3)\//.test(path);
}
