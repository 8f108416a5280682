// Caps how many requests one account has in flight. Alibaba Cloud throttles per account and per
// API; a loader that fans out over many regions and pages would otherwise trip it at once.
// Waiters are served first come, first served, except that the pages of token walks go ahead of
// other requests: each page of a walk waits for the one before, so the walks are a load's
// critical path, and a walk whose next page queued behind the breadth of every region's other
// listings would add that queue to its length once per page. A waiter whose signal aborts leaves
// its queue.

import { abortedError } from './abort';

interface Waiter {
  grant: () => void;
}

export class ConcurrencyLimiter {
  readonly #max: number;
  #active = 0;
  /** Pages of token walks: served before `#queue`. */
  readonly #ahead: Waiter[] = [];
  readonly #queue: Waiter[] = [];

  constructor(maxConcurrent: number) {
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
      throw new RangeError(`maxConcurrent must be a positive integer, got ${maxConcurrent}`);
    }
    this.#max = maxConcurrent;
  }

  /** Requests currently holding a slot. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for a slot. */
  get waiting(): number {
    return this.#ahead.length + this.#queue.length;
  }

  /**
   * Waits for a slot; resolves to the function that gives it back (call it exactly once).
   * `walk`: the request is a page of a token walk (served first).
   */
  acquire(signal?: AbortSignal, operation = 'request', walk = false): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(abortedError(operation));
    if (this.#active < this.#max) {
      this.#active++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.#releaser());
        },
      };
      const queue = walk ? this.#ahead : this.#queue;
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(abortedError(operation));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#ahead.shift() ?? this.#queue.shift();
      if (next) {
        // The slot passes straight to the next waiter; `active` stays the same.
        next.grant();
      } else {
        this.#active--;
      }
    };
  }
}
