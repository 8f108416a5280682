// Fault injection: added latency, a seeded fraction of throttled and failed calls, and targeted
// rules a test sets up ("fail the next CreateRouteEntry in cn-shanghai with TaskConflict"). A
// fault before the call leaves the state untouched, so a retry with the same ClientToken is safe;
// a rule marked `afterApply` fails the answer of a call that did change the state, as when a
// response is lost on the way back.

import { ApiError, serviceUnavailable, throttled } from './errors';
import { FaultBook, type FaultRates, type RuleBase } from './faultBook';

export interface FaultRule extends RuleBase {
  /** Only calls of this action, e.g. `CreateVpcPeerConnection`. */
  action?: string;
  /** Only calls whose `RegionId` parameter is this region. */
  regionId?: string;
  /** Only calls signed by this account. */
  accountUid?: string;
}

export interface CallFacts {
  action: string;
  regionId?: string;
  accountUid: string;
}

/** Throttling is `Throttling.User` (HTTP 400), a failure `ServiceUnavailable` (HTTP 503). */
export class FaultInjector extends FaultBook<FaultRule, CallFacts, ApiError> {
  constructor(rates: FaultRates, seed: number) {
    super(rates, seed, {
      matches: (r, call) =>
        (r.action === undefined || r.action === call.action) &&
        (r.regionId === undefined || r.regionId === call.regionId) &&
        (r.accountUid === undefined || r.accountUid === call.accountUid),
      ruled: (rule) => new ApiError(rule.code, rule.message ?? defaultMessage(rule.code), rule.httpStatus),
      throttled,
      failed: serviceUnavailable,
    });
  }
}

function defaultMessage(code: string): string {
  if (code.includes('Throttling')) return throttled().message;
  if (code === 'ServiceUnavailable') return serviceUnavailable().message;
  return `The request failed with ${code}.`;
}
