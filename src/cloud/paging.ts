// The two paging styles of the APIs. Page-number APIs (DescribeVpcs and most VPC reads) report
// a TotalCount with the first page, so the remaining pages can be asked for all at once (the
// account's concurrency limiter keeps that polite). Token APIs (ListVpcPeerConnections,
// DescribeRouteEntryList) can only be walked one page after another.

/** One page of a page-number API. */
export interface NumberedPage<T> {
  items: T[];
  /** TotalCount as reported; undefined when the API did not say. */
  totalCount?: number;
}

/** One page of a token API. */
export interface TokenPage<T> {
  items: T[];
  /** Absent or empty on the last page. */
  nextToken?: string;
}

/** The continuation for page-number APIs: the next page number as text, or undefined at the end. */
export function nextPageToken(pageNumber: number, pageSize: number, page: NumberedPage<unknown>): string | undefined {
  if (page.items.length < pageSize) return undefined;
  if (page.totalCount !== undefined && pageNumber * pageSize >= page.totalCount) return undefined;
  return String(pageNumber + 1);
}

/** Reads a page-number continuation; undefined means page 1. */
export function pageNumberFromToken(token: string | undefined): number {
  if (token === undefined || token === '') return 1;
  const n = Number(token);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a page token: ${token}`);
  return n;
}

/**
 * All items of a page-number API: page 1, then pages 2..n concurrently once the total is known.
 * If the collection grew while paging (the last page came back full and a page reported a larger
 * total), the remaining pages are read one by one. Items are de-duplicated by `keyOf`, since an
 * item can move across a page boundary while pages are read.
 */
export async function collectNumberedPages<T>(
  fetchPage: (pageNumber: number) => Promise<NumberedPage<T>>,
  pageSize: number,
  keyOf: (item: T) => string,
): Promise<T[]> {
  const first = await fetchPage(1);
  const pages: NumberedPage<T>[] = [first];
  let lastPageNumber = 1;
  let lastPage = first;
  if (first.items.length >= pageSize) {
    if (first.totalCount !== undefined) {
      const pageCount = Math.ceil(first.totalCount / pageSize);
      const rest = await Promise.all(Array.from({ length: Math.max(pageCount - 1, 0) }, (_, i) => fetchPage(i + 2)));
      pages.push(...rest);
      if (rest.length > 0) {
        lastPageNumber = pageCount;
        lastPage = rest[rest.length - 1];
      }
    }
    let knownTotal = Math.max(...pages.map((p) => p.totalCount ?? 0));
    while (lastPage.items.length >= pageSize && (first.totalCount === undefined || lastPageNumber * pageSize < knownTotal)) {
      lastPageNumber++;
      lastPage = await fetchPage(lastPageNumber);
      pages.push(lastPage);
      knownTotal = Math.max(knownTotal, lastPage.totalCount ?? 0);
    }
  }
  return dedupe(
    pages.flatMap((p) => p.items),
    keyOf,
  );
}

/** All items of a token API, one page after another. A token that repeats is a service fault, not a loop. */
export async function collectTokenPages<T>(
  fetchPage: (token: string | undefined) => Promise<TokenPage<T>>,
  keyOf: (item: T) => string,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const page = await fetchPage(token);
    items.push(...page.items);
    if (!page.nextToken) break;
    if (seen.has(page.nextToken)) throw new Error(`paging did not advance: NextToken ${page.nextToken} came back twice`);
    seen.add(page.nextToken);
    token = page.nextToken;
  }
  return dedupe(items, keyOf);
}

function dedupe<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
