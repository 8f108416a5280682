// Address overlap between the two ends of a connection: traffic to a shared block stays in the
// local VPC, so the peer's hosts in it are unreachable whatever the routes say.

import { overlaps, tryParseCidr, type Cidr } from '../cidr';

/** Each overlapping pair as `a ∩ b` in canonical form; empty when the ends are disjoint. */
export function overlappingBlocks(aBlocks: string[], bBlocks: string[]): string[] {
  const a = parseAll(aBlocks);
  const b = parseAll(bBlocks);
  const pairs: string[] = [];
  for (const x of a) for (const y of b) if (overlaps(x, y)) pairs.push(`${x.text} ∩ ${y.text}`);
  return pairs;
}

function parseAll(blocks: string[]): Cidr[] {
  return blocks.map(tryParseCidr).filter((c): c is Cidr => c !== undefined);
}
