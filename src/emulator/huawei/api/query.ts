// Query parameters and marker paging as the Huawei VPC APIs read them (reference §7): `limit` and
// `marker` = the last id seen, items ordered by id ascending, an unknown marker refused.

import { invalidParameter } from '../errors';

export class Query {
  constructor(private readonly pairs: ReadonlyArray<readonly [string, string]>) {}

  one(name: string): string | undefined {
    return this.pairs.find(([key]) => key === name)?.[1];
  }

  /** Every value of a repeated parameter (`id=a&id=b`). */
  all(name: string): string[] {
    return this.pairs.filter(([key]) => key === name).map(([, value]) => value);
  }

  /** `limit` as an integer in [1, max]; `fallback` when absent. */
  limit(fallback: number, max: number): number {
    const raw = this.one('limit');
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > max) throw invalidParameter(`limit must be an integer from 0 to ${max}, not "${raw}"`);
    return value === 0 ? fallback : value;
  }
}

export interface Page<T> {
  items: T[];
  /** Whether items follow the last one of this page. */
  more: boolean;
}

/** One page after `marker` of items ordered by id. */
export function pageById<T extends { id: string }>(items: readonly T[], query: Query, fallbackLimit: number, maxLimit: number): Page<T> {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const limit = query.limit(fallbackLimit, maxLimit);
  const marker = query.one('marker');
  let start = 0;
  if (marker !== undefined && marker !== '') {
    const index = sorted.findIndex((item) => item.id === marker);
    if (index < 0) throw invalidParameter(`marker ${marker} is not the id of a listed resource`);
    start = index + 1;
  }
  return { items: sorted.slice(start, start + limit), more: start + limit < sorted.length };
}

/** Whether every filter that is given matches (an absent value filters nothing). */
export function matchesAll(filters: ReadonlyArray<[string | undefined, (value: string) => boolean]>): boolean {
  return filters.every(([value, test]) => value === undefined || test(value));
}
