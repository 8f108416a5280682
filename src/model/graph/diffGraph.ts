// The difference between two graphs as the page applies it: elements to add and remove, and for
// the elements that stayed, only the fields that changed. A status change is one small `changed`
// entry, so the page restyles one edge instead of redrawing the picture.

import type { GraphEdge, GraphNode, TopologyGraph } from './elements';

/** What a diff needs of an element: an id, and for edges their ends. */
export interface DiffableNode {
  id: string;
  kind: string;
}
export interface DiffableEdge {
  id: string;
  source: string;
  target: string;
}
export interface DiffableGraph<N extends DiffableNode, E extends DiffableEdge> {
  nodes: N[];
  edges: E[];
}

export interface ElementChange {
  id: string;
  group: 'nodes' | 'edges';
  /** New values of the fields that changed or appeared. */
  set: Record<string, unknown>;
  /** Fields that disappeared. */
  unset: string[];
}

export interface GraphDelta<N extends DiffableNode = GraphNode, E extends DiffableEdge = GraphEdge> {
  /** Groups before their children, so a consumer can add them in order. */
  addedNodes: N[];
  addedEdges: E[];
  removedNodes: string[];
  removedEdges: string[];
  changed: ElementChange[];
}

export function diffGraph<N extends DiffableNode = GraphNode, E extends DiffableEdge = GraphEdge>(
  before: DiffableGraph<N, E>,
  after: DiffableGraph<N, E>,
): GraphDelta<N, E> {
  const delta: GraphDelta<N, E> = { addedNodes: [], addedEdges: [], removedNodes: [], removedEdges: [], changed: [] };

  const oldNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const newNodeIds = new Set(after.nodes.map((node) => node.id));
  for (const node of after.nodes) {
    const old = oldNodes.get(node.id);
    if (!old) delta.addedNodes.push(node);
    else pushChange(delta.changed, 'nodes', old, node);
  }
  for (const node of before.nodes) if (!newNodeIds.has(node.id)) delta.removedNodes.push(node.id);

  const oldEdges = new Map(before.edges.map((edge) => [edge.id, edge]));
  const keptEdgeIds = new Set<string>();
  for (const edge of after.edges) {
    const old = oldEdges.get(edge.id);
    // An edge cannot change its ends in place (cytoscape re-creates it anyway): remove and add.
    if (old && old.source === edge.source && old.target === edge.target) {
      keptEdgeIds.add(edge.id);
      pushChange(delta.changed, 'edges', old, edge);
    } else {
      delta.addedEdges.push(edge);
    }
  }
  for (const edge of before.edges) if (!keptEdgeIds.has(edge.id)) delta.removedEdges.push(edge.id);

  delta.addedNodes.sort((a, b) => depth(a) - depth(b));
  return delta;
}

export function isEmptyDelta(delta: GraphDelta<DiffableNode, DiffableEdge>): boolean {
  return (
    delta.addedNodes.length === 0 &&
    delta.addedEdges.length === 0 &&
    delta.removedNodes.length === 0 &&
    delta.removedEdges.length === 0 &&
    delta.changed.length === 0
  );
}

/**
 * Applies a delta to a graph, returning a new graph: what the page does to its copy of the full
 * graph, and what the host can use to check a delta against the graph it describes.
 */
export function applyDelta(graph: TopologyGraph, delta: GraphDelta): TopologyGraph {
  const removedNodes = new Set(delta.removedNodes);
  const removedEdges = new Set(delta.removedEdges);
  const changes = new Map(delta.changed.map((change) => [change.id, change]));
  const patch = <T extends GraphNode | GraphEdge>(element: T): T => {
    const change = changes.get(element.id);
    if (!change) return element;
    const next: Record<string, unknown> = { ...element, ...change.set };
    for (const key of change.unset) delete next[key];
    return next as unknown as T;
  };
  const nodes = graph.nodes.filter((node) => !removedNodes.has(node.id)).map(patch);
  const edges = graph.edges.filter((edge) => !removedEdges.has(edge.id)).map(patch);
  return { nodes: [...nodes, ...delta.addedNodes], edges: [...edges, ...delta.addedEdges] };
}

function pushChange(changes: ElementChange[], group: 'nodes' | 'edges', old: { id: string }, next: { id: string }): void {
  // A builder that reused an element hands back the same object (see BuildMemo).
  if (old === next) return;
  const before = old as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const key of Object.keys(after)) {
    if (after[key] === undefined) continue;
    if (!sameValue(before[key], after[key])) set[key] = after[key];
  }
  for (const key of Object.keys(before)) {
    if (before[key] !== undefined && after[key] === undefined) unset.push(key);
  }
  if (Object.keys(set).length > 0 || unset.length > 0) changes.push({ id: next.id, group, set, unset });
}

/** Structural equality of JSON values (the graph holds nothing else). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const aKeys = Object.keys(aRecord).filter((key) => aRecord[key] !== undefined);
  const bKeys = Object.keys(bRecord).filter((key) => bRecord[key] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((key) => sameValue(aRecord[key], bRecord[key]));
}

function depth(node: DiffableNode): number {
  return node.kind === 'region' ? 0 : node.kind === 'account' ? 1 : 2;
}
