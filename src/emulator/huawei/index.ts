// The Huawei Cloud half of the emulator: its world, scenario, fault injection and HTTP front,
// assembled for `startEmulator`, which mounts the front in the one server beside the Alibaba APIs.

import type { Clock } from '../clock';
import { SeededRandom } from '../random';
import { CallStats } from '../stats';
import { HUAWEI_DEMO, HUAWEI_EMPTY } from './demo';
import { HuaweiFaults, type HuaweiFaultRates } from './faults';
import { HuaweiFront } from './front';
import { isHuaweiPath } from './api/endpoints';
import type { MountedApis } from '../http/server';
import { populateHuawei, type HuaweiScenarioDocument } from './scenario';
import { DEFAULT_HUAWEI_QUOTAS, HuaweiWorld, type HuaweiQuotas } from './world';
import type { HuaweiAccount } from './records';

export type { HuaweiScenarioDocument } from './scenario';
export { huaweiToDocument } from './scenario';
export type { HuaweiFaultRule, HuaweiFaultRates, HuaweiFaults } from './faults';
export type { HuaweiQuotas, HuaweiWorld } from './world';
export type { HuaweiPeering, HuaweiPeeringStatus } from './records';

export interface HuaweiOptions {
  /**
   * `demo`, `empty` or a document. Default: the `huawei` section of the scenario document (file,
   * generated), else `demo` with the Alibaba `demo` scenario, else `empty`. A state file's `huawei`
   * section wins over all of them.
   */
  scenario?: 'demo' | 'empty' | HuaweiScenarioDocument;
  /** How long a deleted peering answers GET as DELETED before 404. Default 0 (gone at once). */
  deleteWindowMs?: number;
  quotas?: Partial<HuaweiQuotas>;
}

/** A tenant with its access key, as the world keeps it. */
export type HuaweiEmulatorAccount = HuaweiAccount;

export interface RunningHuawei {
  /** Each tenant with its access key; its projects are found through IAM, as on the cloud. */
  accounts: HuaweiEmulatorAccount[];
  world: HuaweiWorld;
  faults: HuaweiFaults;
  stats: CallStats;
}

export interface HuaweiMount {
  running: RunningHuawei;
  /** What the HTTP server hands the Huawei paths to. */
  mount: MountedApis;
}

export function createHuaweiCloud(
  options: HuaweiOptions,
  context: {
    clock: Clock;
    seed: number;
    acceptWindowMs: number;
    rates: HuaweiFaultRates;
    /** What the world starts from, as `startEmulator` chose it (the state file, `options.scenario`, the scenario document's section …). */
    scenario: 'demo' | 'empty' | HuaweiScenarioDocument;
    /** Where it came from, for ScenarioError. */
    source: string;
    log?: (line: string) => void;
  },
): HuaweiMount {
  const world = new HuaweiWorld(context.clock, new SeededRandom(context.seed).fork(0x4857), {
    acceptWindowMs: context.acceptWindowMs,
    deleteWindowMs: options.deleteWindowMs ?? 0,
    quotas: { ...DEFAULT_HUAWEI_QUOTAS, ...options.quotas },
  });
  const scenario = context.scenario;
  populateHuawei(world, scenario === 'demo' ? HUAWEI_DEMO : scenario === 'empty' ? HUAWEI_EMPTY : scenario, context.source);
  const faults = new HuaweiFaults(context.rates, new SeededRandom(context.seed).fork(0xfa17).int(0, 2 ** 31));
  const stats = new CallStats();
  const front = new HuaweiFront({ world, faults, stats, log: context.log });
  const accounts = world.accounts.map(({ name, domainId, accessKeyId, secretAccessKey }) => ({ name, domainId, accessKeyId, secretAccessKey }));
  return {
    running: { accounts, world, faults, stats },
    mount: { claims: isHuaweiPath, handle: (req, res) => front.handle(req, res), close: () => front.close() },
  };
}
