import assert from 'node:assert/strict';
import {
  collectNumberedPages,
  collectTokenPages,
  nextPageToken,
  pageNumberFromToken,
  type NumberedPage,
} from '../../../src/cloud/paging';

const key = (s: string) => s;

/** A page-number listing over `items`, recording which pages were asked for and how many ran at once. */
function numberedSource(items: string[], pageSize: number) {
  const requested: number[] = [];
  let inFlight = 0;
  let peak = 0;
  const fetch = async (n: number): Promise<NumberedPage<string>> => {
    requested.push(n);
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    return { items: items.slice((n - 1) * pageSize, n * pageSize), totalCount: items.length };
  };
  return { fetch, requested, peak: () => peak };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

describe('cloud: paging', () => {
  it('reads a single short page once', async () => {
    const source = numberedSource(ids(7), 50);
    assert.deepEqual(await collectNumberedPages(source.fetch, 50, key), ids(7));
    assert.deepEqual(source.requested, [1]);
  });

  it('reads pages 2..n concurrently once page 1 gives the total', async () => {
    const source = numberedSource(ids(230), 50);
    const all = await collectNumberedPages(source.fetch, 50, key);
    assert.deepEqual(all, ids(230));
    assert.deepEqual(source.requested, [1, 2, 3, 4, 5]);
    assert.equal(source.peak(), 4, 'pages 2..5 were in flight together');
  });

  it('does not ask for an empty page when the total is an exact multiple', async () => {
    const source = numberedSource(ids(100), 50);
    assert.equal((await collectNumberedPages(source.fetch, 50, key)).length, 100);
    assert.deepEqual(source.requested, [1, 2]);
  });

  it('walks on page by page when the API gives no total', async () => {
    const items = ids(120);
    const requested: number[] = [];
    const all = await collectNumberedPages(
      async (n) => (requested.push(n), { items: items.slice((n - 1) * 50, n * 50) }),
      50,
      key,
    );
    assert.deepEqual(all, items);
    assert.deepEqual(requested, [1, 2, 3]);
  });

  it('follows growth seen while paging and drops items that moved across a page boundary', async () => {
    // Page 1 says 100; by page 2 an item was inserted at the front, so the total is 101 and
    // page 2 starts with the last item of the old page 1.
    const before = ids(100);
    const after = ['new', ...before];
    const all = await collectNumberedPages(
      async (n) => (n === 1 ? { items: before.slice(0, 50), totalCount: 100 } : { items: after.slice((n - 1) * 50, n * 50), totalCount: 101 }),
      50,
      key,
    );
    assert.equal(all.length, 100, 'the duplicate id-49 is dropped');
    assert.ok(all.includes('id-99'), 'the item pushed onto page 3 is read');
  });

  it('walks token pages in order until the token runs out', async () => {
    const pages: Record<string, { items: string[]; nextToken?: string }> = {
      '': { items: ['a', 'b'], nextToken: 't1' },
      t1: { items: ['c'], nextToken: 't2' },
      t2: { items: ['d'], nextToken: '' },
    };
    const seen: (string | undefined)[] = [];
    const all = await collectTokenPages(async (token) => (seen.push(token), pages[token ?? '']), key);
    assert.deepEqual(all, ['a', 'b', 'c', 'd']);
    assert.deepEqual(seen, [undefined, 't1', 't2']);
  });

  it('stops with an error when a token repeats instead of looping forever', async () => {
    await assert.rejects(
      collectTokenPages(async () => ({ items: ['x'], nextToken: 'same' }), key),
      /did not advance/,
    );
  });

  it('turns page numbers into opaque tokens and back', () => {
    assert.equal(nextPageToken(1, 50, { items: ids(50), totalCount: 120 }), '2');
    assert.equal(nextPageToken(3, 50, { items: ids(20), totalCount: 120 }), undefined);
    assert.equal(nextPageToken(2, 50, { items: ids(50), totalCount: 100 }), undefined);
    assert.equal(pageNumberFromToken(undefined), 1);
    assert.equal(pageNumberFromToken('3'), 3);
    assert.throws(() => pageNumberFromToken('abc'), RangeError);
  });
});
