// Moves boxes apart, each as a whole: the box that comes later in reading order (top, then left)
// slides right or down, whichever is the shorter way out, until it clears every box before it.
// Moves only ever go right or down, and clearing a box this way can never be undone by a later
// move, so each box moves at most once per box before it.

import type { Positions } from './elements';
import { intersects, translate, type Rect } from './geometry';

export interface Block {
  rect: Rect;
  /** Leaf ids that move with the box. */
  members: string[];
}

export interface SeparationOptions {
  /** Boxes closer than this count as overlapping (room for labels and borders). */
  minSeparation: number;
  /** The space left between a moved box and the box it cleared; at least `minSeparation`. */
  gap: number;
}

/** Returns the boxes where they ended up, in the order given. */
export function separateBlocks(blocks: Block[], positions: Positions, options: SeparationOptions): Rect[] {
  const gap = Math.max(options.gap, options.minSeparation + 1);
  const order = blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => a.block.rect.top - b.block.rect.top || a.block.rect.left - b.block.rect.left || a.index - b.index);
  const placed: Rect[] = [];
  const result: Rect[] = blocks.map((block) => block.rect);
  for (const { block, index } of order) {
    let rect = block.rect;
    let dx = 0;
    let dy = 0;
    for (let hit = placed.find((p) => intersects(p, rect, options.minSeparation)); hit; hit = placed.find((p) => intersects(p, rect, options.minSeparation))) {
      const right = hit.right + gap - rect.left;
      const down = hit.bottom + gap - rect.top;
      if (right <= down) {
        rect = translate(rect, right, 0);
        dx += right;
      } else {
        rect = translate(rect, 0, down);
        dy += down;
      }
    }
    if (dx !== 0 || dy !== 0) {
      for (const id of block.members) {
        const p = positions[id];
        if (p) positions[id] = { x: p.x + dx, y: p.y + dy };
      }
    }
    placed.push(rect);
    result[index] = rect;
  }
  return result;
}
