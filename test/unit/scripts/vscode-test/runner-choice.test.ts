import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { harnessModule, runModule } from './harness-modules';

interface Choice {
  runner: 'code-server' | 'electron';
  executable?: string;
  reason: string;
}

function choose(env: Record<string, string>): Choice | { error: string } {
  return runModule(`
    import { chooseRunner } from ${harnessModule('runner-choice.mjs')};
    try { console.log(JSON.stringify(chooseRunner(${JSON.stringify(env)}, 'linux'))); }
    catch (error) { console.log(JSON.stringify({ error: error.message })); }
  `);
}

/** A fake install folder shaped like a desktop VS Code (or, without product.json, like a server CLI). */
function fakeInstall(root: string, { desktop }: { desktop: boolean }): { bin: string; executable: string } {
  fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bin', 'code'), '#!/bin/sh\n', { mode: 0o755 });
  fs.writeFileSync(path.join(root, 'code'), '', { mode: 0o755 });
  if (desktop) {
    fs.mkdirSync(path.join(root, 'resources', 'app'), { recursive: true });
    fs.writeFileSync(path.join(root, 'resources', 'app', 'product.json'), '{}');
  }
  return { bin: path.join(root, 'bin'), executable: path.join(root, 'code') };
}

describe('VS Code runner choice', () => {
  let scratch: string;
  let desktop: { bin: string; executable: string };
  let serverCli: { bin: string; executable: string };

  before(() => {
    scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-runner-choice-')));
    desktop = fakeInstall(path.join(scratch, 'VSCode-linux-x64'), { desktop: true });
    serverCli = fakeInstall(path.join(scratch, 'vscode-server'), { desktop: false });
  });

  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('uses code-server when no desktop VS Code is on the PATH', () => {
    assert.equal((choose({ PATH: '/nonexistent' }) as Choice).runner, 'code-server');
  });

  it('uses the desktop VS Code behind `code` when there is a display', () => {
    assert.deepEqual(choose({ PATH: desktop.bin, DISPLAY: ':0' }), {
      runner: 'electron',
      executable: desktop.executable,
      reason: 'a desktop VS Code is on the PATH and a display is available',
    });
  });

  it('uses code-server when the desktop VS Code has no display to run on', () => {
    const choice = choose({ PATH: desktop.bin }) as Choice;
    assert.equal(choice.runner, 'code-server');
    assert.match(choice.reason, /no display/);
  });

  it('does not take a VS Code server CLI for a desktop VS Code', () => {
    assert.equal((choose({ PATH: serverCli.bin, DISPLAY: ':0' }) as Choice).runner, 'code-server');
  });

  it('uses VSCODE_EXECUTABLE through @vscode/test-electron', () => {
    assert.deepEqual(choose({ PATH: '/nonexistent', VSCODE_EXECUTABLE: '/opt/code/code' }), {
      runner: 'electron',
      executable: '/opt/code/code',
      reason: 'VSCODE_EXECUTABLE is set',
    });
  });

  it('lets VPT_VSCODE_RUNNER=code-server win over everything else', () => {
    const choice = choose({ PATH: desktop.bin, DISPLAY: ':0', VSCODE_EXECUTABLE: '/opt/code/code', VPT_VSCODE_RUNNER: 'code-server' });
    assert.equal((choice as Choice).runner, 'code-server');
  });

  it('with VPT_VSCODE_RUNNER=electron and no desktop VS Code, leaves the download to test-electron', () => {
    const choice = choose({ PATH: '/nonexistent', VPT_VSCODE_RUNNER: 'electron' }) as Choice;
    assert.equal(choice.runner, 'electron');
    assert.equal(choice.executable, undefined);
  });

  it('refuses an unknown VPT_VSCODE_RUNNER', () => {
    assert.match((choose({ VPT_VSCODE_RUNNER: 'web' }) as { error: string }).error, /must be "code-server" or "electron"/);
  });
});
