// Records grouped under a key (account and region, VPC, route table …) in insertion order, so a
// request reads only its group and pages through it without scanning the whole world.

export class GroupIndex<T extends { id: string }> {
  private readonly groups = new Map<string, Map<string, T>>();
  /**
   * Each group as an array, kept until the group changes: a listing reads its group once per
   * page, and a busy account's region holds thousands of connections, so copying the group on
   * every read cost more than answering the page.
   */
  private readonly listed = new Map<string, readonly T[]>();

  add(key: string, record: T): void {
    let group = this.groups.get(key);
    if (!group) {
      group = new Map();
      this.groups.set(key, group);
    }
    group.set(record.id, record);
    this.listed.delete(key);
  }

  remove(key: string, id: string): void {
    const group = this.groups.get(key);
    if (!group) return;
    if (group.delete(id)) this.listed.delete(key);
    if (group.size === 0) this.groups.delete(key);
  }

  get(key: string): readonly T[] {
    let list = this.listed.get(key);
    if (list === undefined) {
      const group = this.groups.get(key);
      if (!group) return [];
      list = [...group.values()];
      this.listed.set(key, list);
    }
    return list;
  }

  count(key: string): number {
    return this.groups.get(key)?.size ?? 0;
  }
}

export function accountRegionKey(accountUid: string, regionId: string): string {
  return `${accountUid}|${regionId}`;
}
