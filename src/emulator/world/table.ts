// The records of one kind by id, filed at the same time in every group index requests read
// through (by account and region, by VPC, by route table …), so adding or removing a record
// never leaves an index behind.

import type { GroupIndex } from './groupIndex';

/** One index of a table, and the keys a record is filed under in it (none, one or several). */
export interface TableIndex<R extends { id: string }> {
  index: GroupIndex<R>;
  keys: (record: R) => readonly string[];
}

export class Table<R extends { id: string }> {
  private readonly byId = new Map<string, R>();

  constructor(private readonly indexes: readonly TableIndex<R>[] = []) {}

  get(id: string): R | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  values(): IterableIterator<R> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  add(record: R): void {
    this.byId.set(record.id, record);
    for (const { index, keys } of this.indexes) for (const key of keys(record)) index.add(key, record);
  }

  /** Removes the record with `id` from the table and every index; returns it, if there was one. */
  remove(id: string): R | undefined {
    const record = this.byId.get(id);
    if (!record) return undefined;
    this.byId.delete(id);
    for (const { index, keys } of this.indexes) for (const key of keys(record)) index.remove(key, id);
    return record;
  }
}
