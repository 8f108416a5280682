// Runs the emulator as its own process for a benchmark, as the real service would be: the loader
// under test gets this process's CPU, the emulator another core.

import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { EmulatorAccount } from '../../src/emulator';

export interface EmulatorProcess {
  endpoint: string;
  accounts: EmulatorAccount[];
  stop(): Promise<void>;
}

export async function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const cli = path.join(__dirname, '..', '..', '..', 'dist', 'emulator-cli.js');
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\n');
      if (end >= 0) resolve(buffered.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited with ${code} before it was ready`)));
  });
  const ready = JSON.parse(line) as { endpoint: string; accounts: (EmulatorAccount & { provider?: string })[] };
  return {
    endpoint: ready.endpoint,
    // The line lists the Huawei Cloud tenants too; the store loads the Alibaba Cloud accounts.
    accounts: ready.accounts.filter((account) => account.provider === undefined || account.provider === 'alibaba'),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
