// Builds the bundles the extension ships:
//   dist/extension.js                   the extension host code (Node, CommonJS, `vscode` external)
//   dist/webview/topology.js            the topology page (browser, IIFE)
//   dist/webview/relayout-worker.js     the page's re-layout worker (browser worker, IIFE)
//   dist/emulator-cli.js                the standalone API emulator (Node)
//   dist/hcl2json/lib/index.js          HashiCorp's HCL parser (WebAssembly, main.wasm.gz beside
//                                       it), loaded by the extension on first use only
// Flags: --watch rebuilds on change; --production minifies and drops source maps.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
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

// The HCL parser starts a WebAssembly module and reads main.wasm.gz from `../` of its own file:
// it is a bundle of its own at dist/hcl2json/lib/, which the extension requires when it first
// reads Terraform, never at activation.
const hcl2jsonOnDemand = {
  name: 'hcl2json-on-demand',
  setup(build) {
    build.onResolve({ filter: /^@cdktf\/hcl2json$/ }, () => ({ path: './hcl2json/lib/index.js', external: true }));
  },
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
    plugins: [hcl2jsonOnDemand],
  },
  {
    ...common,
    entryPoints: ['node_modules/@cdktf/hcl2json/lib/index.js'],
    outfile: 'dist/hcl2json/lib/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: false,
    // Go's wasm_exec falls back to these only where Node lacks the globals (never on Node 18+).
    external: ['performance'],
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
await mkdir(path.join(root, 'dist', 'hcl2json'), { recursive: true });
await copyFile(path.join(root, 'node_modules', '@cdktf', 'hcl2json', 'main.wasm.gz'), path.join(root, 'dist', 'hcl2json', 'main.wasm.gz'));

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
