// Runs one API request the way every request of an account runs: take a slot from the account's
// concurrency limiter, send with the request time limits, map any failure to a CloudError, and
// retry with full-jitter backoff when that helps — reads always, writes only with a ClientToken.
// Each attempt is reported to the `instrumented` hook. An AbortSignal ends every wait at once.

import type * as $dara from '@darabonba/typescript';
import { raceAbort, requestSignal, sleep, throwIfAborted } from './abort';
import type { RequestEvent, RetryTuning } from './accountClient';
import type { Product } from './clientFactory';
import type { ConcurrencyLimiter } from './concurrencyLimiter';
import { CloudError, toCloudError } from './errors';
import { decideRetry, mayHaveApplied, type RequestKind } from './retryPolicy';

export interface RequestSpec<T> {
  product: Product;
  /** API action, e.g. `DescribeVpcs`. */
  action: string;
  regionId?: string;
  kind: RequestKind;
  /** Required for writes; the same token goes out on every attempt. */
  clientToken?: string;
  /** Busy codes this write waits out (see retryPolicy.ts). */
  busyCodes?: readonly string[];
  /**
   * Turns some error codes into a result: a dry run's `DryRunOperation`, or a "not found" met
   * when repeating a delete (see `AttemptHistory`). Returns undefined to keep it an error.
   */
  resultForError?: (error: CloudError, history: AttemptHistory) => { value: T } | undefined;
  /** Secrets in this request (e.g. a BGP auth key) to keep out of error messages. */
  secrets?: readonly (string | undefined)[];
  signal?: AbortSignal;
  /** A page of a token walk: it waits for a slot ahead of other requests (see ConcurrencyLimiter). */
  walk?: boolean;
  /** Sends one attempt. */
  send: (runtime: $dara.RuntimeOptions) => Promise<T>;
}

/** What earlier attempts of the same request did, for judging an error on a repeat. */
export interface AttemptHistory {
  /** 1 for the first attempt. */
  attempt: number;
  /** Whether an earlier attempt failed in a way that may have let it take effect (see mayHaveApplied). */
  earlierMayHaveApplied: boolean;
}

export interface RequestRunnerDeps {
  profileId: string;
  limiter: ConcurrencyLimiter;
  tuning: RetryTuning;
  random: () => number;
  runtime: () => $dara.RuntimeOptions;
  endpointFor: (product: Product, regionId?: string) => string;
  knownSecrets: () => readonly string[];
  instrumented?: (event: RequestEvent) => void;
  /** Fires when the account client closes: everything in flight ends as aborted. */
  closed: AbortSignal;
}

/** ClientToken rules of the API: ASCII, 1–64 characters. */
export function assertClientToken(token: string | undefined, action: string): asserts token is string {
  if (typeof token !== 'string' || token.length === 0 || token.length > 64 || !/^[\x20-\x7e]+$/.test(token)) {
    throw new CloudError({
      code: 'InvalidClientToken',
      operation: action,
      kind: 'client',
      apiMessage: 'A write needs a ClientToken of 1 to 64 ASCII characters, reused across retries.',
    });
  }
}

export class RequestRunner {
  readonly #deps: RequestRunnerDeps;

  constructor(deps: RequestRunnerDeps) {
    this.#deps = deps;
  }

  async run<T>(spec: RequestSpec<T>): Promise<T> {
    const deps = this.#deps;
    if (deps.closed.aborted) {
      throw new CloudError({ code: 'ClientClosed', operation: spec.action, kind: 'client', apiMessage: 'The account client is closed.' });
    }
    if (spec.kind === 'write') assertClientToken(spec.clientToken, spec.action);
    const { signal, release: unfollow } = requestSignal([spec.signal, deps.closed]);
    try {
      return await this.#attempts(spec, signal);
    } finally {
      unfollow();
    }
  }

  async #attempts<T>(spec: RequestSpec<T>, signal: AbortSignal): Promise<T> {
    const deps = this.#deps;
    const started = Date.now();
    let earlierMayHaveApplied = false;
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal, spec.action);
      const queuedAt = Date.now();
      const release = await deps.limiter.acquire(signal, spec.action, spec.walk);
      const sentAt = Date.now();
      const emit = (outcome: RequestEvent['outcome'], extra: Partial<RequestEvent> = {}) =>
        this.#emit({
          profileId: deps.profileId,
          product: spec.product,
          action: spec.action,
          regionId: spec.regionId,
          attempt,
          durationMs: Date.now() - sentAt,
          queuedMs: sentAt - queuedAt,
          outcome,
          ...extra,
        });
      let error: CloudError;
      try {
        // The slot is held until the request itself settles, even when the caller stopped waiting.
        const work = Promise.resolve().then(() => spec.send(deps.runtime()));
        work.then(release, release);
        const result = await raceAbort(work, signal, spec.action);
        emit('ok', { requestId: requestIdOf(result) });
        return result;
      } catch (raw) {
        error = toCloudError(raw, {
          operation: spec.action,
          endpoint: deps.endpointFor(spec.product, spec.regionId),
          secrets: [...deps.knownSecrets(), ...(spec.secrets ?? [])],
        });
      }
      error.attempts = attempt;
      if (error.kind === 'aborted') {
        emit('aborted', { errorCode: error.code });
        throw error;
      }
      const asResult = spec.resultForError?.(error, { attempt, earlierMayHaveApplied });
      if (asResult !== undefined) {
        emit('ok', { errorCode: error.code, requestId: error.requestId });
        return asResult.value;
      }
      const decision = decideRetry({
        error,
        attempt,
        elapsedMs: Date.now() - started,
        tuning: deps.tuning,
        rules: { kind: spec.kind, busyCodes: spec.busyCodes },
        random: deps.random,
      });
      emit(decision.retry ? 'retry' : 'error', {
        errorCode: error.code,
        requestId: error.requestId,
        retryDelayMs: decision.retry ? decision.delayMs : undefined,
      });
      if (!decision.retry) throw error;
      earlierMayHaveApplied ||= mayHaveApplied(error);
      await sleep(decision.delayMs, signal, spec.action);
    }
  }

  #emit(event: RequestEvent): void {
    try {
      this.#deps.instrumented?.(event);
    } catch {
      // A logging hook must never break a request.
    }
  }
}

function requestIdOf(result: unknown): string | undefined {
  const top = result as { RequestId?: unknown; requestId?: unknown; body?: { RequestId?: unknown; requestId?: unknown } } | undefined;
  const id = top?.RequestId ?? top?.requestId ?? top?.body?.RequestId ?? top?.body?.requestId;
  return typeof id === 'string' ? id : undefined;
}
