// A bundle of its own, loaded on first need and once (see scripts/bundles.mjs). The loader that
// calls this keeps the literal `require` of its module, which the build maps to the bundle's file.

export interface LazyBundle<T> {
  /** The module, loaded now if this is the first call. */
  (): T;
  /** How long loading it took, ms; undefined while it is not loaded. */
  loadMs(): number | undefined;
}

export function lazyBundle<T>(load: () => T): LazyBundle<T> {
  let loaded: T | undefined;
  let loadMs: number | undefined;
  const get = (): T => {
    if (loaded === undefined) {
      const started = performance.now();
      loaded = load();
      loadMs = performance.now() - started;
    }
    return loaded;
  };
  return Object.assign(get, { loadMs: () => loadMs });
}
