// A test's own emulator in the extension host, with the extension's sandbox profiles pointed at
// it: the test can inject faults and read or change the world without disturbing other tests.
// `restore()` points the sandbox back at the harness's emulator and closes this one.
import * as assert from 'node:assert/strict';
import type { VpcPeeringApi } from '../../../src/extension';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator';
import { activatedExtension } from './extension';
import { waitFor } from './wait';
import { parseExternalEmulator, type SandboxEndpoint } from '../../../src/profiles/sandbox';

export interface PrivateSandbox {
  api: VpcPeeringApi;
  emulator: RunningEmulator;
  /** The sandbox profile id of an emulator account, by name (e.g. `network-hub`). */
  profileOf(accountName: string): string;
  uidOf(accountName: string): string;
  /** Resolves once every profile's identity and regions are loaded and no load is running. */
  settled(): Promise<void>;
  restore(): Promise<void>;
}

/** The emulator the runner started (what `vpcPeering.useSandbox` uses in tests). */
/** The runner's emulator as the sandbox reads it: its Alibaba Cloud accounts (the line lists Huawei tenants too). */
export function harnessSandbox(): SandboxEndpoint {
  const ready = parseExternalEmulator(process.env.VPC_PEERING_EMULATOR);
  assert.ok(ready, 'the runner passes its emulator in VPC_PEERING_EMULATOR');
  return ready;
}

/**
 * Starts an emulator (demo scenario, 50 ms transitions unless told otherwise), lets `prepare`
 * change its world before the extension loads it, and activates its three accounts.
 */
export async function usePrivateSandbox(options: EmulatorOptions = {}, prepare?: (emulator: RunningEmulator) => void): Promise<PrivateSandbox> {
  const api = (await activatedExtension()).exports as VpcPeeringApi;
  const emulator = await startEmulator({ scenario: 'demo', transitionMs: 50, ...options });
  prepare?.(emulator);
  const previous = api.registry.activeIds();
  const profileOf = (name: string): string => {
    const account = emulator.accounts.find((a) => a.name === name);
    assert.ok(account, `no emulator account ${name}`);
    return `sandbox:${account.uid}`;
  };
  const settled = async (): Promise<void> => {
    await waitFor(
      'the sandbox accounts to load',
      async () => {
        await api.store.whenIdle();
        return api.store.accounts().every((a) => a.identity.status === 'loaded' && a.regions.status === 'loaded') ? true : undefined;
      },
      20_000,
    );
  };
  api.registry.setSandbox({ endpoint: emulator.endpoint, accounts: emulator.accounts, huaweiAccounts: emulator.huawei.accounts, owned: false });
  await api.registry.setActive(emulator.accounts.map((a) => `sandbox:${a.uid}`));
  await settled();
  return {
    api,
    emulator,
    profileOf,
    uidOf: (name) => profileOf(name).slice('sandbox:'.length),
    settled,
    async restore() {
      api.registry.setSandbox(harnessSandbox());
      await api.registry.setActive(previous);
      await emulator.close();
    },
  };
}
