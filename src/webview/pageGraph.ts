// The page's copy of the whole graph: every element and every leaf position, the filters, and what
// follows from them (group boxes, element counts per region, look-ups by cloud resource id).
// Cytoscape holds only what is drawn at the current level of detail; this holds everything.

import {
  applyDelta,
  edgeFilter,
  EdgeRouter,
  filterGraph,
  groupBoxes,
  hasFilters,
  isLeafNode,
  layoutGraph,
  NO_FILTERS,
  regionElementCounts,
  RegionViews,
  accountElementCounts,
  type AccountCounts,
  type ElementChange,
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
  /** Where each element sits in the graph's arrays, and in the filtered graph's. */
  private places = new Places();
  private filteredPlaces = this.places;
  private boxCache: GroupBoxes | undefined;
  private countCache: Map<string, number> | undefined;
  private accountCountCache: AccountCounts | undefined;
  private views: RegionViews | undefined;
  private router: EdgeRouter | undefined;
  /** The arc of every edge routed since the geometry last changed (0: straight). */
  private readonly arcCache = new Map<string, number>();
  /** Edges whose arc may have changed since the page last asked (`takeArcChanges`). */
  private arcChanges: 'all' | Set<string> = 'all';
  /** What the last delta cost: elements it replaced in place, or the whole graph. */
  private lastDelta: DeltaWork = { replaced: 0, wholeGraph: true };

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

  /** What the last delta cost (for tests: a status change replaces one element, not the graph). */
  get lastDeltaWork(): DeltaWork {
    return this.lastDelta;
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
    const moved: string[] = [];
    for (const [id, point] of Object.entries(positions)) {
      const old = this.positionMap[id];
      if (old && (old.x !== point.x || old.y !== point.y)) moved.push(id);
      this.positionMap[id] = point;
    }
    if (moved.length === 0 && replacesInPlace(delta)) {
      this.replaceInPlace(delta.changed);
      return moved;
    }
    this.graph = applyDelta(this.graph, delta);
    this.indexAll();
    for (const id of delta.removedNodes) delete this.positionMap[id];
    if (delta.addedNodes.some((node) => isLeafNode(node) && !this.positionMap[node.id])) this.placeMissing();
    const reshaped = moved.length > 0 || delta.addedNodes.length > 0 || delta.removedNodes.length > 0 || delta.changed.some((c) => 'parent' in c.set);
    const relinked = reshaped || delta.addedEdges.length > 0 || delta.removedEdges.length > 0 || hasFilters(this.filterState);
    this.refresh(reshaped, relinked);
    this.lastDelta = { replaced: 0, wholeGraph: true };
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
    this.views = undefined;
    this.resetRouting();
  }

  get boxes(): GroupBoxes {
    this.boxCache ??= groupBoxes(this.filtered, this.positionMap);
    return this.boxCache;
  }

  get regionCounts(): Map<string, number> {
    this.countCache ??= regionElementCounts(this.filtered);
    return this.countCache;
  }

  get accountCounts(): AccountCounts {
    this.accountCountCache ??= accountElementCounts(this.filtered);
    return this.accountCountCache;
  }

  /** The view with the regions in `expanded` drawn in full, but for the accounts in `collapsedAccounts`. */
  view(expanded: ReadonlySet<string>, collapsedAccounts?: ReadonlySet<string>): ViewGraph {
    this.views ??= new RegionViews(this.filtered, this.boxes);
    return this.views.view(expanded, collapsedAccounts);
  }

  /**
   * The bent ones among `edgeIds` (drawn edges) with their arc. Edges routed before keep their
   * arc until the geometry changes; the others are routed now, and only they.
   */
  arcs(edgeIds: Iterable<string>): Record<string, number> {
    const ids = [...edgeIds];
    const unrouted = ids.filter((id) => !this.arcCache.has(id) && this.elements.has(id));
    if (unrouted.length > 0) {
      this.router ??= new EdgeRouter(this.filtered, this.positionMap, this.boxes);
      const { bent, routed } = this.router.arcs(unrouted);
      for (const id of routed) this.arcCache.set(id, bent[id] ?? 0);
    }
    const arcs: Record<string, number> = {};
    for (const id of ids) {
      const arc = this.arcCache.get(id);
      if (arc) arcs[id] = arc;
    }
    return arcs;
  }

  /** Edges whose arc may differ from the one last handed out (`all` after a change of geometry). */
  takeArcChanges(): 'all' | string[] {
    const changes = this.arcChanges;
    this.arcChanges = new Set();
    return changes === 'all' ? 'all' : [...changes];
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

  /** Leaves of an account box, for moving a collapsed account as a whole. */
  leavesOfAccount(accountId: string): string[] {
    return this.filtered.nodes.filter((node) => node.parent === accountId && isLeafNode(node)).map((node) => node.id);
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

  /**
   * Changes that keep every element where it is (a status, a label, a warning): each changed
   * element is replaced at its place in the graph and, when the filters keep it, in the filtered
   * graph; the view and the routing follow those elements alone. An edge the change hides or
   * shows (a hidden status) re-filters the graph.
   */
  private replaceInPlace(changes: ElementChange[]): void {
    const graph = { nodes: this.graph.nodes.slice(), edges: this.graph.edges.slice() };
    const filtering = hasFilters(this.filterState);
    const filtered = filtering ? { nodes: this.filtered.nodes.slice(), edges: this.filtered.edges.slice() } : graph;
    const kept = edgeFilter(this.filterState);
    const shown: Array<GraphNode | GraphEdge> = [];
    let visibilityChanged = false;
    for (const change of changes) {
      const element = this.elements.get(change.id);
      if (!element) continue;
      const next = patched(element, change);
      this.index(next);
      if ('source' in next) {
        const edge = next as GraphEdge;
        graph.edges[this.places.edges.get(edge.id)!] = edge;
        if (!filtering) shown.push(edge);
        else {
          const at = this.filteredPlaces.edges.get(edge.id);
          const visible = this.filteredPlaces.nodes.has(edge.source) && this.filteredPlaces.nodes.has(edge.target) && kept(edge);
          if (visible !== (at !== undefined)) visibilityChanged = true;
          else if (at !== undefined) {
            filtered.edges[at] = edge;
            shown.push(edge);
          }
        }
      } else {
        const node = next as GraphNode;
        graph.nodes[this.places.nodes.get(node.id)!] = node;
        const at = this.filteredPlaces.nodes.get(node.id);
        if (at !== undefined) {
          filtered.nodes[at] = node;
          shown.push(node);
        }
      }
    }
    this.graph = graph;
    this.lastDelta = { replaced: changes.length, wholeGraph: visibilityChanged };
    if (visibilityChanged) {
      this.refresh(false, true);
      return;
    }
    this.filtered = filtered;
    this.views?.changed(filtered, shown.map((element) => element.id));
    // Titles and obstacles are nodes: a changed node routes everything again; a changed edge
    // (its label) routes its own pair of nodes again.
    if (shown.some((element) => !('source' in element))) this.resetRouting();
    else if (this.router) this.forgetArcs(this.router.replaceEdges([], shown as GraphEdge[]));
  }

  private refresh(reshaped = true, relinked = true): void {
    this.filtered = filterGraph(this.graph, this.filterState);
    this.filteredPlaces = this.filtered === this.graph ? this.places : Places.of(this.filtered);
    // Boxes follow the visible leaves and their positions, counts the visible elements: a status
    // change leaves both as they are.
    if (reshaped) this.boxCache = undefined;
    if (relinked) {
      this.countCache = undefined;
      this.accountCountCache = undefined;
    }
    this.views = undefined;
    this.resetRouting();
  }

  private resetRouting(): void {
    this.router = undefined;
    this.arcCache.clear();
    this.arcChanges = 'all';
  }

  private forgetArcs(ids: Iterable<string>): void {
    for (const id of ids) {
      this.arcCache.delete(id);
      if (this.arcChanges !== 'all') this.arcChanges.add(id);
    }
  }

  private indexAll(): void {
    this.elements = new Map<string, GraphNode | GraphEdge>();
    this.resources = new Map<string, string>();
    for (const element of this.graph.nodes) this.index(element);
    for (const element of this.graph.edges) this.index(element);
    this.places = Places.of(this.graph);
  }

  private index(element: GraphNode | GraphEdge): void {
    this.elements.set(element.id, element);
    for (const resourceId of resourceIdsOf(element)) if (!this.resources.has(resourceId)) this.resources.set(resourceId, element.id);
  }
}

/** What applying a delta cost the page's model. */
export interface DeltaWork {
  /** Elements replaced at their place. */
  replaced: number;
  /** Whether the whole graph was walked (rebuilt, re-indexed or re-filtered). */
  wholeGraph: boolean;
}

/** Each element's index in a graph's node and edge arrays. */
class Places {
  readonly nodes = new Map<string, number>();
  readonly edges = new Map<string, number>();

  static of(graph: TopologyGraph): Places {
    const places = new Places();
    graph.nodes.forEach((node, i) => places.nodes.set(node.id, i));
    graph.edges.forEach((edge, i) => places.edges.set(edge.id, i));
    return places;
  }
}

/** Fields whose change moves an element to another place (group, region, account, ends, kind). */
const PLACE_FIELDS = ['parent', 'regionId', 'accountUid', 'source', 'target', 'kind'];

/** Whether a delta only changes elements where they are: nothing added, removed or moved. */
function replacesInPlace(delta: GraphDelta): boolean {
  return (
    delta.addedNodes.length === 0 &&
    delta.addedEdges.length === 0 &&
    delta.removedNodes.length === 0 &&
    delta.removedEdges.length === 0 &&
    delta.changed.every((change) => PLACE_FIELDS.every((field) => !(field in change.set) && !change.unset.includes(field)))
  );
}

function patched<T extends GraphNode | GraphEdge>(element: T, change: ElementChange): T {
  const next: Record<string, unknown> = { ...element, ...change.set };
  for (const key of change.unset) delete next[key];
  return next as unknown as T;
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
