// Marker paging of the Huawei APIs (reference §7): v1 and v2.0 lists take `limit` and `marker` =
// the last id seen, and their "next" links cannot be relied on, so pages are read until one comes
// back short; v3 lists say where to go on in `page_info.next_marker`.

/** Every item of a v1/v2.0 list: last id as the marker until a page is shorter than `limit`. */
export async function allByLastId<T extends { id: string }>(fetchPage: (marker: string | undefined, limit: number) => Promise<T[]>, limit: number): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await fetchPage(marker, limit);
    items.push(...page);
    const last = page.at(-1);
    if (page.length < limit || !last || last.id === marker) return items;
    marker = last.id;
  }
}

/** Every item of a v3 list: follow `next_marker` while the answer gives one. */
export async function allByNextMarker<T>(fetchPage: (marker: string | undefined) => Promise<{ items: T[]; nextMarker?: string }>): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await fetchPage(marker);
    items.push(...page.items);
    if (!page.nextMarker || page.nextMarker === marker) return items;
    marker = page.nextMarker;
  }
}
