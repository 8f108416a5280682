// Scale benchmark: 10,000 VPCs and 25,000 connections in 20 regions and 3 accounts.
//
// - The page (headless Chromium, the built page bundle), on the graph benchmark's generated world
//   at this size. A fresh page opens zoomed into the busiest region, drawn in full (first paint);
//   one status delta there; then Fit shows the overview (regions as summaries): one status delta
//   there, and the zoom from the overview back into the busiest region. Each page is opened
//   afresh; first paint and zoom are medians over the pages, the deltas over all of them. Timed
//   as bench/graph.ts does.
// - The inventory: the store loads the emulator's generated world of the same size, the emulator
//   running as its own process, with 50 ms per call and with none; the critical path beside it,
//   and the client's own CPU per API call (this process's CPU in the no-latency load / calls).
// - The panel host, on the store that load left: a real write (ModifyVpcPeerConnection's
//   bandwidth) read back through the store, then what the host does with the store's changes
//   (the store's snapshot, the feed's update: the delta). The same with a full rebuild beside it.
// - The explorer, in real VS Code: expanding a region of 500 VPCs until the view has its rows
//   (bench/support/explorerExpand.ts; one page of 100 rows and Load more).
//
// Every figure is a median; the 1-minute load average when the run started is beside them.

import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { TopologyChange } from '../src/inventory/changes';
import type { TopologyStore } from '../src/inventory/store';
import { buildGraph, diffGraph, layoutGraph, type PeerEdge } from '../src/model/graph';
import { GraphFeed } from '../src/views/topology/graphFeed';
import type { HostMessage } from '../src/webview/protocol';
import { generatedSnapshot } from '../test/webview/support/generatedSnapshot';
import { TopologyBrowser, type TopologyPage } from '../test/webview/support/topologyBrowser';
import { busiestRegion } from '../src/webview/graph/openingRegion';
import { startEmulatorProcess } from './support/emulatorProcess';
import { explorerExpandFigures } from './support/explorerExpand';
import { median, round } from './support/figures';
import { type Sources, lowerBoundMs, medianLoad, release } from './support/inventoryLoad';
import { intraRegionEdge, timeToMark, withStatusFlipped } from './support/pageTiming';

const SIZE = { regions: 20, accounts: 3, vpcs: 10_000, connections: 25_000, seed: 20240601 };
const GENERATE = `regions=${SIZE.regions},vpcs=${SIZE.vpcs},peers=${SIZE.connections},accounts=${SIZE.accounts}`;
const LATENCY_MS = 50;
const PAGES = 3;
const DELTAS_PER_PAGE = 3;
const HOST_UPDATES = 7;

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = { 'scale.loadAverage1m': round(os.loadavg()[0]) };
  Object.assign(figures, await pageFigures());
  Object.assign(figures, await inventoryAndHostFigures());
  Object.assign(figures, await explorerExpandFigures());
  figures['scale.loadAverage1mAtEnd'] = round(os.loadavg()[0]);
  return figures;
}

