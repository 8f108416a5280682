// The two VPCs a diagnosis looks at: one the store knows (with the profile that reads its route
// tables), or one outside it, named by id and, where known, account and region. Arguments
// objects name them as { profileId?, vpcId, regionId?, accountUid?, provider? }, checked here
// before use (a Huawei Cloud VPC says `provider: "huawei"`).

import * as vscode from 'vscode';
import { titleOf } from '../../model/resourceTitle';
import { diagnosisVpc, type DiagnosisVpc } from '../../model/diagnosis';
import type { Vpc } from '../../model/types';
import { accountUidProblem, regionIdProblem, resourceIdProblem } from '../../model/validation/ids';
import type { TopologyStore } from '../../inventory/store';
import { ArgumentError, optionalString } from '../shared/arguments';
import { loadedResources } from '../shared/loadedResources';
import { providerArgument } from '../shared/targetArguments';
import type { CloudProvider } from '../../model/resourceRef';

export type Endpoint =
  | { kind: 'vpc'; profileId: string; vpc: Vpc }
  | { kind: 'external'; vpcId: string; regionId?: string; accountUid?: string; profileId?: string };

export interface EndpointArgument {
  profileId?: string;
  vpcId: string;
  regionId?: string;
  accountUid?: string;
  provider?: CloudProvider;
}

/** Reads `{ profileId?, vpcId, regionId?, accountUid? }` under `key`, every value checked. */
export function endpointArgument(args: Record<string, unknown> | undefined, key: string): EndpointArgument | undefined {
  const value = args?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ArgumentError(vscode.l10n.t('"{0}" must be an object such as {1}.', key, '{ "vpcId": "vpc-…", "profileId": "…" }'));
  }
  const object = value as Record<string, unknown>;
  const field = (name: string) => `"${key}.${name}"`;
  const vpcId = optionalString(object, 'vpcId');
  if (vpcId === undefined) throw new ArgumentError(vscode.l10n.t('{0} is required.', field('vpcId')));
  return checkedEndpoint(
    { vpcId, profileId: optionalString(object, 'profileId'), regionId: optionalString(object, 'regionId'), accountUid: optionalString(object, 'accountUid'), provider: providerArgument(object) },
    field,
  );
}

function checkedEndpoint(endpoint: EndpointArgument, field: (name: string) => string): EndpointArgument {
  const problem =
    resourceIdProblem('vpc', endpoint.vpcId, field('vpcId'), endpoint.provider) ??
    (endpoint.regionId !== undefined ? regionIdProblem(endpoint.regionId, field('regionId')) : undefined) ??
    (endpoint.accountUid !== undefined ? accountUidProblem(endpoint.accountUid, field('accountUid'), endpoint.provider) : undefined);
  if (problem) throw new ArgumentError(problem);
  return endpoint;
}

/** Every VPC the store has loaded, with the profile that sees it. */
export function knownVpcs(store: TopologyStore): Array<{ profileId: string; vpc: Vpc }> {
  return loadedResources(store, 'vpc').map((loaded) => ({ profileId: loaded.profileId, vpc: loaded.resource }));
}

/** The endpoint an argument names: the store's VPC when it has it, else an outside one. */
export function resolveEndpoint(store: TopologyStore, wanted: EndpointArgument): Endpoint {
  if (wanted.profileId !== undefined && !store.account(wanted.profileId)) {
    throw new ArgumentError(vscode.l10n.t('The profile "{0}" is not active.', wanted.profileId));
  }
  const found = knownVpcs(store).find(
    (k) =>
      k.vpc.id === wanted.vpcId &&
      (wanted.profileId === undefined || k.profileId === wanted.profileId) &&
      (wanted.regionId === undefined || k.vpc.regionId === wanted.regionId),
  );
  if (found) return { kind: 'vpc', ...found };
  const profileId = wanted.profileId ?? (wanted.accountUid ? store.profileForAccount(wanted.accountUid) : undefined);
  return { kind: 'external', vpcId: wanted.vpcId, regionId: wanted.regionId, accountUid: wanted.accountUid, profileId };
}

export function endpointVpcId(endpoint: Endpoint): string {
  return endpoint.kind === 'vpc' ? endpoint.vpc.id : endpoint.vpcId;
}

/** `hub-prod (vpc-…)` for a loaded VPC, the id of one typed in. */
export function endpointTitle(endpoint: Endpoint): string {
  return endpoint.kind === 'vpc' ? titleOf(endpoint.vpc) : endpoint.vpcId;
}

/** The VPC as the diagnosis needs it, with its route tables when a profile here can read them. */
export async function diagnosisInputFor(store: TopologyStore, endpoint: Endpoint, log: (line: string) => void): Promise<DiagnosisVpc> {
  const regionId = endpoint.kind === 'vpc' ? endpoint.vpc.regionId : endpoint.regionId;
  const vpcId = endpointVpcId(endpoint);
  let details;
  if (endpoint.profileId && regionId) {
    try {
      details = await store.freshVpcDetails({ profileId: endpoint.profileId, regionId, vpcId });
    } catch (error) {
      log(`route tables of ${vpcId} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (endpoint.kind === 'vpc') return diagnosisVpc(endpoint.vpc, details?.routeTables, details?.routeEntries);
  return { vpcId, regionId, accountUid: endpoint.accountUid, routeTables: details?.routeTables, routeEntries: details?.routeEntries };
}
