// Runs one of the VS Code test tier's measurements (a test that runs only when its environment
// variable is set) in a fresh VS Code, and reads the figures the test wrote to `out`.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run_ = promisify(execFile);
const root = path.join(__dirname, '..', '..', '..');

export async function vscodeMeasurement<T>(grep: string, out: string, env: Record<string, string>): Promise<T> {
  await run_(process.execPath, [path.join(root, 'scripts', 'vscode-test', 'run.mjs')], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, VPT_VSCODE_GREP: grep, ...env },
  });
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}
