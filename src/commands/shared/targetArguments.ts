// How an arguments object names the resource a command acts on (docs/commands.md): the kind's id
// key (`connectionId`, `vpcId`, `routerInterfaceId`, `vbrId`, `bgpGroupId`, `bgpPeerId`) or
// `{ kind, id }`, with `profileId`, `regionId` and `accountUid` where the caller knows them, and
// `provider: "huawei"` for a Huawei Cloud resource. Every value is checked against its cloud's id
// formats before anything is looked up. No vscode here.

import { CLOUD_PROVIDERS, type CloudProvider, resourceRef, type ResourceRef } from '../../model/resourceRef';
import { accountUidProblem, regionIdProblem, resourceIdProblem } from '../../model/validation/ids';
import { ArgumentError, optionalString } from './arguments';
import type { TargetKind } from './loadedResources';

/** The arguments-object key that names a resource of each kind. */
export const ID_ARGUMENTS: Readonly<Record<TargetKind, string>> = {
  vpc: 'vpcId',
  peerConnection: 'connectionId',
  routerInterface: 'routerInterfaceId',
  vbr: 'vbrId',
  bgpGroup: 'bgpGroupId',
  bgpPeer: 'bgpPeerId',
};

/**
 * The resource of `kind` the arguments name, or undefined when they name none. What they leave out
 * stays empty in the ref (the account comes from `profileId` through `accountOfProfile`).
 */
export function namedTarget(
  args: Record<string, unknown>,
  kind: TargetKind,
  accountOfProfile: (profileId: string) => string | undefined,
): { ref: ResourceRef; profileId?: string } | undefined {
  const key = optionalString(args, ID_ARGUMENTS[kind]) !== undefined ? ID_ARGUMENTS[kind] : args.kind === kind ? 'id' : undefined;
  const id = key && optionalString(args, key);
  if (!key || id === undefined) return undefined;
  const profileId = optionalString(args, 'profileId');
  const regionId = optionalString(args, 'regionId');
  const accountUid = optionalString(args, 'accountUid');
  const provider = providerArgument(args);
  const problem =
    resourceIdProblem(kind, id, `"${key}"`, provider) ??
    (regionId !== undefined ? regionIdProblem(regionId, '"regionId"') : undefined) ??
    (accountUid !== undefined ? accountUidProblem(accountUid, '"accountUid"', provider) : undefined);
  if (problem) throw new ArgumentError(problem);
  const place = { accountUid: accountUid ?? (profileId !== undefined ? accountOfProfile(profileId) : undefined) ?? '', regionId: regionId ?? '', provider };
  return { ref: resourceRef(kind, place, id), profileId };
}

/** `provider`: `"alibaba"` (the default) or `"huawei"`. */
export function providerArgument(args: Record<string, unknown> | undefined): CloudProvider {
  const provider = optionalString(args, 'provider') ?? 'alibaba';
  if (!(CLOUD_PROVIDERS as readonly string[]).includes(provider)) {
    throw new ArgumentError(`"provider" must be one of ${CLOUD_PROVIDERS.map((p) => `"${p}"`).join(', ')}; "${provider}" is not.`);
  }
  return provider as CloudProvider;
}
