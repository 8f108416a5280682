// InventorySnapshot → TopologyGraph.
//
// Grouping is region ⊃ account ⊃ VPC. Peering is mostly a question of geography: an intra-region
// connection is free and unlimited, an inter-region one has a bandwidth and a link type, and a
// partner's VPC in the same region belongs next to ours. With regions outermost, a cross-account
// connection inside one region stays a short edge inside one box, inter-region edges are the
// ones that cross between boxes, and the zoomed-out summary (one node per region) keeps the
// meaning of the picture. With accounts outermost, the same region would appear once per
// account and every cross-account edge would cross the whole picture.

import type { InventorySnapshot } from '../types';
import type { TopologyGraph } from './elements';
import { addBgpSession } from './bgpElements';
import type { BuildMemo } from './buildMemo';
import { GraphAssembly } from './graphAssembly';
import { compareIds, indexInventory, type InventoryIndex } from './inventoryIndex';
import { addPeerEdge } from './peerEdges';
import { graphSnapshot } from './providerRegions';
import { addVbrNode, addVpcNode } from './resourceNodes';
import { addRouterInterfaceEdges } from './routerInterfaceEdges';
import type { TerraformLookup } from './terraformMarks';

export interface BuildGraphOptions {
  /** Draw connections in the `Deleted` state (the service lists them for a while). Default false. */
  includeDeleted?: boolean;
  /** Draw each active account's box in every loaded region, even when it holds nothing. Default false. */
  includeEmptyAccounts?: boolean;
  /** Which resources the workspace's Terraform manages; their edges carry a `terraform` mark. */
  terraformOf?: TerraformLookup;
}

/**
 * `memo`: pass the same one to successive builds (the panel host does) to reuse the connections'
 * edges whose inputs did not change; the result is the same either way.
 */
export function buildGraph(snapshot: InventorySnapshot, options: BuildGraphOptions = {}, memo?: BuildMemo): TopologyGraph {
  return assembleGraph(snapshot, options, memo).graph.toGraph();
}

/** The build with what it was made from kept: the index and the assembly a later patch edits (liveGraph.ts). */
export function assembleGraph(
  snapshot: InventorySnapshot,
  options: BuildGraphOptions = {},
  memo?: BuildMemo,
): { index: InventoryIndex; graph: GraphAssembly } {
  snapshot = graphSnapshot(snapshot);
  const index = indexInventory(snapshot);
  const graph = new GraphAssembly(index);

  if (options.includeEmptyAccounts) {
    for (const inventory of snapshot.regions) graph.accountGroup(inventory.regionId, inventory.accountUid);
  }
  for (const vpc of [...index.vpcs.values()].sort((a, b) => compareIds(a.id, b.id))) addVpcNode(graph, vpc);
  for (const vbr of [...index.vbrs.values()].sort((a, b) => compareIds(a.id, b.id))) addVbrNode(graph, vbr);
  for (const connection of index.peerConnections) {
    if (connection.status === 'Deleted' && !options.includeDeleted) continue;
    addPeerEdge(graph, index, connection, memo, options.terraformOf);
  }
  addRouterInterfaceEdges(graph, index, options.terraformOf);
  for (const peer of index.bgpPeers) addBgpSession(graph, index, peer, options.terraformOf);
  memo?.finish();
  return { index, graph };
}
