// Small readers for wire values: the SDK models declare every field optional, and the services
// send numbers as strings in places (BGP ASNs) and ids as numbers in others (owner UIDs).

import type { Tag } from '../../model/types';

/** A string field, '' when absent. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A string field, undefined when absent or empty. */
export function optionalText(value: unknown): string | undefined {
  const s = text(value);
  return s === '' ? undefined : s;
}

/** A numeric field sent as number or string; undefined when absent or not a number. */
export function optionalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * Account ids stay strings in the domain. The wire may carry them as JSON numbers, which the SDK
 * parses into doubles; written out in full digits (never exponent form) they stay exact up to 2^53.
 */
export function accountId(value: unknown): string {
  // String() writes a safe integer in full digits; past 2^53 it may round where BigInt writes the double exactly.
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? BigInt(value).toString() : String(value);
  return text(value);
}

/** A list field that may be absent. */
export function list<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value : [];
}

/** Strings of a list, skipping blanks. */
export function texts(value: unknown[] | undefined | null): string[] {
  const found: string[] = [];
  for (const item of list(value)) {
    const s = text(item);
    if (s !== '') found.push(s);
  }
  return found;
}

/** `[{key, value}]` (SDK models) or `[{Key, Value}]` (PascalCase JSON) → domain tags. */
export function tags(value: readonly { key?: unknown; value?: unknown; Key?: unknown; Value?: unknown }[] | undefined | null): Tag[] {
  return (Array.isArray(value) ? value : [])
    .map((t) => ({ key: text(t.key ?? t.Key), value: text(t.value ?? t.Value) }))
    .filter((t) => t.key !== '');
}
