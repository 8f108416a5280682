// A child process that leads its own process group, so that stopping it also stops everything
// it forked (VS Code's extension host, pty host, file watchers, Electron helpers).
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

function signalGroup(pid, signal) {
  try {
    if (process.platform === 'win32') {
      spawnSync('taskkill', ['/T', '/F', '/PID', String(pid)], { stdio: 'ignore' });
    } else {
      process.kill(-pid, signal);
    }
  } catch {
    // Already gone.
  }
}

/**
 * Spawns `command` as the leader of a new process group.
 * @returns {{ child: import('node:child_process').ChildProcess, exited: Promise<number>, hasExited: () => boolean, stop: () => Promise<void> }}
 */
export function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  let exitCode;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve((exitCode = code ?? (signal ? 1 : 0))));
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve((exitCode = 1));
    });
  });
  const stop = async () => {
    if (exitCode === undefined) {
      signalGroup(child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(5000, undefined, { ref: false })]);
    }
    // The leader may be gone while its children still run in the group.
    signalGroup(child.pid, 'SIGKILL');
  };
  return { child, exited, hasExited: () => exitCode !== undefined, stop };
}
