// Terraform block names made from what people named their resources: valid identifiers,
// readable, and the same for the same inventory every time (so a second export diffs cleanly).

const MAX_NAME_LENGTH = 64;

/** `Hub → Partner (prod)` becomes `hub_partner_prod`; falls back to `fallback` when nothing is left. */
export function identifierFrom(name: string, fallback: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const base = words || fallback.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const safe = /^[a-z_]/.test(base) ? base : `r_${base}`;
  return safe.slice(0, MAX_NAME_LENGTH).replace(/_+$/, '');
}

/**
 * Hands out names unique within one resource type (Terraform's rule) and among provider aliases.
 * Callers ask in a deterministic order (by resource id), so the suffixes are stable.
 */
export class BlockNamer {
  private readonly taken = new Map<string, Set<string>>();

  claim(scope: string, wanted: string): string {
    const used = this.taken.get(scope) ?? new Set<string>();
    this.taken.set(scope, used);
    let name = wanted;
    for (let n = 2; used.has(name); n++) name = `${wanted}_${n}`;
    used.add(name);
    return name;
  }
}
