import assert from 'node:assert/strict';
import type { AccountClient } from '../../../src/cloud/accountClient';
import { waitFor } from '../../../src/cloud/waitFor';
import { POLL, account, clientFor, freshVpc, rejectsWith, token, useEmulator, waitPeer } from './fixture';

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';

describe('cloud (emulator): peer connection operations', () => {
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 20 });
  let hub: AccountClient;
  let partner: AccountClient;
  const hubName = 'network-hub';
  const partnerName = 'partner';

  before(() => {
    hub = clientFor(emulator(), account(emulator(), hubName));
    partner = clientFor(emulator(), account(emulator(), partnerName));
  });

  describe('peer connections', () => {
    it('creates a same-account connection that settles in Activated', async () => {
      const a = freshVpc(emulator(), hubName, HZ);
      const b = freshVpc(emulator(), hubName, HZ);
      const created = await hub.operations.createPeerConnection(
        { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id, name: 'same-account', description: 'Created by a test', tags: [{ key: 'team', value: 'net' }] },
        { clientToken: token() },
      );
      assert.equal(created.dryRun, false);
      const settled = await waitPeer(hub, created.id ?? '', 'Activated');
      assert.equal(settled?.name, 'same-account');
      assert.equal(settled?.requester.vpcId, a.id);
      assert.equal(settled?.accepter.vpcId, b.id);
      assert.deepEqual(settled?.tags, [{ key: 'team', value: 'net' }]);
      assert.deepEqual(settled, emulator().world.peerConnection(created.id ?? '', hubName));
    });

    it('dry-runs a create (asked in the input or in the options) without creating anything', async () => {
      const a = freshVpc(emulator(), hubName, HZ);
      const b = freshVpc(emulator(), hubName, HZ);
      const input = { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id };
      assert.deepEqual(await hub.operations.createPeerConnection({ ...input, dryRun: true }, { clientToken: token() }), { dryRun: true });
      assert.deepEqual(await hub.operations.createPeerConnection(input, { clientToken: token(), dryRun: true }), { dryRun: true });
      assert.equal(emulator().world.inventory(hubName, HZ).peerConnections.filter((p) => p.requester.vpcId === a.id).length, 0);
    });

    it('runs the cross-account lifecycle: request, accept, modify, delete', async () => {
      const mine = freshVpc(emulator(), hubName, HZ);
      const theirs = freshVpc(emulator(), partnerName, SH);
      const { id } = await hub.operations.createPeerConnection(
        { regionId: HZ, vpcId: mine.id, acceptingAccountUid: account(emulator(), partnerName).uid, acceptingRegionId: SH, acceptingVpcId: theirs.id, bandwidthMbps: 100, linkType: 'Gold' },
        { clientToken: token() },
      );
      assert.ok(id);
      await waitPeer(hub, id, 'Accepting');
      const incoming = await partner.reader.listPeerConnections(SH);
      assert.ok(incoming.some((p) => p.id === id), 'the accepter sees the request in its own region');

      await partner.operations.acceptPeerConnection(id, { clientToken: token() });
      await waitPeer(partner, id, 'Activated');

      await hub.operations.modifyPeerConnection(id, { name: 'renamed', description: 'Now with more bandwidth', bandwidthMbps: 200 }, { clientToken: token() });
      const modified = await waitPeer(hub, id, 'Activated');
      assert.equal(modified?.name, 'renamed');
      assert.equal(modified?.bandwidthMbps, 200);

      await hub.operations.deletePeerConnection(id, { force: false }, { clientToken: token() });
      await waitFor((signal) => hub.reader.getPeerConnection(id, { signal }), (c) => c === undefined, POLL);
      assert.equal(emulator().world.peerConnection(id), undefined);
    });

    it('lets the accepter reject a request', async () => {
      const mine = freshVpc(emulator(), hubName, HZ);
      const theirs = freshVpc(emulator(), partnerName, HZ);
      const { id } = await hub.operations.createPeerConnection(
        { regionId: HZ, vpcId: mine.id, acceptingAccountUid: account(emulator(), partnerName).uid, acceptingRegionId: HZ, acceptingVpcId: theirs.id },
        { clientToken: token() },
      );
      await waitPeer(partner, id ?? '', 'Accepting');
      await partner.operations.rejectPeerConnection(id ?? '', { clientToken: token() });
      await waitPeer(partner, id ?? '', 'Rejected');
    });

    it('answers the same ClientToken with the same connection, creating it once', async () => {
      const a = freshVpc(emulator(), hubName, HZ);
      const b = freshVpc(emulator(), hubName, HZ);
      const input = { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id };
      const clientToken = token();
      const first = await hub.operations.createPeerConnection(input, { clientToken });
      const second = await hub.operations.createPeerConnection(input, { clientToken });
      assert.equal(second.id, first.id);
      assert.equal(emulator().world.inventory(hubName, HZ).peerConnections.filter((p) => p.requester.vpcId === a.id).length, 1);
    });

    it('maps the documented errors with their hints', async () => {
      await assert.rejects(partner.operations.acceptPeerConnection('pcc-nosuchconnection0', { clientToken: token() }), rejectsWith('ResourceNotFound.InstanceId', /refresh/));
      const a = freshVpc(emulator(), hubName, HZ);
      const b = freshVpc(emulator(), hubName, HZ);
      const input = { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id };
      const { id } = await hub.operations.createPeerConnection(input, { clientToken: token() });
      await waitPeer(hub, id ?? '', 'Activated');
      await assert.rejects(hub.operations.createPeerConnection(input, { clientToken: token() }), rejectsWith('ResourceAlreadyExist.VpcPeer'));
      await assert.rejects(
        hub.operations.modifyPeerConnection(id ?? '', { bandwidthMbps: 50 }, { clientToken: token() }),
        rejectsWith('OperationFailed.BandwidthCannotBeChangedInSameRegion', /unlimited/),
      );
      await assert.rejects(
        hub.operations.createPeerConnection({ ...input, acceptingVpcId: freshVpc(emulator(), hubName, HZ).id, linkType: 'Platinum' }, { clientToken: token() }),
        rejectsWith('OperationFailed.InterRegionLinkTypeNotSupported'),
      );
    });
  });
});
