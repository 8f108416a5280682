// Turns the store's snapshots into what the page draws: the first graph with its layout, then
// deltas. Positions live here: a status change never moves anything; new elements are placed by
// the incremental layout around what is already placed; the person's drags win over both. Cloud
// text is made safe to show here, once, for the page and everything exported from it.

import {
  BuildMemo,
  type BuildGraphOptions,
  type GraphDelta,
  type Positions,
  type TerraformLookup,
  type TopologyGraph,
  buildGraph,
  diffGraph,
  isEmptyDelta,
  layoutGraph,
} from '../../model/graph';
import type { InventorySnapshot } from '../../model/types';
import { displayGraph } from './displayGraph';

export interface GraphUpdate {
  delta: GraphDelta;
  /** Positions of leaves that are new or were slid aside. */
  positions: Positions;
}

export class GraphFeed {
  private graph?: TopologyGraph;
  private positions: Positions = {};
  private readonly memo = new BuildMemo();
  private readonly options: BuildGraphOptions;

  /** `terraformOf`: which resources the workspace's Terraform manages (their edges are marked). */
  constructor(
    private savedPositions: Positions = {},
    terraformOf?: TerraformLookup,
  ) {
    this.options = { terraformOf };
  }

  /** The full graph and positions for a page that (re)starts. */
  initial(snapshot: InventorySnapshot): { graph: TopologyGraph; positions: Positions } {
    this.graph = displayGraph(buildGraph(snapshot, this.options, this.memo));
    this.positions = layoutGraph(this.graph, { keep: { ...this.positions, ...this.savedPositions } });
    return { graph: this.graph, positions: this.positions };
  }

  /** What changed since the last graph, or undefined when nothing did. */
  update(snapshot: InventorySnapshot): GraphUpdate | undefined {
    if (!this.graph) return undefined;
    const next = displayGraph(buildGraph(snapshot, this.options, this.memo));
    const delta = diffGraph(this.graph, next);
    if (isEmptyDelta(delta)) return undefined;
    this.graph = next;
    const laidOut = layoutGraph(next, { keep: { ...this.positions, ...this.savedPositions } });
    const moved: Positions = {};
    for (const [id, point] of Object.entries(laidOut)) {
      const before = this.positions[id];
      if (!before || before.x !== point.x || before.y !== point.y) moved[id] = point;
    }
    this.positions = laidOut;
    return { delta, positions: moved };
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
