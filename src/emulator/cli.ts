// `node dist/emulator-cli.js`: the emulator as a process. It prints one JSON line with the endpoint
// and the accounts once it accepts requests and nothing else on stdout, logs calls to stderr only
// with --verbose, and on SIGTERM or SIGINT closes (writing the state file) and exits with 0.
// Bad options exit with 2.

import { CliUsageError, parseCliArgs, USAGE, type CliCommand } from './cliOptions';
import { ScenarioError, startEmulator, type RunningEmulator } from './index';

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`emulator: ${error.message}\nRun with --help for the options.\n`);
    process.exit(2);
  }
  if (command.help) {
    process.stdout.write(USAGE);
    return;
  }

  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({ ...command.options, log: command.verbose ? (line) => process.stderr.write(`${line}\n`) : undefined });
  } catch (error) {
    const usage = error instanceof ScenarioError || error instanceof RangeError;
    process.stderr.write(`emulator: ${(error as Error).message}\n`);
    process.exit(usage ? 2 : 1);
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`emulator: could not close cleanly: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Each account says which cloud it belongs to; Huawei tenants carry a domainId instead of a uid.
  const accounts = [
    ...emulator.accounts.map((account) => ({ ...account, provider: 'alibaba' })),
    ...emulator.huawei.accounts.map((account) => ({ ...account, provider: 'huawei' })),
  ];
  process.stdout.write(`${JSON.stringify({ endpoint: emulator.endpoint, accounts })}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
