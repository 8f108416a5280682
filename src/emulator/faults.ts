// Fault injection: added latency, a seeded fraction of throttled and failed calls, and targeted
// rules a test sets up ("fail the next CreateRouteEntry in cn-shanghai with TaskConflict"). A
// fault before the call leaves the state untouched, so a retry with the same ClientToken is safe;
// a rule marked `afterApply` fails the answer of a call that did change the state, as when a
// response is lost on the way back.

import { ApiError, serviceUnavailable, throttled } from './errors';
import { SeededRandom } from './random';

export interface FaultRule {
  /** Only calls of this action, e.g. `CreateVpcPeerConnection`. */
  action?: string;
  /** Only calls whose `RegionId` parameter is this region. */
  regionId?: string;
  /** Only calls signed by this account. */
  accountUid?: string;
  code: string;
  httpStatus: number;
  message?: string;
  /** How many matching calls fail; unlimited when absent. */
  times?: number;
  /** Apply the call, then answer the error anyway (a lost response). */
  afterApply?: boolean;
}

export interface FaultRates {
  latencyMs: number;
  /** Fraction of calls answered `Throttling.User` (HTTP 400). */
  throttleRate: number;
  /** Fraction of calls answered `ServiceUnavailable` (HTTP 503). */
  errorRate: number;
}

export interface CallFacts {
  action: string;
  regionId?: string;
  accountUid: string;
}

interface ActiveRule extends FaultRule {
  id: number;
  remaining: number;
}

export class FaultInjector {
  private random: SeededRandom;
  private rates: FaultRates;
  private active: ActiveRule[] = [];
  private nextId = 1;

  constructor(rates: FaultRates, seed: number) {
    this.rates = { ...rates };
    this.random = new SeededRandom(seed);
  }

  get latencyMs(): number {
    return this.rates.latencyMs;
  }

  /** The current rates; change any of them with `setRates`. */
  getRates(): FaultRates {
    return { ...this.rates };
  }

  setRates(rates: Partial<FaultRates>): void {
    for (const [name, value] of Object.entries(rates) as Array<[keyof FaultRates, number | undefined]>) {
      if (value === undefined) continue;
      if (!Number.isFinite(value) || value < 0 || (name !== 'latencyMs' && value > 1)) {
        throw new RangeError(`${name} must be ${name === 'latencyMs' ? 'a number ≥ 0' : 'a fraction from 0 to 1'}, not ${value}`);
      }
      this.rates[name] = value;
    }
  }

  /** Restarts the random sequence that decides which calls are throttled or failed. */
  reseed(seed: number): void {
    this.random = new SeededRandom(seed);
  }

  /** Adds a targeted rule; returns its id for `removeRule`. */
  addRule(rule: FaultRule): number {
    const id = this.nextId++;
    this.active.push({ ...rule, id, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    return id;
  }

  removeRule(id: number): void {
    this.active = this.active.filter((rule) => rule.id !== id);
  }

  clearRules(): void {
    this.active = [];
  }

  /** The rules still in force, with how many more calls each will fail. */
  rules(): Array<FaultRule & { id: number; remaining: number }> {
    return this.active.map((rule) => ({ ...rule }));
  }

  /** The error to answer instead of running the call, if any. */
  beforeApply(call: CallFacts): ApiError | undefined {
    // Both draws happen on every call so that one seed gives one sequence of faults whatever the
    // rates are set to.
    const throttleDraw = this.random.next();
    const errorDraw = this.random.next();
    const ruled = this.take(call, false);
    if (ruled) return ruled;
    if (throttleDraw < this.rates.throttleRate) return throttled();
    if (errorDraw < this.rates.errorRate) return serviceUnavailable();
    return undefined;
  }

  /** The error to answer although the call was applied, if any. */
  afterApply(call: CallFacts): ApiError | undefined {
    return this.take(call, true);
  }

  private take(call: CallFacts, afterApply: boolean): ApiError | undefined {
    const rule = this.active.find(
      (r) =>
        Boolean(r.afterApply) === afterApply &&
        (r.action === undefined || r.action === call.action) &&
        (r.regionId === undefined || r.regionId === call.regionId) &&
        (r.accountUid === undefined || r.accountUid === call.accountUid),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.removeRule(rule.id);
    return new ApiError(rule.code, rule.message ?? defaultMessage(rule.code), rule.httpStatus);
  }
}

function defaultMessage(code: string): string {
  if (code.includes('Throttling')) return throttled().message;
  if (code === 'ServiceUnavailable') return serviceUnavailable().message;
  return `The request failed with ${code}.`;
}
