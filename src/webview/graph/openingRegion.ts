// Which region a fresh open shows when the whole graph cannot be fitted readably. Fitted below the
// readable zoom the page would draw only region summaries, an empty-looking diagram; opening at the
// readable zoom on the region with the most VPCs shows real VPCs, names and links at once.

import { regionNodeId, type TopologyGraph } from '../../model/graph';

/**
 * The region node id with the most VPCs; ties go to the most links touching the region, then to
 * the smallest id, so the same graph always opens on the same region. Undefined without regions.
 */
export function busiestRegion(graph: TopologyGraph, regions: Iterable<string>): string | undefined {
  const vpcs = new Map<string, number>();
  const links = new Map<string, number>();
  const regionOf = new Map<string, string>();
  for (const node of graph.nodes) {
    const region = regionNodeId(node.regionId);
    regionOf.set(node.id, region);
    if (node.kind === 'vpc') vpcs.set(region, (vpcs.get(region) ?? 0) + 1);
  }
  for (const edge of graph.edges) {
    const ends = new Set([regionOf.get(edge.source), regionOf.get(edge.target)]);
    for (const region of ends) if (region) links.set(region, (links.get(region) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const id of regions) {
    if (best === undefined) {
      best = id;
      continue;
    }
    const byVpcs = (vpcs.get(id) ?? 0) - (vpcs.get(best) ?? 0);
    const byLinks = (links.get(id) ?? 0) - (links.get(best) ?? 0);
    if (byVpcs > 0 || (byVpcs === 0 && (byLinks > 0 || (byLinks === 0 && id < best)))) best = id;
  }
  return best;
}
