// Which elements cytoscape restyles while the page applies a delta: the check that a status change
// touches only what it names.
import { diffGraph, type TopologyGraph } from '../../../src/model/graph';
import type { TopologyPage } from './topologyBrowser';

interface RestyleWindow {
  __restyled: Record<string, number>;
  requestAnimationFrame(callback: () => void): number;
}

/**
 * Starts counting restyles on the page; the function it resolves to posts the delta from one graph
 * to the other and answers the ids restyled meanwhile, over `frames` frames drawn the way panning
 * draws them.
 */
export async function recordRestyles(page: TopologyPage): Promise<(from: TopologyGraph, to: TopologyGraph, frames?: number) => Promise<string[]>> {
  await page.withCy((cy) => {
    const restyled: Record<string, number> = {};
    (globalThis as unknown as RestyleWindow).__restyled = restyled;
    cy.on('style', (event) => {
      const id = (event.target as { id(): string }).id();
      restyled[id] = (restyled[id] ?? 0) + 1;
    });
  });
  return async (from, to, frames = 1) => {
    await page.page.evaluate(() => {
      const w = globalThis as unknown as RestyleWindow;
      for (const key of Object.keys(w.__restyled)) delete w.__restyled[key];
      performance.clearMarks('topology:delta-painted');
    });
    await page.post({ type: 'delta', delta: diffGraph(from, to), positions: {} });
    await page.waitForMark('topology:delta-painted');
    await page.withCy(
      (cy, count) =>
        new Promise<void>((resolve) => {
          const w = globalThis as unknown as RestyleWindow;
          let drawn = 0;
          const next = () => {
            cy.forceRender();
            if (++drawn < count) w.requestAnimationFrame(next);
            else resolve();
          };
          w.requestAnimationFrame(next);
        }),
      frames,
    );
    return page.page.evaluate(() => Object.keys((globalThis as unknown as RestyleWindow).__restyled));
  };
}
