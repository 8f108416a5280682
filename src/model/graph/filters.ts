// What the toolbar's filters hide. Hidden sets rather than shown sets, so an account, region or
// status that appears later is shown by default.

import type { CloudProvider } from '../resourceRef';
import type { PeerStatus } from '../types';
import type { EdgeKind, GraphEdge, GraphNode, TopologyGraph } from './elements';
import { isLeafNode } from './elements';
import { regionOfKey } from './providerRegions';

export interface GraphFilters {
  hiddenAccounts: string[];
  hiddenRegions: string[];
  hiddenStatuses: PeerStatus[];
  hiddenEdgeKinds: EdgeKind[];
  /**
   * Links hidden by whether the workspace's Terraform manages them. Optional: filters saved before
   * it existed still read as filters.
   */
  hiddenTerraform?: TerraformFilter[];
  /** Clouds hidden whole (optional, as hiddenTerraform). */
  hiddenProviders?: CloudProvider[];
}

/** `managed`: links whose resource a Terraform block manages; `unmanaged`: the others. */
export type TerraformFilter = 'managed' | 'unmanaged';
export const TERRAFORM_FILTERS: readonly TerraformFilter[] = ['managed', 'unmanaged'];

export const NO_FILTERS: GraphFilters = { hiddenAccounts: [], hiddenRegions: [], hiddenStatuses: [], hiddenEdgeKinds: [] };

export function hasFilters(filters: GraphFilters): boolean {
  return activeFilterCount(filters) > 0;
}

/** How many things the filters hide: the toolbar shows it while the panel is closed too. */
export function activeFilterCount(filters: GraphFilters): number {
  return (
    filters.hiddenAccounts.length +
    filters.hiddenRegions.length +
    filters.hiddenStatuses.length +
    filters.hiddenEdgeKinds.length +
    (filters.hiddenTerraform?.length ?? 0) +
    (filters.hiddenProviders?.length ?? 0)
  );
}

/** The graph without what the filters hide; edges lose their place when either end is hidden. */
export function filterGraph(graph: TopologyGraph, filters: GraphFilters): TopologyGraph {
  if (!hasFilters(filters)) return graph;
  const hiddenAccounts = new Set(filters.hiddenAccounts);
  const hiddenRegions = new Set(filters.hiddenRegions);
  const hiddenProviders = new Set<string>(filters.hiddenProviders ?? []);
  const edgeKept = edgeFilter(filters);

  const visible = (node: GraphNode): boolean => {
    if (hiddenRegions.has(node.regionId) || hiddenProviders.has(regionOfKey(node.regionId).provider)) return false;
    if (node.kind === 'account' || isLeafNode(node)) return !hiddenAccounts.has(node.accountUid);
    return true;
  };
  const kept = graph.nodes.filter(visible);
  // A region whose every account is hidden disappears with them.
  const regionsWithAccounts = new Set(kept.filter((node) => node.kind === 'account').map((node) => node.parent));
  const nodes = kept.filter((node) => node.kind !== 'region' || regionsWithAccounts.has(node.id));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edgeKept(edge));
  return { nodes, edges };
}

/**
 * Whether the filters keep an edge whose two ends they keep: by its kind, status and Terraform
 * mark, which a delta may change, where a node's place (account, region) never changes in place.
 */
export function edgeFilter(filters: GraphFilters): (edge: GraphEdge) => boolean {
  const hiddenStatuses = new Set<string>(filters.hiddenStatuses);
  const hiddenKinds = new Set<string>(filters.hiddenEdgeKinds);
  const hiddenTerraform = new Set<string>(filters.hiddenTerraform ?? []);
  return (edge) =>
    !hiddenKinds.has(edge.kind) && !(edge.kind === 'peer' && hiddenStatuses.has(edge.status)) && !hiddenTerraform.has(edge.terraform ? 'managed' : 'unmanaged');
}
