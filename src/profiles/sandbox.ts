// The sandbox: an emulator of the Alibaba Cloud VPC and VpcPeer APIs and of Huawei Cloud's VPC
// peering on 127.0.0.1 that the real SDKs talk to, so every feature can be tried with no account. It runs inside the extension host
// and keeps its changes in the extension's global storage. When `VPC_PEERING_EMULATOR` holds
// the JSON line an external emulator printed (`node dist/emulator-cli.js …`), that emulator is
// used instead — the test harness does this to share one emulator with its tests.

import { rename } from 'node:fs/promises';
import * as path from 'node:path';
import type { EmulatorAccount, HuaweiEmulatorAccount, RunningEmulator } from '../emulator';
import { emulatorBundle } from './emulatorBundle';

export interface SandboxEndpoint {
  endpoint: string;
  accounts: EmulatorAccount[];
  /** The Huawei Cloud tenants the same endpoint serves. */
  huaweiAccounts: HuaweiEmulatorAccount[];
  /** True when this process started the emulator (and must stop it). */
  owned: boolean;
}

export interface SandboxOptions {
  /** Folder for the sandbox's saved state (the extension's global storage). */
  storageDir: string;
  /** How long resources stay in a transitional state, ms. */
  transitionMs: number;
  /** `process.env` or a test's stand-in. */
  env: Record<string, string | undefined>;
  /** Told when a saved state could not be read and was moved aside. */
  onStateReset?: (movedTo: string, reason: string) => void;
}

export class SandboxHost {
  private running?: { info: SandboxEndpoint; emulator?: RunningEmulator };
  private starting?: Promise<SandboxEndpoint>;

  constructor(private readonly options: SandboxOptions) {}

  get current(): SandboxEndpoint | undefined {
    return this.running?.info;
  }

  /** Starts the sandbox (once); later calls return the running one. */
  start(): Promise<SandboxEndpoint> {
    if (this.running) return Promise.resolve(this.running.info);
    this.starting ??= this.launch().finally(() => (this.starting = undefined));
    return this.starting;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    await running?.emulator?.close();
  }

  private async launch(): Promise<SandboxEndpoint> {
    const external = parseExternalEmulator(this.options.env.VPC_PEERING_EMULATOR);
    if (external) {
      this.running = { info: external };
      return external;
    }
    // Loaded on first use: the emulator is only needed by people who try the sandbox.
    const { startEmulator, ScenarioError } = emulatorBundle();
    const stateFile = path.join(this.options.storageDir, 'sandbox-state.json');
    const start = () => startEmulator({ port: 0, scenario: 'demo', transitionMs: this.options.transitionMs, stateFile });
    let emulator: RunningEmulator;
    try {
      emulator = await start();
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      // A saved state that no longer loads must not lock the person out of the sandbox: keep it
      // aside for a bug report and start again from the demo scenario.
      const aside = `${stateFile}.unreadable-${Date.now()}`;
      await rename(stateFile, aside);
      this.options.onStateReset?.(aside, error.message);
      emulator = await start();
    }
    const info: SandboxEndpoint = { endpoint: emulator.endpoint, accounts: emulator.accounts, huaweiAccounts: emulator.huawei.accounts, owned: true };
    this.running = { info, emulator };
    return info;
  }
}

/**
 * Reads the emulator's ready line; anything malformed is ignored (the in-process one starts). Its
 * accounts are Alibaba Cloud's unless they say `"provider": "huawei"`.
 */
export function parseExternalEmulator(value: string | undefined): SandboxEndpoint | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as { endpoint?: unknown; accounts?: unknown };
    if (typeof parsed.endpoint !== 'string' || !Array.isArray(parsed.accounts)) return undefined;
    const entries = parsed.accounts.filter((a): a is Record<string, unknown> => !!a && typeof a === 'object');
    const hasText = (entry: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => typeof entry[k] === 'string');
    const accounts = entries.filter((a) => a.provider !== 'huawei' && hasText(a, ['name', 'uid', 'accessKeyId', 'accessKeySecret'])) as unknown as EmulatorAccount[];
    const huaweiAccounts = entries.filter((a) => a.provider === 'huawei' && hasText(a, ['name', 'domainId', 'accessKeyId', 'secretAccessKey'])) as unknown as HuaweiEmulatorAccount[];
    return accounts.length ? { endpoint: parsed.endpoint, accounts, huaweiAccounts, owned: false } : undefined;
  } catch {
    return undefined;
  }
}
