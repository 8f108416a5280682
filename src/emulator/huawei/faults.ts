// Fault injection for the Huawei APIs: a seeded fraction of calls throttled by the gateway (429
// `APIG.0308`) or failed (500), and targeted rules ("fail the next createVpcPeering with 409").
// Faults are answered before the call touches anything, like the Alibaba emulator's, unless a rule
// says `afterApply`: then the call is carried out and its answer lost, which is how a client's
// check before repeating a write (Huawei takes no idempotency token) is tested.

import { FaultBook, type FaultRates, type RuleBase } from '../faultBook';
import { HuaweiApiError, serverError, throttled } from './errors';

export interface HuaweiFaultRule extends RuleBase {
  /** Only this SDK operation, e.g. `listVpcPeerings`. */
  operation?: string;
  /** Only calls signed by this account (domain id). */
  domainId?: string;
}

/** Throttling is 429 `APIG.0308`, a failure a 500. */
export type HuaweiFaultRates = FaultRates;

export interface HuaweiCallFacts {
  operation: string;
  domainId: string;
}

export class HuaweiFaults extends FaultBook<HuaweiFaultRule, HuaweiCallFacts, HuaweiApiError> {
  constructor(rates: HuaweiFaultRates, seed: number) {
    super(rates, seed, {
      matches: (r, call) => (r.operation === undefined || r.operation === call.operation) && (r.domainId === undefined || r.domainId === call.domainId),
      ruled: (rule) => new HuaweiApiError(rule.httpStatus, rule.code, rule.message ?? `Injected fault ${rule.code}.`),
      throttled,
      failed: serverError,
    });
  }
}
