// Builds the bundles the extension ships:
//   dist/extension.js                   the extension host code (Node, CommonJS, `vscode` external)
//   dist/webview/topology.js            the topology page (browser, IIFE)
//   dist/webview/relayout-worker.js     the page's re-layout worker (browser worker, IIFE)
//   dist/emulator-cli.js                the standalone API emulator (Node)
// Flags: --watch rebuilds on change; --production minifies and drops source maps.
import * as esbuild from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

const targets = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/topology.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
  },
  {
    ...common,
    entryPoints: ['src/webview/relayout/relayoutWorker.ts'],
    outfile: 'dist/webview/relayout-worker.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
  },
  {
    ...common,
    entryPoints: ['src/emulator/cli.ts'],
    outfile: 'dist/emulator-cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
];

// Bundles are overwritten in place, never removed first: a test run using dist/ while another
// build runs must not find it missing.
await mkdir(path.join(root, 'dist', 'webview'), { recursive: true });

if (watch) {
  for (const options of targets) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('watching for changes…');
} else {
  const started = Date.now();
  await Promise.all(targets.map((options) => esbuild.build(options)));
  console.log(`built ${targets.length} bundles in ${Date.now() - started} ms`);
}
