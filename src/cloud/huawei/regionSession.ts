// What every Huawei call of one region needs: the request runner of the profile, the region's SDK
// clients (which share one credential that holds the region's project once found) and the view —
// region, the caller's project and account — the answers are mapped with.

import type { HuaweiView } from './mapping';
import type { HuaweiRequest, HuaweiRequestRunner } from './requestRunner';
import type { RegionClients } from './sdk';

export interface RegionSession {
  runner: HuaweiRequestRunner;
  clients: RegionClients;
  view: HuaweiView;
  /** `limit` of v1/v2.0 list pages (the service's default and maximum is 2000). */
  pageSize: number;
}

/** Runs a request of this region with the caller's AbortSignal. */
export function runIn<T>(session: RegionSession, request: HuaweiRequest<T>, signal?: AbortSignal): Promise<T> {
  return session.runner.run({ ...request, signal });
}

/** The SDK reads snake_case keys from plain request objects; its TypeScript types want models. */
export function sdkRequest<T>(value: Record<string, unknown>): T {
  return value as T;
}
