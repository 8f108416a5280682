// Builds the bundles the extension ships (their options: scripts/bundles.mjs):
//   dist/extension.js                   the extension host code loaded at activation (Node,
//                                       CommonJS, `vscode` external); no SDK, no emulator
//   dist/cloud.js                       the cloud layer (Alibaba Cloud SDKs), on the first request
//   dist/emulator.js                    the in-process sandbox emulator, when the sandbox starts
//   dist/topology-panel.js              the topology panel's host, when the panel first opens
//   dist/webview/topology.js            the topology page (browser, IIFE)
//   dist/webview/relayout-worker.js     the page's re-layout worker (browser worker, IIFE)
//   dist/emulator-cli.js                the standalone API emulator (Node)
//   dist/hcl2json/lib/index.js          HashiCorp's HCL parser (WebAssembly, main.wasm.gz beside
//                                       it), loaded by the extension on first use only
// Flags: --watch rebuilds on change; --production minifies and drops source maps.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { bundleTargets, esbuildOptions, root } from './bundles.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const targets = bundleTargets({ production }).map(esbuildOptions);

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
