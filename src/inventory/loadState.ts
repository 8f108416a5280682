// The state of one asynchronous load, as the tree shows it: a spinner, the data, or the error
// with a retry.

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'loaded'; value: T; loadedAt: number }
  | { status: 'failed'; error: unknown; previous?: T };

/** The freshest value a load state holds, if any (also while reloading or after a failure). */
export function valueOf<T>(state: LoadState<T>): T | undefined {
  switch (state.status) {
    case 'loaded':
      return state.value;
    case 'loading':
    case 'failed':
      return state.previous;
    default:
      return undefined;
  }
}
