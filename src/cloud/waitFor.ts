// Following an asynchronous change to its end: writes return as soon as the service accepted
// them, while the resource moves through Creating/Updating/Deleting on its own. `waitFor` polls a
// getter with a growing interval until a predicate holds, reporting every observed state so a
// command can show progress. "Deleted" is observed as the getter returning undefined.

import { sleep, throwIfAborted } from './abort';
import { CloudError, isCloudError } from './errors';

export interface WaitOptions<T> {
  /** Give up after this long, ms (default 300000, as Terraform does for peer connections). */
  timeoutMs?: number;
  /** First wait between polls, ms (default 1000). */
  initialDelayMs?: number;
  /** Longest wait between polls, ms (default 10000). */
  maxDelayMs?: number;
  signal?: AbortSignal;
  /** Called with every value read, in order (1-based poll number). */
  onObserved?: (value: T, poll: number) => void;
  /** What is being waited for, for the timeout error (e.g. `pcc-123 to be Activated`). */
  description?: string;
}

/**
 * Polls `get` (right away, then with backoff) until `until(value)` holds; resolves to that value.
 * Transient failures of the getter (throttling, network) are polled through; any other error
 * rejects. Rejects with code `WaitTimeout` when time runs out, `Aborted` when the signal fires.
 */
export async function waitFor<T>(
  get: (signal?: AbortSignal) => Promise<T>,
  until: (value: T) => boolean,
  options: WaitOptions<T> = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const description = options.description ?? 'the expected state';
  const started = Date.now();
  let delayMs = options.initialDelayMs ?? 1_000;
  let lastSeen = 'nothing yet';
  for (let poll = 1; ; poll++) {
    throwIfAborted(options.signal, 'waitFor');
    try {
      const value = await get(options.signal);
      options.onObserved?.(value, poll);
      if (until(value)) return value;
      lastSeen = describeValue(value);
    } catch (error) {
      if (!(isCloudError(error) && error.retryClass === 'transient')) throw error;
      lastSeen = error.code;
    }
    const remaining = timeoutMs - (Date.now() - started);
    if (remaining <= 0) {
      throw new CloudError({
        code: 'WaitTimeout',
        operation: 'waitFor',
        kind: 'timeout',
        apiMessage: `Gave up waiting for ${description} after ${Math.round(timeoutMs / 1000)} s; last seen: ${lastSeen}.`,
      });
    }
    await sleep(Math.min(delayMs, remaining), options.signal, 'waitFor');
    delayMs = Math.min(maxDelayMs, delayMs * 1.5);
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'not found';
  if (typeof value === 'object' && value !== null && 'status' in value) return String((value as { status: unknown }).status);
  return typeof value === 'object' ? 'a value not yet matching' : String(value);
}
