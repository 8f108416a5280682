// The Huawei cloud client against the emulator: one client per tenant, pointed at the emulator's
// one URL for IAM and VPC, with short backoff so retries finish quickly.

import type { RunningEmulator } from '../../../../src/emulator';
import { singleEndpoint } from '../../../../src/cloud/huawei/credentials';
import { HuaweiCloudClient, type HuaweiClientOptions } from '../../../../src/cloud/huawei/huaweiCloudClient';
import { endpointOf, tenant } from '../../emulator/huawei/fixture';

export { useHuaweiEmulator, CN_NORTH, SINGAPORE, DEMO } from '../../emulator/huawei/fixture';

export function clientOf(emulator: RunningEmulator, tenantName: string, options: Partial<HuaweiClientOptions> = {}): HuaweiCloudClient {
  const who = tenant(emulator, tenantName);
  return new HuaweiCloudClient({
    credentials: { accessKeyId: who.accessKeyId, secretAccessKey: who.secretAccessKey },
    endpoints: singleEndpoint(endpointOf(emulator)),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    random: seeded(7),
    ...options,
  });
}

/** A small deterministic jitter source. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
