import * as assert from 'node:assert/strict';
import type { ProfileSpec } from '../../../src/cloud/profiles';
import { TopologyStore } from '../../../src/inventory/store';
import { AccountSession } from '../../../src/profiles/accountSession';
import { cloudLayer } from '../../../src/profiles/cloudLayer';
import type { ProfileRegistry } from '../../../src/profiles/profileRegistry';

// Nothing listens on port 9 here: the store's first requests fail, and the store is disposed first.
const sandboxProfile: ProfileSpec = {
  id: 'sandbox:1510203040506070',
  label: 'Sandbox · network-hub',
  kind: 'sandbox',
  accessKeyId: 'k',
  endpoint: { endpoint: '127.0.0.1:9', protocol: 'http' },
};

/** The two things the session reads of the registry. */
function registryOf(active: ProfileSpec[]): ProfileRegistry {
  const registry: Pick<ProfileRegistry, 'active' | 'secretProvider'> = {
    active: () => active,
    secretProvider: { accessKeySecret: () => Promise.resolve('secret') },
  };
  return registry as ProfileRegistry;
}

describe('AccountSession', () => {
  it('gives the store the active accounts before the cloud layer is loaded, and loads it on a later turn', async function () {
    // Once loaded in this process (another test built a client through it), the order cannot be seen.
    if (cloudLayer.loadMs() !== undefined) this.skip();
    const store = new TopologyStore();
    const session = new AccountSession(registryOf([sandboxProfile]), store, { maxConcurrent: 4, readTimeoutMs: 1000 }, () => undefined);
    try {
      session.sync();
      assert.deepEqual(
        store.accounts().map((account) => account.profile.label),
        ['Sandbox · network-hub'],
        'the account row has what it shows from the profile alone',
      );
      assert.equal(cloudLayer.loadMs(), undefined, 'the cloud layer is not loaded yet');
      await session.built();
      assert.notEqual(cloudLayer.loadMs(), undefined, 'the cloud layer loaded after');
    } finally {
      store.dispose();
      session.dispose();
    }
  });
});
