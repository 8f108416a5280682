// "Re-layout", on the user's request only: a force-directed arrangement (fcose) inside each region,
// one region at a time, which puts linked nodes near each other. That arrangement only decides the
// order: the leaves then take the deterministic layout's grid slots in that order, and accounts
// its boxes (`arrangedLayout`), so the result is exactly as compact as the layout the page opens
// with, its regions never overlap, and it reads at the same zoom. A force layout's own spacing
// spreads the picture to several times that size.
//
// Nothing here touches the page: the same code runs in the re-layout worker (the usual case) and,
// when no worker can be started, on the page between frames.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { arrangedLayout, isLeafNode, NODE_SIZES, type GraphNode, type Positions, type TopologyGraph } from '../../model/graph';
import { ACCOUNT_PADDING } from '../../model/graph/geometry';

/** An edge as the layout sees it: two ends and nothing else. */
export interface RelayoutLink {
  id: string;
  source: string;
  target: string;
}

/** What a re-layout needs of the graph: every node, and the links reduced to their ends. */
export interface RelayoutInput {
  nodes: GraphNode[];
  links: RelayoutLink[];
}

export interface RelayoutProgress {
  (done: number, total: number, regionId: string): void;
}

let registered = false;

/** The graph reduced to what the layout reads (edges carry far more than their ends). */
export function relayoutInput(graph: TopologyGraph): RelayoutInput {
  return { nodes: graph.nodes, links: graph.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })) };
}

/** The regions in the order they are laid out. */
export function relayoutRegionIds(input: RelayoutInput): string[] {
  return input.nodes.filter((node) => node.kind === 'region').map((node) => node.regionId);
}

/** New positions for the leaves of one region, inside the area the region occupied. */
export function relayoutRegion(input: RelayoutInput, regionId: string, positions: Positions): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const accounts = input.nodes.filter((node) => node.kind === 'account' && node.regionId === regionId);
  const leaves = input.nodes.filter(isLeafNode).filter((node) => node.regionId === regionId && positions[node.id]);
  if (leaves.length < 2) return {};
  const ids = new Set(leaves.map((leaf) => leaf.id));
  const links = input.links.filter((link) => ids.has(link.source) && ids.has(link.target));

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
      ...links.map((link) => ({ group: 'edges' as const, data: { id: link.id, source: link.source, target: link.target } })),
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

/** The deterministic grid, in the order the force layout suggests (only nodes matter for that). */
export function gridRelaidRegions(input: RelayoutInput, arrangement: Positions): Positions {
  return arrangedLayout({ nodes: input.nodes, edges: [] }, arrangement);
}

/**
 * Every region in turn, then the grid. `pause` runs between regions: the page uses it to paint
 * progress and handle input; it may throw to stop.
 */
export async function relayoutAll(
  input: RelayoutInput,
  positions: Positions,
  progress: RelayoutProgress,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Positions> {
  const next: Positions = { ...positions };
  const regions = relayoutRegionIds(input);
  for (const [index, regionId] of regions.entries()) {
    progress(index, regions.length, regionId);
    await pause();
    Object.assign(next, relayoutRegion(input, regionId, next));
  }
  progress(regions.length, regions.length, '');
  return gridRelaidRegions(input, next);
}
