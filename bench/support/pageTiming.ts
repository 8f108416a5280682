// Timing the topology page in headless Chromium: from just before a host message is posted inside
// the page to the first frame painted after cytoscape drew the result (the page marks it:
// cytoscape's `render` event, then the next animation frame, then a task). The posting is timed,
// as VS Code's webview frames pass a message on the same way (a structured clone of it); getting
// the message into the page is not: Playwright sends it as JSON and the page parses it, 23 MB at
// 10,000 VPCs, a transfer and its garbage the extension never makes.

import type { PeerEdge, TopologyGraph } from '../../src/model/graph';
import type { HostMessage } from '../../src/webview/protocol';
import type { TopologyPage } from '../../test/webview/support/topologyBrowser';
import { round } from './figures';

/**
 * Posts `message` from inside the page and returns the ms until the page sets `mark`. The message
 * is put into the page first; then the page is left idle for a moment, as it is between two
 * updates from the host, so that what putting it there cost is over before the clock starts.
 */
export async function timeToMark(page: TopologyPage, message: HostMessage, mark: string): Promise<number> {
  type Staging = { __stagedMessage?: unknown; postMessage(message: unknown, origin: string): void };
  await page.page.evaluate((m) => ((globalThis as unknown as Staging).__stagedMessage = m), message as unknown as Record<string, unknown>);
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.page.evaluate((name) => performance.clearMarks(name), mark);
  const started = await page.page.evaluate(() => {
    const staging = globalThis as unknown as Staging;
    const t0 = performance.now();
    staging.postMessage(staging.__stagedMessage, '*');
    staging.__stagedMessage = undefined;
    return t0;
  });
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
