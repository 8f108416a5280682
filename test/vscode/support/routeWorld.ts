// The route and diagnosis tests' own emulator in the extension host (demo scenario, 50 ms
// transitions), with the extension's sandbox profiles pointed at it, and helpers to read the
// emulated cloud's route tables. `restore()` points the sandbox back at the harness's emulator
// (or none) and closes this one.
import * as assert from 'node:assert/strict';
import type { VpcPeeringApi } from '../../../src/extension';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import type { PeerConnection, RouteEntry, RouteTable, Vpc } from '../../../src/model/types';
import { activatedExtension } from './extension';
import { waitFor } from './wait';
import { harnessSandbox } from './privateSandbox';

export const HZ = 'cn-hangzhou';
export const SH = 'cn-shanghai';
export const SG = 'ap-southeast-1';

export interface RouteWorld {
  api: VpcPeeringApi;
  emulator: RunningEmulator;
  uidOf(account: string): string;
  profileOf(account: string): string;
  /** Activates the sandbox profiles of these accounts only, and waits until they are loaded. */
  activate(accounts: readonly string[]): Promise<void>;
  vpc(account: string, regionId: string, name: string): Vpc;
  peer(account: string, regionId: string, name: string): PeerConnection;
  tables(account: string, regionId: string, vpcId: string): RouteTable[];
  systemTable(account: string, regionId: string, vpcId: string): RouteTable;
  /** Entries of a table (custom and system), as the emulated cloud holds them now. */
  entries(tableId: string): RouteEntry[];
  /** Destinations in a table whose next hop is the connection, sorted. */
  routedTo(tableId: string, connectionId: string): string[];
  /** Removes every route entry pointing at the connection from the world (out of band). */
  dropRoutesOf(connectionId: string): void;
  restore(): Promise<void>;
}

const ACCOUNTS = ['network-hub', 'app-team', 'partner'];

export async function startRouteWorld(prepare?: (world: RouteWorld) => void, accounts: readonly string[] = ACCOUNTS): Promise<RouteWorld> {
  const api = (await activatedExtension()).exports as VpcPeeringApi;
  // A prompt no test answers fails at once instead of waiting for a person.
  api.useScriptedPrompts([]);
  const emulator = await startEmulator({ scenario: 'demo', transitionMs: 50 });
  const previous = api.registry.activeIds();
  const uidOf = (name: string): string => {
    const account = emulator.accounts.find((a) => a.name === name);
    assert.ok(account, `no emulator account ${name}`);
    return account.uid;
  };
  const w = emulator.world;
  const world: RouteWorld = {
    api,
    emulator,
    uidOf,
    profileOf: (name) => `sandbox:${uidOf(name)}`,
    async activate(names) {
      await api.registry.setActive(names.map((n) => `sandbox:${uidOf(n)}`));
      await waitFor(
        'the sandbox accounts to load',
        async () => {
          await api.store.whenIdle();
          const loaded = api.store.accounts();
          return loaded.length === names.length && loaded.every((a) => a.identity.status === 'loaded' && a.regions.status === 'loaded') ? true : undefined;
        },
        20_000,
      );
    },
    vpc(account, regionId, name) {
      const found = w.inventory(account, regionId).vpcs.find((v) => v.name === name);
      assert.ok(found, `no VPC ${name} of ${account} in ${regionId}`);
      return found;
    },
    peer(account, regionId, name) {
      const found = w.inventory(account, regionId).peerConnections.find((c) => c.name === name);
      assert.ok(found, `no peer connection ${name} seen by ${account} in ${regionId}`);
      return found;
    },
    tables: (account, regionId, vpcId) => (w.inventory(account, regionId).routeTables ?? []).filter((t) => t.vpcId === vpcId),
    systemTable(account, regionId, vpcId) {
      const table = world.tables(account, regionId, vpcId).find((t) => t.type === 'System');
      assert.ok(table, `no system route table of ${vpcId}`);
      return table;
    },
    entries: (tableId) => w.routeEntries(tableId),
    routedTo: (tableId, connectionId) =>
      w
        .routeEntries(tableId)
        .filter((e) => e.nextHops.some((h) => h.type === 'VpcPeer' && h.id === connectionId))
        .map((e) => e.destination)
        .sort(),
    dropRoutesOf(connectionId) {
      for (const name of ACCOUNTS) {
        for (const regionId of w.regions()) {
          for (const entry of w.inventory(name, regionId).routeEntries ?? []) {
            if (entry.nextHops.some((h) => h.type === 'VpcPeer' && h.id === connectionId)) w.removeRoute(entry.id);
          }
        }
      }
    },
    async restore() {
      api.useScriptedPrompts([]);
      api.registry.setSandbox(harnessSandbox());
      await api.registry.setActive(previous);
      await emulator.close();
    },
  };
  prepare?.(world);
  api.registry.setSandbox({ endpoint: emulator.endpoint, accounts: emulator.accounts, huaweiAccounts: emulator.huawei.accounts, owned: false });
  await world.activate(accounts);
  return world;
}

/** What a table routes, for before/after comparisons (ids of re-created entries differ). */
export function routing(entries: readonly RouteEntry[]): string[] {
  return entries.map((e) => `${e.destination} → ${e.nextHops.map((h) => `${h.type}:${h.id}`).join('+')} ${e.status}`).sort();
}

/** Waits until the table has no entry in a transitional state. */
export async function settledTable(world: RouteWorld, tableId: string): Promise<void> {
  await waitFor(`route table ${tableId} to settle`, () => (world.entries(tableId).every((e) => e.status === 'Available') ? true : undefined), 10_000);
}
