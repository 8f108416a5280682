// Installs code-server (the VS Code server plus its web workbench) from the npm registry into
// the tools folder, once per machine. Used by the test runner and by `npm start`.
//   node scripts/vscode-test/install-code-server.mjs     installs now (e.g. to warm a CI cache)
//
// Why code-server 4.100.3: it is VS Code 1.100.3 on Node 20, and later releases need Node 22+.
// Safety: a lock keeps two runs from installing at once, and a marker written last tells a
// finished install from one that was interrupted (which is then redone from scratch).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { acquireLock } from './install-lock.mjs';
import { ensureDebianPackages } from './debian-packages.mjs';
import { seedRipgrepCache } from './ripgrep-cache.mjs';
import { codeServerDir, codeServerVersion } from './tools-dir.mjs';

const markerName = '.install-complete.json';
const npmCli = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function entryOf(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

// Native modules (argon2, node-pty, kerberos) are built for one Node ABI: another Node needs
// another install.
function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, markerName), 'utf8'));
  } catch {
    return undefined;
  }
}

function isComplete(dir) {
  const marker = readMarker(dir);
  return marker?.version === codeServerVersion && marker.nodeAbi === process.versions.modules && existsSync(entryOf(dir));
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

// code-server's native modules (argon2, kerberos, node-pty, spdlog) are compiled during the
// install where no prebuilt binary can be fetched.
function checkPrerequisites() {
  const problems = [];
  if (process.platform === 'linux' && !existsSync('/usr/include/gssapi/gssapi.h')) {
    problems.push('the kerberos headers are missing (apt-get install -y libkrb5-dev)');
  }
  const tools = ['make', 'c++', 'python3'].filter((tool) => process.platform !== 'win32' && !hasCommand(tool));
  if (tools.length) problems.push(`no ${tools.join(', ')} to build native modules (apt-get install -y build-essential python3)`);
  if (process.versions.node.split('.')[0] !== '20') {
    console.warn(`code-server ${codeServerVersion} is made for Node 20; this is Node ${process.versions.node}`);
  }
  if (problems.length) throw new Error(`cannot install code-server: ${problems.join('; ')}`);
}

// Lines every offline install prints and that mean nothing went wrong: npm 11 on the flag it still
// honours and on install scripts it has not been told to allow (it runs them anyway), and
// node-pre-gyp failing to download a prebuilt argon2 (it then builds it from source).
const harmless = [
  /^npm warn Unknown (cli|env) config "?-*unsafe-perm"?/,
  /^npm warn install-scripts/,
  /^node-pre-gyp ERR! install request to \S+ failed/,
  /^node-pre-gyp WARN (Pre-built binaries not installable|Hit error request to \S+ failed)/,
];

export function isHarmlessInstallLine(line) {
  return harmless.some((pattern) => pattern.test(line));
}

// npm announces each package's install script as "> name@version install": the long, quiet
// stretches of an install (mostly compiling native modules) are named as they start.
const scriptStart = /^> (@?[^@\s]+)@\S+ (install|postinstall)$/;

/** Feeds each complete line of a stream to `onLine`. */
function forEachLine(stream, onLine) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) onLine(line);
  });
  stream.on('end', () => rest && onLine(rest));
}

function runNpm(dir, logFile, onPhase) {
  const log = createWriteStream(logFile, { flags: 'a' });
  return new Promise((resolve) => {
    const child = spawn(
      npmCli,
      // npm 11 calls --unsafe-perm unknown but still hands it to the scripts, and code-server's
      // postinstall refuses to run as root without it.
      ['install', `code-server@${codeServerVersion}`, '--unsafe-perm', '--foreground-scripts', '--no-audit', '--no-fund', '--loglevel=warn'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        // node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
        env: { ...process.env, npm_config_yes: 'true' },
      },
    );
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    forEachLine(child.stdout, (line) => {
      const script = scriptStart.exec(line.trim());
      if (script) onPhase(`${script[1]} (${script[2]} script)`);
    });
    child.on('error', (error) => {
      log.end(`\n${error.stack}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      log.end();
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** The last lines of the log that may say what went wrong (the harmless ones left out). */
function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').filter((line) => !isHarmlessInstallLine(line)).slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function installInto(dir, log) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'vpt-tools-code-server', private: true }, null, 2));
  seedRipgrepCache();
  const logFile = path.join(dir, 'install.log');
  const started = Date.now();
  log(`installing code-server ${codeServerVersion} into ${dir} (first use only, a few minutes; npm's output goes to ${logFile})`);
  const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`.padStart(6);
  const onPhase = (what) => log(`${seconds()}  ${what}`);
  // One retry: a dropped connection to the registry should not cost a CI run.
  for (let attempt = 1; attempt <= 2; attempt++) {
    onPhase('downloading packages from the npm registry');
    const code = await runNpm(dir, logFile, onPhase);
    if (code === 0 && existsSync(entryOf(dir))) break;
    if (attempt === 2) {
      throw new Error(`npm install code-server@${codeServerVersion} failed (exit ${code}); last lines of ${logFile}:\n${tail(logFile, 30)}`);
    }
    log(`npm install failed (exit ${code}); retrying once in 5 s`);
    rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    await sleep(5000);
  }
  onPhase('checking that code-server starts');
  // `--config` so that not even this probe writes a default config into ~/.config/code-server.
  const probe = [entryOf(dir), '--config', path.join(dir, 'probe-config.yaml'), '--version'];
  const version = spawnSync(process.execPath, probe, { encoding: 'utf8', timeout: 60_000 });
  if (!version.stdout?.includes(`${codeServerVersion} `)) {
    throw new Error(`code-server was installed but does not start: ${version.stderr || version.stdout || version.error}`);
  }
  writeFileSync(
    path.join(dir, markerName),
    JSON.stringify({ version: codeServerVersion, nodeAbi: process.versions.modules, node: process.version, seconds: (Date.now() - started) / 1000 }),
  );
  log(`code-server ${codeServerVersion} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Returns the path of code-server's entry script, installing it first if needed. */
export async function ensureCodeServer({ log = (line) => console.log(line) } = {}) {
  const dir = codeServerDir();
  if (isComplete(dir)) return entryOf(dir);
  ensureDebianPackages();
  checkPrerequisites();
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = await acquireLock(`${dir}.lock`, { onWait: () => log('waiting for another process that is installing code-server…') });
  try {
    // The other process may have finished the install while this one waited.
    if (!isComplete(dir)) await installInto(dir, log);
  } finally {
    release();
  }
  return entryOf(dir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(await ensureCodeServer());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
