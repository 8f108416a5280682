// The VS Code test harness is written as ES modules (scripts/vscode-test/*.mjs), which these
// CommonJS tests cannot require: each test runs a short module in a child Node process instead.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// Compiled to out/test/unit/scripts/vscode-test.
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');

/** The import specifier of a harness module. */
export function harnessModule(file: string): string {
  return JSON.stringify(pathToFileURL(path.join(repoRoot, 'scripts', 'vscode-test', file)).href);
}

/** Runs ES module source and parses the JSON it prints last. */
export function runModule<T>(source: string, env: NodeJS.ProcessEnv = {}): T {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 15_000,
  });
  if (result.status !== 0) throw new Error(`module exited ${result.status}: ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}

/** Starts ES module source in the background; `stop` ends it. */
export function startModule(source: string): { stop: () => Promise<void> } {
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
