// A graph's edge list with a few edges replaced, added or removed, in the order a full build
// gives (by id), without sorting the other tens of thousands again. The list handed out before
// is left as it was: the page's last init and an export may still hold it.

import type { GraphEdge } from '../../model/graph';
import { compareIds } from '../../model/graph/inventoryIndex';

export interface PatchedEdges {
  edges: GraphEdge[];
  /** True when an edge was added or removed: positions by id changed. */
  reordered: boolean;
}

/** `at`: each edge's position in `edges`. `changes`: the new edge per id, undefined to remove. */
export function patchEdges(
  edges: readonly GraphEdge[],
  at: ReadonlyMap<string, number>,
  changes: readonly { id: string; edge?: GraphEdge }[],
): PatchedEdges {
  let next = [...edges];
  const removed = new Set<string>();
  const added: GraphEdge[] = [];
  for (const { id, edge } of changes) {
    const position = at.get(id);
    if (position !== undefined && edge) next[position] = edge;
    else if (position !== undefined) removed.add(id);
    else if (edge) added.push(edge);
  }
  if (removed.size === 0 && added.length === 0) return { edges: next, reordered: false };
  if (removed.size > 0) next = next.filter((edge) => !removed.has(edge.id));
  for (const edge of added) next.splice(insertionPoint(next, edge.id), 0, edge);
  return { edges: next, reordered: true };
}

function insertionPoint(edges: readonly GraphEdge[], id: string): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareIds(edges[middle].id, id) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
