// Starts code-server on 127.0.0.1 in its own process group and stops the whole group: the
// server forks an extension host, a pty host and file watchers, and none may outlive a run.
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnGroup } from './process-group.mjs';

/* global AbortSignal */

const startTimeoutMs = 60_000;

/** The environment of the caller minus what would tie code-server to an editor it runs inside. */
export function cleanEnvironment(env = process.env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete clean[key];
  }
  return clean;
}

function serverArgs(entry, port, profile) {
  return [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--config', profile.configFile,
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    profile.workspaceDir,
  ];
}

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function isHealthy(url) {
  try {
    const response = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the server and resolves once `/healthz` answers. `onSpawn(stop)` is called as soon as
 * the process exists, so an interruption while it starts up still stops it.
 * @returns {{ url: string, port: number, logFile: string, exited: Promise<number>, stop: () => Promise<void> }}
 */
export async function startCodeServer({ entry, port, profile, env, onSpawn, verbose = false }) {
  const logFile = path.join(profile.root, 'server.log');
  const logFd = openSync(logFile, 'w');
  const output = verbose ? 'inherit' : logFd;
  const server = spawnGroup(process.execPath, serverArgs(entry, port, profile), { stdio: ['ignore', output, output], env });
  closeSync(logFd);
  const { exited, stop } = server;
  onSpawn(stop);

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + startTimeoutMs;
  while (!(await isHealthy(url))) {
    if (server.hasExited()) {
      const exitCode = await exited;
      await stop();
      throw new Error(`code-server exited (${exitCode}) before it was ready; last lines of ${logFile}:\n${tail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}healthz within ${startTimeoutMs / 1000} s; last lines of ${logFile}:\n${tail(logFile)}`);
    }
    await sleep(200);
  }
  return { url, port, logFile, exited, stop };
}
