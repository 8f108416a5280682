// Graph benchmark: a generated inventory of 2,000 VPCs and 5,000 connections in 20 regions and 3
// accounts (seeded, the same every run), built and laid out in Node, then drawn by the built page
// bundle in headless Chromium.
//
// Every page figure is taken inside the page, from just before the host message is posted to the
// first frame painted after cytoscape drew the result (the page marks it: cytoscape's `render`
// event, then the next animation frame, then a task). The baseline is cytoscape's default `cose`
// layout on the same graph in the same browser, drawn in full the way a naive page would.

import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph, diffGraph, groupBoxes, layoutGraph, type Positions, type TopologyGraph } from '../src/model/graph';
import type { InventorySnapshot } from '../src/model/types';
import { GraphFeed } from '../src/views/topology/graphFeed';
import type { HostMessage } from '../src/webview/protocol';
import { generatedSnapshot } from '../test/webview/support/generatedSnapshot';
import { ROOT, TopologyBrowser, type TopologyPage } from '../test/webview/support/topologyBrowser';
import { median, round } from './support/figures';
import { intraRegionEdge, timeToMark, withStatusFlipped } from './support/pageTiming';

const SIZE = { regions: 20, accounts: 3, vpcs: 2000, connections: 5000, seed: 20240601 };
const RUNS = 3;

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  // The machine may be shared: its load when the run started says how much to trust the times.
  figures['graph.loadAverage1m'] = round(os.loadavg()[0]);
  const snapshot = generatedSnapshot(SIZE);

  let started = performance.now();
  const graph = buildGraph(snapshot);
  figures['graph.buildMs'] = round(performance.now() - started);
  started = performance.now();
  const positions = layoutGraph(graph);
  figures['graph.layoutMs'] = round(performance.now() - started);
  figures['graph.nodes'] = graph.nodes.length;
  figures['graph.edges'] = graph.edges.length;
  figures['graph.regionBoxOverlaps'] = overlappingFrames(graph, positions);

  const grown = withOneMoreVpc(snapshot);
  const grownGraph = buildGraph(grown);
  started = performance.now();
  const grownPositions = layoutGraph(grownGraph, { keep: positions });
  figures['graph.incrementalLayoutMs'] = round(performance.now() - started);
  figures['graph.nodesMovedByIncrementalLayout'] = Object.keys(positions).filter(
    (id) => grownPositions[id].x !== positions[id].x || grownPositions[id].y !== positions[id].y,
  ).length;

  // The panel host on one status change (what runs in the extension host per store update while
  // a connection settles): snapshot → graph → delta → positions.
  const feed = new GraphFeed();
  feed.initial(snapshot);
  const updates: number[] = [];
  for (let i = 0; i < 7; i++) {
    const changed = withConnectionStatus(snapshot, i % 2 === 0 ? 'Updating' : 'Activated');
    started = performance.now();
    const update = feed.update(changed);
    updates.push(performance.now() - started);
    if (!update || update.delta.changed.length === 0) throw new Error('the status change made no delta');
  }
  figures['graph.hostUpdateMs'] = round(median(updates));

  const browser = await TopologyBrowser.launch();
  try {
    const init: HostMessage = { type: 'init', graph, positions };
    const firstPaints: number[] = [];
    const deltas: number[] = [];
    let page: TopologyPage | undefined;
    for (let i = 0; i < RUNS; i++) {
      await page?.close();
      page = await browser.open('dark');
      firstPaints.push(await timeToMark(page, init, 'topology:init-painted'));
    }
    if (!page) throw new Error('no page');
    figures['graph.firstPaintMs'] = median(firstPaints);
    figures['graph.firstPaintBestMs'] = Math.min(...firstPaints);
    figures['graph.drawnElementsAtFit'] = await page.withCy((cy) => cy.elements().length);

    // One status change at a time, on the zoomed-out summary the first paint shows.
    let current = graph;
    for (let i = 0; i < 9; i++) {
      const next = withStatusFlipped(current, i);
      deltas.push(await timeToMark(page, { type: 'delta', delta: diffGraph(current, next), positions: {} }, 'topology:delta-painted'));
      current = next;
    }
    figures['graph.deltaMs'] = median(deltas);
    figures['graph.deltaBestMs'] = Math.min(...deltas);

    // Zoomed into one region: it is drawn in full, and a delta restyles one drawn edge.
    const target = intraRegionEdge(current, 'cn-hangzhou');
    figures['graph.zoomToRegionMs'] = await timeToMark(page, { type: 'reveal', id: target.source }, 'topology:view-painted');
    figures['graph.drawnElementsZoomedIn'] = await page.withCy((cy) => cy.elements().length);
    const detailDeltas: number[] = [];
    for (let i = 0; i < 9; i++) {
      const next = withStatusFlipped(current, i, target.id);
      detailDeltas.push(await timeToMark(page, { type: 'delta', delta: diffGraph(current, next), positions: {} }, 'topology:delta-painted'));
      current = next;
    }
    figures['graph.deltaZoomedInMs'] = median(detailDeltas);
    figures['graph.deltaZoomedInBestMs'] = Math.min(...detailDeltas);
    await page.close();

    // Without level of detail: every element drawn at once from the same preset positions.
    const full = await browser.open('dark');
    figures['graph.fullDetailFirstPaintMs'] = await timeToMark(full, { type: 'init', graph, positions, options: { detailBudget: 1e9 } }, 'topology:init-painted');
    await full.close();

    // Re-layout on request (fcose in each region, then regions packed): in the page's worker, and
    // on the page itself as a host without a worker would run it. The longest task is how long the
    // page could not answer the person.
    for (const [engine, worker] of [['', true], ['OnPage', false]] as const) {
      const relaid = await browser.open('dark', undefined, undefined, { worker });
      await timeToMark(relaid, init, 'topology:init-painted');
      const run = await relayoutRun(relaid);
      figures[`graph.relayout${engine}Ms`] = run.totalMs;
      figures[`graph.relayout${engine}LongestTaskMs`] = run.longestTaskMs;
      await relaid.close();
    }

    const baseline = await browser.open('dark');
    figures['graph.coseFirstPaintMs'] = await coseFirstPaint(baseline, graph);
    await baseline.close();
  } finally {
    await browser.close();
  }

  figures['bundle.webviewBytes'] = statSync(path.join(ROOT, 'dist', 'webview', 'topology.js')).size;
  return figures;
}

