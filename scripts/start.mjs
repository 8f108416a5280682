// `npm start`: the extension in a local VS Code, starting on the offline sandbox.
//   npm start                         code-server on http://127.0.0.1:8080/ (another free port, said
//                                     plainly, when 8080 is taken), opened in any browser
//   npm start -- --port 9000          that port (also env PORT); fails if it is taken
//   npm start -- --desktop            desktop VS Code (`code` on the PATH) as an Extension Development Host
// The extension is linked into a kept profile under the tools folder, so the workbench keeps its
// layout between starts and rebuilt bundles are picked up on the next reload of the page. Each
// phase (build, code-server install on first use, server start) prints one line with its time.
// Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCleanup, exitThroughCleanup } from './vscode-test/cleanup.mjs';
import { cleanEnvironment, startCodeServer } from './vscode-test/code-server-process.mjs';
import { preferredOrFreePort } from './vscode-test/free-port.mjs';
import { ensureCodeServer } from './vscode-test/install-code-server.mjs';
import { codeServerDir, codeServerVersion, toolsDir } from './vscode-test/tools-dir.mjs';
import { createWorkbenchProfile } from './vscode-test/workbench-profile.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const defaultPort = 8080;
const minimumNodeMajor = 20;
const started = Date.now();

/** Seconds since `npm start` began, for the phase lines. */
function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < minimumNodeMajor) throw new Error(`npm start needs Node ${minimumNodeMajor} or later; this is Node ${process.versions.node}`);
}

function parseArgs(argv) {
  const options = { desktop: false, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--desktop') options.desktop = true;
    else if (argv[i] === '--port') options.port = argv[++i];
    else if (argv[i].startsWith('--port=')) options.port = argv[i].slice('--port='.length);
    else throw new Error(`unknown option ${argv[i]} (known: --port N, --desktop)`);
  }
  options.port ??= process.env.PORT;
  if (options.port !== undefined && !/^\d+$/.test(String(options.port))) throw new Error(`--port needs a number, not "${options.port}"`);
  return options;
}

function build() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

/** Links the repository into the extensions folder as an installed extension (the link survives rebuilds). */
function linkExtension(extensionsDir) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const prefix = `${manifest.publisher}.${manifest.name}-`.toLowerCase();
  mkdirSync(extensionsDir, { recursive: true });
  // Versions linked by earlier starts would load beside this one.
  for (const stale of readdirSync(extensionsDir).filter((entry) => entry.startsWith(prefix))) {
    rmSync(path.join(extensionsDir, stale), { recursive: true, force: true });
  }
  const link = path.join(extensionsDir, `${prefix}${manifest.version}`);
  symlinkSync(root, link, 'dir');
  return link;
}

/** Resolves with the exit code of the `code` command (which returns once the window is open). */
function startDesktop(workspaceDir) {
  return new Promise((resolve) => {
    const code = spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`, workspaceDir], {
      stdio: 'inherit',
      env: { ...process.env, VPC_PEERING_AUTOSTART_SANDBOX: '1' },
    });
    code.on('error', (error) => {
      console.error(`could not run the desktop VS Code (\`code\` on the PATH): ${error.message}`);
      resolve(1);
    });
    code.on('exit', (status) => {
      if (status === 0) console.log('VPC Peering Topology is open in a new VS Code window (Extension Development Host)');
      resolve(status ?? 1);
    });
  });
}

/** The port asked for (taken: an error), or 8080, or when that is taken any free port, said so. */
async function choosePort(asked) {
  const wanted = asked !== undefined ? Number(asked) : defaultPort;
  const port = await preferredOrFreePort(wanted);
  if (port === wanted) return port;
  if (asked !== undefined) throw new Error(`port ${asked} is taken: choose another with --port N (or PORT=N)`);
  console.log(`port ${defaultPort} is taken, so code-server uses port ${port} (choose one with --port N or PORT=N)`);
  return port;
}

async function startInBrowser(options, cleanup) {
  const entry = await ensureCodeServer();
  console.log(`${elapsed()}  code-server ${codeServerVersion} ready (${codeServerDir()})`);
  const base = path.join(toolsDir(), 'start');
  const profile = createWorkbenchProfile(base);
  linkExtension(profile.extensionsDir);
  const port = await choosePort(options.port);
  let stopping = false;
  const server = await startCodeServer({
    entry,
    port,
    profile,
    env: { ...cleanEnvironment(), VPC_PEERING_AUTOSTART_SANDBOX: '1' },
    onSpawn: (stop) =>
      cleanup.add(() => {
        stopping = true;
        return stop();
      }),
  });
  console.log(`${elapsed()}  code-server started`);
  console.log(`\nVPC Peering Topology is running: open ${server.url} in a browser (Ctrl-C stops it)`);
  console.log('It starts on the sandbox (the built-in emulator with three demo accounts): nothing needs credentials.');
  console.log(`It listens on 127.0.0.1 only, with no password: from another machine, tunnel it (ssh -L ${port}:127.0.0.1:${port} <this host>).`);
  console.log(`workspace (exports are offered here): ${profile.workspaceDir}`);
  console.log(`code-server log: ${server.logFile}`);
  const code = await server.exited;
  if (!stopping) console.error(`code-server stopped by itself (exit ${code}); its log: ${server.logFile}`);
  return code === 0 ? 0 : 1;
}

async function main(cleanup) {
  const options = parseArgs(process.argv.slice(2));
  checkNode();
  build();
  if (!options.desktop) return startInBrowser(options, cleanup);
  const workspaceDir = path.join(toolsDir(), 'start', 'workspace');
  mkdirSync(workspaceDir, { recursive: true });
  return startDesktop(workspaceDir);
}

const cleanup = createCleanup();
exitThroughCleanup(cleanup);
let status = 1;
try {
  status = await main(cleanup);
} catch (error) {
  console.error(error?.message ?? error);
}
await cleanup.run();
process.exit(status);
