import assert from 'node:assert/strict';
import { byId, clientFor, readInventory, sortedInventory, useEmulator } from './fixture';

describe('cloud (emulator): inventory reads equal the emulated truth', () => {
  // Long transitions: the truth must not move while it is being compared.
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 600_000 });

  it('lists the regions DescribeRegions reports', async () => {
    const regions = await clientFor(emulator(), emulator().accounts[0]).reader.describeRegions();
    assert.deepEqual(regions.map((r) => r.id).sort(), emulator().world.regions().sort());
    assert.ok(regions.every((r) => r.name.length > 0));
  });

  it('reads the whole demo inventory of every account in every region exactly as it is', async () => {
    let resources = 0;
    for (const who of emulator().accounts) {
      const reader = clientFor(emulator(), who).reader;
      for (const regionId of emulator().world.regions()) {
        const read = sortedInventory(await readInventory(reader, who.uid, regionId));
        const truth = sortedInventory(emulator().world.inventory(who.name, regionId));
        assert.deepEqual(read, truth, `${who.name} in ${regionId}`);
        resources += read.vpcs.length + read.peerConnections.length + read.routerInterfaces.length + read.bgpPeers.length;
      }
    }
    assert.ok(resources > 10, 'the demo scenario has something to compare');
  });

  it('shows an incoming request to the accepter in the accepting region', async () => {
    for (const who of emulator().accounts) {
      const reader = clientFor(emulator(), who).reader;
      for (const regionId of emulator().world.regions()) {
        for (const peer of await reader.listPeerConnections(regionId)) {
          const mine = (peer.requester.accountUid === who.uid && peer.requester.regionId === regionId) ||
            (peer.accepter.accountUid === who.uid && peer.accepter.regionId === regionId);
          assert.ok(mine, `${peer.id} does not touch ${who.name} in ${regionId}`);
        }
      }
    }
    const crossAccount = emulator().accounts.flatMap((who) =>
      emulator().world.regions().flatMap((r) => emulator().world.inventory(who.name, r).peerConnections.filter((p) => p.accepter.accountUid === who.uid && p.requester.accountUid !== who.uid)),
    );
    assert.ok(crossAccount.length > 0, 'the demo has connections from another account');
  });

  it('gets one connection by id from either end, and undefined for an unknown id', async () => {
    const hub = emulator().accounts[0];
    const peers = emulator().world.regions().flatMap((r) => emulator().world.inventory(hub.name, r).peerConnections);
    assert.ok(peers.length > 0);
    for (const peer of peers) {
      const viewer = emulator().accounts.find((a) => a.uid === peer.requester.accountUid) ?? hub;
      const got = await clientFor(emulator(), viewer).reader.getPeerConnection(peer.id);
      assert.deepEqual(got, emulator().world.peerConnection(peer.id, viewer.name));
    }
    assert.equal(await clientFor(emulator(), hub).reader.getPeerConnection('pcc-doesnotexist000000'), undefined);
  });

  it('lists vSwitches per VPC as the truth holds them', async () => {
    for (const who of emulator().accounts) {
      const reader = clientFor(emulator(), who).reader;
      for (const regionId of emulator().world.regions()) {
        for (const vpc of emulator().world.inventory(who.name, regionId).vpcs) {
          const vSwitches = await reader.listVSwitches(regionId, vpc.id);
          assert.deepEqual(vSwitches.map((v) => v.id).sort(), [...vpc.vSwitchIds].sort(), vpc.id);
          assert.ok(vSwitches.every((v) => v.vpcId === vpc.id && v.regionId === regionId && v.cidrBlock !== ''));
        }
      }
    }
  });

  it('filters BGP groups by VBR and BGP peers by group, VBR and id', async () => {
    const withVbr = emulator().accounts.flatMap((who) =>
      emulator().world.regions().map((regionId) => ({ who, regionId, truth: emulator().world.inventory(who.name, regionId) })),
    ).filter((x) => x.truth.vbrs.length > 0 && x.truth.bgpPeers.length > 0);
    assert.ok(withVbr.length > 0, 'the demo has a VBR with BGP peers');
    for (const { who, regionId, truth } of withVbr) {
      const reader = clientFor(emulator(), who).reader;
      for (const vbr of truth.vbrs) {
        assert.deepEqual(byId(await reader.listBgpGroups(regionId, vbr.id)), byId(truth.bgpGroups.filter((g) => g.vbrId === vbr.id)));
        assert.deepEqual(byId(await reader.listBgpPeers(regionId, { vbrId: vbr.id })), byId(truth.bgpPeers.filter((p) => p.vbrId === vbr.id)));
      }
      for (const group of truth.bgpGroups) {
        assert.deepEqual(byId(await reader.listBgpPeers(regionId, { bgpGroupId: group.id })), byId(truth.bgpPeers.filter((p) => p.bgpGroupId === group.id)));
      }
      const one = truth.bgpPeers[0];
      assert.deepEqual(await reader.listBgpPeers(regionId, { bgpPeerId: one.id }), [one]);
    }
  });

  it('never hands out a BGP auth key, only whether one is set', async () => {
    for (const who of emulator().accounts) {
      for (const regionId of emulator().world.regions()) {
        for (const group of await clientFor(emulator(), who).reader.listBgpGroups(regionId)) {
          assert.deepEqual(Object.keys(group).filter((k) => /auth/i.test(k)), ['hasAuthKey']);
        }
      }
    }
  });
});
