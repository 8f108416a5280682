// Runs one Huawei API request the way every request of a profile runs: a slot from the profile's
// concurrency limiter, the SDK's time limit, any failure as a CloudError, and full-jitter backoff
// when another attempt is safe. Huawei's API takes no idempotency token, so:
// - reads repeat on any transient failure;
// - writes repeat when the gateway throttled them (refused before the service saw them);
// - a write whose failure may have been applied (5xx, timeout, lost connection) repeats only when
//   it says how to tell that it was (`alreadyDone`), which is asked before each repeat.

import { raceAbort, requestSignal, sleep, throwIfAborted } from '../abort';
import type { RetryTuning } from '../accountClient';
import type { ConcurrencyLimiter } from '../concurrencyLimiter';
import type { CloudError } from '../errors';
import { mayHaveApplied, retryDelay } from '../retryPolicy';
import { huaweiCloudError, isThrottled } from './errors';

export interface HuaweiRequest<T> {
  /** The SDK method, e.g. `createVpcPeering`. */
  operation: string;
  kind: 'read' | 'write';
  send: () => Promise<T>;
  /**
   * For a write: after a failure that may have been applied, tells whether it was and gives the
   * result then (undefined: not applied, send again). Without it such a write is not repeated.
   */
  alreadyDone?: () => Promise<T | undefined>;
  signal?: AbortSignal;
}

export interface HuaweiRunnerDeps {
  limiter: ConcurrencyLimiter;
  tuning: RetryTuning;
  random: () => number;
  /** For hints about reachability. */
  endpoint: string;
  /** The secrets in play (known once the credentials resolve), masked in error text. */
  secrets: () => readonly string[];
  /** Fires when the client closes: everything in flight ends as aborted. */
  closed: AbortSignal;
}

export class HuaweiRequestRunner {
  constructor(private readonly deps: HuaweiRunnerDeps) {}

  async run<T>(request: HuaweiRequest<T>): Promise<T> {
    const { signal, release } = requestSignal([request.signal, this.deps.closed]);
    try {
      return await this.attempts(request, signal);
    } finally {
      release();
    }
  }

  private async attempts<T>(request: HuaweiRequest<T>, signal: AbortSignal): Promise<T> {
    const { limiter, tuning, random } = this.deps;
    const started = Date.now();
    let earlierMayHaveApplied = false;
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal, request.operation);
      if (earlierMayHaveApplied && request.alreadyDone) {
        const done = await request.alreadyDone();
        if (done !== undefined) return done;
      }
      const release = await limiter.acquire(signal, request.operation);
      let error: CloudError;
      try {
        // The slot is held until the request settles, even when the caller stopped waiting.
        const work = Promise.resolve().then(request.send);
        work.then(release, release);
        return await raceAbort(work, signal, request.operation);
      } catch (raw) {
        error = huaweiCloudError(raw, { operation: request.operation, endpoint: this.deps.endpoint, secrets: this.deps.secrets() });
      }
      error.attempts = attempt;
      if (error.kind === 'aborted' || !this.mayRepeat(request, error) || attempt >= tuning.maxAttempts) throw error;
      const delayMs = retryDelay(error, attempt, tuning, random);
      if (Date.now() - started + delayMs > tuning.maxTotalMs) throw error;
      earlierMayHaveApplied ||= mayHaveApplied(error);
      await sleep(delayMs, signal, request.operation);
    }
  }

  private mayRepeat(request: HuaweiRequest<unknown>, error: CloudError): boolean {
    if (error.retryClass !== 'transient') return false;
    if (request.kind === 'read' || isThrottled(error)) return true;
    return mayHaveApplied(error) && request.alreadyDone !== undefined;
  }
}
