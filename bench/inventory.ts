// Inventory load benchmark: the store loads a generated scenario (20 regions, 2,000 VPCs, 5,000
// peer connections over 3 accounts) from the emulator with 50 ms latency on every call.
//
// Figures, all from one run:
// - inventory.wallMs: the store, from setSources to idle (route tables excluded: they load in the
//   background after the inventory and are measured as inventory.routesWallMs).
// - inventory.lowerBoundMs: the critical path — the longest chain of calls that must wait for one
//   another (identity and regions, then the longest page chain of any region) × the latency.
//   No loader can finish sooner, whatever its concurrency.
// - inventory.sequentialMs: a naive loader that makes the same calls one after another.
// - inventory.apiCalls: calls the store made.

import { createAccountClient } from '../src/cloud/createAccountClient';
import type { AccountClient } from '../src/cloud/accountClient';
import type { ProfileSpec } from '../src/cloud/profiles';
import { startEmulator, type RunningEmulator } from '../src/emulator';
import type { RegionInventory } from '../src/model/types';
import { loadRegionInventory } from '../src/topology/regionLoader';
import { TopologyStore } from '../src/topology/store';

const LATENCY_MS = 50;
const SCENARIO = { regions: 20, vpcs: 2000, peers: 5000, accounts: 3 };
/** Page sizes the cloud layer asks for (the APIs' maximums). */
const VPC_PAGE = 50;
const PEER_PAGE = 100;
const RI_PAGE = 50;
const VBR_PAGE = 50;
/** Concurrency per account for the measured run: the setting's default. */
const MAX_CONCURRENT = 64;

function clientsFor(emulator: RunningEmulator, maxConcurrent: number): { profile: ProfileSpec; client: AccountClient }[] {
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

async function sequentialLoad(emulator: RunningEmulator): Promise<number> {
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
  const emulator = await startEmulator({ generate: SCENARIO, latencyMs: LATENCY_MS, transitionMs: 0, seed: 7 });
  try {
    const sources = clientsFor(emulator, MAX_CONCURRENT);
    const store = new TopologyStore({ loadRoutesInBackground: false, pollIntervalMs: 60_000 });
    emulator.stats.reset();
    const started = performance.now();
    store.setSources(sources);
    await store.whenIdle();
    const wallMs = performance.now() - started;
    const apiCalls = emulator.stats.total;
    const peakInFlight = emulator.stats.peakInFlight;

    const snapshot = store.snapshot();
    const longestChain = Math.max(...snapshot.regions.map(regionChain));
    // identity and DescribeRegions run together, then the regions' chains.
    const lowerBoundMs = LATENCY_MS * (1 + longestChain);
    const vpcs = snapshot.regions.reduce((n, r) => n + r.vpcs.length, 0);
    const connections = new Set(snapshot.regions.flatMap((r) => r.peerConnections.map((c) => c.id))).size;

    // Route tables and entries of peered VPCs, as the extension loads them after the inventory.
    const routesStarted = performance.now();
    const profileOf = new Map(snapshot.accounts.map((a) => [a.uid, a.profileId]));
    await Promise.all(
      snapshot.regions.flatMap((region) => {
        const profileId = profileOf.get(region.accountUid)!;
        const ownEnds = region.peerConnections.flatMap((c) => [c.requester, c.accepter]).filter((e) => e.accountUid === region.accountUid && e.regionId === region.regionId);
        return [...new Set(ownEnds.map((e) => e.vpcId))].map((vpcId) => store.loadVpcDetails(profileId, region.regionId, vpcId));
      }),
    );
    const routesWallMs = performance.now() - routesStarted;
    store.dispose();
    for (const { client } of sources) client.close();

    const sequentialMs = await sequentialLoad(emulator);
    return {
      'inventory.wallMs': Math.round(wallMs),
      'inventory.lowerBoundMs': lowerBoundMs,
      'inventory.sequentialMs': Math.round(sequentialMs),
      'inventory.apiCalls': apiCalls,
      'inventory.peakInFlight': peakInFlight,
      'inventory.vpcs': vpcs,
      'inventory.peerConnections': connections,
      'inventory.routesWallMs': Math.round(routesWallMs),
      'inventory.maxConcurrentPerAccount': MAX_CONCURRENT,
    };
  } finally {
    await emulator.close();
  }
}
