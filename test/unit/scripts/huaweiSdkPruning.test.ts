// The Huawei SDKs in the cloud bundle keep only what src/cloud/huawei calls
// (scripts/huaweiSdkPruning.mjs). What it calls is read here independently of the plugin, by the
// TypeScript checker: every member of the SDKs' classes and modules that src/cloud/huawei names as
// a value. Each must be in the pruned SDK as the cloud bundle's plugins build it, so calling a
// method the pruned client lacks fails this test instead of the extension.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { runModule } from './vscode-test/harness-modules';

// Compiled to out/test/unit/scripts.
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const SDK_FILE = /node_modules\/@huaweicloud\/huaweicloud-sdk-(vpc|iam)\/(v\d)\//;

interface Use {
  /** `vpc/v2`, `vpc/v3`, `iam/v3`. */
  module: string;
  /** The class declaring the member, or undefined for a module's export. */
  container?: string;
  name: string;
  at: string;
}

/** Every member of an SDK class or module src/cloud/huawei uses as a value, per the type checker. */
function sdkValuesUsed(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  assert.ok(config, 'tsconfig.json parses');
  const files = config.fileNames.filter((file) => file.includes('/src/cloud/huawei/'));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of program.getSourceFiles().filter((f) => files.includes(f.fileName))) {
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isTypeNode(node)) return;
      if (ts.isIdentifier(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        for (const declaration of target?.declarations ?? []) {
          const sdk = declaration.getSourceFile().fileName.match(SDK_FILE);
          // A module itself (an `import * as` or a namespace re-export) holds nothing to check.
          if (!sdk || ts.isSourceFile(declaration)) continue;
          const parent = declaration.parent;
          const container = ts.isClassDeclaration(parent) ? parent.name?.text : undefined;
          const where = file.getLineAndCharacterOfPosition(node.getStart());
          uses.push({ module: `${sdk[1]}/${sdk[2]}`, container, name: node.text, at: `${path.relative(repoRoot, file.fileName)}:${where.line + 1}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** What the pruned SDK holds, built with the cloud bundle's own plugins: module → export → its names. */
function prunedSdk(scratch: string): Record<string, Record<string, string[]>> {
  const entry = path.join(scratch, 'entry.js');
  writeFileSync(entry, `exports['vpc/v2'] = require('@huaweicloud/huaweicloud-sdk-vpc/v2/public-api');
exports['vpc/v3'] = require('@huaweicloud/huaweicloud-sdk-vpc').v3;
exports['iam/v3'] = require('@huaweicloud/huaweicloud-sdk-iam/v3/public-api');
`);
  const outfile = path.join(scratch, 'sdk.js');
  return runModule<Record<string, Record<string, string[]>>>(`
    import * as esbuild from 'esbuild';
    import { createRequire } from 'node:module';
    import { bundleTargets, esbuildOptions } from './scripts/bundles.mjs';
    const cloud = esbuildOptions(bundleTargets({ production: true }).find((target) => target.metadata.name === 'cloud'));
    await esbuild.build({ ...cloud, entryPoints: [${JSON.stringify(entry)}], outfile: ${JSON.stringify(outfile)}, nodePaths: [${JSON.stringify(path.join(repoRoot, 'node_modules'))}], logLevel: 'error' });
    const sdk = createRequire(import.meta.url)(${JSON.stringify(outfile)});
    const names = (value) => [...new Set([value, value.prototype ?? {}].flatMap((o) => Object.getOwnPropertyNames(o)))];
    const held = {};
    for (const [module, exports] of Object.entries(sdk)) {
      held[module] = { '': Object.keys(exports) };
      for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') held[module][name] = name === 'ParamCreater' ? Object.keys(value()) : names(value);
    }
    console.log(JSON.stringify(held));
  `, { HOME: scratch });
}

describe('huawei SDK pruning: the cloud bundle keeps what src/cloud/huawei calls', function () {
  this.timeout(120_000);
  let scratch: string;
  let uses: Use[];
  let held: Record<string, Record<string, string[]>>;

  before(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'huawei-pruning-'));
    uses = sdkValuesUsed();
    held = prunedSdk(scratch);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds the SDK calls of src/cloud/huawei (the check below is not empty)', () => {
    const methods = new Set(uses.filter((use) => use.container).map((use) => `${use.module} ${use.container}.${use.name}`));
    for (const expected of ['vpc/v2 VpcClient.listVpcPeerings', 'vpc/v2 VpcClient.updateRouteTable', 'vpc/v3 VpcClient.listVpcs', 'iam/v3 IamClient.keystoneListAuthProjects']) {
      assert.ok(methods.has(expected), `${expected} is among ${[...methods].join(', ')}`);
    }
  });

  it('every SDK class member and export src/cloud/huawei uses is in the pruned SDK', () => {
    const missing = uses.filter((use) => !(held[use.module]?.[use.container ?? ''] ?? []).includes(use.name));
    assert.deepEqual(
      missing.map((use) => `${use.at}: ${use.module} ${use.container ? `${use.container}.` : ''}${use.name}`),
      [],
      'src/cloud/huawei uses what the pruned SDK lacks: see scripts/huaweiSdkPruning.mjs',
    );
  });

  it('the clients keep few of their API methods and their request builders, and the public API no models', () => {
    for (const [module, client] of [['vpc/v2', 'VpcClient'], ['vpc/v3', 'VpcClient'], ['iam/v3', 'IamClient']] as const) {
      const methods = held[module][client].filter((name) => !['constructor', 'getPath', 'length', 'name', 'prototype', 'newBuilder'].includes(name));
      assert.ok(methods.length > 0 && methods.length <= 15, `${module} ${client}: ${methods.length} methods kept (${methods.join(', ')})`);
      assert.deepEqual(methods.filter((name) => !held[module].ParamCreater.includes(name)), [], `${module}: each method kept has its request builder`);
      assert.deepEqual(held[module][''].filter((name) => name.endsWith('Request') || name.endsWith('Response')), [], `${module}: no request or response model is exported`);
    }
  });
});
