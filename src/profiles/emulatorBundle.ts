// The in-process emulator behind the sandbox is a bundle of its own (dist/emulator.js,
// scripts/bundles.mjs): only people who try the sandbox need it. This is the one place that
// loads it: on first need, once. The build turns the `require` below into a `require` of
// dist/emulator.js; compiled by tsc (tests) it loads the module itself.

import type * as Emulator from '../emulator';
import { lazyBundle } from './lazyBundle';

export const emulatorBundle = lazyBundle(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy bundle is required where first needed
  () => require('../emulator') as typeof Emulator,
);
