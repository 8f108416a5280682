// The Alibaba Cloud VPC 2016-04-28 / VpcPeer 2022-01-01 emulator: a local HTTP server the real
// SDKs talk to with real signatures. It is the extension's offline sandbox and the backend of the
// automated tests and benchmarks. See docs/emulator.md.

import { systemClock, type Clock } from './clock';
import { FaultInjector } from './faults';
import { Authenticator } from './http/authenticator';
import { ApiServer } from './http/server';
import { IdFactory } from './ids';
import { SeededRandom } from './random';
import { compileScenario } from './scenario/compile';
import type { ScenarioDocument } from './scenario/document';
import { generateScenario } from './scenario/generate';
import { populateWorld } from './scenario/populate';
import { resolveScenario } from './scenario/source';
import { StateFile } from './scenario/stateFile';
import { CallStats } from './stats';
import { EmulatorWorld } from './world/emulatorWorld';
import { createHuaweiCloud, type HuaweiOptions, type RunningHuawei } from './huawei';
import { DEFAULT_QUOTAS, World, type Quotas } from './world/world';

export type { ScenarioDocument } from './scenario/document';
export type { FaultRule, FaultInjector } from './faults';
export type { FaultRates } from './faultBook';
export type { CallStats } from './stats';
export type { Quotas } from './world/world';
export type { NewRoute, NewVpc } from './world/emulatorWorld';
export { EmulatorWorld } from './world/emulatorWorld';
export { ManualClock, type Clock } from './clock';
export { ScenarioError } from './scenario/compile';
export { generateScenario, type GenerateOptions } from './scenario/generate';
export { emulatedActions } from './api/registry';
export type { HuaweiOptions, RunningHuawei, HuaweiEmulatorAccount, HuaweiScenarioDocument, HuaweiFaultRule, HuaweiQuotas } from './huawei';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. The server binds 127.0.0.1 only. */
  port?: number;
  /** `demo` (default), `empty`, the path of a JSON scenario file, or a scenario document. */
  scenario?: 'demo' | 'empty' | string | ScenarioDocument;
  /** A generated scenario instead of `scenario` (deterministic for `seed`), with a small Huawei part unless sized by the `huawei…` fields. */
  generate?: { regions: number; vpcs: number; peers: number; accounts?: number; huaweiTenants?: number; huaweiVpcs?: number; huaweiPeerings?: number };
  /** Added to every answer. Default 0. */
  latencyMs?: number;
  /** How long Creating, Updating, Deleting, Pending … last. Default 2000. */
  transitionMs?: number;
  /** Fraction (0–1) of calls answered `Throttling.User`. Default 0. */
  throttleRate?: number;
  /** Fraction (0–1) of calls answered `ServiceUnavailable` (HTTP 503). Default 0. */
  errorRate?: number;
  /** Seeds generated scenarios, new resource ids and injected faults. Default 1. */
  seed?: number;
  /** Loaded instead of the scenario when it exists; every change is saved to it. */
  stateFile?: string;
  /** How long a cross-account request waits for an answer. Default 7 days. */
  acceptWindowMs?: number;
  /** Service quotas; unnamed ones keep their defaults (see docs/emulator.md). */
  quotas?: Partial<Quotas>;
  /** Time source; tests can pass a `ManualClock`. Default: the system clock. */
  clock?: Clock;
  /** Receives one line per API call (action, account, status, duration; never secrets). */
  log?: (line: string) => void;
  /** The Huawei Cloud APIs served beside the Alibaba ones (see docs/emulator.md). */
  huawei?: HuaweiOptions;
}

export interface EmulatorAccount {
  name: string;
  uid: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface RunningEmulator {
  /** `127.0.0.1:PORT`, for `Config.endpoint` (with `protocol: 'http'`). */
  endpoint: string;
  port: number;
  /** Each account with its (non-STS) access key. */
  accounts: EmulatorAccount[];
  /** Read the emulated cloud and change it out of band. */
  world: EmulatorWorld;
  /** Change latency and fault rates, add or clear targeted fault rules, at run time. */
  faults: FaultInjector;
  /** API call counts, total and by action; `reset()` starts over. */
  stats: CallStats;
  /** Huawei Cloud tenants, state, faults and call counts; its SDK uses `http://` + `endpoint`. */
  huawei: RunningHuawei;
  /** Stops the server, closes every connection and writes the state file. */
  close(): Promise<void>;
}

const DEFAULT_TRANSITION_MS = 2000;
const DEFAULT_ACCEPT_WINDOW_MS = 7 * 24 * 3600_000;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const seed = options.seed ?? 1;
  const acceptWindowMs = options.acceptWindowMs ?? DEFAULT_ACCEPT_WINDOW_MS;
  const ids = new IdFactory(new SeededRandom(seed).fork(0x1d5));
  const world = new World(clock, ids, {
    transitionMs: options.transitionMs ?? DEFAULT_TRANSITION_MS,
    acceptWindowMs,
    quotas: { ...DEFAULT_QUOTAS, ...options.quotas },
  });

