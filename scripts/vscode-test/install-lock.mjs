// A lock between processes on one machine: a directory that only one `mkdir` can create.
// A lock whose owner died (or that is older than any install can take) is taken over, so a
// killed install never blocks the next run forever.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const staleAfterMs = 30 * 60 * 1000;
const ownerlessGraceMs = 60 * 1000;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function isStale(lockDir) {
  let owner;
  try {
    owner = JSON.parse(readFileSync(path.join(lockDir, 'owner.json'), 'utf8'));
  } catch {
    // Created but not yet described: only stale once the creator had ample time to write it.
    try {
      return Date.now() - statSync(lockDir).mtimeMs > ownerlessGraceMs;
    } catch {
      return false;
    }
  }
  return !isAlive(owner.pid) || Date.now() - owner.since > staleAfterMs;
}

/** Waits until this process holds the lock; returns a function that releases it. */
export async function acquireLock(lockDir, { onWait = () => {}, pollMs = 1000 } = {}) {
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify({ pid: process.pid, since: Date.now() }));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (isStale(lockDir)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) {
      onWait();
      announced = true;
    }
    await sleep(pollMs);
  }
}
