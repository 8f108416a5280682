import * as assert from 'node:assert/strict';
import { loadInto, mapCell } from '../../../src/inventory/loadCell';
import type { LoadState } from '../../../src/inventory/loadState';

describe('inventory/loadCell: one load sequence for every piece of the store', () => {
  function setUp() {
    const map = new Map<string, LoadState<string>>();
    const seen: string[] = [];
    let current = true;
    const run = { isCurrent: () => current, changed: () => seen.push(map.get('k')?.status ?? 'absent') };
    return { map, seen, run, cell: mapCell(map, 'k'), stale: () => (current = false) };
  }

  it('shows loading while keeping the old value, then the new one, telling listeners each time', async () => {
    const { map, seen, run, cell } = setUp();
    map.set('k', { status: 'loaded', value: 'old', loadedAt: 1 });
    let finish!: (value: string) => void;
    const loading = loadInto(cell, run, () => new Promise<string>((resolve) => (finish = resolve)));
    assert.deepEqual(map.get('k'), { status: 'loading', previous: 'old' });
    finish('new');
    assert.equal(await loading, 'new');
    const state = map.get('k');
    assert.equal(state?.status === 'loaded' ? state.value : state?.status, 'new');
    assert.deepEqual(seen, ['loading', 'loaded']);
  });

  it('keeps the error with the value it had, and rejects with it', async () => {
    const { map, run, cell } = setUp();
    map.set('k', { status: 'loaded', value: 'old', loadedAt: 1 });
    const failure = new Error('throttled');
    await assert.rejects(loadInto(cell, run, () => Promise.reject(failure)), failure);
    assert.deepEqual(map.get('k'), { status: 'failed', error: failure, previous: 'old' });
  });

  it('drops the result of a load that is no longer current, success or failure, without a word', async () => {
    const { map, seen, run, cell, stale } = setUp();
    const late = loadInto(cell, run, async () => {
      stale();
      return 'late';
    });
    assert.equal(await late, undefined);
    assert.equal(await loadInto(cell, run, () => Promise.reject(new Error('late too'))), undefined);
    assert.deepEqual(map.get('k'), { status: 'loading', previous: undefined });
    assert.deepEqual(seen, ['loading', 'loading']);
  });
});
