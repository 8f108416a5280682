// Resource ids in Alibaba Cloud's shape: a type prefix, the region's three-character code and
// lower-case alphanumerics, 25 characters in all for VPC resources (`vpc-bp1f3c2xnb39c2ft1ip0c`).
// Drawn from a seeded generator so a scenario and the ids the API hands out are reproducible; a
// set of ids already taken guards against collisions with state loaded from a file.

import { type SeededRandom } from './random';
import { regionInfo } from './regions';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 25;

export type IdPrefix = 'vpc' | 'vsw' | 'vtb' | 'vrt' | 'rte' | 'pcc' | 'ri' | 'vbr' | 'bgpg' | 'bgp' | 'pc' | 'rg' | 'ap';

export class IdFactory {
  private readonly taken = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** Marks ids that exist already (loaded from a scenario) so they are never handed out again. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  next(prefix: IdPrefix, regionId?: string): string {
    const code = (regionId && regionInfo(regionId)?.idCode) || 'xx1';
    for (;;) {
      const head = `${prefix}-${code}`;
      let tail = '';
      while (head.length + tail.length < ID_LENGTH) tail += ALPHABET[Math.floor(this.random.next() * ALPHABET.length)];
      const id = head + tail;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }
}
