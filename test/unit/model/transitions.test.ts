import * as assert from 'node:assert/strict';
import { settledStatus } from '../../../src/emulator/world/settling';
import { isSettledResource, isTransitionalStatus, PEER_WRITE_SETTLED, ROUTE_WRITE_SETTLED, TRANSITIONAL_STATUSES, type FollowedKind } from '../../../src/model/transitions';
import { PEER_STATUSES, type PeerStatus } from '../../../src/model/types';

describe('model/transitions: what settled means per kind', () => {
  it('names the statuses the service leaves by itself, and only those', () => {
    assert.deepEqual(
      PEER_STATUSES.filter((s) => isTransitionalStatus('peerConnection', s)),
      ['Creating', 'Updating', 'Deleting'],
    );
    for (const status of ['Connecting', 'AcceptingConnecting', 'Activating', 'Deactivating', 'Deleting']) {
      assert.equal(isTransitionalStatus('routerInterface', status), true, status);
    }
    for (const status of ['Idle', 'Active', 'Inactive']) assert.equal(isTransitionalStatus('routerInterface', status), false, status);
    for (const kind of ['bgpGroup', 'bgpPeer'] as const) {
      assert.deepEqual(['Pending', 'Modifying', 'Deleting', 'Available'].map((s) => isTransitionalStatus(kind, s)), [true, true, true, false], kind);
    }
    // Waiting for a person is settled: nothing moves it but the accepter.
    assert.equal(isTransitionalStatus('peerConnection', 'Accepting'), false);
  });

  it('agrees with the emulator: every status the emulated service moves out of is transitional here', () => {
    const emulatorKind = { peerConnection: 'peer', routeEntry: 'routeEntry', routerInterface: 'routerInterface', bgpGroup: 'bgpGroup', bgpPeer: 'bgpPeer' } as const;
    const candidates = ['Creating', 'Updating', 'Deleting', 'Pending', 'Modifying', 'Connecting', 'AcceptingConnecting', 'Activating', 'Deactivating', 'Available', 'Active', 'Inactive', 'Idle', 'Activated', 'Accepting'];
    let checked = 0;
    for (const kind of Object.keys(TRANSITIONAL_STATUSES) as FollowedKind[]) {
      for (const status of candidates) {
        if (settledStatus(emulatorKind[kind], status) === undefined) continue;
        assert.ok(TRANSITIONAL_STATUSES[kind].includes(status), `${kind} ${status} settles by itself in the emulator`);
        checked++;
      }
    }
    assert.ok(checked >= 12, `compared ${checked} statuses`);
  });

  it('counts a resource that is gone as settled, and one in transition as not', () => {
    assert.equal(isSettledResource('bgpPeer', undefined), true);
    assert.equal(isSettledResource('bgpPeer', { status: 'Pending' }), false);
    assert.equal(isSettledResource('routerInterface', { status: 'Inactive' }), true);
  });

  it('after a peer connection write, settled means what that write waits for', () => {
    const at = (status: PeerStatus) => ({ status });
    // Create: a connection not listed yet is still being created; Accepting or Activated ends it.
    assert.deepEqual([undefined, at('Creating'), at('Accepting'), at('Activated')].map(PEER_WRITE_SETTLED.create), [false, false, true, true]);
    // Accept or reject: the answer and the update after it.
    assert.deepEqual(
      [at('Accepting'), at('Updating'), at('Activated'), at('Rejected'), undefined].map(PEER_WRITE_SETTLED.answer),
      [false, false, true, true, true],
    );
    // Delete: only gone, not a Deleted status still listed.
    assert.deepEqual([at('Deleting'), at('Deleted'), undefined].map(PEER_WRITE_SETTLED.delete), [false, false, true]);
  });

  it('after a route entry write, settled means Available, or gone after a delete', () => {
    const at = (status: string) => ({ status });
    assert.deepEqual([undefined, at('Pending'), at('Available')].map(ROUTE_WRITE_SETTLED.create), [false, false, true]);
    assert.deepEqual([at('Deleting'), at('Available'), undefined].map(ROUTE_WRITE_SETTLED.delete), [false, false, true]);
    assert.deepEqual(['Pending', 'Modifying', 'Deleting', 'Available'].map((s) => isTransitionalStatus('routeEntry', s)), [true, true, true, false]);
  });
});
