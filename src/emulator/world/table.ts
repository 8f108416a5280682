// The records of one kind by id, filed at the same time in every group index requests read
// through (by account and region, by VPC, by route table …), so adding or removing a record
// never leaves an index behind.

import { accountRegionKey, GroupIndex } from './groupIndex';

/** The keys a record is filed under in one index (none, one or several). */
export type IndexKeys<R> = (record: R) => readonly string[];

/** What the world does with a record of this kind besides filing it. */
export interface TableHooks<R> {
  /** After the record is filed (reserve its ids, schedule its pending transition). */
  added?: (record: R) => void;
  /** Before the record leaves, while it is still filed (remove what depends on it). */
  removing?: (record: R) => void;
}

export class Table<R extends { id: string }, I extends string = never> {
  private readonly byId = new Map<string, R>();
  private readonly indexes = new Map<I, { keys: IndexKeys<R>; group: GroupIndex<R> }>();

  constructor(
    indexes: Record<I, IndexKeys<R>>,
    private readonly hooks: TableHooks<R> = {},
  ) {
    for (const [name, keys] of Object.entries(indexes) as Array<[I, IndexKeys<R>]>) this.indexes.set(name, { keys, group: new GroupIndex<R>() });
  }

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

  /** The records filed under `key` in the index `name`, in the order they were added. */
  where(name: I, key: string): readonly R[] {
    return this.indexes.get(name)!.group.get(key);
  }

  count(name: I, key: string): number {
    return this.indexes.get(name)!.group.count(key);
  }

  add(record: R): void {
    this.byId.set(record.id, record);
    for (const { keys, group } of this.indexes.values()) for (const key of keys(record)) group.add(key, record);
    this.hooks.added?.(record);
  }

  /** Removes the record with `id` from the table and every index; returns it, if there was one. */
  remove(id: string): R | undefined {
    const record = this.byId.get(id);
    if (!record) return undefined;
    this.hooks.removing?.(record);
    this.byId.delete(id);
    for (const { keys, group } of this.indexes.values()) for (const key of keys(record)) group.remove(key, id);
    return record;
  }
}

type Owned = { id: string; accountUid: string; regionId: string };

/** A table of what accounts own in regions, filed by account and region besides its own indexes. */
export class RegionalTable<R extends Owned, I extends string = never> extends Table<R, I | 'owner'> {
  constructor(indexes: Record<I, IndexKeys<R>>, hooks?: TableHooks<R>) {
    super({ ...indexes, owner: (r: R) => [accountRegionKey(r.accountUid, r.regionId)] } as Record<I | 'owner', IndexKeys<R>>, hooks);
  }

  /** What `accountUid` has of this kind in `regionId`. */
  ownedBy(accountUid: string, regionId: string): readonly R[] {
    return this.where('owner', accountRegionKey(accountUid, regionId));
  }
}
