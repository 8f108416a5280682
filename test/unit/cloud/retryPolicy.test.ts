import assert from 'node:assert/strict';
import { ThrottlingError } from '@alicloud/openapi-core';
import type { RetryTuning } from '../../../src/cloud/accountClient';
import { CloudError, toCloudError } from '../../../src/cloud/errors';
import { backoffCeiling, decideRetry, isRetryable, mayHaveApplied, retryDelay } from '../../../src/cloud/retryPolicy';
import { seededRandom } from '../../../src/model/seededRandom';

const tuning: RetryTuning = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalMs: 5_000 };

function apiError(code: string, httpStatus = 400, retryAfterMs?: number): CloudError {
  return new CloudError({ code, operation: 'Test', kind: 'api', apiMessage: 'x', httpStatus, retryAfterMs });
}

describe('cloud: retry policy', () => {
  it('doubles the backoff ceiling per attempt up to maxDelayMs', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((a) => backoffCeiling(a, tuning)),
      [100, 200, 400, 800, 1_000, 1_000],
    );
  });

  it('draws full jitter: uniform in [0, ceiling), reproducible from a seed', () => {
    const error = apiError('Throttling.User');
    const first = Array.from({ length: 200 }, (_, i) => retryDelay(error, (i % 4) + 1, tuning, seededRandom(i)));
    const again = Array.from({ length: 200 }, (_, i) => retryDelay(error, (i % 4) + 1, tuning, seededRandom(i)));
    assert.deepEqual(first, again);
    first.forEach((d, i) => {
      assert.ok(d >= 0 && d < backoffCeiling((i % 4) + 1, tuning), `delay ${d} out of range`);
    });
    // Full jitter spreads over the whole range, not just its upper half.
    const attempt4 = Array.from({ length: 400 }, (_, i) => retryDelay(error, 4, tuning, seededRandom(1000 + i)));
    assert.ok(attempt4.some((d) => d < 200), 'some delays land in the lower quarter');
    assert.ok(attempt4.some((d) => d > 600), 'some delays land in the upper quarter');
  });

  it("honours the server's retryAfter as a floor, capped by maxDelayMs", () => {
    assert.equal(retryDelay(apiError('Throttling', 400, 700), 1, tuning, () => 0), 700);
    assert.equal(retryDelay(apiError('Throttling', 400, 60_000), 1, tuning, () => 0), 1_000);
  });

  it('takes retryAfter from a real ThrottlingError', () => {
    const thrown = new ThrottlingError({ statusCode: 400, code: 'Throttling.User', message: 'slow down', retryAfter: 250, requestId: 'r1' });
    const error = toCloudError(thrown, { operation: 'DescribeVpcs' });
    assert.equal(error.retryAfterMs, 250);
    assert.equal(retryDelay(error, 1, tuning, () => 0), 250);
  });

  it('retries transient failures for reads and writes alike', () => {
    for (const error of [apiError('Throttling.User'), apiError('ServiceUnavailable', 503), apiError('SomethingNew', 502)]) {
      assert.equal(isRetryable(error, { kind: 'read' }), true, error.code);
      assert.equal(isRetryable(error, { kind: 'write' }), true, error.code);
    }
    const network = new CloudError({ code: 'NetworkError', operation: 'T', kind: 'network', apiMessage: 'ECONNRESET' });
    assert.equal(isRetryable(network, { kind: 'read' }), true);
  });

  it('retries a busy code only for a write that lists it', () => {
    const busy = apiError('IncorrectStatus.VpcPeer');
    assert.equal(isRetryable(busy, { kind: 'read', busyCodes: ['IncorrectStatus.VpcPeer'] }), false);
    assert.equal(isRetryable(busy, { kind: 'write' }), false);
    assert.equal(isRetryable(busy, { kind: 'write', busyCodes: ['TaskConflict'] }), false);
    assert.equal(isRetryable(busy, { kind: 'write', busyCodes: ['IncorrectStatus.VpcPeer'] }), true);
  });

  it('never retries final errors or aborts', () => {
    assert.equal(isRetryable(apiError('SignatureDoesNotMatch'), { kind: 'read' }), false);
    assert.equal(isRetryable(apiError('OperationDenied.RouteEntryExist'), { kind: 'write', busyCodes: [] }), false);
    const aborted = new CloudError({ code: 'Aborted', operation: 'T', kind: 'aborted', apiMessage: 'x' });
    assert.equal(isRetryable(aborted, { kind: 'read' }), false);
  });

  it('gives up after maxAttempts or when the next wait would pass maxTotalMs', () => {
    const error = apiError('Throttling');
    const base = { error, tuning, rules: { kind: 'read' as const }, random: () => 0.5 };
    assert.equal(decideRetry({ ...base, attempt: 4, elapsedMs: 0 }).retry, true);
    assert.equal(decideRetry({ ...base, attempt: 5, elapsedMs: 0 }).retry, false);
    assert.equal(decideRetry({ ...base, attempt: 2, elapsedMs: 4_950 }).retry, false);
    const ok = decideRetry({ ...base, attempt: 2, elapsedMs: 0 });
    assert.deepEqual(ok, { retry: true, delayMs: 100 });
  });

  it('knows which failures may have let a write through', () => {
    assert.equal(mayHaveApplied(apiError('ServiceUnavailable', 503)), true);
    assert.equal(mayHaveApplied(new CloudError({ code: 'RequestTimeout', operation: 'T', kind: 'timeout', apiMessage: '' })), true);
    assert.equal(mayHaveApplied(apiError('Throttling.User', 400)), false);
    assert.equal(mayHaveApplied(apiError('TaskConflict', 400)), false);
  });
});
