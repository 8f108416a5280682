// The lock that keeps two runs from installing code-server into the same folder at once.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { harnessModule, runModule } from './harness-modules';

interface Holding {
  acquiredAt: number;
  releasedAt: number;
}

/** A process that takes the lock, holds it for `holdMs`, and reports when it had it. */
function holdLock(lockDir: string, holdMs: number): Promise<Holding> {
  const source = `
    import { acquireLock } from ${harnessModule('install-lock.mjs')};
    const release = await acquireLock(${JSON.stringify(lockDir)}, { pollMs: 20 });
    const acquiredAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, ${holdMs}));
    const releasedAt = Date.now();
    release();
    console.log(JSON.stringify({ acquiredAt, releasedAt }));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Holding) : reject(new Error(`exit ${code}`))));
  });
}

describe('install lock', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-lock-'));
  });

  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('lets only one process hold it at a time', async () => {
    const lockDir = path.join(scratch, 'install.lock');
    const holdings = await Promise.all([holdLock(lockDir, 300), holdLock(lockDir, 300)]);
    const [first, second] = holdings.sort((a, b) => a.acquiredAt - b.acquiredAt);
    assert.ok(second.acquiredAt >= first.releasedAt, `overlap: ${JSON.stringify(holdings)}`);
    assert.equal(fs.existsSync(lockDir), false);
  });

  it('takes over a lock whose owner is dead', () => {
    const lockDir = path.join(scratch, 'install.lock');
    fs.mkdirSync(lockDir);
    // A pid that belonged to a process that has exited by now.
    const deadPid = runModule<number>(`
      import { spawnSync } from 'node:child_process';
      console.log(spawnSync(process.execPath, ['-e', '0']).pid);
    `);
    fs.writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify({ pid: deadPid, since: Date.now() }));
    const took = runModule<boolean>(`
      import { acquireLock } from ${harnessModule('install-lock.mjs')};
      const timer = setTimeout(() => { console.log('false'); process.exit(0); }, 2000);
      const release = await acquireLock(${JSON.stringify(lockDir)}, { pollMs: 20 });
      clearTimeout(timer);
      release();
      console.log('true');
    `);
    assert.equal(took, true);
  });
});
