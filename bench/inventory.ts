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
// - inventory.cpuPerCallMs: this process's CPU (user + system) per API call in that load: the
//   client's own cost of a call (signing, the SDK's request pipeline, parsing, mapping, the store).
// - inventory.sequentialMs: a naive loader that makes the same calls one after another.
// - inventory.apiCalls: calls the store made in one load.

import { startEmulatorProcess } from './support/emulatorProcess';
import { lowerBoundMs, MAX_CONCURRENT, medianLoad, release, sequentialLoad } from './support/inventoryLoad';

const LATENCY_MS = 50;
const GENERATE = 'regions=20,vpcs=2000,peers=5000';

export async function run(): Promise<Record<string, number>> {
  const args = ['--generate', GENERATE, '--transition-ms', '0', '--seed', '7'];
  const instant = await startEmulatorProcess([...args, '--latency-ms', '0']);
  let cpuFloorMs: number;
  let cpuPerCallMs: number;
  try {
    const floor = await medianLoad(instant, 3);
    cpuFloorMs = floor.wallMs;
    cpuPerCallMs = floor.cpuPerCallMs;
    release(floor.last);
  } finally {
    await instant.stop();
  }

  const emulator = await startEmulatorProcess([...args, '--latency-ms', String(LATENCY_MS)]);
  try {
    const { wallMs, last } = await medianLoad(emulator, 3);
    const snapshot = last.store.snapshot();
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
      'inventory.lowerBoundMs': lowerBoundMs(snapshot.regions, LATENCY_MS),
      'inventory.cpuFloorMs': Math.round(cpuFloorMs),
      'inventory.cpuPerCallMs': Math.round(cpuPerCallMs * 1000) / 1000,
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
