import assert from 'node:assert/strict';
import { isCloudError } from '../../../src/cloud/errors';
import { clientFor, useEmulator } from './fixture';

describe('cloud (emulator): abort and time limits', () => {
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 20, latencyMs: 2_000 });

  it('stops waiting for a slow call the moment the signal fires', async () => {
    const client = clientFor(emulator(), emulator().accounts[0]);
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.reader.listPeerConnections('cn-hangzhou', { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(pending, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    // The call's latency is 2 s: well under it means the signal, not the answer, ended the wait.
    assert.ok(Date.now() - started < 1_500, `took ${Date.now() - started} ms`);
  });

  it('gives up on a call that outlives the read time limit, after retrying it', async () => {
    const client = clientFor(emulator(), emulator().accounts[0], { readTimeoutMs: 100, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const started = Date.now();
    await assert.rejects(client.identity(), (e: unknown) => isCloudError(e) && e.code === 'RequestTimeout' && e.attempts === 2 && /in time/.test(e.hint));
    // Without the limit each of the two attempts would wait out the 2 s latency.
    assert.ok(Date.now() - started < 3_000, `took ${Date.now() - started} ms`);
  });

  it('ends calls in flight when the client is closed', async () => {
    const client = clientFor(emulator(), emulator().accounts[0]);
    const pending = client.reader.getPeerConnection('pcc-any');
    setTimeout(() => client.close(), 20);
    await assert.rejects(pending, (e: unknown) => isCloudError(e) && e.code === 'Aborted');
    await assert.rejects(client.reader.getPeerConnection('pcc-any'), (e: unknown) => isCloudError(e) && e.code === 'ClientClosed');
  });
});
