// What every API front's fault injection shares: added latency, a seeded fraction of throttled and
// failed calls, and targeted rules a test sets up, each failing a number of matching calls before
// the call runs or — `afterApply` — after it changed the state (a lost answer). How a rule matches
// a call and what the errors look like is the API's own (see faults.ts and huawei/faults.ts).

import { SeededRandom } from './random';

export interface FaultRates {
  latencyMs: number;
  /** Fraction of calls answered as throttled. */
  throttleRate: number;
  /** Fraction of calls answered as a server failure. */
  errorRate: number;
}

export interface RuleBase {
  /** The error a matching call is answered with: its code, HTTP status and (or a default) message. */
  code: string;
  httpStatus: number;
  message?: string;
  /** How many matching calls fail; unlimited when absent. */
  times?: number;
  /** Apply the call, then answer the error anyway (a lost response). */
  afterApply?: boolean;
}

/** The API's side: which calls a rule matches, and its errors. */
export interface FaultAnswers<Rule, Call, Failure> {
  matches(rule: Rule, call: Call): boolean;
  ruled(rule: Rule): Failure;
  throttled(): Failure;
  failed(): Failure;
}

export class FaultBook<Rule extends RuleBase, Call, Failure> {
  private random: SeededRandom;
  private rates: FaultRates;
  private active: Array<Rule & { id: number; remaining: number }> = [];
  private nextId = 1;

  constructor(
    rates: FaultRates,
    seed: number,
    private readonly answers: FaultAnswers<Rule, Call, Failure>,
  ) {
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
  addRule(rule: Rule): number {
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
  rules(): Array<Rule & { id: number; remaining: number }> {
    return this.active.map((rule) => ({ ...rule }));
  }

  /** The error to answer instead of running the call, if any. */
  beforeApply(call: Call): Failure | undefined {
    // Both draws happen on every call so that one seed gives one sequence of faults whatever the
    // rates are set to.
    const throttleDraw = this.random.next();
    const errorDraw = this.random.next();
    const ruled = this.take(call, false);
    if (ruled) return ruled;
    if (throttleDraw < this.rates.throttleRate) return this.answers.throttled();
    if (errorDraw < this.rates.errorRate) return this.answers.failed();
    return undefined;
  }

  /** The error to answer although the call was applied, if any. */
  afterApply(call: Call): Failure | undefined {
    return this.take(call, true);
  }

  private take(call: Call, afterApply: boolean): Failure | undefined {
    const rule = this.active.find((r) => Boolean(r.afterApply) === afterApply && this.answers.matches(r, call));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.removeRule(rule.id);
    return this.answers.ruled(rule);
  }
}
