// IPv4 and IPv6 CIDR blocks: parsing with reasons, canonical text, containment, overlap,
// longest-prefix match and the address ranges a route must not (or should not) point at.
//
// A block is kept as its first and last address (bigint) so that containment and overlap are two
// comparisons whatever the family. Two CIDR blocks are either disjoint or one contains the other,
// which keeps overlap questions simple and lets `overlappingPairs` sweep thousands of blocks in
// O(n log n). Parsed strings are memoised, since the same few hundred CIDRs are compared over and
// over while the graph and the route plans are built.

export type IpVersion = 4 | 6;

export interface Cidr {
  readonly version: IpVersion;
  /** Prefix length: 0–32 for IPv4, 0–128 for IPv6. */
  readonly prefix: number;
  /** Network address (host bits cleared). */
  readonly first: bigint;
  /** Last address of the block. */
  readonly last: bigint;
  /** Canonical text: dotted quad or RFC 5952 IPv6, always with `/prefix`. */
  readonly text: string;
}

/** A CIDR value or its text; text is parsed leniently (host bits are cleared). */
export type CidrLike = Cidr | string;

export type CidrParseResult =
  | { ok: true; cidr: Cidr; /** The input had bits set beyond the prefix (cleared in `cidr`). */ hostBitsSet: boolean }
  | { ok: false; reason: string };

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

/** hostMask[version][prefix] = the bits below the prefix, set. */
const HOST_MASKS: Record<IpVersion, bigint[]> = { 4: hostMasks(32), 6: hostMasks(128) };

function hostMasks(bits: number): bigint[] {
  const masks: bigint[] = [];
  for (let prefix = 0; prefix <= bits; prefix++) masks.push((1n << BigInt(bits - prefix)) - 1n);
  return masks;
}

// ── parsing ─────────────────────────────────────────────────────────────────────────────────────

type AddressParse = { ok: true; version: IpVersion; value: bigint } | { ok: false; reason: string };

function parseIpv4Value(text: string): AddressParse {
  const parts = text.split('.');
  if (parts.length !== 4) return { ok: false, reason: `"${text}" is not an IPv4 address: it needs four dot-separated numbers.` };
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return { ok: false, reason: `"${text}" is not an IPv4 address: "${part}" is not a number from 0 to 255.` };
    if (part.length > 1 && part[0] === '0') {
      return { ok: false, reason: `"${text}" is not an IPv4 address: "${part}" has a leading zero (ambiguous: octal or decimal).` };
    }
    const octet = Number(part);
    if (octet > 255) return { ok: false, reason: `"${text}" is not an IPv4 address: ${octet} is greater than 255.` };
    value = value * 256 + octet;
  }
  return { ok: true, version: 4, value: BigInt(value) };
}

function parseIpv6Value(text: string): AddressParse {
  const bad = (why: string): AddressParse => ({ ok: false, reason: `"${text}" is not an IPv6 address: ${why}.` });
  if (text.includes('%')) return bad('zone indices (%…) are not allowed in a CIDR');
  const halves = text.split('::');
  if (halves.length > 2) return bad('"::" may appear only once');
  const groupsOf = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  const all = halves.length === 2 ? [...head, ...tail] : head;

  // An embedded IPv4 address (e.g. ::ffff:192.0.2.1) may stand for the last two groups.
  let ipv4Tail: bigint | undefined;
  const lastGroup = all[all.length - 1];
  if (lastGroup !== undefined && lastGroup.includes('.')) {
    const v4 = parseIpv4Value(lastGroup);
    if (!v4.ok) return bad(`its embedded IPv4 part is invalid (${v4.reason})`);
    if (halves.length === 2 && tail.length === 0) return bad('an embedded IPv4 part must come last');
    ipv4Tail = v4.value;
    if (halves.length === 2) tail.pop();
    else head.pop();
  }
  const groupCount = head.length + tail.length + (ipv4Tail === undefined ? 0 : 2);
  if (halves.length === 1 && groupCount !== 8) return bad(`it has ${groupCount} groups instead of 8`);
  if (halves.length === 2 && groupCount > 7) return bad('"::" must stand for at least one group of zeros');

  const hexGroups: string[] = [...head, ...Array<string>(8 - groupCount).fill('0'), ...tail];
  let value = 0n;
  for (const group of hexGroups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return bad(group === '' ? 'it has an empty group' : `"${group}" is not a group of 1–4 hex digits`);
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  if (ipv4Tail !== undefined) value = (value << 32n) | ipv4Tail;
  return { ok: true, version: 6, value };
}

function parseAddress(text: string): AddressParse {
  if (text === '') return { ok: false, reason: 'The address is empty.' };
  return text.includes(':') ? parseIpv6Value(text) : parseIpv4Value(text);
}

const parseCache = new Map<string, CidrParseResult>();
const PARSE_CACHE_LIMIT = 20_000;

/**
 * Parses `a.b.c.d/n`, an IPv6 `x:…/n` (with `::` compression or an embedded IPv4 tail), or a bare
 * address (taken as /32 or /128). Surrounding whitespace is ignored. Host bits beyond the prefix
 * are cleared in the result and reported by `hostBitsSet`; use `normalizeCidr` to refuse them.
 */
export function parseCidr(input: string): CidrParseResult {
  const cached = parseCache.get(input);
  if (cached) return cached;
  const result = parseUncached(input.trim());
  if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear();
  parseCache.set(input, result);
  return result;
}

function parseUncached(text: string): CidrParseResult {
  if (text === '') return { ok: false, reason: 'The CIDR block is empty.' };
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const address = parseAddress(addressText);
  if (!address.ok) return address;
  const bits = BITS[address.version];
  let prefix = bits;
  if (slash >= 0) {
    const prefixText = text.slice(slash + 1);
    if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
      return { ok: false, reason: `"${text}" has an invalid prefix length "${prefixText}": it must be a whole number from 0 to ${bits}.` };
    }
    prefix = Number(prefixText);
  }
  const hostMask = HOST_MASKS[address.version][prefix];
  const first = address.value & ~hostMask;
  return { ok: true, cidr: makeCidr(address.version, prefix, first), hostBitsSet: first !== address.value };
}

