// Runs the standalone Alibaba Cloud API emulator for a test run. Its contract: it prints one JSON
// line `{"endpoint":"127.0.0.1:PORT","accounts":[…]}` once it listens, and exits on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const defaultReadyTimeoutMs = 20_000;

export class EmulatorUnavailable extends Error {}

function parseReadyLine(line) {
  let ready;
  try {
    ready = JSON.parse(line);
  } catch {
    return undefined;
  }
  const valid = typeof ready?.endpoint === 'string' && Array.isArray(ready.accounts) && ready.accounts.length > 0;
  return valid ? ready : undefined;
}

/**
 * Starts `dist/emulator-cli.js` and resolves with its ready line (the exact text, to hand on)
 * and a stop function. Rejects with EmulatorUnavailable when it is missing, exits or stays silent.
 * `onSpawn(stop)` is called as soon as the process exists.
 */
export function startEmulator(
  root,
  { args = ['--port', '0', '--scenario', 'demo', '--transition-ms', '50'], readyTimeoutMs = defaultReadyTimeoutMs, onSpawn = () => {} } = {},
) {
  const cli = path.join(root, 'dist', 'emulator-cli.js');
  if (!existsSync(cli)) {
    return Promise.reject(new EmulatorUnavailable(`the emulator is not built: ${cli} is missing (run node scripts/build.mjs)`));
  }
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  let exitCode;
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exitCode = code ?? signal))));
  child.stderr.on('data', (chunk) => {
    // The end is what explains a failure; a chatty emulator must not grow this without bound.
    stderr = (stderr + chunk).slice(-4000);
  });

  const stop = async () => {
    if (exitCode !== undefined) return;
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(3000, undefined, { ref: false })]);
    if (exitCode === undefined) child.kill('SIGKILL');
  };
  onSpawn(stop);

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = async (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      await stop();
      const details = stderr.trim() ? `\n${stderr.trim()}` : '';
      reject(new EmulatorUnavailable(`the emulator is not available: ${why}${details}`));
    };
    const timer = setTimeout(() => fail(`no ready line within ${readyTimeoutMs / 1000} s`), readyTimeoutMs);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      const line = stdout.slice(0, newline).trim();
      const ready = parseReadyLine(line);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      if (!ready) {
        fail(`its first line is not the ready JSON: ${line.slice(0, 200)}`);
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve({ readyLine: line, ready, stop });
    });
    exited.then((code) => fail(`it exited with ${code} before it was ready`));
  });
}
