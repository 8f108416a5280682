// Turns the store's snapshots into what the page draws: the first graph with its layout, then
// deltas. Positions live here: a status change never moves anything; new elements are placed by
// the incremental layout around what is already placed; the person's drags win over both. Cloud
// text is made safe to show here, once, for the page and everything exported from it.

import {
  type BuildGraphOptions,
  type EdgePatch,
  type GraphDelta,
  type GraphEdge,
  LiveGraph,
  type Positions,
  type TerraformLookup,
  type TopologyGraph,
  diffGraph,
  isEmptyDelta,
  layoutGraph,
} from '../../model/graph';
import type { TopologyChange } from '../../inventory/changes';
import type { InventorySnapshot } from '../../model/types';
import { changeHint } from './changeHint';
import { displayElement, displayGraph } from './displayGraph';
import { patchEdges } from './patchEdges';

export interface GraphUpdate {
  delta: GraphDelta;
  /** Positions of leaves that are new or were slid aside. */
  positions: Positions;
}

export class GraphFeed {
  private graph?: TopologyGraph;
  private positions: Positions = {};
  private readonly live: LiveGraph;
  /** Where each edge sits in `graph.edges`, made on the first patch after a full build. */
  private edgeAt?: Map<string, number>;

  /** `terraformOf`: which resources the workspace's Terraform manages (their edges are marked). */
  constructor(
    private savedPositions: Positions = {},
    terraformOf?: TerraformLookup,
  ) {
    const options: BuildGraphOptions = { terraformOf };
    this.live = new LiveGraph(options);
  }

  /** The full graph and positions for a page that (re)starts. */
  initial(snapshot: InventorySnapshot): { graph: TopologyGraph; positions: Positions } {
    this.setGraph(displayGraph(this.live.build(snapshot)));
    this.positions = layoutGraph(this.graph!, { keep: { ...this.positions, ...this.savedPositions } });
    return { graph: this.graph!, positions: this.positions };
  }

  /**
   * What changed since the last graph, or undefined when nothing did. `changes`: every store
   * change since the last update; a status change of a few connections then builds only their
   * edges. Without them (or for a change that moves nodes) the graph is built in full and diffed.
   */
  update(snapshot: InventorySnapshot, changes?: readonly TopologyChange[]): GraphUpdate | undefined {
    if (!this.graph) return undefined;
    const hint = changes && changeHint(changes);
    const patches = hint && this.live.patch(snapshot, hint);
    if (patches) return this.applyPatches(patches);
    return this.rebuild(snapshot);
  }

  /** How many elements the last update built anew (the rest were reused as they were). */
  get builtElements(): number {
    return this.live.builtElements;
  }

  private rebuild(snapshot: InventorySnapshot): GraphUpdate | undefined {
    const next = displayGraph(this.live.build(snapshot));
    const delta = diffGraph(this.graph!, next);
    if (isEmptyDelta(delta)) return undefined;
    this.setGraph(next);
    const laidOut = layoutGraph(next, { keep: { ...this.positions, ...this.savedPositions } });
    const moved: Positions = {};
    for (const [id, point] of Object.entries(laidOut)) {
      const before = this.positions[id];
      if (!before || before.x !== point.x || before.y !== point.y) moved[id] = point;
    }
    this.positions = laidOut;
    return { delta, positions: moved };
  }

  /** Edges rebuilt alone: no node came or went, so nothing moves. */
  private applyPatches(patches: EdgePatch[]): GraphUpdate | undefined {
    const before: GraphEdge[] = [];
    const after: GraphEdge[] = [];
    const shown = patches.map((patch) => ({ id: patch.id, edge: patch.after && displayElement(patch.after) }));
    for (const { id, edge } of shown) {
      const old = this.graph!.edges[this.edgePositions().get(id) ?? -1];
      if (old) before.push(old);
      if (edge) after.push(edge);
    }
    const delta = diffGraph({ nodes: [], edges: before }, { nodes: [], edges: after });
    if (isEmptyDelta(delta)) return undefined;
    const edges = patchEdges(this.graph!.edges, this.edgePositions(), shown);
    if (edges.reordered) this.edgeAt = undefined;
    this.graph = { ...this.graph!, edges: edges.edges };
    return { delta, positions: {} };
  }

  private setGraph(graph: TopologyGraph): void {
    this.graph = graph;
    this.edgeAt = undefined;
  }

  private edgePositions(): Map<string, number> {
    this.edgeAt ??= new Map(this.graph!.edges.map((edge, at) => [edge.id, at]));
    return this.edgeAt;
  }

  /** The person moved nodes (or asked for a re-layout): remember them over any computed place. */
  rememberPositions(positions: Positions): void {
    this.savedPositions = { ...this.savedPositions, ...positions };
    this.positions = { ...this.positions, ...positions };
  }

  /** Back to the layout a fresh open draws: every saved and computed position is dropped. */
  resetPositions(): void {
    this.savedPositions = {};
    this.positions = this.graph ? layoutGraph(this.graph) : {};
  }

  get saved(): Positions {
    return this.savedPositions;
  }

  get current(): { graph?: TopologyGraph; positions: Positions } {
    return { graph: this.graph, positions: this.positions };
  }
}
