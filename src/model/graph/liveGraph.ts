// The graph kept between store changes, so that a change the store names is built alone. At
// 25,000 connections a full build, diff and layout take hundreds of milliseconds; a status
// change of one connection while it settles touches one edge. `patch` rebuilds only the edges of
// the connections a change names (and of the connections at a VPC whose route tables changed),
// against the index of the last full build, and says which edges those were. Anything it cannot
// place alone — a node that would appear or go, an end it cannot vouch for — it declines, and the
// caller builds in full: the result is always the graph a full build of the snapshot would give.

import { graphSnapshot } from './providerRegions';
import type { InventorySnapshot, PeerConnection } from '../types';
import { assembleGraph, type BuildGraphOptions } from './buildGraph';
import { BuildMemo } from './buildMemo';
import type { GraphEdge, PeerEdge, TopologyGraph } from './elements';
import type { GraphAssembly } from './graphAssembly';
import { peerEdgeId, vpcNodeId } from './ids';
import { indexRouteEntry, indexRouteTable, type InventoryIndex, pickConnectionRecord, type Reported } from './inventoryIndex';
import { peerEdgeOf } from './peerEdges';
import { terraformMarkOf } from './terraformMarks';

/** What changed since the last build or patch, in the graph's terms. */
export interface GraphChangeHint {
  /** Connections whose record changed, appeared or went. */
  connectionIds: ReadonlySet<string>;
  /** VPCs whose route tables or entries changed (their connections' route coverage may have). */
  routeVpcIds: ReadonlySet<string>;
}

/** One edge a patch rebuilt: what it was and what it is (undefined: absent). */
export interface EdgePatch {
  id: string;
  before?: GraphEdge;
  after?: GraphEdge;
}

export class LiveGraph {
  private built?: { index: InventoryIndex; graph: GraphAssembly };
  private readonly memo = new BuildMemo();
  /** How many elements the last build or patch made anew (the rest were reused): for tests and logs. */
  builtElements = 0;

  constructor(private readonly options: BuildGraphOptions = {}) {}

  /** The whole graph of the snapshot (connections' edges reused where their inputs are the same objects). */
  build(snapshot: InventorySnapshot): TopologyGraph {
    this.built = assembleGraph(snapshot, this.options, this.memo);
    const graph = this.built.graph.toGraph();
    this.builtElements = graph.nodes.length + graph.edges.length;
    return graph;
  }

  /**
   * Rebuilds only what `hint` names, given the snapshot after the change. Undefined when the
   * change cannot be placed alone (or nothing was built yet): build in full then. The hint must
   * name everything that changed since the last build or patch.
   */
  patch(snapshot: InventorySnapshot, hint: GraphChangeHint): EdgePatch[] | undefined {
    if (!this.built) return undefined;
    snapshot = graphSnapshot(snapshot);
    const { index, graph } = this.built;
    reindexRouteDetails(index, snapshot, hint.routeVpcIds);
    const records = connectionRecords(snapshot, hint);
    const patches: EdgePatch[] = [];
    for (const [connectionId, connection] of records) {
      const id = peerEdgeId(connectionId);
      const before = graph.edge(id);
      const after = this.edgeFor(index, graph, before, connection);
      if (after === DECLINED) {
        this.built = undefined;
        return undefined;
      }
      if (before === after) continue;
      patches.push({ id, before, after });
    }
    for (const { id, after } of patches) graph.replaceEdge(id, after);
    this.builtElements = patches.filter((p) => p.after).length;
    return patches;
  }