function makeCidr(version: IpVersion, prefix: number, first: bigint): Cidr {
  const last = first | HOST_MASKS[version][prefix];
  return { version, prefix, first, last, text: `${formatAddress(version, first)}/${prefix}` };
}

/**
 * Parses and refuses host bits: `10.0.0.1/8` → "…has host bits set; the network is 10.0.0.0/8."
 * Use it for values the user types, where a stray host bit usually means a typo.
 */
export function normalizeCidr(input: string): { ok: true; cidr: Cidr } | { ok: false; reason: string } {
  const parsed = parseCidr(input);
  if (!parsed.ok) return parsed;
  if (parsed.hostBitsSet) {
    return { ok: false, reason: `"${input.trim()}" has host bits set beyond /${parsed.cidr.prefix}; the network is ${parsed.cidr.text}.` };
  }
  return { ok: true, cidr: parsed.cidr };
}

/** The parsed CIDR, or `undefined` for malformed text. */
export function tryParseCidr(input: string): Cidr | undefined {
  const parsed = parseCidr(input);
  return parsed.ok ? parsed.cidr : undefined;
}

/** Accepts a `Cidr` or its text; throws for malformed text, with the reason as the message. */
function toCidr(value: CidrLike): Cidr {
  if (typeof value !== 'string') return value;
  const parsed = parseCidr(value);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.cidr;
}

/** Whether the text is a single address without a prefix. */
export function isIpAddress(input: string, version?: IpVersion): boolean {
  const trimmed = input.trim();
  if (trimmed.includes('/')) return false;
  const parsed = parseAddress(trimmed);
  return parsed.ok && (version === undefined || parsed.version === version);
}

// ── formatting ──────────────────────────────────────────────────────────────────────────────────

function formatAddress(version: IpVersion, value: bigint): string {
  if (version === 4) {
    const n = Number(value);
    return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

// ── relations ───────────────────────────────────────────────────────────────────────────────────

export function cidrEquals(a: CidrLike, b: CidrLike): boolean {
  const x = toCidr(a);
  const y = toCidr(b);
  return x.version === y.version && x.prefix === y.prefix && x.first === y.first;
}

/** Whether every address of `inner` is in `outer` (equal blocks contain each other). */
export function contains(outer: CidrLike, inner: CidrLike): boolean {
  const a = toCidr(outer);
  const b = toCidr(inner);
  return a.version === b.version && a.prefix <= b.prefix && a.first <= b.first && b.last <= a.last;
}

/** Whether the two blocks share at least one address; blocks of different families never do. */
export function overlaps(a: CidrLike, b: CidrLike): boolean {
  const x = toCidr(a);
  const y = toCidr(b);
  return x.version === y.version && x.first <= y.last && y.first <= x.last;
}

/** The shared part of two blocks: the more specific one when they overlap, else `undefined`. */
export function intersection(a: CidrLike, b: CidrLike): Cidr | undefined {
  const x = toCidr(a);
  const y = toCidr(b);
  if (!overlaps(x, y)) return undefined;
  return x.prefix >= y.prefix ? x : y;
}

/**
 * Longest-prefix match: of `entries`, the one whose destination contains all of `destination`
 * (an address or a block) with the longest prefix — the route a packet to it would take.
 * Entries whose destination does not parse are ignored. On a tie the first entry wins.
 */
export function longestPrefixMatch<T>(destination: CidrLike, entries: Iterable<T>, destinationOf: (entry: T) => CidrLike): T | undefined {
  const target = toCidr(destination);
  let best: T | undefined;
  let bestPrefix = -1;
  for (const entry of entries) {
    const c = cidrOrUndefined(destinationOf(entry));
    if (c && c.prefix > bestPrefix && contains(c, target)) {
      best = entry;
      bestPrefix = c.prefix;
    }
  }
  return best;
}

/**
 * Entries strictly more specific than `destination` and inside it: they take that part of the
 * traffic away from any route for `destination` itself.
 */
export function moreSpecificWithin<T>(destination: CidrLike, entries: Iterable<T>, destinationOf: (entry: T) => CidrLike): T[] {
  const target = toCidr(destination);
  const hits: T[] = [];
  for (const entry of entries) {
    const c = cidrOrUndefined(destinationOf(entry));
    if (c && c.prefix > target.prefix && contains(target, c)) hits.push(entry);
  }
  return hits;
}

function cidrOrUndefined(value: CidrLike): Cidr | undefined {
  return typeof value === 'string' ? tryParseCidr(value) : value;
}

/**
 * Every pair of overlapping items, found by sorting and sweeping (CIDR blocks nest or are
 * disjoint, so a stack of the blocks still open holds exactly those containing the next one).
 * Each pair is `[container, contained]`; for equal blocks the earlier item comes first.
 * Items whose CIDR does not parse are skipped.
 */
export function overlappingPairs<T>(items: readonly T[], cidrOf: (item: T) => CidrLike): Array<[T, T]> {
  const parsed: Array<{ item: T; cidr: Cidr; index: number }> = [];
  items.forEach((item, index) => {
    const cidr = cidrOrUndefined(cidrOf(item));
    if (cidr) parsed.push({ item, cidr, index });
  });
  // By family, then network address, then shorter prefix first (a parent before its children).
  const byAddress = (x: Cidr, y: Cidr): number => x.version - y.version || (x.first === y.first ? x.prefix - y.prefix : x.first < y.first ? -1 : 1);
  parsed.sort((a, b) => byAddress(a.cidr, b.cidr) || a.index - b.index);
  const pairs: Array<[T, T]> = [];
  const open: typeof parsed = [];
  for (const current of parsed) {
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top.cidr.version === current.cidr.version && top.cidr.last >= current.cidr.first) break;
      open.pop();
    }
    for (const container of open) pairs.push([container.item, current.item]);
    open.push(current);
  }
  return pairs;
}

