// How the runner starts the emulator for a VS Code run, against fake emulator scripts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { harnessModule, runModule } from './harness-modules';

interface Outcome {
  readyLine?: string;
  error?: string;
  unavailable?: boolean;
  stoppedWithin?: number;
}

/** Starts the emulator of a fake project whose dist/emulator-cli.js is `cliSource`, then stops it. */
function startFake(cliSource: string | undefined): Outcome {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-fake-emulator-'));
  try {
    if (cliSource !== undefined) {
      fs.mkdirSync(path.join(root, 'dist'));
      fs.writeFileSync(path.join(root, 'dist', 'emulator-cli.js'), cliSource);
    }
    return runModule<Outcome>(`
      import { startEmulator, EmulatorUnavailable } from ${harnessModule('emulator-process.mjs')};
      try {
        const emulator = await startEmulator(${JSON.stringify(root)}, { readyTimeoutMs: 1000 });
        const started = Date.now();
        await emulator.stop();
        console.log(JSON.stringify({ readyLine: emulator.readyLine, stoppedWithin: Date.now() - started }));
      } catch (error) {
        console.log(JSON.stringify({ error: error.message, unavailable: error instanceof EmulatorUnavailable }));
      }
    `);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const readyLine = JSON.stringify({
  endpoint: '127.0.0.1:4567',
  accounts: [{ name: 'hub', uid: '1', accessKeyId: 'id', accessKeySecret: 'secret' }],
});

describe('emulator for a VS Code run', () => {
  it('hands on the ready line exactly and stops the emulator with SIGTERM', () => {
    const outcome = startFake(`console.log(${JSON.stringify(readyLine)}); setInterval(() => {}, 1000);`);
    assert.equal(outcome.readyLine, readyLine);
    assert.ok((outcome.stoppedWithin ?? Infinity) < 2000);
  });

  it('says the emulator is not built when its bundle is missing', () => {
    const outcome = startFake(undefined);
    assert.equal(outcome.unavailable, true);
    assert.match(outcome.error ?? '', /not built/);
  });

  it('reports an emulator that exits, with what it wrote to stderr', () => {
    const outcome = startFake(`console.error('emulator not built yet'); process.exit(1);`);
    assert.equal(outcome.unavailable, true);
    assert.match(outcome.error ?? '', /exited with 1 before it was ready\nemulator not built yet/);
  });

  it('refuses a first line that is not the ready JSON', () => {
    const outcome = startFake(`console.log('listening on 4567'); setInterval(() => {}, 1000);`);
    assert.match(outcome.error ?? '', /not the ready JSON: listening on 4567/);
  });

  it('gives up on an emulator that never says it is ready', () => {
    const outcome = startFake(`setInterval(() => {}, 1000);`);
    assert.match(outcome.error ?? '', /no ready line within 1 s/);
  });
});
