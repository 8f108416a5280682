// The parameters of one request: the query string and the form body merged into one flat map, as
// the service sees them (`Tag.1.Key`, `NextHopList.2.NextHopId`, `Filter.1.Value.3`), with typed
// readers that answer the service's error codes for missing or malformed values.

import { invalidParameter, missingParameter } from './errors';
import type { Tag } from '../model/types';

export interface IntegerRange {
  min?: number;
  max?: number;
}

/** How many items a list parameter may hold, and what they are called when there are more. */
export interface ListLimit {
  max: number;
  noun: string;
}

export interface Filter {
  key: string;
  values: string[];
}

export class RequestParams {
  constructor(private readonly values: ReadonlyMap<string, string>) {}

  static fromRecord(record: Record<string, string>): RequestParams {
    return new RequestParams(new Map(Object.entries(record)));
  }

  /** Every parameter, sorted by name; for idempotency fingerprints. */
  entries(): Array<[string, string]> {
    return [...this.values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  has(name: string): boolean {
    const value = this.values.get(name);
    return value !== undefined && value !== '';
  }

  /** The value, or undefined when absent or empty (the service treats both alike). */
  string(name: string): string | undefined {
    const value = this.values.get(name);
    return value === undefined || value === '' ? undefined : value;
  }

  requiredString(name: string, missingCode?: string): string {
    const value = this.string(name);
    if (value === undefined) throw missingParameter(name, missingCode);
    return value;
  }

  /** One of `allowed`, compared exactly. */
  enumValue<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidParameter(name, `"${value}" is not one of ${allowed.join(', ')}.`);
    }
    return value as T;
  }

  requiredEnum<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.enumValue(name, allowed);
    if (value === undefined) throw missingParameter(name);
    return value;
  }

  integer(name: string, range: IntegerRange = {}): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    if (!/^-?\d{1,16}$/.test(text)) throw invalidParameter(name, `"${text}" is not an integer.`);
    const value = Number(text);
    if (range.min !== undefined && value < range.min) throw invalidParameter(name, `${value} is less than ${range.min}.`);
    if (range.max !== undefined && value > range.max) throw invalidParameter(name, `${value} is greater than ${range.max}.`);
    return value;
  }

  boolean(name: string): boolean | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const lower = text.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    throw invalidParameter(name, `"${text}" is not true or false.`);
  }

  /** A comma-separated list (`VpcId=vpc-a,vpc-b`), blanks dropped. */
  commaList(name: string, limit?: ListLimit): string[] {
    const items = (this.string(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return limited(name, items, limit);
  }

  /** A repeated simple parameter: `ResourceId.1`, `ResourceId.2`, … in index order. */
  list(name: string): string[] {
    return this.indexed(name)
      .filter(({ rest }) => rest === '')
      .map(({ value }) => value)
      .filter((value) => value !== '');
  }

  /** A repeated structured parameter: `Tag.1.Key`, `Tag.1.Value`, … → `[{Key, Value}]` in index order. */
  objectList(name: string): Array<Record<string, string>> {
    const byIndex = new Map<number, Record<string, string>>();
    for (const { index, rest, value } of this.indexed(name)) {
      if (rest === '') continue;
      const item = byIndex.get(index) ?? {};
      item[rest] = value;
      byIndex.set(index, item);
    }
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
  }

  /** `Tag.N.Key` / `Tag.N.Value` pairs; a tag without a key is refused. */
  tags(name = 'Tag', limit?: ListLimit): Tag[] {
    const tags = this.objectList(name).map((item, i) => {
      const key = item.Key;
      if (key === undefined || key === '') throw missingParameter(`${name}.${i + 1}.Key`);
      return { key, value: item.Value ?? '' };
    });
    return limited(name, tags, limit);
  }

  /** `Filter.N.Key` with `Filter.N.Value.M`: values of one filter are alternatives. */
  filters(name = 'Filter'): Filter[] {
    return this.objectList(name).map((item, i) => {
      const key = item.Key;
      if (key === undefined || key === '') throw missingParameter(`${name}.${i + 1}.Key`);
      const values = Object.entries(item)
        .map(([field, value]) => ({ match: /^Value\.(\d+)$/.exec(field), value }))
        .filter((entry): entry is { match: RegExpExecArray; value: string } => entry.match !== null)
        .sort((a, b) => Number(a.match[1]) - Number(b.match[1]))
        .map(({ value }) => value);
      return { key, values };
    });
  }

  private indexed(name: string): Array<{ index: number; rest: string; value: string }> {
    const prefix = `${name}.`;
    const found: Array<{ index: number; rest: string; value: string }> = [];
    for (const [key, value] of this.values) {
      if (!key.startsWith(prefix)) continue;
      const match = /^(\d+)(?:\.(.+))?$/.exec(key.slice(prefix.length));
      if (!match) continue;
      found.push({ index: Number(match[1]), rest: match[2] ?? '', value });
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

function limited<T>(name: string, items: T[], limit: ListLimit | undefined): T[] {
  if (limit && items.length > limit.max) throw invalidParameter(name, `at most ${limit.max} ${limit.noun} may be given, not ${items.length}.`);
  return items;
}
