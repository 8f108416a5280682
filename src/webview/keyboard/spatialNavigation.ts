// Where keyboard focus goes next: arrow keys move to the nearest element in that direction (a
// narrow cone is preferred over a near neighbour off to the side); Tab walks the elements in
// reading order, each node followed by the edges that leave it.

export interface Placed {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export function nearestInDirection(from: Placed, candidates: Placed[], direction: Direction): string | undefined {
  const axis = AXES[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const along = dx * axis.x + dy * axis.y;
    if (along <= 1) continue;
    const across = Math.abs(dx * axis.y - dy * axis.x);
    const score = along + 2.5 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate.id;
    }
  }
  return best;
}

/** Nodes row by row (rows `rowHeight` apart), left to right; each followed by its outgoing edges. */
export function readingOrder(nodes: Placed[], edges: Array<{ id: string; source: string }>, rowHeight: number): string[] {
  const sorted = [...nodes].sort((a, b) => Math.round(a.y / rowHeight) - Math.round(b.y / rowHeight) || a.x - b.x || (a.id < b.id ? -1 : 1));
  const outgoing = new Map<string, string[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.source) ?? [];
    list.push(edge.id);
    outgoing.set(edge.source, list);
  }
  const order: string[] = [];
  for (const node of sorted) {
    order.push(node.id);
    order.push(...(outgoing.get(node.id) ?? []).sort());
    outgoing.delete(node.id);
  }
  for (const rest of outgoing.values()) order.push(...rest.sort());
  return order;
}
