// The page's copy of the whole graph: every element and every leaf position, the filters, and what
// follows from them (group boxes, element counts per region, look-ups by cloud resource id).
// Cytoscape holds only what is drawn at the current level of detail; this holds everything.

import {
  applyDelta,
  filterGraph,
  groupBoxes,
  hasFilters,
  isLeafNode,
  layoutGraph,
  NO_FILTERS,
  regionElementCounts,
  viewGraph,
  type GraphDelta,
  type GraphEdge,
  type GraphFilters,
  type GraphNode,
  type GroupBoxes,
  type Point,
  type Positions,
  type Rect,
  type TopologyGraph,
  type ViewGraph,
} from '../model/graph';
import { boxAround, leafSize, union } from '../model/graph/geometry';

export class PageGraph {
  private graph: TopologyGraph = { nodes: [], edges: [] };
  private filtered: TopologyGraph = this.graph;
  private positionMap: Positions = {};
  private filterState: GraphFilters = NO_FILTERS;
  private elements = new Map<string, GraphNode | GraphEdge>();
  private resources = new Map<string, string>();
  private boxCache: GroupBoxes | undefined;
  private countCache: Map<string, number> | undefined;

  get filters(): GraphFilters {
    return this.filterState;
  }

  get positions(): Positions {
    return this.positionMap;
  }

  /** The graph as filtered, which is what is drawn. */
  get visible(): TopologyGraph {
    return this.filtered;
  }

  get all(): TopologyGraph {
    return this.graph;
  }

  load(graph: TopologyGraph, positions: Positions, filters: GraphFilters = NO_FILTERS): void {
    this.graph = graph;
    this.positionMap = { ...positions };
    this.filterState = filters;
    this.placeMissing();
    this.indexAll();
    this.refresh();
  }

  /** Applies a host delta; returns the ids of kept leaves whose position the host changed. */
  applyDelta(delta: GraphDelta, positions: Positions): string[] {
    this.graph = applyDelta(this.graph, delta);
    this.indexChanges(delta);
    const moved: string[] = [];
    for (const [id, point] of Object.entries(positions)) {
      const old = this.positionMap[id];
      if (old && (old.x !== point.x || old.y !== point.y)) moved.push(id);
      this.positionMap[id] = point;
    }
    for (const id of delta.removedNodes) delete this.positionMap[id];
    this.placeMissing();
    const reshaped = moved.length > 0 || delta.addedNodes.length > 0 || delta.removedNodes.length > 0 || delta.changed.some((c) => 'parent' in c.set);
    const relinked = reshaped || delta.addedEdges.length > 0 || delta.removedEdges.length > 0 || hasFilters(this.filterState);
    this.refresh(reshaped, relinked);
    return moved;
  }

  setFilters(filters: GraphFilters): void {
    this.filterState = filters;
    this.refresh();
  }

  /** Records leaf positions the user (or a re-layout) produced. */
  movePositions(positions: Positions): void {
    Object.assign(this.positionMap, positions);
    this.boxCache = undefined;
  }

  get boxes(): GroupBoxes {
    this.boxCache ??= groupBoxes(this.filtered, this.positionMap);
    return this.boxCache;
  }

  get regionCounts(): Map<string, number> {
    this.countCache ??= regionElementCounts(this.filtered);
    return this.countCache;
  }

  view(expanded: ReadonlySet<string>): ViewGraph {
    return viewGraph(this.filtered, this.boxes, expanded);
  }

  element(id: string): GraphNode | GraphEdge | undefined {
    return this.elements.get(id);
  }

  /** An element id for an element id or a cloud resource id (vpc-…, pcc-…, ri-…, vbr-…, bgp-…). */
  resolve(id: string): string | undefined {
    return this.elements.has(id) ? id : this.resources.get(id);
  }

  /** Leaves of a region, for moving a collapsed region as a whole. */
  leavesOfRegion(regionId: string): string[] {
    return this.filtered.nodes.filter((node) => node.regionId === regionId && isLeafNode(node)).map((node) => node.id);
  }

  /** The area an element occupies in graph coordinates (a group's box, an edge's two ends). */
  areaOf(id: string): Rect | undefined {
    const element = this.elements.get(id);
    if (!element) return undefined;
    if ('source' in element) {
      const a = this.areaOf(element.source);
      const b = this.areaOf(element.target);
      return a && b ? union(a, b) : a ?? b;
    }
    if (element.kind === 'region') return this.boxes.regions.get(id);
    if (element.kind === 'account') return this.boxes.accounts.get(id);
    const point: Point | undefined = this.positionMap[id];
    return point && isLeafNode(element) ? boxAround(point, leafSize(element)) : undefined;
  }

  /** Every region frame together: the whole picture. */
  extent(): Rect | undefined {
    let all: Rect | undefined;
    for (const frame of this.boxes.regionFrames.values()) all = union(all, frame);
    return all;
  }

  /** A host that sent no position for some leaf still gets a readable picture. */
  private placeMissing(): void {
    const missing = this.graph.nodes.some((node) => isLeafNode(node) && !this.positionMap[node.id]);
    if (missing) this.positionMap = layoutGraph(this.graph, { keep: this.positionMap });
  }

  private refresh(reshaped = true, relinked = true): void {
    this.filtered = filterGraph(this.graph, this.filterState);
    // Boxes follow the visible leaves and their positions, counts the visible elements: a status
    // change leaves both as they are.
    if (reshaped) this.boxCache = undefined;
    if (relinked) this.countCache = undefined;
  }

  private indexAll(): void {
    this.elements = new Map<string, GraphNode | GraphEdge>();
    this.resources = new Map<string, string>();
    for (const element of [...this.graph.nodes, ...this.graph.edges]) this.index(element);
  }

  /** Keeps the look-ups current for what a delta touched, without walking the whole graph. */
  private indexChanges(delta: GraphDelta): void {
    for (const id of [...delta.removedNodes, ...delta.removedEdges]) {
      const old = this.elements.get(id);
      this.elements.delete(id);
      if (old) for (const resourceId of resourceIdsOf(old)) if (this.resources.get(resourceId) === id) this.resources.delete(resourceId);
    }
    const touched = new Set([...delta.addedNodes, ...delta.addedEdges].map((e) => e.id).concat(delta.changed.map((c) => c.id)));
    if (touched.size === 0) return;
    for (const element of [...this.graph.nodes, ...this.graph.edges]) if (touched.has(element.id)) this.index(element);
  }

  private index(element: GraphNode | GraphEdge): void {
    this.elements.set(element.id, element);
    for (const resourceId of resourceIdsOf(element)) if (!this.resources.has(resourceId)) this.resources.set(resourceId, element.id);
  }
}

function resourceIdsOf(element: GraphNode | GraphEdge): string[] {
  switch (element.kind) {
    case 'vpc':
    case 'externalVpc':
      return [element.vpcId];
    case 'vbr':
      return [element.vbrId];
    case 'router':
      return [element.routerId];
    case 'bgp':
      return [element.bgpPeerId];
    case 'peer':
      return [element.connectionId];
    case 'routerInterface':
      return element.interfaceIds;
    default:
      return [];
  }
}