  /** The connection's edge as a full build would make it, or DECLINED when it would also add or drop a node. */
  private edgeFor(
    index: InventoryIndex,
    graph: GraphAssembly,
    before: GraphEdge | undefined,
    connection: PeerConnection | undefined,
  ): PeerEdge | undefined | typeof DECLINED {
    const drawn = connection && (connection.status !== 'Deleted' || this.options.includeDeleted) ? connection : undefined;
    if (!drawn) {
      // An edge going away may leave an external VPC node that nothing else needs.
      return before && endsAreLoadedVpcs(index, before) ? undefined : before ? DECLINED : undefined;
    }
    const ends = [drawn.requester, drawn.accepter];
    for (const end of ends) {
      const node = graph.node(vpcNodeId(end.vpcId));
      // A new node (an external end, its account's box) is placed by the layout: a full build's job.
      if (!node) return DECLINED;
      // An external end's node carries the addresses of the first connection that needed it.
      if (node.kind === 'externalVpc' && before?.kind !== 'peer') return DECLINED;
    }
    const edge = peerEdgeOf(graph, index, drawn, terraformMarkOf(this.options.terraformOf, [drawn.id]));
    if (before?.kind === 'peer' && !sameExternalEnds(graph, before, edge)) return DECLINED;
    return edge;
  }
}

const DECLINED = Symbol('declined');

function endsAreLoadedVpcs(index: InventoryIndex, edge: GraphEdge): boolean {
  return edge.kind === 'peer' && index.vpcs.has(edge.requester.vpcId) && index.vpcs.has(edge.accepter.vpcId);
}

/** An external end keeps its node only when it reports the same addresses as before. */
function sameExternalEnds(graph: GraphAssembly, before: PeerEdge, after: PeerEdge): boolean {
  for (const side of ['requester', 'accepter'] as const) {
    if (graph.node(vpcNodeId(after[side].vpcId))?.kind !== 'externalVpc') continue;
    if (before[side].cidrs.join() !== after[side].cidrs.join()) return false;
  }
  return before.source === after.source && before.target === after.target;
}

/**
 * The record a full index would pick for each connection the hint touches (named, or with an end
 * at a VPC whose routes changed), undefined for one no account lists any more. One pass over
 * every region's connections, in the snapshot's order, as `indexInventory` reads them.
 */
function connectionRecords(snapshot: InventorySnapshot, hint: GraphChangeHint): Map<string, PeerConnection | undefined> {
  const picked = new Map<string, Reported | undefined>([...hint.connectionIds].map((id) => [id, undefined]));
  for (const inventory of snapshot.regions) {
    for (const connection of inventory.peerConnections) {
      const touched =
        hint.connectionIds.has(connection.id) ||
        hint.routeVpcIds.has(connection.requester.vpcId) ||
        hint.routeVpcIds.has(connection.accepter.vpcId);
      if (!touched) continue;
      const known = picked.get(connection.id);
      const candidate = { record: connection, reporter: inventory.accountUid };
      picked.set(connection.id, known ? pickConnectionRecord(known, candidate) : candidate);
    }
  }
  return new Map([...picked].map(([id, reported]) => [id, reported?.record]));
}

/** The route tables and entries of these VPCs read again from the snapshot into the index. */
function reindexRouteDetails(index: InventoryIndex, snapshot: InventorySnapshot, vpcIds: ReadonlySet<string>): void {
  if (vpcIds.size === 0) return;
  const tableIds = new Set<string>();
  for (const vpcId of vpcIds) {
    for (const table of index.routeTablesByVpc.get(vpcId) ?? []) {
      tableIds.add(table.id);
      index.routeEntriesByTable.delete(table.id);
    }
    index.routeTablesByVpc.delete(vpcId);
  }
  for (const inventory of snapshot.regions) {
    for (const table of inventory.routeTables ?? []) {
      if (!table.vpcId || !vpcIds.has(table.vpcId)) continue;
      tableIds.add(table.id);
      index.routeEntriesByTable.delete(table.id);
      indexRouteTable(index, table);
    }
  }
  for (const inventory of snapshot.regions) {
    for (const entry of inventory.routeEntries ?? []) if (tableIds.has(entry.routeTableId)) indexRouteEntry(index, entry);
  }
}
