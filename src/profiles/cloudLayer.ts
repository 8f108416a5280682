// The cloud layer — the Alibaba Cloud SDKs and the account client built on them — is a bundle of
// its own (dist/cloud.js, scripts/bundles.mjs): most of the extension's weight, and needed only
// once a profile makes its first request. This is the one place that loads it: on first need,
// once. The build turns the `require` below into a `require` of dist/cloud.js; compiled by tsc
// (tests) it loads the module itself.

import type * as CloudLayer from '../cloud/createAccountClient';

let loaded: typeof CloudLayer | undefined;
let loadMs: number | undefined;

/** The cloud layer, loaded now if this is the first call. */
export function cloudLayer(): typeof CloudLayer {
  if (!loaded) {
    const started = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy bundle is required where first needed
    loaded = require('../cloud/createAccountClient') as typeof CloudLayer;
    loadMs = performance.now() - started;
  }
  return loaded;
}

/** How long loading it took, ms; undefined while it is not loaded. */
export function cloudLayerLoadMs(): number | undefined {
  return loadMs;
}
