// Runs the VS Code test suite (out/test/vscode, compiled from test/vscode) inside a real VS Code,
// through the real extension API, against the API emulator. Called by `scripts/test-all.mjs`
// (tier `vscode`, also `npm run test:vscode`); see README.md beside this file for every option.
// Exit code 0 only when the suite ran to the end and every test passed; the counts go, as JSON
// {"passed":N,"failed":N,"skipped":N}, to the file named by VPT_TEST_SUMMARY.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAutomationLog } from './automation-log.mjs';
import { armTimeLimit, createCleanup, exitThroughCleanup } from './cleanup.mjs';
import { cleanEnvironment, startCodeServer } from './code-server-process.mjs';
import { startEmulator } from './emulator-process.mjs';
import { freePort } from './free-port.mjs';
import { ensureCodeServer } from './install-code-server.mjs';
import { spawnGroup } from './process-group.mjs';
import { chooseRunner } from './runner-choice.mjs';
import { pageTarget, serveScreenshots } from './screenshot-service.mjs';
import { launchBrowser, openTestWorkbench, workbenchUrl } from './workbench-page.mjs';
import { createWorkbenchProfile } from './workbench-profile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionTestsPath = path.join(root, 'out', 'test', 'vscode', 'index.js');
const settings = {
  timeLimitMs: Number(process.env.VPT_VSCODE_TIMEOUT_MS) || 10 * 60 * 1000,
  keepArtifacts: process.env.VPT_KEEP_ARTIFACTS === '1',
  verbose: process.env.VPT_VSCODE_VERBOSE === '1',
  withEmulator: process.env.VPT_EMULATOR !== 'off',
  screenshotDir: path.resolve(root, process.env.VPT_SCREENSHOT_DIR || path.join('.test-artifacts', 'screenshots')),
};

const cleanup = createCleanup();
exitThroughCleanup(cleanup);
armTimeLimit(settings.timeLimitMs, cleanup);

function requireBuiltFiles() {
  const missing = [path.join(root, 'dist', 'extension.js'), extensionTestsPath].filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(`not built: ${missing.map((f) => path.relative(root, f)).join(', ')} (run node scripts/build.mjs and npx tsc -p tsconfig.test.json)`);
  }
}

async function startEmulatorForRun() {
  if (!settings.withEmulator) {
    console.log('emulator: off (VPT_EMULATOR=off); tests that need it will fail');
    return {};
  }
  const emulator = await startEmulator(root, { onSpawn: cleanup.add });
  console.log(`emulator: ${emulator.ready.endpoint}, ${emulator.ready.accounts.length} accounts`);
  return { VPC_PEERING_EMULATOR: emulator.readyLine };
}

async function runInCodeServer(entry, profile, hostEnv) {
  const env = {
    ...cleanEnvironment(),
    // VS Code and Chromium write under HOME and the XDG folders: keep all of it in the scratch dir.
    HOME: profile.home,
    XDG_CONFIG_HOME: path.join(profile.home, '.config'),
    XDG_DATA_HOME: path.join(profile.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(profile.home, '.cache'),
    ...hostEnv,
  };
  const server = await startCodeServer({ entry, port: await freePort(), profile, env, onSpawn: cleanup.add, verbose: settings.verbose });
  const browser = await launchBrowser({ home: profile.home });
  cleanup.add(() => browser.close());

  const url = workbenchUrl(server.url, { folder: profile.workspaceDir, extensionDevelopmentPath: root, extensionTestsPath });
  const log = createAutomationLog({ verbose: settings.verbose });
  const { page, exitCode } = await openTestWorkbench(browser, url, { onLog: log.handle });
  cleanup.add(serveScreenshots({ requestsDir: hostEnv.VPT_SCREENSHOT_REQUESTS, outputDir: settings.screenshotDir, target: pageTarget(page) }));
  let runOver = false;
  const serverDied = server.exited.then((code) => {
    if (!runOver) console.error(`code-server exited (${code}) in the middle of the run; its log: ${server.logFile}`);
    return 1;
  });
  const code = await Promise.race([exitCode, serverDied]);
  runOver = true;
  if (code !== 0 && log.workbenchErrors().length) {
    console.error(`\nthe workbench's latest errors (all of its log: VPT_VSCODE_VERBOSE=1):\n${log.workbenchErrors().join('\n')}`);
  }
  return code;
}

async function runInElectron(choice, profile, hostEnv) {
  const options = {
    executable: choice.executable,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    workspaceDir: profile.workspaceDir,
    userDataDir: profile.userDataDir,
    extensionsDir: profile.extensionsDir,
    env: hostEnv,
  };
  const vscode = spawnGroup(process.execPath, [path.join(root, 'scripts', 'vscode-test', 'electron-runner.mjs'), JSON.stringify(options)], {
    cwd: root,
    stdio: 'inherit',
    env: cleanEnvironment(),
  });
  cleanup.add(vscode.stop);
  return vscode.exited;
}

function readSummary(file) {
  try {
    const summary = JSON.parse(readFileSync(file, 'utf8'));
    return ['passed', 'failed', 'skipped'].every((key) => Number.isInteger(summary[key])) ? summary : undefined;
  } catch {
    return undefined;
  }
}

function report(exitCode, summaryFile) {
  const summary = readSummary(summaryFile);
  if (!summary) {
    console.error(`the suite wrote no summary: it did not run to the end (VS Code reported exit ${exitCode})`);
    return 1;
  }
  if (process.env.VPT_TEST_SUMMARY) writeFileSync(process.env.VPT_TEST_SUMMARY, JSON.stringify(summary));
  console.log(`vscode: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  if (summary.passed + summary.failed === 0) {
    console.error('no test ran (check VPT_VSCODE_GREP)');
    return 1;
  }
  return exitCode === 0 && summary.failed === 0 ? 0 : 1;
}

async function main() {
  const started = Date.now();
  const choice = chooseRunner();
  console.log(`VS Code runner: ${choice.runner} (${choice.reason})`);
  requireBuiltFiles();
  // Installed (on first use) before anything else starts, so nothing idles through the install.
  const codeServerEntry = choice.runner === 'code-server' ? await ensureCodeServer() : undefined;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'vpt-vscode-'));
  cleanup.add(() => {
    if (settings.keepArtifacts) console.log(`kept the run's files in ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  });
  const profile = createWorkbenchProfile(scratch);
  const hostEnv = {
    ...(await startEmulatorForRun()),
    VPT_TEST_SUMMARY: path.join(scratch, 'summary.json'),
    VPT_USER_DATA_DIR: profile.userDataDir,
    VPT_SCREENSHOT_DIR: settings.screenshotDir,
  };
  if (choice.runner === 'code-server') {
    hostEnv.VPT_SCREENSHOT_REQUESTS = path.join(scratch, 'screenshot-requests');
    hostEnv.VPT_MARK_TEST_OUTPUT = '1';
  }

  const exitCode = codeServerEntry ? await runInCodeServer(codeServerEntry, profile, hostEnv) : await runInElectron(choice, profile, hostEnv);
  const result = report(exitCode, hostEnv.VPT_TEST_SUMMARY);
  console.log(`VS Code run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (!cleanup.started()) console.error(`vscode tests could not run: ${error?.message ?? error}`);
}
await cleanup.run();
process.exit(code);
