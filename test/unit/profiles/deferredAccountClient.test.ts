import * as assert from 'node:assert/strict';
import type { AccountClient } from '../../../src/cloud/accountClient';
import type { ProfileSpec } from '../../../src/cloud/profiles';
import type { Region } from '../../../src/model/types';
import { deferredAccountClient } from '../../../src/profiles/deferredAccountClient';

const profile: ProfileSpec = { id: 'sandbox:1', label: 'Sandbox · hub', kind: 'sandbox', accessKeyId: 'k' };

/** A stand-in real client: it records the calls it gets and whether it was closed. */
function recordingClient() {
  const calls: unknown[][] = [];
  let closed = false;
  const client = {
    profile,
    identity: () => Promise.resolve({ accountUid: '1' }),
    reader: {
      prefix: 'read:',
      describeRegions(this: { prefix: string }, o?: unknown) {
        calls.push(['describeRegions', o]);
        return Promise.resolve([{ id: `${this.prefix}cn-hangzhou`, name: 'China (Hangzhou)' }] as Region[]);
      },
    },
    operations: {
      rejectPeerConnection(id: string, o: unknown) {
        calls.push(['rejectPeerConnection', id, o]);
        return Promise.resolve();
      },
    },
    close: () => (closed = true),
  } as unknown as AccountClient;
  return { client, calls, isClosed: () => closed };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('deferredAccountClient', () => {
  it('builds the real client on a later turn, not when it is made', async () => {
    let builds = 0;
    const real = recordingClient();
    const client = deferredAccountClient(profile, () => (builds++, real.client));
    assert.equal(client.profile, profile, 'the profile is there at once');
    assert.equal(builds, 0);
    await client.built;
    assert.equal(builds, 1);
  });

  it('builds only once `after` has settled, however many turns pass before', async () => {
    let builds = 0;
    let open = () => {};
    const after = new Promise<void>((resolve) => (open = resolve));
    const real = recordingClient();
    const client = deferredAccountClient(profile, () => (builds++, real.client), after);
    const regions = client.reader.describeRegions();
    for (let i = 0; i < 5; i++) await nextTurn();
    assert.equal(builds, 0, 'still waiting for `after`');
    assert.deepEqual(real.calls, []);
    open();
    await client.built;
    assert.equal(builds, 1);
    assert.equal((await regions).length, 1, 'the call made while waiting went through');
  });

  it('passes calls made before the build to the real client, with their arguments and its own this', async () => {
    const real = recordingClient();
    const client = deferredAccountClient(profile, () => real.client);
    const signal = new AbortController().signal;
    const regions = client.reader.describeRegions({ signal });
    const rejected = client.operations.rejectPeerConnection('pcc-1', { clientToken: 't' });
    assert.deepEqual(real.calls, [], 'nothing reaches the real client before it is built');
    assert.deepEqual(await regions, [{ id: 'read:cn-hangzhou', name: 'China (Hangzhou)' }]);
    await rejected;
    assert.deepEqual(real.calls, [
      ['describeRegions', { signal }],
      ['rejectPeerConnection', 'pcc-1', { clientToken: 't' }],
    ]);
    assert.deepEqual(await client.identity(), { accountUid: '1' });
  });

  it('rejects every call when building the real client fails, and still settles `built`', async () => {
    const client = deferredAccountClient(profile, () => {
      throw new Error('no cloud layer');
    });
    await client.built;
    await assert.rejects(client.reader.listVpcs('cn-hangzhou'), /no cloud layer/);
    await assert.rejects(client.identity(), /no cloud layer/);
  });

  it('closes the real client once built when it was closed before', async () => {
    const real = recordingClient();
    const client = deferredAccountClient(profile, () => real.client);
    client.close();
    await client.built;
    assert.equal(real.isClosed(), true);
  });

  it('closes the built client at once', async () => {
    const real = recordingClient();
    const client = deferredAccountClient(profile, () => real.client);
    await nextTurn();
    client.close();
    assert.equal(real.isClosed(), true);
  });
});
