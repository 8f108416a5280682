import assert from 'node:assert/strict';
import { ApiError } from '../../../../src/emulator/errors';
import { numberedPage, tokenPage } from '../../../../src/emulator/api/paging';
import { RequestParams } from '../../../../src/emulator/params';

const items = Array.from({ length: 11 }, (_, i) => ({ id: `r-${i}` }));
const paging = { sizeParam: 'MaxResults', defaultSize: 20, maxSize: 100 };

describe('emulator unit: paging', () => {
  it('numbers pages from 1 with a default and a maximum size', () => {
    assert.deepEqual(numberedPage(RequestParams.fromRecord({}), items), { items: items.slice(0, 10), pageNumber: 1, pageSize: 10, totalCount: 11 });
    assert.deepEqual(numberedPage(RequestParams.fromRecord({ PageNumber: '2', PageSize: '10' }), items).items, items.slice(10));
    assert.deepEqual(numberedPage(RequestParams.fromRecord({ PageNumber: '9' }), items).items, []);
    assert.throws(() => numberedPage(RequestParams.fromRecord({ PageSize: '51' }), items), ApiError);
    assert.throws(() => numberedPage(RequestParams.fromRecord({ PageNumber: '0' }), items), ApiError);
  });

  it('walks token pages to the end, where the token is empty', () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = tokenPage(RequestParams.fromRecord({ MaxResults: '4', ...(token ? { NextToken: token } : {}) }), items, paging);
      assert.equal(page.totalCount, 11);
      seen.push(...page.items.map((i) => i.id));
      token = page.nextToken || undefined;
    } while (token);
    assert.deepEqual(seen, items.map((i) => i.id));
  });

  it('continues after the last item handed out even when earlier items disappeared', () => {
    const first = tokenPage(RequestParams.fromRecord({ MaxResults: '4' }), items, paging);
    const shrunk = items.filter((i) => i.id !== 'r-0' && i.id !== 'r-1');
    const next = tokenPage(RequestParams.fromRecord({ MaxResults: '4', NextToken: first.nextToken }), shrunk, paging);
    assert.deepEqual(next.items.map((i) => i.id), ['r-4', 'r-5', 'r-6', 'r-7']);
  });

  it('refuses tokens it did not hand out', () => {
    assert.throws(() => tokenPage(RequestParams.fromRecord({ NextToken: 'bm9wZQ' }), items, paging), ApiError);
  });
});
