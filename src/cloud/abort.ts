// Abort plumbing: every wait in the cloud layer (backoff sleeps, the concurrency queue, an
// in-flight request) ends at once when the caller's AbortSignal fires.

import { CloudError } from './errors';

/** The error every aborted wait rejects with. */
export function abortedError(operation: string): CloudError {
  return new CloudError({
    code: 'Aborted',
    operation,
    apiMessage: 'The request was cancelled.',
    kind: 'aborted',
  });
}

/** What follows each long-lived source signal: one listener on the source, whatever the number of requests. */
const followers = new WeakMap<AbortSignal, Set<() => void>>();

function follow(source: AbortSignal, onAbort: () => void): () => void {
  let set = followers.get(source);
  if (!set) {
    const created = new Set<() => void>();
    set = created;
    followers.set(source, created);
    source.addEventListener(
      'abort',
      () => {
        followers.delete(source);
        for (const fire of [...created]) fire();
      },
      { once: true },
    );
  }
  const own = set;
  own.add(onAbort);
  return () => void own.delete(onAbort);
}

/**
 * One request's signal: it fires when any of `sources` fires (the caller's, the client's
 * `closed`) until `release()`, which the request calls once it is over. Not `AbortSignal.any`:
 * on Node 20 and 22 every signal that makes stays in each source's list of dependants for as long
 * as the source lives (nodejs/node#55351), so a long-lived source (an account's load signal, the
 * client's `closed`) grew by one entry, ~2 KB, per request, and each call cost more than the last.
 * Here a source carries one listener and a set of the requests following it.
 */
export function requestSignal(sources: readonly (AbortSignal | undefined)[]): { signal: AbortSignal; release(): void } {
  const given = sources.filter((s): s is AbortSignal => s !== undefined);
  const fired = given.find((s) => s.aborted);
  if (fired) return { signal: fired, release: () => undefined };
  const controller = new AbortController();
  const abort = () => controller.abort();
  const unfollow = given.map((source) => follow(source, abort));
  return { signal: controller.signal, release: () => unfollow.forEach((stop) => stop()) };
}

/** Throws the aborted error if the signal has already fired. */
export function throwIfAborted(signal: AbortSignal | undefined, operation: string): void {
  if (signal?.aborted) throw abortedError(operation);
}

/** Resolves after `ms`, or rejects with the aborted error as soon as the signal fires. */
export async function sleep(ms: number, signal: AbortSignal | undefined, operation: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await raceAbort(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal, operation);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Settles like `work`, unless the signal fires first: then rejects with the aborted error at once.
 * The SDK cannot cancel a request in flight, so the abandoned request finishes unobserved.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined, operation: string): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abortedError(operation));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => undefined);
      reject(abortedError(operation));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
