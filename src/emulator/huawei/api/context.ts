// What a Huawei API handler is given and what it answers. Handlers are plain functions of one
// call: the signing account, the project the call acts in (project-scoped paths), the decoded
// query and JSON body, and the world; they answer a status and a JSON body or throw HuaweiApiError.

import type { HuaweiAccount, HuaweiProject } from '../records';
import type { HuaweiWorld } from '../world';
import type { Query } from './query';

export interface HuaweiCall {
  requestId: string;
  account: HuaweiAccount;
  /** The project of X-Project-Id (or the path): set for every VPC API, absent for IAM ones. */
  project?: HuaweiProject;
  /** Path parameters by name, e.g. `peering_id`. */
  path: Readonly<Record<string, string>>;
  query: Query;
  /** The parsed JSON body, undefined when there is none. */
  body: unknown;
  world: HuaweiWorld;
  now: number;
}

export interface HuaweiAnswer {
  status: number;
  /** Absent for 204. */
  body?: Record<string, unknown>;
}

/** One emulated API: method and path template (`{name}` segments), as the SDK's clients send it. */
export interface HuaweiEndpoint {
  /** The SDK method that calls it, e.g. `createVpcPeering`; fault rules and stats use it. */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** `project`: needs a project of the caller (X-Project-Id, or `{project_id}` in the path). */
  scope: 'iam' | 'project';
  handle(call: HuaweiCall): HuaweiAnswer;
}

/** The call's project; endpoints of scope `project` always have one. */
export function projectOf(call: HuaweiCall): NonNullable<HuaweiCall['project']> {
  if (!call.project) throw new Error(`no project on a project-scoped call`);
  return call.project;
}
