// "Re-layout", on the user's request only: a force-directed arrangement (fcose) inside each region,
// one region at a time, so the page stays responsive and shows progress. The regions, whose sizes
// all changed, are then arranged afresh in the model's shelves (`packRegions`), so the picture
// keeps its grid of non-overlapping regions. Running fcose on the whole graph instead takes far
// longer and lets region boxes overlap.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { isLeafNode, NODE_SIZES, packRegions, type Positions, type TopologyGraph } from '../../model/graph';
import { ACCOUNT_PADDING } from '../../model/graph/geometry';

let registered = false;

export interface RelayoutProgress {
  (done: number, total: number, regionId: string): void;
}

export async function relayoutRegions(graph: TopologyGraph, positions: Positions, progress: RelayoutProgress): Promise<Positions> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const next: Positions = { ...positions };
  const regions = graph.nodes.filter((node) => node.kind === 'region');
  for (const [index, region] of regions.entries()) {
    progress(index, regions.length, region.regionId);
    // Let the page paint the progress before the region's layout blocks the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    Object.assign(next, relayoutRegion(graph, region.regionId, next));
  }
  progress(regions.length, regions.length, '');
  return packRegions(graph, next);
}

function relayoutRegion(graph: TopologyGraph, regionId: string, positions: Positions): Positions {
  const accounts = graph.nodes.filter((node) => node.kind === 'account' && node.regionId === regionId);
  const leaves = graph.nodes.filter(isLeafNode).filter((node) => node.regionId === regionId && positions[node.id]);
  if (leaves.length < 2) return {};
  const ids = new Set(leaves.map((leaf) => leaf.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));

  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...accounts.map((account) => ({ group: 'nodes' as const, data: { id: account.id } })),
      ...leaves.map((leaf) => ({
        group: 'nodes' as const,
        data: { id: leaf.id, parent: leaf.parent, width: NODE_SIZES[leaf.kind].width, height: NODE_SIZES[leaf.kind].height },
        position: { ...positions[leaf.id] },
      })),
      ...edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(width)', height: 'data(height)' } },
      { selector: ':parent', style: { padding: `${ACCOUNT_PADDING}px` } },
    ],
  });
  const before = cy.nodes().boundingBox();
  cy.layout({
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    animate: false,
    fit: false,
    packComponents: true,
    nodeSeparation: 60,
    idealEdgeLength: 140,
    nodeRepulsion: 9000,
    tile: true,
    tilingPaddingVertical: 40,
    tilingPaddingHorizontal: 40,
  } as cytoscape.LayoutOptions).run();
  const after = cy.nodes().boundingBox();
  const result: Positions = {};
  for (const leaf of leaves) {
    const p = cy.getElementById(leaf.id).position();
    result[leaf.id] = { x: Math.round(p.x - after.x1 + before.x1), y: Math.round(p.y - after.y1 + before.y1) };
  }
  cy.destroy();
  return result;
}
