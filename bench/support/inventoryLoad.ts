// The store loading a generated world from the emulator process, as the inventory and scale
// benchmarks run it: one account client per emulator account with the extension's default
// concurrency, and the critical path a load cannot beat whatever its concurrency.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AccountClient } from '../../src/cloud/accountClient';
import { createAccountClient } from '../../src/cloud/createAccountClient';
import type { ProfileSpec } from '../../src/cloud/profiles';
import { loadRegionInventory } from '../../src/inventory/regionLoader';
import { TopologyStore } from '../../src/inventory/store';
import type { RegionInventory } from '../../src/model/types';
import type { EmulatorProcess } from './emulatorProcess';

/** Page sizes the cloud layer asks for (the APIs' maximums). */
const VPC_PAGE = 50;
const PEER_PAGE = 100;
const RI_PAGE = 50;
const VBR_PAGE = 50;

/**
 * Requests in flight per account: the `vpcPeering.maxConcurrentRequests` default, or
 * BENCH_MAX_CONCURRENT to see what another setting gives.
 */
export const MAX_CONCURRENT = Number(process.env.BENCH_MAX_CONCURRENT) || (settingDefault('vpcPeering.maxConcurrentRequests') as number);

function settingDefault(key: string): unknown {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  return manifest.contributes.configuration.properties[key].default;
}

export type Sources = { profile: ProfileSpec; client: AccountClient }[];

export function clientsFor(emulator: EmulatorProcess, maxConcurrent: number, onCall?: () => void): Sources {
  return emulator.accounts.map((account) => {
    const profile: ProfileSpec = {
      id: `bench:${account.uid}`,
      label: account.name,
      kind: 'sandbox',
      accessKeyId: account.accessKeyId,
      endpoint: { endpoint: emulator.endpoint, protocol: 'http' },
    };
    const client = createAccountClient(profile, { accessKeySecret: async () => account.accessKeySecret }, {
      maxConcurrent,
      readTimeoutMs: 30000,
      instrumented: onCall,
    });
    return { profile, client };
  });
}

/** Calls that must wait for one another in one region, given what it holds. */
function regionChain(inventory: RegionInventory): number {
  const pages = (count: number, size: number) => Math.max(1, Math.ceil(count / size));
  // Page-number listings: the first page, then every other page at once.
  const numbered = (count: number, size: number) => (pages(count, size) > 1 ? 2 : 1);
  const expressConnect = inventory.vbrs.length > 0 ? numbered(inventory.vbrs.length, VBR_PAGE) + 1 : 1;
  return Math.max(
    pages(inventory.peerConnections.length, PEER_PAGE),
    numbered(inventory.vpcs.length, VPC_PAGE),
    numbered(inventory.routerInterfaces.length, RI_PAGE),
    expressConnect,
  );
}

/** The critical path of loading these regions: identity and regions at once, then the longest region chain. */
export function lowerBoundMs(regions: readonly RegionInventory[], latencyMs: number): number {
  return latencyMs * (1 + Math.max(...regions.map(regionChain)));
}

export interface StoreLoad {
  wallMs: number;
  calls: number;
  /** CPU this process spent during the load (user + system), ms: the client's share, not the emulator's. */
  cpuMs: number;
  store: TopologyStore;
  sources: Sources;
}

export async function storeLoad(emulator: EmulatorProcess): Promise<StoreLoad> {
  let calls = 0;
  const sources = clientsFor(emulator, MAX_CONCURRENT, () => calls++);
  const store = new TopologyStore({ loadRoutesInBackground: false, pollIntervalMs: 60_000 });
  const cpu = process.cpuUsage();
  const started = performance.now();
  store.setSources(sources);
  await store.whenIdle();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, calls, cpuMs: (used.user + used.system) / 1000, store, sources };
}

export function release(load: StoreLoad): void {
  load.store.dispose();
  for (const { client } of load.sources) client.close();
}

/** A warm-up load (module loading, JIT), then the median of `runs` loads; the last one is kept. */
export async function medianLoad(emulator: EmulatorProcess, runs: number): Promise<{ wallMs: number; cpuPerCallMs: number; last: StoreLoad }> {
  release(await storeLoad(emulator));
  const loads: StoreLoad[] = [];
  for (let i = 0; i < runs; i++) {
    if (loads.length > 0) release(loads[loads.length - 1]);
    loads.push(await storeLoad(emulator));
  }
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    wallMs: middle(loads.map((l) => l.wallMs)),
    cpuPerCallMs: middle(loads.map((l) => l.cpuMs / l.calls)),
    last: loads[loads.length - 1],
  };
}

/** A naive loader: the same calls one after another. */
export async function sequentialLoad(emulator: EmulatorProcess): Promise<number> {
  const started = performance.now();
  for (const { client } of clientsFor(emulator, 1)) {
    const identity = await client.identity();
    const regions = await client.reader.describeRegions();
    for (const region of regions) {
      await loadRegionInventory(client.reader, identity.accountUid, region.id);
    }
    client.close();
  }
  return performance.now() - started;
}
