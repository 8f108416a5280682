import * as assert from 'node:assert/strict';
import { changesAnything, peerChanges } from '../../../../src/commands/bgp/peerChanges';

describe('commands/bgp/peerChanges: what Modify BGP Peer sends', () => {
  const plain = { peerIpAddress: '10.254.0.18', enableBfd: false, bfdMultiHop: undefined };
  const withBfd = { peerIpAddress: '10.254.0.10', enableBfd: true, bfdMultiHop: 7 };

  it('sends nothing when the answers are the current values', () => {
    assert.deepEqual(peerChanges(plain, { peerIpAddress: '10.254.0.18', enableBfd: false }), {});
    assert.deepEqual(peerChanges(withBfd, { enableBfd: true, bfdMultiHop: 7 }), {});
    assert.equal(changesAnything(peerChanges(withBfd, {})), false);
  });

  it('sends a new address alone', () => {
    assert.deepEqual(peerChanges(plain, { peerIpAddress: '10.254.0.26' }), { peerIpAddress: '10.254.0.26' });
  });

  it('sends BFD with its multi-hop count when either changes, and no count when BFD is turned off', () => {
    assert.deepEqual(peerChanges(plain, { enableBfd: true, bfdMultiHop: 9 }), { enableBfd: true, bfdMultiHop: 9 });
    assert.deepEqual(peerChanges(withBfd, { bfdMultiHop: 2 }), { enableBfd: true, bfdMultiHop: 2 });
    assert.deepEqual(peerChanges(withBfd, { enableBfd: false }), { enableBfd: false, bfdMultiHop: undefined });
    assert.equal(changesAnything(peerChanges(withBfd, { enableBfd: false })), true);
  });
});
