// When to send a failed request again and how long to wait first: exponential backoff with
// FULL jitter (a uniform wait between 0 and the exponential ceiling), so many clients throttled
// at the same moment spread out instead of retrying in lockstep. Pure: the random source is
// passed in, so tests replay exact delays.

import type { RetryTuning } from './accountClient';
import type { CloudError } from './errors';

export const DEFAULT_RETRY_TUNING: Readonly<RetryTuning> = {
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  maxTotalMs: 60_000,
};

/** Reads are always safe to repeat; writes only because each carries a ClientToken. */
export type RequestKind = 'read' | 'write';

export interface RetryRules {
  kind: RequestKind;
  /**
   * "Busy" codes this write waits out (the resource or its VPC is mid-change). Only writes
   * list them, and only the codes the operation is known to recover from.
   */
  busyCodes?: readonly string[];
}

/** Upper bound of the wait after failed attempt number `attempt` (1-based). */
export function backoffCeiling(attempt: number, tuning: RetryTuning): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** exponent);
}

/** Full jitter: uniform in [0, ceiling). A server's `retryAfter` is a floor (capped by maxDelayMs). */
export function retryDelay(error: CloudError, attempt: number, tuning: RetryTuning, random: () => number): number {
  const jittered = Math.floor(random() * backoffCeiling(attempt, tuning));
  const floor = error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, tuning.maxDelayMs) : 0;
  return Math.max(jittered, floor);
}

/** Whether this error, under these rules, is worth another attempt at all. */
export function isRetryable(error: CloudError, rules: RetryRules): boolean {
  if (error.kind === 'aborted') return false;
  if (error.retryClass === 'transient') return true;
  if (error.retryClass === 'busy') return rules.kind === 'write' && (rules.busyCodes ?? []).includes(error.code);
  return false;
}

/**
 * Whether the failed attempt may nevertheless have been carried out by the service (the answer
 * was lost or the service failed after acting). Repeating a write after such a failure can meet
 * the write's own effect.
 */
export function mayHaveApplied(error: CloudError): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'response' || (error.httpStatus ?? 0) >= 500;
}

/** Retry after `delayMs`, or give up (not retryable, out of attempts, or out of time). */
export function decideRetry(input: {
  error: CloudError;
  attempt: number;
  elapsedMs: number;
  tuning: RetryTuning;
  rules: RetryRules;
  random: () => number;
}): { retry: boolean; delayMs: number } {
  const { error, attempt, elapsedMs, tuning, rules, random } = input;
  if (!isRetryable(error, rules) || attempt >= tuning.maxAttempts) return { retry: false, delayMs: 0 };
  const delayMs = retryDelay(error, attempt, tuning, random);
  if (elapsedMs + delayMs > tuning.maxTotalMs) return { retry: false, delayMs: 0 };
  return { retry: true, delayMs };
}
