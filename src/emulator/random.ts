// A small seeded generator (mulberry32): the same seed gives the same scenario, the same resource
// ids and the same injected faults, run after run.

import { seededRandom } from '../model/seededRandom';

export class SeededRandom {
  private readonly source: () => number;
  private readonly initialSeed: number;

  constructor(seed: number) {
    this.initialSeed = seed >>> 0;
    this.source = seededRandom(this.initialSeed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.source();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A new generator whose sequence depends on this one's seed and `salt`, not on how far this one has run. */
  fork(salt: number): SeededRandom {
    return new SeededRandom(hashSeed(this.initialSeed, salt));
  }
}

function hashSeed(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}
