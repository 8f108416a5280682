// A BGP group's whole life through the cloud layer against the emulator (real SDK, real
// signatures): IPv6 only on a VBR with IPv6 enabled, ModifyBgpGroupAttribute field by field, and
// DeleteBgpGroup refused while peers remain — each refusal mapped to its code and catalog hint.
import assert from 'node:assert/strict';
import type { AccountClient } from '../../../src/cloud/accountClient';
import { waitFor } from '../../../src/cloud/waitFor';
import { demoScenario } from '../../../src/emulator/scenario/demo';
import type { BgpGroup } from '../../../src/model/types';
import { POLL, account, clientFor, rejectsWith, token, useEmulator } from './fixture';

const HZ = 'cn-hangzhou';
const DUAL_STACK_VBR = 'vbr-hzdualstack000001';

function scenarioWithDualStackVbr() {
  const doc = demoScenario();
  doc.vbrs = [
    ...(doc.vbrs ?? []),
    {
      id: DUAL_STACK_VBR,
      account: 'network-hub',
      regionId: HZ,
      name: 'idc-hangzhou-dual',
      vlanId: 1301,
      localGatewayIp: '10.254.1.1',
      peerGatewayIp: '10.254.1.2',
      peeringSubnetMask: '255.255.255.252',
      enableIpv6: true,
    },
  ];
  return doc;
}

