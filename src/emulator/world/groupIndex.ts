// Records grouped under a key (account and region, VPC, route table …) in insertion order, so a
// request reads only its group and pages through it without scanning the whole world.

export class GroupIndex<T extends { id: string }> {
  private readonly groups = new Map<string, Map<string, T>>();

  add(key: string, record: T): void {
    let group = this.groups.get(key);
    if (!group) {
      group = new Map();
      this.groups.set(key, group);
    }
    group.set(record.id, record);
  }

  remove(key: string, id: string): void {
    const group = this.groups.get(key);
    if (!group) return;
    group.delete(id);
    if (group.size === 0) this.groups.delete(key);
  }

  get(key: string): T[] {
    const group = this.groups.get(key);
    return group ? [...group.values()] : [];
  }

  count(key: string): number {
    return this.groups.get(key)?.size ?? 0;
  }
}

export function accountRegionKey(accountUid: string, regionId: string): string {
  return `${accountUid}|${regionId}`;
}
