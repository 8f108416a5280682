// Packages the extension into a temporary folder and checks the .vsix holds what the extension
// needs at run time (the bundles, the worker, media) and nothing it must not ship (sources, maps,
// tests). Run by the static test tier, so `npm run package` cannot quietly stop working.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vpt-package-'));
try {
  execFileSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', scratch],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const [vsix] = readdirSync(scratch).filter((name) => name.endsWith('.vsix'));
  if (!vsix) throw new Error('vsce wrote no .vsix');
  // What went in, as vsce lists it (paths inside the extension folder).
  const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  // Every bundle of scripts/bundles.mjs the extension host loads, the lazy ones included.
  const required = ['package.json', 'dist/extension.js', 'dist/cloud.js', 'dist/emulator.js', 'dist/topology-panel.js', 'dist/terraform-export.js', 'dist/webview/topology.js', 'dist/webview/relayout-worker.js', 'dist/hcl2json/lib/index.js', 'dist/hcl2json/main.wasm.gz', 'media/topology.css'];
  const missing = required.filter((name) => !listing.includes(name));
  const unwanted = listing.filter((name) => /\.(ts|map)$|^(src|test|out|node_modules|scripts|bench)\//.test(name));
  if (missing.length > 0 || unwanted.length > 0) {
    console.error(`missing from the .vsix: ${missing.join(', ') || 'nothing'}; not to be shipped: ${unwanted.join(', ') || 'nothing'}`);
    process.exit(1);
  }
  console.log(`${vsix}: ${listing.length} files, the bundles, the worker and media included`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
