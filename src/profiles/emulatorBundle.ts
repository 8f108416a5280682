// The in-process emulator behind the sandbox is a bundle of its own (dist/emulator.js,
// scripts/bundles.mjs): only people who try the sandbox need it. This is the one place that
// loads it: on first need, once. The build turns the `require` below into a `require` of
// dist/emulator.js; compiled by tsc (tests) it loads the module itself.

import type * as Emulator from '../emulator';

let loaded: typeof Emulator | undefined;
let loadMs: number | undefined;

/** The emulator, loaded now if this is the first call. */
export function emulatorBundle(): typeof Emulator {
  if (!loaded) {
    const started = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy bundle is required where first needed
    loaded = require('../emulator') as typeof Emulator;
    loadMs = performance.now() - started;
  }
  return loaded;
}

/** How long loading it took, ms; undefined while it is not loaded. */
export function emulatorBundleLoadMs(): number | undefined {
  return loadMs;
}
