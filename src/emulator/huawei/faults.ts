// Fault injection for the Huawei APIs: a seeded fraction of calls throttled by the gateway (429
// `APIG.0308`) or failed (500), and targeted rules ("fail the next createVpcPeering with 409").
// Faults are answered before the call touches anything, like the Alibaba emulator's, unless a rule
// says `afterApply`: then the call is carried out and its answer lost, which is how a client's
// check before repeating a write (Huawei takes no idempotency token) is tested.

import { SeededRandom } from '../random';
import { HuaweiApiError, serverError, throttled } from './errors';

export interface HuaweiFaultRule {
  /** Only this SDK operation, e.g. `listVpcPeerings`. */
  operation?: string;
  /** Only calls signed by this account (domain id). */
  domainId?: string;
  httpStatus: number;
  code: string;
  message?: string;
  /** How many matching calls fail; unlimited when absent. */
  times?: number;
  /** Carry the call out, then answer the error anyway (a lost response). */
  afterApply?: boolean;
}

export interface HuaweiFaultRates {
  latencyMs: number;
  /** Fraction of calls answered 429 `APIG.0308`. */
  throttleRate: number;
  /** Fraction of calls answered 500. */
  errorRate: number;
}

export class HuaweiFaults {
  private random: SeededRandom;
  private rates: HuaweiFaultRates;
  private active: Array<HuaweiFaultRule & { id: number; remaining: number }> = [];
  private nextId = 1;

  constructor(rates: HuaweiFaultRates, seed: number) {
    this.rates = { ...rates };
    this.random = new SeededRandom(seed);
  }

  get latencyMs(): number {
    return this.rates.latencyMs;
  }

  getRates(): HuaweiFaultRates {
    return { ...this.rates };
  }

  setRates(rates: Partial<HuaweiFaultRates>): void {
    for (const [name, value] of Object.entries(rates) as Array<[keyof HuaweiFaultRates, number | undefined]>) {
      if (value === undefined) continue;
      if (!Number.isFinite(value) || value < 0 || (name !== 'latencyMs' && value > 1)) throw new RangeError(`${name} out of range: ${value}`);
      this.rates[name] = value;
    }
  }

  reseed(seed: number): void {
    this.random = new SeededRandom(seed);
  }

  addRule(rule: HuaweiFaultRule): number {
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

  /** The error to answer instead of running the call, if any. */
  beforeApply(operation: string, domainId: string): HuaweiApiError | undefined {
    // Both draws happen on every call, so one seed gives one sequence whatever the rates.
    const throttleDraw = this.random.next();
    const errorDraw = this.random.next();
    const ruled = this.take(operation, domainId, false);
    if (ruled) return ruled;
    if (throttleDraw < this.rates.throttleRate) return throttled();
    if (errorDraw < this.rates.errorRate) return serverError();
    return undefined;
  }

  /** The error to answer although the call was carried out, if any. */
  afterApply(operation: string, domainId: string): HuaweiApiError | undefined {
    return this.take(operation, domainId, true);
  }

  private take(operation: string, domainId: string, afterApply: boolean): HuaweiApiError | undefined {
    const rule = this.active.find(
      (r) => Boolean(r.afterApply) === afterApply && (r.operation === undefined || r.operation === operation) && (r.domainId === undefined || r.domainId === domainId),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.removeRule(rule.id);
    return new HuaweiApiError(rule.httpStatus, rule.code, rule.message ?? `Injected fault ${rule.code}.`);
  }
}
