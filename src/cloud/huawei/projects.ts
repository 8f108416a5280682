// An account's projects, found through IAM (`GET /v3/auth/projects`, which needs no IAM
// permission; reference §2.2–2.3): each region has one built-in project named like the region,
// which is where that region's VPCs live. Sub-projects (`<region>_<suffix>`) and non-region
// projects are listed but not used for a region.

import { CloudError } from '../errors';
import type { HuaweiRequestRunner } from './requestRunner';
import type { ProjectWire } from './wire';
import type { IamClient } from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';

export interface HuaweiProject {
  id: string;
  name: string;
  /** The account ("domain") the project belongs to. */
  accountId: string;
  /** The region of a region project (its name), else undefined. */
  regionId?: string;
}

/** Region ids look like `cn-north-4`, `ap-southeast-1`, `eu-west-101`. */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export async function listProjects(runner: HuaweiRequestRunner, iam: IamClient, signal?: AbortSignal): Promise<HuaweiProject[]> {
  const answer = await runner.run({ operation: 'keystoneListAuthProjects', kind: 'read', send: () => iam.keystoneListAuthProjects(), signal });
  const projects = (answer as unknown as { projects?: ProjectWire[] }).projects ?? [];
  return projects
    .filter((project) => project.enabled !== false)
    .map((project) => ({ id: project.id, name: project.name, accountId: project.domain_id, regionId: REGION_NAME.test(project.name) ? project.name : undefined }));
}

export function projectOfRegion(projects: readonly HuaweiProject[], regionId: string): HuaweiProject {
  const project = projects.find((p) => p.regionId === regionId);
  if (!project) {
    throw new CloudError({
      code: 'NoProjectInRegion',
      operation: 'keystoneListAuthProjects',
      kind: 'client',
      apiMessage: `The account has no project in ${regionId}; its regions are ${projects.flatMap((p) => p.regionId ?? []).join(', ') || 'none'}.`,
      hint: 'Choose a region the account uses, or open the region in the Huawei Cloud console first.',
      retryClass: 'final',
    });
  }
  return project;
}
