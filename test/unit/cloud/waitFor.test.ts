import assert from 'node:assert/strict';
import { CloudError, isCloudError } from '../../../src/cloud/errors';
import { waitFor } from '../../../src/cloud/waitFor';

const fast = { initialDelayMs: 1, maxDelayMs: 4 };

/** A getter that answers the given values in turn, then keeps answering the last one. */
function sequence<T>(values: T[]) {
  let i = 0;
  return async () => values[Math.min(i++, values.length - 1)];
}

describe('cloud: waitFor', () => {
  it('polls until the predicate holds and reports every state it saw', async () => {
    const seen: string[] = [];
    const value = await waitFor(sequence(['Creating', 'Creating', 'Accepting']), (s) => s === 'Accepting', {
      ...fast,
      onObserved: (s, poll) => seen.push(`${poll}:${s}`),
    });
    assert.equal(value, 'Accepting');
    assert.deepEqual(seen, ['1:Creating', '2:Creating', '3:Accepting']);
  });

  it('waits for "gone" as the getter answering undefined', async () => {
    const seen: (string | undefined)[] = [];
    // As the store's follow waits for a delete: "gone" is what the predicate accepts.
    await waitFor(sequence<string | undefined>(['Deleting', 'Deleted', undefined]), (s) => s === undefined, { ...fast, onObserved: (s) => seen.push(s) });
    assert.deepEqual(seen, ['Deleting', 'Deleted', undefined]);
  });

  it('polls through transient failures but stops at any other', async () => {
    const throttled = new CloudError({ code: 'Throttling.User', operation: 'Get', kind: 'api', apiMessage: 'slow', httpStatus: 400 });
    let calls = 0;
    const value = await waitFor(
      async () => {
        calls++;
        if (calls < 3) throw throttled;
        return 'Activated';
      },
      (s) => s === 'Activated',
      fast,
    );
    assert.equal(value, 'Activated');
    const denied = new CloudError({ code: 'Forbidden.RAM', operation: 'Get', kind: 'api', apiMessage: 'no', httpStatus: 403 });
    await assert.rejects(waitFor(async () => { throw denied; }, () => true, fast), (e) => e === denied);
  });

  it('gives up with WaitTimeout naming what it last saw', async () => {
    await assert.rejects(
      waitFor(async () => ({ status: 'Updating' }), (v) => v.status === 'Activated', { ...fast, timeoutMs: 20, description: 'pcc-1 to be Activated' }),
      (e: unknown) => isCloudError(e) && e.code === 'WaitTimeout' && /pcc-1 to be Activated.*last seen: Updating/.test(e.apiMessage),
    );
  });

  it('stops at once when aborted, even in the middle of a long wait', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = waitFor(async () => 'Creating', () => false, { initialDelayMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(waiting, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    assert.ok(Date.now() - started < 1_000);
  });
});
