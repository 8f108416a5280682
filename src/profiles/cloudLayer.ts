// The cloud layer — the Alibaba Cloud SDKs and the account client built on them — is a bundle of
// its own (dist/cloud.js, scripts/bundles.mjs): most of the extension's weight, and needed only
// once a profile makes its first request. This is the one place that loads it: on first need,
// once. The build turns the `require` below into a `require` of dist/cloud.js; compiled by tsc
// (tests) it loads the module itself.

import type * as CloudLayer from '../cloud/createAccountClient';
import { lazyBundle } from './lazyBundle';

export const cloudLayer = lazyBundle(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy bundle is required where first needed
  () => require('../cloud/createAccountClient') as typeof CloudLayer,
);
