// The labels cytoscape draws, with their size on screen: what a person can read at this zoom.

import assert from 'node:assert/strict';
import type { TopologyPage } from './topologyBrowser';

interface DrawnLabel {
  id: string;
  kind: string;
  text: string;
  px: number;
}

/** Every label cytoscape draws now, with its size on screen (font size × zoom). */
export function drawnLabels(page: TopologyPage): Promise<DrawnLabel[]> {
  return page.withCy((cy) => {
    const zoom = cy.zoom();
    return cy
      .elements()
      .filter((e) => e.visible() && String(e.style('label') ?? '') !== '')
      .map((e) => ({ id: e.id(), kind: String(e.data('kind')), text: String(e.style('label')), px: parseFloat(String(e.style('font-size'))) * zoom }));
  });
}

export function assertReadable(labels: DrawnLabel[]): void {
  const small = labels.filter((label) => label.px < 11).map((label) => `${label.id} at ${label.px.toFixed(1)} px`);
  assert.deepEqual(small, [], 'labels drawn under 11 px');
}