// ── reserved ranges ─────────────────────────────────────────────────────────────────────────────

export type ReservedRangeKind =
  | 'thisNetwork'
  | 'unspecified'
  | 'loopback'
  | 'linkLocal'
  | 'multicast'
  | 'futureUse'
  | 'sharedAddressSpace';

export interface ReservedRange {
  readonly cidr: Cidr;
  readonly kind: ReservedRangeKind;
  readonly name: string;
}

function reserved(text: string, kind: ReservedRangeKind, name: string): ReservedRange {
  return { cidr: toCidr(text), kind, name };
}

/**
 * Ranges that are never a peer VPC's address space. `100.64.0.0/10` is Alibaba Cloud's own
 * (shared address space, used by its services): routes to exactly that block are refused by
 * CreateRouteEntry, and older API docs refuse any block inside it too.
 */
export const RESERVED_RANGES: readonly ReservedRange[] = [
  reserved('0.0.0.0/8', 'thisNetwork', '"this network" (0.0.0.0/8)'),
  reserved('127.0.0.0/8', 'loopback', 'loopback (127.0.0.0/8)'),
  reserved('169.254.0.0/16', 'linkLocal', 'link-local (169.254.0.0/16)'),
  reserved('224.0.0.0/4', 'multicast', 'multicast (224.0.0.0/4)'),
  reserved('240.0.0.0/4', 'futureUse', 'reserved for future use and broadcast (240.0.0.0/4)'),
  reserved('100.64.0.0/10', 'sharedAddressSpace', 'shared address space (100.64.0.0/10)'),
  reserved('::/128', 'unspecified', 'the unspecified address (::/128)'),
  reserved('::1/128', 'loopback', 'loopback (::1/128)'),
  reserved('fe80::/10', 'linkLocal', 'link-local (fe80::/10)'),
  reserved('ff00::/8', 'multicast', 'multicast (ff00::/8)'),
];

export const SHARED_ADDRESS_SPACE: Cidr = toCidr('100.64.0.0/10');

export interface ReservedRangeHit {
  readonly range: ReservedRange;
  /** `equal`: the block is the range; `inside`: within it; `contains`: the block spans the whole range. */
  readonly relation: 'equal' | 'inside' | 'contains';
}

/** The reserved ranges `value` touches, and how. A default route (`/0`) contains all of them. */
export function reservedRangeHits(value: CidrLike): ReservedRangeHit[] {
  const c = toCidr(value);
  const hits: ReservedRangeHit[] = [];
  for (const range of RESERVED_RANGES) {
    if (!overlaps(c, range.cidr)) continue;
    const relation = c.prefix === range.cidr.prefix ? 'equal' : c.prefix > range.cidr.prefix ? 'inside' : 'contains';
    hits.push({ range, relation });
  }
  return hits;
}

/** The first reserved range that holds all of `value` (equal or inside), if any. */
export function reservedRangeOf(value: CidrLike): ReservedRange | undefined {
  return reservedRangeHits(value).find((hit) => hit.relation !== 'contains')?.range;
}
