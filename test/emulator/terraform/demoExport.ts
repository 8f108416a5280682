// The demo sandbox's inventory as the store loads it over the real SDKs, with route tables, and
// the account access an export of it would name: shared by the Terraform tests of this tier.

import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { REGION_CATALOG } from '../../../src/emulator/regions';
import { TopologyStore } from '../../../src/inventory/store';
import type { InventorySnapshot } from '../../../src/model/types';
import type { AccountAccess } from '../../../src/terraform/exportOptions';
import { clientFor, sandboxProfile } from '../cloud/fixture';

export interface LoadedDemo {
  emulator: RunningEmulator;
  snapshot: InventorySnapshot;
  access: (accountUid: string) => AccountAccess | undefined;
  regionName: (regionId: string) => string | undefined;
  /** Reads the whole inventory again (after changes made behind the store's back). */
  reload(): Promise<InventorySnapshot>;
  close(): Promise<void>;
}

/** By default transitions are long, so nothing moves while an export is compared with the world. */
export async function loadDemo(transitionMs = 600_000): Promise<LoadedDemo> {
  const emulator = await startEmulator({ scenario: 'demo', transitionMs });
  const sources = emulator.accounts.map((account) => ({ profile: sandboxProfile(emulator, account), client: clientFor(emulator, account) }));
  const clients = sources.map((source) => source.client);
  const store = new TopologyStore({ loadRoutesInBackground: true });
  store.setSources(sources);
  await store.whenIdle();
  const snapshot = store.snapshot();
  const names = new Map(emulator.accounts.map((a) => [a.uid, a.name]));
  return {
    emulator,
    snapshot,
    access: (uid) => {
      const name = names.get(uid);
      // A fixed endpoint keeps the golden file independent of the port the emulator got.
      return name ? { profileName: `Sandbox ${name}`, cliProfile: `sandbox-${name}`, endpoints: { vpc: '127.0.0.1:8917', vpcpeer: '127.0.0.1:8917', protocol: 'HTTP' } } : undefined;
    },
    regionName: (id) => REGION_CATALOG.find((r) => r.id === id)?.nameEn,
    reload: async () => {
      await store.refreshAll();
      await store.whenIdle();
      return store.snapshot();
    },
    close: async () => {
      store.dispose();
      for (const client of clients) client.close();
      await emulator.close();
    },
  };
}
