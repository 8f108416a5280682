// Timing the topology page in headless Chromium: from just before a host message is posted inside
// the page to the first frame painted after cytoscape drew the result (the page marks it:
// cytoscape's `render` event, then the next animation frame, then a task).

import type { PeerEdge, TopologyGraph } from '../../src/model/graph';
import type { HostMessage } from '../../src/webview/protocol';
import type { TopologyPage } from '../../test/webview/support/topologyBrowser';
import { round } from './figures';

/**
 * Posts `message` from inside the page and returns the ms until the page sets `mark`. The page is
 * first left idle for a moment, as it is between two updates from the host.
 */
export async function timeToMark(page: TopologyPage, message: HostMessage, mark: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.page.evaluate((name) => performance.clearMarks(name), mark);
  const started = await page.page.evaluate((m) => {
    const t0 = performance.now();
    (globalThis as unknown as { postMessage(message: unknown, origin: string): void }).postMessage(m, '*');
    return t0;
  }, message as unknown as Record<string, unknown>);
  await page.waitForMark(mark);
  const painted = await page.page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
  return round(painted - started);
}

/** The graph with one connection's status flipped between Updating and Activated (the first peer edge by default). */
export function withStatusFlipped(graph: TopologyGraph, step: number, edgeId?: string): TopologyGraph {
  const target = edgeId ?? graph.edges.find((e) => e.kind === 'peer')?.id;
  const statuses = ['Updating', 'Activated'] as const;
  return {
    nodes: graph.nodes,
    edges: graph.edges.map((edge) =>
      edge.id === target && edge.kind === 'peer' ? { ...edge, status: statuses[step % 2], label: statuses[step % 2] } : edge,
    ),
  };
}

/** An intra-region connection of `regionId`: what a delta zoomed into that region restyles. */
export function intraRegionEdge(graph: TopologyGraph, regionId: string): PeerEdge {
  const target = graph.edges.find((e): e is PeerEdge => e.kind === 'peer' && e.scope === 'intraRegion' && e.requester.regionId === regionId);
  if (!target) throw new Error(`no intra-region connection in ${regionId}`);
  return target;
}
