// Lists what each bundle holds, from esbuild's metafile, without writing any bundle: per bundle
// its minified size, the bytes each package or src/ folder adds, every input module, and the
// files it requires at run time (the lazy bundles, `vscode`). Prints JSON on stdout.
//   node scripts/bundle-inputs.mjs [name…]     only the named bundles (see scripts/bundles.mjs)
// Used by test/unit/scripts/bundles.test.ts (what the activation bundle may hold) and the bench.
import * as esbuild from 'esbuild';
import { bundleTargets, esbuildOptions } from './bundles.mjs';

const wanted = process.argv.slice(2);
const targets = bundleTargets({ production: true }).filter((t) => wanted.length === 0 || wanted.includes(t.metadata.name));

/** `node_modules/@scope/name/…` → `@scope/name`; `src/views/explorer/x.ts` → `src/views/explorer`. */
function owner(input) {
  const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return input.split('/').slice(0, -1).join('/') || input;
}

const report = {};
await Promise.all(
  targets.map(async (target) => {
    const result = await esbuild.build({ ...esbuildOptions(target), write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const [outputName, output] = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('.js'));
    const byOwner = {};
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) byOwner[owner(input)] = (byOwner[owner(input)] ?? 0) + bytesInOutput;
    const requires = Object.entries(result.metafile.inputs).flatMap(([from, { imports }]) =>
      imports.filter((i) => i.external).map((i) => ({ from, path: i.path, kind: i.kind })),
    );
    report[target.metadata.name] = {
      file: outputName,
      extensionSide: target.metadata.extensionSide,
      bytes: output.bytes,
      byOwner: Object.fromEntries(Object.entries(byOwner).sort((a, b) => b[1] - a[1])),
      inputs: Object.keys(output.inputs).sort(),
      requires,
    };
  }),
);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