async function pageFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const snapshot = generatedSnapshot(SIZE);
  let started = performance.now();
  const graph = buildGraph(snapshot);
  figures['scale.buildMs'] = round(performance.now() - started);
  started = performance.now();
  const positions = layoutGraph(graph);
  figures['scale.layoutMs'] = round(performance.now() - started);
  figures['scale.elements'] = graph.nodes.length + graph.edges.length;
  // A fresh page opens zoomed into the busiest region, drawn in full (webview/graph/openingRegion).
  const region = busiestRegion(graph, graph.nodes.filter((n) => n.kind === 'region').map((n) => n.id));
  if (!region) throw new Error('no region');
  const target = intraRegionEdge(graph, region.replace(/^region:/, ''));

  const firstPaints: number[] = [];
  const deltas: number[] = [];
  const zooms: number[] = [];
  const zoomedInDeltas: number[] = [];
  const browser = await TopologyBrowser.launch();
  try {
    let current = graph;
    const delta = async (page: TopologyPage, step: number, edgeId?: string): Promise<number> => {
      const next = withStatusFlipped(current, step, edgeId);
      const message: HostMessage = { type: 'delta', delta: diffGraph(current, next), positions: {} };
      current = next;
      return timeToMark(page, message, 'topology:delta-painted');
    };
    for (let p = 0; p < PAGES; p++) {
      const page = await browser.open('dark');
      firstPaints.push(await timeToMark(page, { type: 'init', graph: current, positions }, 'topology:init-painted'));
      if (p === 0) figures['scale.drawnElementsZoomedIn'] = await page.withCy((cy) => cy.elements().length);
      for (let i = 0; i < DELTAS_PER_PAGE; i++) zoomedInDeltas.push(await delta(page, i, target.id));
      // The overview: the whole graph fitted, regions drawn as summaries.
      await page.page.evaluate(() => performance.clearMarks('topology:view-painted'));
      await page.page.getByRole('button', { name: 'Fit' }).click();
      await page.waitForMark('topology:view-painted');
      if (p === 0) figures['scale.drawnElementsAtFit'] = await page.withCy((cy) => cy.elements().length);
      for (let i = 0; i < DELTAS_PER_PAGE; i++) deltas.push(await delta(page, i));
      zooms.push(await timeToMark(page, { type: 'reveal', id: target.source }, 'topology:view-painted'));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  figures['scale.firstPaintMs'] = median(firstPaints);
  figures['scale.firstPaintBestMs'] = Math.min(...firstPaints);
  figures['scale.deltaMs'] = median(deltas);
  figures['scale.deltaWorstMs'] = Math.max(...deltas);
  figures['scale.zoomToRegionMs'] = median(zooms);
  figures['scale.deltaZoomedInMs'] = median(zoomedInDeltas);
  figures['scale.deltaZoomedInWorstMs'] = Math.max(...zoomedInDeltas);
  return figures;
}

async function inventoryAndHostFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const args = ['--generate', GENERATE, '--transition-ms', '0', '--seed', '7'];
  const instant = await startEmulatorProcess([...args, '--latency-ms', '0']);
  try {
    const floor = await medianLoad(instant, 3);
    figures['scale.inventoryNoLatencyMs'] = Math.round(floor.wallMs);
    figures['scale.inventoryCpuPerCallMs'] = Math.round(floor.cpuPerCallMs * 1000) / 1000;
    figures['scale.inventoryApiCalls'] = floor.last.calls;
    release(floor.last);
  } finally {
    await instant.stop();
  }

  const emulator = await startEmulatorProcess([...args, '--latency-ms', String(LATENCY_MS)]);
  try {
    const { wallMs, last } = await medianLoad(emulator, 3);
    const snapshot = last.store.snapshot();
    figures['scale.inventoryWallMs'] = Math.round(wallMs);
    figures['scale.inventoryLowerBoundMs'] = lowerBoundMs(snapshot.regions, LATENCY_MS);
    figures['scale.inventoryVpcs'] = snapshot.regions.reduce((n, r) => n + r.vpcs.length, 0);
    figures['scale.inventoryPeerConnections'] = new Set(snapshot.regions.flatMap((r) => r.peerConnections.map((c) => c.id))).size;
    Object.assign(figures, await hostFigures(last.store, last.sources));
    release(last);
  } finally {
    await emulator.stop();
  }
  const bound = Math.max(figures['scale.inventoryLowerBoundMs'], figures['scale.inventoryNoLatencyMs']);
  figures['scale.inventoryTargetMs'] = Math.round(1.2 * bound);
  return figures;
}

/**
 * The panel host's work per status change, on the loaded store: each step writes a new bandwidth
 * (one the generated world never uses) to one connection, reads it back through the store (as a
 * command does after a write), then times the snapshot and the feed's update from the changes
 * the store announced.
 */
async function hostFigures(store: TopologyStore, sources: Sources): Promise<Record<string, number>> {
  const snapshot = store.snapshot();
  const profileOf = new Map(snapshot.accounts.map((a) => [a.uid, a.profileId]));
  const connection = snapshot.regions
    .flatMap((r) => r.peerConnections)
    .find((c) => c.status === 'Activated' && c.requester.regionId !== c.accepter.regionId && profileOf.has(c.requester.accountUid));
  if (!connection) throw new Error('no activated inter-region connection in the generated world');
  const client = sources.find((s) => s.profile.id === profileOf.get(connection.requester.accountUid))!.client;

  const feed = new GraphFeed();
  feed.initial(store.snapshot());
  const changes: TopologyChange[] = [];
  const subscription = store.onDidChange((change) => changes.push(change));
  const updates: number[] = [];
  const built: number[] = [];
  let fullRebuildMs = 0;
  try {
    for (let i = 0; i <= HOST_UPDATES; i++) {
      changes.length = 0;
      await client.operations.modifyPeerConnection(connection.id, { bandwidthMbps: 3000 + i }, { clientToken: randomUUID() });
      await store.refreshPeerConnection(connection.id);
      const started = performance.now();
      // The last step takes the path every burst took before: a full build and diff.
      const update = feed.update(store.snapshot(), i < HOST_UPDATES ? [...changes] : undefined);
      const ms = performance.now() - started;
      if (!update?.delta.changed.some((c) => c.id === `peer:${connection.id}`)) throw new Error('the write made no delta of its edge');
      if (i < HOST_UPDATES) {
        updates.push(ms);
        built.push(feed.builtElements);
      } else {
        fullRebuildMs = ms;
      }
    }
  } finally {
    subscription.dispose();
  }
  const edge = feed.current.graph?.edges.find((e): e is PeerEdge => e.id === `peer:${connection.id}`);
  if (!edge) throw new Error('the connection has no edge');
  return {
    'scale.hostUpdateMs': round(median(updates)),
    'scale.hostUpdateBuiltElements': median(built),
    'scale.hostFullRebuildMs': round(fullRebuildMs),
  };
}
