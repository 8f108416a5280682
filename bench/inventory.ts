// Inventory load benchmark: the store loads a generated scenario (20 regions, 2,000 VPCs, 5,000
// peer connections over 3 accounts) from the emulator, running as its own process with 50 ms of
// latency on every call.
//
// Figures, all from one run (median of three loads after a warm-up load, so module loading and
// JIT warm-up are not counted):
// - inventory.wallMs: the store, from setSources to idle (route tables excluded: they load in the
//   background after the inventory and are measured as inventory.routesWallMs).
// - inventory.lowerBoundMs: the critical path — the longest chain of calls that must wait for one
//   another (identity and regions, then the longest page chain of any region) × the latency.
//   No loader can finish sooner, whatever its concurrency.
// - inventory.cpuFloorMs: the same load with no latency at all: what parsing, signing and
//   mapping the answers costs on this machine, whatever the network.
// - inventory.sequentialMs: a naive loader that makes the same calls one after another.
// - inventory.apiCalls: calls the store made in one load.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AccountClient } from '../src/cloud/accountClient';
import { createAccountClient } from '../src/cloud/createAccountClient';
import type { ProfileSpec } from '../src/cloud/profiles';
import type { RegionInventory } from '../src/model/types';
import { loadRegionInventory } from '../src/inventory/regionLoader';
import { TopologyStore } from '../src/inventory/store';
import { type EmulatorProcess, startEmulatorProcess } from './support/emulatorProcess';

const LATENCY_MS = 50;
const GENERATE = 'regions=20,vpcs=2000,peers=5000';
/** Page sizes the cloud layer asks for (the APIs' maximums). */
const VPC_PAGE = 50;
const PEER_PAGE = 100;
const RI_PAGE = 50;
const VBR_PAGE = 50;
/**
 * Requests in flight per account: the `vpcPeering.maxConcurrentRequests` default, or
 * BENCH_MAX_CONCURRENT to see what another setting gives.
 */
const MAX_CONCURRENT = Number(process.env.BENCH_MAX_CONCURRENT) || (settingDefault('vpcPeering.maxConcurrentRequests') as number);

function settingDefault(key: string): unknown {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  return manifest.contributes.configuration.properties[key].default;
}

function clientsFor(emulator: EmulatorProcess, maxConcurrent: number, onCall?: () => void): { profile: ProfileSpec; client: AccountClient }[] {
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

interface StoreLoad {
  wallMs: number;
  calls: number;
  store: TopologyStore;
  sources: { profile: ProfileSpec; client: AccountClient }[];
}

async function storeLoad(emulator: EmulatorProcess): Promise<StoreLoad> {
  let calls = 0;
  const sources = clientsFor(emulator, MAX_CONCURRENT, () => calls++);
  const store = new TopologyStore({ loadRoutesInBackground: false, pollIntervalMs: 60_000 });
  const started = performance.now();
  store.setSources(sources);
  await store.whenIdle();
  return { wallMs: performance.now() - started, calls, store, sources };
}

function release(load: StoreLoad): void {
  load.store.dispose();
  for (const { client } of load.sources) client.close();
}

async function medianLoad(emulator: EmulatorProcess, runs: number): Promise<{ wallMs: number; last: StoreLoad }> {
  release(await storeLoad(emulator));
  const walls: number[] = [];
  let last: StoreLoad | undefined;
  for (let i = 0; i < runs; i++) {
    if (last) release(last);
    last = await storeLoad(emulator);
    walls.push(last.wallMs);
  }
  walls.sort((a, b) => a - b);
  return { wallMs: walls[Math.floor(walls.length / 2)], last: last! };
}

async function sequentialLoad(emulator: EmulatorProcess): Promise<number> {
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

export async function run(): Promise<Record<string, number>> {
  const args = ['--generate', GENERATE, '--transition-ms', '0', '--seed', '7'];
  const instant = await startEmulatorProcess([...args, '--latency-ms', '0']);
  let cpuFloorMs: number;
  try {
    const floor = await medianLoad(instant, 3);
    cpuFloorMs = floor.wallMs;
    release(floor.last);
  } finally {
    await instant.stop();
  }

  const emulator = await startEmulatorProcess([...args, '--latency-ms', String(LATENCY_MS)]);
  try {
    const { wallMs, last } = await medianLoad(emulator, 3);
    const snapshot = last.store.snapshot();
    const longestChain = Math.max(...snapshot.regions.map(regionChain));
    // Identity and DescribeRegions run together, then the regions' chains.
    const lowerBoundMs = LATENCY_MS * (1 + longestChain);
    const vpcs = snapshot.regions.reduce((n, r) => n + r.vpcs.length, 0);
    const connections = new Set(snapshot.regions.flatMap((r) => r.peerConnections.map((c) => c.id))).size;

    // Route tables and entries of peered VPCs, as the extension loads them after the inventory.
    const routesStarted = performance.now();
    const profileOf = new Map(snapshot.accounts.map((a) => [a.uid, a.profileId]));
    await Promise.all(
      snapshot.regions.flatMap((region) => {
        const profileId = profileOf.get(region.accountUid)!;
        const ownEnds = region.peerConnections
          .flatMap((c) => [c.requester, c.accepter])
          .filter((e) => e.accountUid === region.accountUid && e.regionId === region.regionId);
        return [...new Set(ownEnds.map((e) => e.vpcId))].map((vpcId) => last.store.loadVpcDetails(profileId, region.regionId, vpcId));
      }),
    );
    const routesWallMs = performance.now() - routesStarted;
    release(last);

    const sequentialMs = await sequentialLoad(emulator);
    return {
      'inventory.wallMs': Math.round(wallMs),
      'inventory.lowerBoundMs': lowerBoundMs,
      'inventory.cpuFloorMs': Math.round(cpuFloorMs),
      'inventory.sequentialMs': Math.round(sequentialMs),
      'inventory.apiCalls': last.calls,
      'inventory.vpcs': vpcs,
      'inventory.peerConnections': connections,
      'inventory.routesWallMs': Math.round(routesWallMs),
      'inventory.maxConcurrentPerAccount': MAX_CONCURRENT,
    };
  } finally {
    await emulator.stop();
  }
}
