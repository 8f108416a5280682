// Run as a child process: `node out/bench/support/requireBundle.js <bundle.js>` requires the
// bundle once and prints how long that took, ms — parsing and running its top level, as the
// extension host does when it loads the extension. `vscode` is a stand-in that answers every
// property and call, since a bundle's top level creates a few editor objects (theme colours).

import Module from 'node:module';

type Resolve = (request: string, ...rest: unknown[]) => string;
const internals = Module as unknown as { _resolveFilename: Resolve };
const resolve = internals._resolveFilename;
internals._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};

const anything: unknown = new Proxy(function () {}, {
  get: (_target, key) => (key === 'prototype' ? {} : key === Symbol.toPrimitive ? () => '' : anything),
  construct: () => ({}),
  apply: () => anything,
});
// esbuild's interop copies a module's own keys and inherits from its prototype: every name resolves.
const vscodeStandIn = Object.create(new Proxy({}, { get: (_target, key) => (key === Symbol.toPrimitive ? undefined : anything) })) as object;
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscodeStandIn } as unknown as NodeJS.Module;

const started = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point is to time a require
require(process.argv[2]);
process.stdout.write(`${(performance.now() - started).toFixed(1)}\n`);
