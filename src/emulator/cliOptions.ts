// The command line of the standalone emulator, parsed into `EmulatorOptions`. Pure, so every rule
// (numbers in range, known options, one scenario source) is tested without starting a process.

import type { EmulatorOptions } from './index';
import { BUILT_IN_SCENARIO_NAMES } from './scenario/source';

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export interface CliCommand {
  options: EmulatorOptions;
  verbose: boolean;
  help: boolean;
}

export const USAGE = `Usage: node dist/emulator-cli.js [options]

Runs the Alibaba Cloud VPC 2016-04-28 / VpcPeer 2022-01-01 emulator, and Huawei Cloud's VPC
peering APIs beside it, on 127.0.0.1 and prints one JSON line when ready:
{"endpoint","accounts":[{"provider":"alibaba","name","uid","accessKeyId","accessKeySecret"},
 {"provider":"huawei","name","domainId","accessKeyId","secretAccessKey"}]}.
Stops on SIGTERM or SIGINT.

Options:
  --port N                  port to listen on; 0 picks a free one (default 0)
  --scenario NAME|FILE      demo (default), empty, or a scenario JSON file
  --generate regions=N,vpcs=N,peers=N[,accounts=N][,huaweiTenants=N][,huaweiVpcs=N][,huaweiPeerings=N]
                            a generated scenario instead of --scenario (with 2 Huawei
                            tenants and 12 Huawei VPCs unless sized)
  --transition-ms N         how long transitional statuses last (default 2000)
  --latency-ms N            added to every answer (default 0)
  --throttle-rate F         fraction of calls answered Throttling.User (Huawei: 429) (default 0)
  --error-rate F            fraction of calls answered ServiceUnavailable (Huawei: 500) (default 0)
  --seed N                  seed for generated scenarios, new ids and faults (default 1)
  --accept-window-ms N      how long a cross-account request waits (default 7 days)
  --state FILE              load from FILE if it exists and save every change to it
                            (the Huawei world too)
  --verbose                 one line per API call on stderr
  --help                    this text
`;

type Setter = (value: string, options: EmulatorOptions) => void;

function number(name: string, min: number, max: number, integer: boolean): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new CliUsageError(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${text}".`);
    }
    return value;
  };
}

const GENERATE_FIELDS = ['regions', 'vpcs', 'peers', 'accounts', 'huaweiTenants', 'huaweiVpcs', 'huaweiPeerings'];
const GENERATE_FORM = 'regions=N,vpcs=N,peers=N[,accounts=N][,huaweiTenants=N][,huaweiVpcs=N][,huaweiPeerings=N]';

function parseGenerate(text: string): NonNullable<EmulatorOptions['generate']> {
  const fields = new Map<string, number>();
  for (const part of text.split(',')) {
    const [key, value, extra] = part.split('=');
    if (value === undefined || extra !== undefined || !GENERATE_FIELDS.includes(key.trim())) {
      throw new CliUsageError(`--generate expects ${GENERATE_FORM}, not "${text}".`);
    }
    fields.set(key.trim(), number(`--generate ${key.trim()}`, key.trim() === 'regions' || key.trim() === 'accounts' ? 1 : 0, 1_000_000, true)(value));
  }
  for (const required of ['regions', 'vpcs', 'peers']) {
    if (!fields.has(required)) throw new CliUsageError(`--generate needs ${required}=N.`);
  }
  const generate: NonNullable<EmulatorOptions['generate']> = { regions: fields.get('regions')!, vpcs: fields.get('vpcs')!, peers: fields.get('peers')!, accounts: fields.get('accounts') };
  for (const name of ['huaweiTenants', 'huaweiVpcs', 'huaweiPeerings'] as const) {
    if (fields.has(name)) generate[name] = fields.get(name);
  }
  return generate;
}

const SETTERS: Record<string, Setter> = {
  '--port': (v, o) => (o.port = number('--port', 0, 65535, true)(v)),
  '--scenario': (v, o) => {
    if (v.trim() === '') throw new CliUsageError(`--scenario needs ${BUILT_IN_SCENARIO_NAMES} or a file path.`);
    o.scenario = v;
  },
  '--generate': (v, o) => (o.generate = parseGenerate(v)),
  '--transition-ms': (v, o) => (o.transitionMs = number('--transition-ms', 0, 3_600_000, false)(v)),
  '--latency-ms': (v, o) => (o.latencyMs = number('--latency-ms', 0, 600_000, false)(v)),
  '--throttle-rate': (v, o) => (o.throttleRate = number('--throttle-rate', 0, 1, false)(v)),
  '--error-rate': (v, o) => (o.errorRate = number('--error-rate', 0, 1, false)(v)),
  '--seed': (v, o) => (o.seed = number('--seed', 0, 2 ** 32 - 1, true)(v)),
  '--accept-window-ms': (v, o) => (o.acceptWindowMs = number('--accept-window-ms', 1, Number.MAX_SAFE_INTEGER, false)(v)),
  '--state': (v, o) => {
    if (v.trim() === '') throw new CliUsageError('--state needs a file path.');
    o.stateFile = v;
  },
};

export function parseCliArgs(args: readonly string[]): CliCommand {
  const command: CliCommand = { options: {}, verbose: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      command.help = true;
      continue;
    }
    if (arg === '--verbose') {
      command.verbose = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const setter = SETTERS[name];
    if (!setter) throw new CliUsageError(arg.startsWith('-') ? `unknown option ${name}.` : `unexpected argument "${arg}".`);
    let value: string | undefined;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      i += 1;
    }
    if (value === undefined) throw new CliUsageError(`${name} needs a value.`);
    setter(value, command.options);
  }
  if (command.options.generate && command.options.scenario !== undefined) {
    throw new CliUsageError('give either --scenario or --generate, not both.');
  }
  return command;
}
