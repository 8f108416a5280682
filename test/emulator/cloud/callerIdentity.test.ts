import assert from 'node:assert/strict';
import { createAccountClient } from '../../../src/cloud/createAccountClient';
import { isCloudError } from '../../../src/cloud/errors';
import { FAST_RETRY, clientFor, sandboxProfile, secretOf, useEmulator } from './fixture';

describe('cloud (emulator): identity and signatures', () => {
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 20 });

  it('learns each account UID from STS GetCallerIdentity', async () => {
    assert.ok(emulator().accounts.length >= 2);
    for (const who of emulator().accounts) {
      const identity = await clientFor(emulator(), who).identity();
      assert.equal(identity.accountUid, who.uid, who.name);
      assert.equal(identity.identityType, 'Account');
      assert.match(identity.arn ?? '', new RegExp(who.uid));
    }
  });

  it('asks STS once and shares the answer between concurrent callers', async () => {
    const client = clientFor(emulator(), emulator().accounts[0]);
    const before = emulator().stats.byAction.GetCallerIdentity ?? 0;
    const answers = await Promise.all([client.identity(), client.identity(), client.identity()]);
    assert.equal(new Set(answers.map((a) => a.accountUid)).size, 1);
    assert.equal((emulator().stats.byAction.GetCallerIdentity ?? 0) - before, 1);
  });

  it('surfaces a wrong secret as SignatureDoesNotMatch with a hint, without retrying or leaking it', async () => {
    const who = emulator().accounts[0];
    const wrongSecret = 'definitely-not-the-secret-123';
    const client = createAccountClient(sandboxProfile(emulator(), who), secretOf(wrongSecret), { retry: FAST_RETRY });
    await assert.rejects(client.reader.listVpcs('cn-hangzhou'), (e: unknown) => {
      assert.ok(isCloudError(e));
      assert.equal(e.code, 'SignatureDoesNotMatch');
      assert.equal(e.kind, 'api');
      assert.equal(e.retryable, false);
      assert.equal(e.attempts, 1);
      assert.match(e.hint, /profile's keys/);
      assert.ok(e.requestId, 'carries the request id');
      for (const text of [e.message, JSON.stringify(e), String(e)]) {
        assert.ok(!text.includes(wrongSecret) && !text.includes(who.accessKeySecret));
      }
      return true;
    });
  });

  it('surfaces an unknown key id as InvalidAccessKeyId.NotFound', async () => {
    const who = emulator().accounts[0];
    const spec = { ...sandboxProfile(emulator(), who), accessKeyId: 'LTAI5tNoSuchKey00000000' };
    const client = createAccountClient(spec, secretOf(who.accessKeySecret), { retry: FAST_RETRY });
    await assert.rejects(client.identity(), (e: unknown) => isCloudError(e) && e.code === 'InvalidAccessKeyId.NotFound' && /profile's keys/.test(e.hint));
  });

  it('fails with MissingSecret before sending anything when no secret is stored', async () => {
    const who = emulator().accounts[0];
    const client = createAccountClient(sandboxProfile(emulator(), who), secretOf(undefined), { retry: FAST_RETRY });
    const before = emulator().stats.total;
    await assert.rejects(client.identity(), (e: unknown) => isCloudError(e) && e.code === 'MissingSecret' && e.kind === 'credentials');
    assert.equal(emulator().stats.total, before);
  });

  it('maps an unreachable endpoint to NetworkError naming it', async () => {
    const who = emulator().accounts[0];
    const spec = { ...sandboxProfile(emulator(), who), endpoint: { endpoint: '127.0.0.1:1', protocol: 'http' as const } };
    const client = createAccountClient(spec, secretOf(who.accessKeySecret), { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    await assert.rejects(client.identity(), (e: unknown) => {
      assert.ok(isCloudError(e));
      assert.equal(e.code, 'NetworkError');
      assert.equal(e.attempts, 2, 'network errors are retried');
      assert.equal(e.hint, 'Cannot reach 127.0.0.1:1: check the network or proxy.');
      return true;
    });
  });
});
