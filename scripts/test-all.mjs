// Runs the test tiers and ends with one line `N passed, N failed`.
//   node scripts/test-all.mjs                 every tier that can run here
//   node scripts/test-all.mjs unit emulator   only those tiers
// Tiers: static (typecheck, lint, and the .vsix when the bundles are built), unit, emulator, webview (headless Chromium), vscode (real VS Code).
// On CI (CI=true) a tier that cannot run is a failure, never a silent skip.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/chromium.mjs';
import { removeStaleOutput } from './lib/staleOutput.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const onCi = process.env.CI === 'true' || process.env.CI === '1';
const allTiers = ['static', 'unit', 'emulator', 'webview', 'vscode'];
const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const tiers = requested.length ? requested : allTiers;
for (const tier of tiers) {
  if (!allTiers.includes(tier)) {
    console.error(`unknown tier "${tier}"; known: ${allTiers.join(', ')}`);
    process.exit(2);
  }
}

const mochaBin = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const results = [];

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
  });
}

async function step(name, command, args) {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  const code = await run(command, args);
  console.log(`── ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code === 0;
}

function readSummary(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function mochaTier(tier, extraEnv = {}) {
  const dir = path.join(root, 'out', 'test', tier);
  if (!existsSync(dir)) {
    results.push({ tier, passed: 0, failed: 1, note: `no compiled tests in ${path.relative(root, dir)}` });
    return;
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), `vpt-${tier}-`));
  const summaryFile = path.join(scratch, 'summary.json');
  console.log(`\n── ${tier} tests ──`);
  const code = await run(process.execPath, [
    mochaBin,
    '--reporter', path.join(root, 'scripts', 'mocha-summary-reporter.cjs'),
    '--recursive', '--extension', 'js',
    '--timeout', tier === 'webview' ? '60000' : '20000',
    '--exit',
    `out/test/${tier}`,
  ], { env: { ...process.env, ...extraEnv, MOCHA_SUMMARY_FILE: summaryFile } });
  const summary = readSummary(summaryFile);
  rmSync(scratch, { recursive: true, force: true });
  if (!summary) {
    results.push({ tier, passed: 0, failed: 1, note: `mocha exited ${code} without a summary` });
  } else {
    results.push({ tier, ...summary, note: code !== 0 && summary.failed === 0 ? `exit ${code}` : undefined });
    if (code !== 0 && summary.failed === 0) results.at(-1).failed = 1;
  }
}

async function vscodeTier() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'vpt-vscode-'));
  const summaryFile = path.join(scratch, 'summary.json');
  console.log('\n── vscode tests ──');
  const code = await run(process.execPath, [path.join(root, 'scripts', 'vscode-test', 'run.mjs')], {
    env: { ...process.env, VPT_TEST_SUMMARY: summaryFile },
  });
  const summary = readSummary(summaryFile);
  rmSync(scratch, { recursive: true, force: true });
  if (!summary) {
    results.push({ tier: 'vscode', passed: 0, failed: 1, note: `runner exited ${code} without a summary` });
  } else {
    const failed = summary.failed + (code !== 0 && summary.failed === 0 ? 1 : 0);
    results.push({ tier: 'vscode', ...summary, failed, note: summary.failed === 0 && code !== 0 ? `runner exit ${code}` : undefined });
  }
}

const needsBuild = tiers.some((t) => t !== 'static');
if (needsBuild) {
  if (!(await step('build bundles', process.execPath, ['scripts/build.mjs']))) {
    results.push({ tier: 'build', passed: 0, failed: 1, note: 'esbuild failed' });
  }
  if (!(await step('compile tests', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']))) {
    results.push({ tier: 'compile', passed: 0, failed: 1, note: 'tsc failed' });
  }
  for (const file of removeStaleOutput(root)) console.log(`removed ${file} (its test source is gone)`);
}

for (const tier of tiers) {
  if (tier === 'static') {
    const typecheck = await step('typecheck (extension + webview)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.webview.json']);
    const alsoMain = needsBuild ? true : await step('typecheck (node)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
    const lint = await step('eslint', process.execPath, ['node_modules/eslint/bin/eslint.js', '--no-error-on-unmatched-pattern', 'src', 'test', 'scripts', 'bench']);
    // Packaging needs the bundles; a static-only run has not built them.
    const checks = [typecheck, alsoMain, lint];
    if (needsBuild) checks.push(await step('package (.vsix)', process.execPath, ['scripts/check-package.mjs']));
    const ok = checks.filter(Boolean).length;
    results.push({ tier: 'static', passed: ok, failed: checks.length - ok });
  } else if (tier === 'webview') {
    const chromium = findChromium();
    if (!chromium) {
      const note = 'no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)';
      results.push({ tier, passed: 0, failed: onCi ? 1 : 0, skippedTier: true, note });
      continue;
    }
    await mochaTier('webview', { CHROMIUM_PATH: chromium });
  } else if (tier === 'vscode') {
    await vscodeTier();
  } else {
    await mochaTier(tier);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n── summary ──');
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped ?? 0;
  const extra = [r.skipped ? `${r.skipped} skipped` : '', r.skippedTier ? 'tier skipped' : '', r.note ?? ''].filter(Boolean).join('; ');
  console.log(`${r.tier.padEnd(9)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${extra ? `  (${extra})` : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
