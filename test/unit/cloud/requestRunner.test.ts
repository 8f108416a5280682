import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { ClientError, ServerError, ThrottlingError } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import type { RequestEvent } from '../../../src/cloud/accountClient';
import { ConcurrencyLimiter } from '../../../src/cloud/concurrencyLimiter';
import { isCloudError } from '../../../src/cloud/errors';
import { RequestRunner, type RequestSpec } from '../../../src/cloud/requestRunner';
import { seededRandom } from '../../../src/model/seededRandom';

function makeRunner(overrides: { max?: number; maxAttempts?: number; closed?: AbortSignal } = {}) {
  const events: RequestEvent[] = [];
  const runner = new RequestRunner({
    profileId: 'p1',
    limiter: new ConcurrencyLimiter(overrides.max ?? 4),
    tuning: { maxAttempts: overrides.maxAttempts ?? 4, baseDelayMs: 2, maxDelayMs: 10, maxTotalMs: 2_000 },
    random: seededRandom(7),
    runtime: () => new $dara.RuntimeOptions({}),
    endpointFor: () => '127.0.0.1:1',
    knownSecrets: () => ['the-account-secret'],
    instrumented: (e) => events.push(e),
    closed: overrides.closed ?? new AbortController().signal,
  });
  return { runner, events };
}

const throttling = () => new ThrottlingError({ statusCode: 400, code: 'Throttling.User', message: 'code: 400, slow request id: t', requestId: 't' });
const unavailable = () => new ServerError({ statusCode: 503, code: 'ServiceUnavailable', message: 'code: 503, down request id: s', requestId: 's' });
const clientError = (code: string) => new ClientError({ statusCode: 400, code, message: `code: 400, ${code} request id: c`, requestId: 'c' });

/** A send that fails with the given errors in turn, then answers `result`. */
function failThen<T>(errors: Error[], result: T) {
  let calls = 0;
  const send = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return result;
  };
  return { send, calls: () => calls };
}

const read = <T>(send: RequestSpec<T>['send'], extra: Partial<RequestSpec<T>> = {}): RequestSpec<T> => ({
  product: 'vpc',
  action: 'DescribeVpcs',
  regionId: 'cn-hangzhou',
  kind: 'read',
  send,
  ...extra,
});