  const stateFile = options.stateFile !== undefined ? new StateFile(options.stateFile) : undefined;
  const { document, source, fromState } = chooseScenario(options, stateFile, clock.now(), acceptWindowMs, seed);
  populateWorld(world, compileScenario(document, { ids, now: clock.now(), acceptWindowMs }, source));

  const faults = new FaultInjector({ latencyMs: options.latencyMs ?? 0, throttleRate: options.throttleRate ?? 0, errorRate: options.errorRate ?? 0 }, seed);
  const stats = new CallStats();
  const authenticator = new Authenticator((id) => world.accessKey(id), clock);
  const huawei = createHuaweiCloud(options.huawei ?? {}, {
    clock,
    seed,
    acceptWindowMs,
    rates: faults.getRates(),
    ...chooseHuaweiScenario(options, document, source, fromState),
    log: options.log,
  });
  const server = new ApiServer({ world, authenticator, faults, stats, log: options.log, otherApis: huawei.mount });
  const port = await server.listen(options.port ?? 0);
  await stateFile?.follow(world, huawei.running.world);

  let closing: Promise<void> | undefined;
  return {
    endpoint: `127.0.0.1:${port}`,
    port,
    accounts: world.accounts().map((account) => {
      const key = world.accessKeys().find((k) => k.accountUid === account.uid && k.securityToken === undefined)!;
      return { name: account.name, uid: account.uid, accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret };
    }),
    world: new EmulatorWorld(world),
    faults,
    stats,
    huawei: huawei.running,
    close: () => {
      closing ??= (async () => {
        await server.close();
        await stateFile?.close(world);
      })();
      return closing;
    },
  };
}

function chooseScenario(
  options: EmulatorOptions,
  stateFile: StateFile | undefined,
  now: number,
  acceptWindowMs: number,
  seed: number,
): { document: ScenarioDocument; source: string; fromState: boolean } {
  if (stateFile?.exists()) return { document: stateFile.load(), source: stateFile.path, fromState: true };
  if (options.generate) {
    const document = generateScenario({ ...options.generate, seed, now, acceptWindowMs });
    return { document, source: 'generated', fromState: false };
  }
  return { ...resolveScenario(options.scenario ?? 'demo', { now, acceptWindowMs }), fromState: false };
}

/**
 * What the Huawei world starts from: a state file's `huawei` section, else `options.huawei.scenario`,
 * else the scenario document's `huawei` section (a file, a generated scenario), else — a scenario
 * without one, or a state file written before the Huawei world was saved — the Huawei demo when the
 * scenario option is `demo` (its default), an empty world otherwise.
 */
function chooseHuaweiScenario(
  options: EmulatorOptions,
  document: ScenarioDocument,
  source: string,
  fromState: boolean,
): { scenario: NonNullable<HuaweiOptions['scenario']>; source: string } {
  if (fromState && document.huawei) return { scenario: document.huawei, source };
  if (options.huawei?.scenario !== undefined) return { scenario: options.huawei.scenario, source: typeof options.huawei.scenario === 'string' ? options.huawei.scenario : 'given in code' };
  if (document.huawei) return { scenario: document.huawei, source };
  const configured = options.generate ? 'generated' : (options.scenario ?? 'demo');
  return { scenario: configured === 'demo' ? 'demo' : 'empty', source };
}

function checkOptions(options: EmulatorOptions): void {
  const check = (name: string, value: number | undefined, min: number, max: number, integer = false): void => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new RangeError(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not ${value}`);
    }
  };
  check('port', options.port, 0, 65535, true);
  check('latencyMs', options.latencyMs, 0, 600_000);
  check('transitionMs', options.transitionMs, 0, 3_600_000);
  check('throttleRate', options.throttleRate, 0, 1);
  check('errorRate', options.errorRate, 0, 1);
  check('seed', options.seed, 0, 2 ** 32 - 1, true);
  check('acceptWindowMs', options.acceptWindowMs, 1, Number.MAX_SAFE_INTEGER);
  if (options.generate && options.scenario !== undefined) throw new Error('give either scenario or generate, not both');
}
