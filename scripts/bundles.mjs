// The esbuild options of every bundle the extension ships, in one place: scripts/build.mjs builds
// them, scripts/bundle-inputs.mjs lists what each one holds (the build checks and the bench).
//
// The extension host side is several bundles so that activation parses only what activation
// needs (docs/architecture.md, "Bundles"):
//   dist/extension.js         activation: commands, tree, store, profiles (no SDK, no emulator)
//   dist/cloud.js             the cloud layer: the Alibaba and Huawei Cloud SDKs, the account clients
//   dist/emulator.js          the in-process sandbox emulator
//   dist/topology-panel.js    the topology panel's host (graph feed, page HTML, layout)
//   dist/terraform-export.js  the Terraform export (plan, HCL, CDK for Terraform)
// Each lazy bundle is required on first need by its loader module (src/profiles/cloudLayer.ts,
// src/profiles/emulatorBundle.ts, src/views/topology/lazyTopologyPanel.ts,
// src/commands/terraform/terraformExport.ts). Code shared between
// bundles (model/, cloud/errors.ts) is duplicated in each: it is pure, and the one class checked
// with instanceof across bundles (CloudError) recognises its copies.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deferredSdkRequires } from './deferredRequires.mjs';
import { usedHuaweiClientsOnly } from './huaweiSdkPruning.mjs';
import { unusedSdkExtrasCut } from './sdkExtrasCut.mjs';
import { usedVpcClientOnly } from './vpcClientPruning.mjs';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Source module (from the repository root, no extension) → the bundle that holds it. */
export const LAZY_BUNDLES = {
  'src/cloud/createAccountClient': { name: 'cloud', file: 'dist/cloud.js', loader: 'src/profiles/cloudLayer.ts' },
  'src/emulator/index': { name: 'emulator', file: 'dist/emulator.js', loader: 'src/profiles/emulatorBundle.ts' },
  'src/views/topology/topologyPanel': { name: 'topologyPanel', file: 'dist/topology-panel.js', loader: 'src/views/topology/lazyTopologyPanel.ts' },
  'src/terraform/exportText': { name: 'terraformExport', file: 'dist/terraform-export.js', loader: 'src/commands/terraform/terraformExport.ts' },
};

/** The source module a relative import resolves to, in LAZY_BUNDLES' form. */
function sourceModule(resolveDir, importPath) {
  const absolute = path.resolve(resolveDir, importPath);
  const relative = path.relative(root, absolute).split(path.sep).join('/').replace(/\.(ts|js)$/, '');
  return relative === 'src/emulator' ? 'src/emulator/index' : relative;
}

/**
 * An import of a lazy bundle's entry module becomes a `require` of that bundle's file, so the
 * bundle is parsed when the loader first asks for it and never copied into the importer. A
 * bundle's own entry is left alone.
 */
function lazyBundlesExcept(ownEntry) {
  return {
    name: 'lazy-bundles',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        const module = sourceModule(args.resolveDir, args.path);
        const bundle = LAZY_BUNDLES[module];
        if (!bundle || module === ownEntry) return undefined;
        return { path: `./${path.basename(bundle.file)}`, external: true };
      });
    },
  };
}

// The HCL parser starts a WebAssembly module and reads main.wasm.gz from `../` of its own file:
// it is a bundle of its own at dist/hcl2json/lib/, which the extension requires when it first
// reads Terraform, never at activation.
const hcl2jsonOnDemand = {
  name: 'hcl2json-on-demand',
  setup(build) {
    build.onResolve({ filter: /^@cdktf\/hcl2json$/ }, () => ({ path: './hcl2json/lib/index.js', external: true }));
  },
};

function commonOptions(production) {
  return {
    bundle: true,
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
    legalComments: 'none',
  };
}

/** A bundle that runs in the extension host: Node, CommonJS, `vscode` from the editor. */
function extensionHostBundle(production, name, entry, outfile, extraPlugins = []) {
  return {
    ...commonOptions(production),
    entryPoints: [entry],
    outfile,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    // Node reads its files as UTF-8: text such as '…' stays as it is instead of a 6-byte escape.
    charset: 'utf8',
    plugins: [lazyBundlesExcept(entry.replace(/\.ts$/, '')), hcl2jsonOnDemand, ...extraPlugins],
    metadata: { name, extensionSide: true },
  };
}

/**
 * Every bundle, named. `metadata` is this file's own (stripped before esbuild sees it):
 * `extensionSide` marks the bundles that run in the extension host.
 */
export function bundleTargets({ production }) {
  const common = commonOptions(production);
  // The cloud layer's SDKs, cut to what the extension calls (see each plugin's file).
  const cloudPlugins = () => [usedVpcClientOnly(root), usedHuaweiClientsOnly(root), unusedSdkExtrasCut(), deferredSdkRequires()];
  const lazy = Object.entries(LAZY_BUNDLES).map(([module, bundle]) =>
    extensionHostBundle(production, bundle.name, `${module}.ts`, bundle.file, bundle.name === 'cloud' ? cloudPlugins() : []),
  );
  return [
    extensionHostBundle(production, 'extension', 'src/extension.ts', 'dist/extension.js'),
    ...lazy,
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
      metadata: { name: 'hcl2json', extensionSide: true },
    },
    {
      ...common,
      entryPoints: ['src/webview/main.ts'],
      outfile: 'dist/webview/topology.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      metadata: { name: 'webview', extensionSide: false },
    },
    {
      ...common,
      entryPoints: ['src/webview/relayout/relayoutWorker.ts'],
      outfile: 'dist/webview/relayout-worker.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      metadata: { name: 'relayoutWorker', extensionSide: false },
    },
    {
      ...common,
      entryPoints: ['src/emulator/cli.ts'],
      outfile: 'dist/emulator-cli.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      metadata: { name: 'emulatorCli', extensionSide: false },
    },
  ];
}

/** The extension host code as one bundle with the whole VPC SDK, as before: the bench's baseline. */
export function allInOneExtensionBundle(outfile) {
  const bundle = extensionHostBundle(true, 'allInOne', 'src/extension.ts', outfile);
  return { ...bundle, sourcemap: false, plugins: bundle.plugins.filter((plugin) => plugin.name !== 'lazy-bundles') };
}

/** The esbuild options of a target (without this file's metadata). */
export function esbuildOptions(target) {
  const options = { ...target };
  delete options.metadata;
  return options;
}