describe('cloud: request runner', () => {
  it('retries throttling and 5xx, then succeeds, reporting each attempt', async () => {
    const { runner, events } = makeRunner();
    const source = failThen([throttling(), unavailable()], { body: { RequestId: 'ok-1' } });
    const result = await runner.run(read(source.send));
    assert.deepEqual(result, { body: { RequestId: 'ok-1' } });
    assert.equal(source.calls(), 3);
    assert.deepEqual(events.map((e) => [e.attempt, e.outcome, e.errorCode]), [
      [1, 'retry', 'Throttling.User'],
      [2, 'retry', 'ServiceUnavailable'],
      [3, 'ok', undefined],
    ]);
    assert.equal(events[2].requestId, 'ok-1');
    assert.ok(events.every((e) => e.profileId === 'p1' && e.action === 'DescribeVpcs' && e.regionId === 'cn-hangzhou'));
  });

  it('gives up after maxAttempts with the last error and the attempt count', async () => {
    const { runner, events } = makeRunner({ maxAttempts: 3 });
    const source = failThen([throttling(), throttling(), throttling(), throttling()], 'never');
    await assert.rejects(runner.run(read(source.send)), (e: unknown) => isCloudError(e) && e.code === 'Throttling.User' && e.attempts === 3);
    assert.equal(source.calls(), 3);
    assert.equal(events.at(-1)?.outcome, 'error');
  });

  it('does not retry a final error', async () => {
    const { runner } = makeRunner();
    const source = failThen([clientError('InvalidAccessKeyId.NotFound')], 'never');
    await assert.rejects(runner.run(read(source.send)), (e: unknown) => isCloudError(e) && e.code === 'InvalidAccessKeyId.NotFound' && /profile's keys/.test(e.hint));
    assert.equal(source.calls(), 1);
  });

  it('refuses a write without a usable ClientToken before sending', async () => {
    const { runner } = makeRunner();
    const source = failThen([], 'sent');
    for (const clientToken of [undefined, '', 'x'.repeat(65), 'ünïcode']) {
      await assert.rejects(
        runner.run({ ...read(source.send), kind: 'write', action: 'CreateRouteEntry', clientToken }),
        (e: unknown) => isCloudError(e) && e.code === 'InvalidClientToken',
      );
    }
    assert.equal(source.calls(), 0);
  });

  it('retries a busy code only for a write that declares it', async () => {
    const { runner } = makeRunner();
    const declared = failThen([clientError('IncorrectStatus.VpcPeer')], 'done');
    assert.equal(
      await runner.run({ ...read(declared.send), kind: 'write', clientToken: 't-1', busyCodes: ['IncorrectStatus.VpcPeer'] }),
      'done',
    );
    const undeclared = failThen([clientError('IncorrectStatus.VpcPeer')], 'done');
    await assert.rejects(runner.run({ ...read(undeclared.send), kind: 'write', clientToken: 't-2' }));
    assert.equal(undeclared.calls(), 1);
  });

  it('lets the caller turn an error into a result, knowing what earlier attempts did', async () => {
    const { runner, events } = makeRunner();
    const source = failThen([unavailable(), clientError('InvalidRouteEntry.NotFound')], 'never');
    const histories: unknown[] = [];
    const result = await runner.run<string>({
      ...read(source.send),
      kind: 'write',
      clientToken: 't',
      resultForError: (e, history) => {
        histories.push({ code: e.code, ...history });
        return e.code === 'InvalidRouteEntry.NotFound' ? { value: 'already gone' } : undefined;
      },
    });
    assert.equal(result, 'already gone');
    assert.deepEqual(histories, [
      { code: 'ServiceUnavailable', attempt: 1, earlierMayHaveApplied: false },
      { code: 'InvalidRouteEntry.NotFound', attempt: 2, earlierMayHaveApplied: true },
    ]);
    assert.equal(events.at(-1)?.outcome, 'ok');
  });

  it('stops at once when aborted during a backoff wait', async () => {
    const runner = new RequestRunner({
      profileId: 'p',
      limiter: new ConcurrencyLimiter(1),
      tuning: { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000, maxTotalMs: 600_000 },
      random: () => 0.99,
      runtime: () => new $dara.RuntimeOptions({}),
      endpointFor: () => 'h',
      knownSecrets: () => [],
      closed: new AbortController().signal,
    });
    const controller = new AbortController();
    const source = failThen([throttling(), throttling()], 'never');
    const started = Date.now();
    const running = runner.run(read(source.send, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(running, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    assert.ok(Date.now() - started < 1_000);
    assert.equal(source.calls(), 1);
  });

  it('keeps at most `max` requests in flight', async () => {
    const { runner, events } = makeRunner({ max: 2 });
    let inFlight = 0;
    let peak = 0;
    const send = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return 'ok';
    };
    await Promise.all(Array.from({ length: 8 }, () => runner.run(read(send))));
    assert.equal(peak, 2);
    assert.ok(events.some((e) => e.queuedMs > 0), 'some requests waited for a slot');
  });

  it('refuses new requests and ends waiting ones once the client is closed', async () => {
    const closing = new AbortController();
    const { runner } = makeRunner({ closed: closing.signal });
    const pending = runner.run(read(() => new Promise(() => undefined)));
    closing.abort();
    await assert.rejects(pending, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    await assert.rejects(runner.run(read(async () => 'x')), (e: unknown) => isCloudError(e) && e.code === 'ClientClosed');
  });

  it('leaves nothing on the long-lived signals (the caller\'s, the client\'s closed) once requests end, and never calls AbortSignal.any', async () => {
    // AbortSignal.any keeps each signal it makes in its sources' lists for as long as they live
    // (nodejs/node#55351): one more entry per request on an account's signal.
    const any = AbortSignal.any;
    AbortSignal.any = () => assert.fail('AbortSignal.any was called');
    try {
      const closing = new AbortController();
      const account = new AbortController();
      const { runner } = makeRunner({ max: 2, closed: closing.signal });
      const requests = Array.from({ length: 40 }, (_, i) => runner.run(read(async () => i, { signal: account.signal })));
      assert.ok(getEventListeners(account.signal, 'abort').length <= 1, 'one listener for all the requests in flight and waiting');
      assert.ok(getEventListeners(closing.signal, 'abort').length <= 1);
      assert.deepEqual(await Promise.all(requests), Array.from({ length: 40 }, (_, i) => i));
      // The one listener stays for the next request; what it follows is gone.
      assert.ok(getEventListeners(account.signal, 'abort').length <= 1);
      const waiting = runner.run(read(() => new Promise(() => undefined), { signal: account.signal }));
      const queued = runner.run(read(() => new Promise(() => undefined), { signal: account.signal }));
      const third = runner.run(read(async () => 'never sent', { signal: account.signal }));
      account.abort();
      for (const pending of [waiting, queued, third]) await assert.rejects(pending, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    } finally {
      AbortSignal.any = any;
    }
  });

  it('scrubs the account secret from errors', async () => {
    const { runner } = makeRunner();
    const leaky = new ClientError({ statusCode: 400, code: 'SignatureDoesNotMatch', message: 'm', data: { Message: 'string to sign with the-account-secret' } });
    await assert.rejects(runner.run(read(failThen([leaky], 'x').send)), (e: unknown) => isCloudError(e) && !e.message.includes('the-account-secret'));
  });
});
