// Wires one account client: the profile's credential, the SDK clients, one concurrency limiter
// and one request runner shared by every read and write of the account, the caller-identity
// cache, and the reader and operations on top. Building it does no I/O; credentials resolve on
// the first request.

import { inspect } from 'node:util';
import type {
  AccountClient,
  AccountClientOptions,
  InventoryReader,
  Operations,
  SecretProvider,
} from './accountClient';
import { cachedCallerIdentity } from './callerIdentity';
import { ClientFactory } from './clientFactory';
import { ConcurrencyLimiter } from './concurrencyLimiter';
import { lazyProfileCredential } from './credentials';
import { AlibabaInventoryReader } from './inventoryReader';
import { peerOperations } from './peerOperations';
import { describeProfile, type ProfileSpec } from './profiles';
import { RequestRunner } from './requestRunner';
import { DEFAULT_RETRY_TUNING } from './retryPolicy';
import { vpcOperations } from './vpcOperations';
import { createHuaweiAccountClient } from './huawei/createHuaweiAccountClient';
import { HuaweiTenantDirectory } from './huawei/tenantDirectory';
import { readKooCliConfig } from './huawei/kooCliConfig';

// Huawei Cloud's account client is in this bundle too: a session builds its profiles' clients
// here, and one HuaweiTenantDirectory, shared by all its Huawei clients, from here. So is reading
// KooCLI's configuration for "Use KooCLI Profile…" (nothing of cloud/huawei/ is in activation's bundle).
export { createHuaweiAccountClient, HuaweiTenantDirectory, readKooCliConfig };

export const DEFAULT_MAX_CONCURRENT = 16;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_READ_TIMEOUT_MS = 15_000;
/** Region for region-less calls when the profile names none. */
export const DEFAULT_HOME_REGION = 'cn-hangzhou';

/** `huaweiTenants`: the session's directory, needed by a Huawei Cloud profile (`spec.provider === 'huawei'`). */
export function createAccountClient(spec: ProfileSpec, secrets: SecretProvider, options: AccountClientOptions = {}, huaweiTenants?: HuaweiTenantDirectory): AccountClient {
  if (spec.provider === 'huawei') {
    if (!huaweiTenants) throw new Error(`createAccountClient: the Huawei Cloud profile "${spec.label}" needs the session's HuaweiTenantDirectory`);
    return createHuaweiAccountClient(spec, secrets, options, huaweiTenants);
  }
  const profile: ProfileSpec = { ...spec };
  const credential = lazyProfileCredential(profile, secrets);
  const clients = new ClientFactory({
    credential: credential.credential,
    endpoint: profile.endpoint,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    readTimeoutMs: options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
    userAgent: options.userAgent,
  });
  const closing = new AbortController();
  const runner = new RequestRunner({
    profileId: profile.id,
    limiter: new ConcurrencyLimiter(options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT),
    tuning: { ...DEFAULT_RETRY_TUNING, ...options.retry },
    random: options.random ?? Math.random,
    runtime: () => clients.runtime(),
    endpointFor: (product, regionId) => clients.endpointFor(product, regionId),
    knownSecrets: credential.knownSecrets,
    instrumented: options.instrumented,
    closed: closing.signal,
  });
  const identity = cachedCallerIdentity(runner, clients);
  const reader: InventoryReader = new AlibabaInventoryReader({
    runner,
    clients,
    accountUid: async (o) => (await identity(o)).accountUid,
    homeRegionId: profile.regionHint ?? DEFAULT_HOME_REGION,
  });
  const operations: Operations = {
    ...peerOperations(runner, clients),
    ...vpcOperations(runner, clients),
  };
  const describe = () => `AccountClient(${describeProfile(profile)})`;

  return {
    profile,
    identity,
    reader,
    operations,
    close(): void {
      closing.abort();
      clients.clear();
    },
    toString: describe,
    toJSON: () => ({ profile: describeProfile(profile) }),
    [inspect.custom]: describe,
  } as AccountClient;
}
