// One load of one piece of the store (an account's identity or regions, a region's inventory, a
// VPC's route details), always in the same order: mark it loading while keeping what it showed,
// tell listeners, await the work, and — only if the load is still current (its profile was not
// dropped or reloaded meanwhile) — keep the value or the error and tell listeners again.

import { type LoadState, valueOf } from './loadState';

/** Where one load state lives (a field, a map entry). */
export interface LoadCell<T> {
  get(): LoadState<T>;
  set(state: LoadState<T>): void;
}

export interface LoadRun {
  /** False once the result no longer belongs in the store: it is then dropped silently. */
  isCurrent(): boolean;
  /** Tells listeners the cell changed. */
  changed(): void;
}

/** A cell kept in a map under `key`; idle while absent. */
export function mapCell<T>(map: Map<string, LoadState<T>>, key: string): LoadCell<T> {
  return { get: () => map.get(key) ?? { status: 'idle' }, set: (state) => map.set(key, state) };
}

/**
 * Runs `work` into `cell`. Resolves to the value loaded, or to undefined when the load was no
 * longer current; rejects with the work's error once it is kept in the cell.
 */
export async function loadInto<T>(cell: LoadCell<T>, run: LoadRun, work: () => Promise<T>): Promise<T | undefined> {
  const previous = valueOf(cell.get());
  cell.set({ status: 'loading', previous });
  run.changed();
  let value: T;
  try {
    value = await work();
  } catch (error) {
    if (!run.isCurrent()) return undefined;
    cell.set({ status: 'failed', error, previous });
    run.changed();
    throw error;
  }
  if (!run.isCurrent()) return undefined;
  cell.set({ status: 'loaded', value, loadedAt: Date.now() });
  run.changed();
  return value;
}
