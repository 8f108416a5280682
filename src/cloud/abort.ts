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