// Transitions last long enough for a second request to meet the first one's Modifying.
describe('cloud (emulator): BGP group lifecycle', () => {
  const emulator = useEmulator({ port: 0, scenario: scenarioWithDualStackVbr(), transitionMs: 300 });
  let hub: AccountClient;

  before(() => {
    hub = clientFor(emulator(), account(emulator(), 'network-hub'));
  });

  const groupNow = async (vbrId: string, id: string): Promise<BgpGroup | undefined> => (await hub.reader.listBgpGroups(HZ, vbrId)).find((g) => g.id === id);
  const availableGroup = (vbrId: string, id: string, done: (g: BgpGroup) => boolean = () => true) =>
    waitFor(() => groupNow(vbrId, id), (g) => g?.status === 'Available' && done(g), POLL);

  it('reads EnableIpv6 per VBR, and creates an IPv6 group only where it is enabled', async () => {
    const vbrs = await hub.reader.listVbrs(HZ);
    const plain = vbrs.find((v) => v.name === 'idc-hangzhou-dc1');
    assert.ok(plain);
    assert.deepEqual(
      vbrs.map((v) => [v.id, v.enableIpv6]).sort(),
      [[DUAL_STACK_VBR, true], [plain.id, false]].sort(),
    );
    await assert.rejects(
      hub.operations.createBgpGroup({ regionId: HZ, vbrId: plain.id, peerAsn: 65100, ipVersion: 'IPv6' }, { clientToken: token() }),
      rejectsWith('OperationUnsupported.Ipv6NotEnabled', /enable it.*or use IPv4/),
    );
    const { id } = await hub.operations.createBgpGroup({ regionId: HZ, vbrId: DUAL_STACK_VBR, peerAsn: 65100, ipVersion: 'IPv6' }, { clientToken: token() });
    assert.equal((await availableGroup(DUAL_STACK_VBR, id ?? ''))?.ipVersion, 'IPv6');
  });

  it('modifies name, description, ASNs, fake ASN, route limit and key; refuses a second change while Modifying', async () => {
    const { id } = await hub.operations.createBgpGroup(
      { regionId: HZ, vbrId: DUAL_STACK_VBR, peerAsn: 65110, authKey: 'first-Key-1', name: 'dual-a', description: 'First name' },
      { clientToken: token() },
    );
    const groupId = id ?? '';
    await availableGroup(DUAL_STACK_VBR, groupId);

    await hub.operations.modifyBgpGroup(
      { regionId: HZ, bgpGroupId: groupId, name: 'dual-b', description: 'Second name', peerAsn: 65111, localAsn: 64700, isFakeAsn: true, routeQuota: 50 },
      { clientToken: token() },
    );
    assert.equal((await groupNow(DUAL_STACK_VBR, groupId))?.status, 'Modifying');
    await assert.rejects(
      hub.operations.modifyBgpGroup({ regionId: HZ, bgpGroupId: groupId, name: 'dual-c' }, { clientToken: token() }),
      rejectsWith('IncorrectStatus.BgpGroup', /wait until it is Available/),
    );
    const modified = await availableGroup(DUAL_STACK_VBR, groupId);
    assert.deepEqual(
      [modified?.name, modified?.description, modified?.peerAsn, modified?.localAsn, modified?.isFakeAsn, modified?.routeLimit, modified?.hasAuthKey],
      ['dual-b', 'Second name', 65111, 64700, true, 50, true],
    );

    await hub.operations.modifyBgpGroup({ regionId: HZ, bgpGroupId: groupId, clearAuthKey: true }, { clientToken: token() });
    assert.equal((await availableGroup(DUAL_STACK_VBR, groupId, (g) => !g.hasAuthKey))?.hasAuthKey, false);

    await assert.rejects(
      hub.operations.modifyBgpGroup({ regionId: HZ, bgpGroupId: groupId, localAsn: 65025 }, { clientToken: token() }),
      rejectsWith('InvalidParameter'),
    );
    await assert.rejects(
      hub.operations.modifyBgpGroup({ regionId: HZ, bgpGroupId: groupId, peerAsn: 64700 }, { clientToken: token() }),
      rejectsWith('InvalidParameter'),
      'the peer ASN may not become the local one',
    );
    await assert.rejects(
      hub.operations.modifyBgpGroup({ regionId: HZ, bgpGroupId: 'bgpg-nothere', name: 'x-name' }, { clientToken: token() }),
      rejectsWith('InvalidBgpGroupId.NotFound', /not found/),
    );
    // The secret of a request never reaches an error's text.
    const rule = emulator().faults.addRule({ action: 'ModifyBgpGroupAttribute', code: 'InvalidAuthKey.Malformed', httpStatus: 400, message: 'The AuthKey Hidden-Key-9 is malformed.', times: 1 });
    await assert.rejects(hub.operations.modifyBgpGroup({ regionId: HZ, bgpGroupId: groupId, authKey: 'Hidden-Key-9' }, { clientToken: token() }), (e: Error) => {
      assert.ok(!e.message.includes('Hidden-Key-9'), e.message);
      return true;
    });
    emulator().faults.removeRule(rule);
  });

  it('refuses to delete a group while a peer remains (DependencyViolation.BgpPeer), then deletes it once the peer is gone', async () => {
    const patient = clientFor(emulator(), account(emulator(), 'network-hub'), { retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10, maxTotalMs: 200 } });
    const { id } = await hub.operations.createBgpGroup({ regionId: HZ, vbrId: DUAL_STACK_VBR, peerAsn: 65120 }, { clientToken: token() });
    const groupId = id ?? '';
    await availableGroup(DUAL_STACK_VBR, groupId);
    const peer = await hub.operations.createBgpPeer({ regionId: HZ, bgpGroupId: groupId, peerIpAddress: '10.254.1.2' }, { clientToken: token() });
    await waitFor(() => hub.reader.listBgpPeers(HZ, { bgpPeerId: peer.id ?? '' }), (ps) => ps[0]?.status === 'Available', POLL);

    await assert.rejects(patient.operations.deleteBgpGroup({ regionId: HZ, bgpGroupId: groupId }, { clientToken: token() }), rejectsWith('DependencyViolation.BgpPeer', /delete them first/));
    assert.equal((await groupNow(DUAL_STACK_VBR, groupId))?.status, 'Available', 'the group is untouched');

    await hub.operations.deleteBgpPeer({ regionId: HZ, bgpPeerId: peer.id ?? '' }, { clientToken: token() });
    await waitFor(() => hub.reader.listBgpPeers(HZ, { bgpGroupId: groupId }), (ps) => ps.length === 0, POLL);
    await hub.operations.deleteBgpGroup({ regionId: HZ, bgpGroupId: groupId }, { clientToken: token() });
    await waitFor(() => groupNow(DUAL_STACK_VBR, groupId), (g) => g === undefined, POLL);
    await assert.rejects(hub.operations.deleteBgpGroup({ regionId: HZ, bgpGroupId: groupId }, { clientToken: token() }), rejectsWith('InvalidBgpGroupId.NotFound'));
  });
});
