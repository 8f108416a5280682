import assert from 'node:assert/strict';
import { ConcurrencyLimiter } from '../../../src/cloud/concurrencyLimiter';
import { isCloudError } from '../../../src/cloud/errors';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('cloud: concurrency limiter', () => {
  it('never lets more than the maximum run at once', async () => {
    const limiter = new ConcurrencyLimiter(3);
    let running = 0;
    let peak = 0;
    // As the request runners hold a slot: acquire, send, give the slot back.
    const task = async () => {
      const release = await limiter.acquire();
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 2));
      running--;
      release();
    };
    await Promise.all(Array.from({ length: 20 }, task));
    assert.equal(peak, 3);
    assert.equal(limiter.active, 0);
    assert.equal(limiter.waiting, 0);
  });

  it('serves waiters first come, first served', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire();
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) => limiter.acquire().then((r) => (order.push(n), r())));
    await tick();
    assert.equal(limiter.waiting, 3);
    release();
    await Promise.all(waiters);
    assert.deepEqual(order, [1, 2, 3]);
  });

  it('serves the pages of token walks before other waiters, each kind in its own order', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire();
    const order: string[] = [];
    const wait = (name: string, walk: boolean) => limiter.acquire(undefined, name, walk).then((r) => (order.push(name), r()));
    const waiters = [wait('vpcs-1', false), wait('walk-a', true), wait('vpcs-2', false), wait('walk-b', true)];
    await tick();
    assert.equal(limiter.waiting, 4);
    release();
    await Promise.all(waiters);
    assert.deepEqual(order, ['walk-a', 'walk-b', 'vpcs-1', 'vpcs-2']);
  });

  it('drops a waiting walk page whose signal aborts from its queue', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire();
    const controller = new AbortController();
    const walk = limiter.acquire(controller.signal, 'ListVpcPeerConnections', true);
    const other = limiter.acquire(undefined, 'DescribeVpcs');
    await tick();
    controller.abort();
    await assert.rejects(walk, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    assert.equal(limiter.waiting, 1);
    release();
    (await other)();
    assert.equal(limiter.active, 0);
  });

  it('drops a waiter whose signal aborts, and rejects it with Aborted', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal, 'DescribeVpcs');
    await tick();
    assert.equal(limiter.waiting, 1);
    controller.abort();
    await assert.rejects(waiting, (e: unknown) => isCloudError(e) && e.code === 'Aborted' && e.operation === 'DescribeVpcs');
    assert.equal(limiter.waiting, 0);
    release();
    assert.equal(limiter.active, 0);
  });

  it('ignores a second release of the same slot', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const a = await limiter.acquire();
    await limiter.acquire();
    a();
    a();
    assert.equal(limiter.active, 1);
  });

  it('refuses a limit below one', () => {
    assert.throws(() => new ConcurrencyLimiter(0), RangeError);
    assert.throws(() => new ConcurrencyLimiter(1.5), RangeError);
  });
});