/** Clicks Re-layout and waits for the page's answer; long tasks are watched meanwhile. */
async function relayoutRun(page: TopologyPage): Promise<{ totalMs: number; longestTaskMs: number }> {
  // (A string: the browser's entry types are not the ones Node's types know.)
  await page.page.evaluate(`window.__longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); }).observe({ type: 'longtask' });`);
  await page.clearPosted();
  const started = performance.now();
  await page.page.getByRole('button', { name: 'Re-layout' }).click();
  const done = await page.waitForMessage('relayoutDone');
  const totalMs = round(performance.now() - started);
  if (done.type !== 'relayoutDone' || done.outcome !== 'done') throw new Error(`re-layout did not finish: ${JSON.stringify(done)}`);
  // The long-task observer reports after the task; give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const tasks = await page.page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
  return { totalMs, longestTaskMs: round(Math.max(0, ...tasks)) };
}

/** cytoscape's default `cose` layout on the full graph, timed the same way (render, frame, task). */
async function coseFirstPaint(page: TopologyPage, graph: TopologyGraph): Promise<number> {
  const elements = [
    ...graph.nodes.map((node) => ({ group: 'nodes', data: { id: node.id, parent: node.parent, label: node.label } })),
    ...graph.edges.map((edge) => ({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } })),
  ];
  const expression = `new Promise((resolve) => {
    const elements = ${JSON.stringify(elements)};
    const container = document.createElement('div');
    container.className = 'graph';
    document.body.append(container);
    const t0 = performance.now();
    const cy = window.__vpcTopology.cytoscape({
      container,
      elements,
      layout: { name: 'cose', animate: false },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 12 } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 11, 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      ],
    });
    cy.one('render', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
  })`;
  return round((await page.page.evaluate(expression)) as number);
}

/** The snapshot with its first connection in `status` (a new snapshot object, as the store makes). */
function withConnectionStatus(snapshot: InventorySnapshot, status: 'Updating' | 'Activated'): InventorySnapshot {
  const id = snapshot.regions.flatMap((r) => r.peerConnections)[0].id;
  return {
    ...snapshot,
    regions: snapshot.regions.map((region) =>
      region.peerConnections.some((c) => c.id === id)
        ? { ...region, peerConnections: region.peerConnections.map((c) => (c.id === id ? { ...c, status } : c)) }
        : region,
    ),
  };
}

function withOneMoreVpc(snapshot: InventorySnapshot): InventorySnapshot {
  const copy = structuredClone(snapshot);
  const inventory = copy.regions[0];
  const template = inventory.vpcs[0];
  inventory.vpcs.push({ ...template, id: 'vpc-added-1', name: 'added-1', cidrBlock: '172.31.0.0/24' });
  return copy;
}

function overlappingFrames(graph: TopologyGraph, positions: Positions): number {
  const frames = [...groupBoxes(graph, positions).regionFrames.values()];
  let count = 0;
  for (let i = 0; i < frames.length; i++) {
    for (let j = i + 1; j < frames.length; j++) {
      const a = frames[i];
      const b = frames[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
    }
  }
  return count;
}
