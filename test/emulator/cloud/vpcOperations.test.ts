import assert from 'node:assert/strict';
import type { AccountClient } from '../../../src/cloud/accountClient';
import { isCloudError } from '../../../src/cloud/errors';
import { waitFor } from '../../../src/cloud/waitFor';
import { POLL, account, clientFor, freshVpc, peeredPair, rejectsWith, token, useEmulator, waitPeer } from './fixture';

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';

describe('cloud (emulator): VPC operations', () => {
  const emulator = useEmulator({ port: 0, scenario: 'demo', transitionMs: 20 });
  let hub: AccountClient;
  const hubName = 'network-hub';

  before(() => {
    hub = clientFor(emulator(), account(emulator(), hubName));
  });

  describe('routes over a connection', () => {
    it('adds a route, refuses to delete the connection while it exists, removes it, then deletes with Force', async () => {
      const a = freshVpc(emulator(), hubName, HZ);
      const b = freshVpc(emulator(), hubName, HZ);
      const { id } = await hub.operations.createPeerConnection(
        { regionId: HZ, vpcId: a.id, acceptingAccountUid: account(emulator(), hubName).uid, acceptingRegionId: HZ, acceptingVpcId: b.id },
        { clientToken: token() },
      );
      const pcc = id ?? '';
      await waitPeer(hub, pcc, 'Activated');
      const tableId = a.routeTableIds[0];

      const dry = await hub.operations.createRouteEntry({ regionId: HZ, routeTableId: tableId, destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc }, { clientToken: token(), dryRun: true });
      assert.deepEqual(dry, { dryRun: true });
      const route = await hub.operations.createRouteEntry(
        { regionId: HZ, routeTableId: tableId, destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc, name: 'to-b', description: 'Peer route' },
        { clientToken: token() },
      );
      const routeId = route.id ?? '';
      const listed = await waitFor(() => hub.reader.listRouteEntries(HZ, tableId), (es) => es.some((e) => e.id === routeId && e.status === 'Available'), POLL);
      const entry = listed.find((e) => e.id === routeId);
      assert.deepEqual(entry?.nextHops.map((h) => [h.type, h.id]), [['VpcPeer', pcc]]);
      assert.equal(entry?.name, 'to-b');

      await assert.rejects(
        hub.operations.deletePeerConnection(pcc, { force: false }, { clientToken: token() }),
        rejectsWith('OperationDenied.RouteEntryExist', /remove them first, or delete with Force/),
      );
      await hub.operations.deleteRouteEntry({ regionId: HZ, routeTableId: tableId, routeEntryId: routeId }, { clientToken: token() });
      await waitFor(() => hub.reader.listRouteEntries(HZ, tableId), (es) => !es.some((e) => e.id === routeId), POLL);

      await hub.operations.createRouteEntry({ regionId: HZ, routeTableId: tableId, destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc }, { clientToken: token() });
      await waitFor(() => hub.reader.listRouteEntries(HZ, tableId), (es) => es.every((e) => e.status === 'Available'), POLL);
      await hub.operations.deletePeerConnection(pcc, { force: true }, { clientToken: token() });
      await waitFor((signal) => hub.reader.getPeerConnection(pcc, { signal }), (c) => c === undefined, POLL);
      assert.ok(emulator().world.routeEntries(tableId).every((e) => !e.nextHops.some((h) => h.id === pcc)), 'Force removed the routes');
    });

    it('maps a duplicate destination to its hint', async () => {
      const { a, b, pcc } = await peeredPair(emulator(), hub, hubName, HZ);
      const tableId = a.routeTableIds[0];
      emulator().world.addRoute(tableId, { destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc });
      await assert.rejects(
        hub.operations.createRouteEntry({ regionId: HZ, routeTableId: tableId, destination: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: pcc }, { clientToken: token() }),
        (e: unknown) => isCloudError(e) && ['InvalidCIDRBlock.Duplicate', 'RouteConflict.AlreadyExist', 'RouterEntryConflict.Duplicated', 'InvalidRouteEntry.Duplicate', 'Duplicated.VpcNextHop'].includes(e.code) && /already/.test(e.hint),
      );
    });
  });

  describe('router interfaces', () => {
    it('creates both ends, points them at each other, connects, deactivates, activates and deletes', async () => {
      const hubUid = account(emulator(), hubName).uid;
      const a = freshVpc(emulator(), hubName, HZ);
      const b = freshVpc(emulator(), hubName, SH);
      const initiating = await hub.operations.createRouterInterface(
        { regionId: HZ, routerId: a.vRouterId, routerType: 'VRouter', role: 'InitiatingSide', spec: 'Large.1', oppositeRegionId: SH, name: 'ri-init' },
        { clientToken: token() },
      );
      const accepting = await hub.operations.createRouterInterface(
        { regionId: SH, routerId: b.vRouterId, routerType: 'VRouter', role: 'AcceptingSide', spec: 'Negative', oppositeRegionId: HZ, name: 'ri-accept' },
        { clientToken: token() },
      );
      const init = { regionId: HZ, routerInterfaceId: initiating.id ?? '' };
      const acc = { regionId: SH, routerInterfaceId: accepting.id ?? '' };
      await hub.operations.modifyRouterInterfaceAttribute(
        { ...acc, oppositeInterfaceId: init.routerInterfaceId, oppositeRouterId: a.vRouterId, oppositeRouterType: 'VRouter', oppositeInterfaceOwnerId: hubUid },
        { clientToken: token() },
      );
      await hub.operations.modifyRouterInterfaceAttribute(
        { ...init, oppositeInterfaceId: acc.routerInterfaceId, oppositeRouterId: b.vRouterId, oppositeRouterType: 'VRouter', oppositeInterfaceOwnerId: hubUid },
        { clientToken: token() },
      );
      const statusOf = async (ref: { regionId: string; routerInterfaceId: string }) =>
        (await hub.reader.listRouterInterfaces(ref.regionId)).find((r) => r.id === ref.routerInterfaceId);
      await waitFor(() => statusOf(init), (r) => r?.status === 'Idle', POLL);
      await hub.operations.connectRouterInterface(init, { clientToken: token() });
      const active = await waitFor(() => statusOf(init), (r) => r?.status === 'Active', POLL);
      assert.equal(active?.opposite.interfaceId, acc.routerInterfaceId);

      await hub.operations.deactivateRouterInterface(init, { clientToken: token() });
      await waitFor(() => statusOf(init), (r) => r?.status === 'Inactive', POLL);
      await hub.operations.activateRouterInterface(init, { clientToken: token() });
      await waitFor(() => statusOf(init), (r) => r?.status === 'Active', POLL);
      await hub.operations.deactivateRouterInterface(init, { clientToken: token() });
      await waitFor(() => statusOf(init), (r) => r?.status === 'Inactive', POLL);
      await hub.operations.deleteRouterInterface(init, { clientToken: token() });
      await waitFor(() => statusOf(init), (r) => r === undefined, POLL);
    });

    it('refuses a dry run where the API has no DryRun, before sending', async () => {
      const before = emulator().stats.total;
      await assert.rejects(
        hub.operations.connectRouterInterface({ regionId: HZ, routerInterfaceId: 'ri-x' }, { clientToken: token(), dryRun: true }),
        rejectsWith('DryRunUnsupported'),
      );
      assert.equal(emulator().stats.total, before);
    });
  });

  describe('BGP on a VBR', () => {
    it('creates a group with an auth key, adds, modifies and deletes a peer, then deletes the group', async () => {
      const where = emulator().world.regions().map((regionId) => ({ regionId, inv: emulator().world.inventory(hubName, regionId) })).find((x) => x.inv.vbrs.length > 0);
      assert.ok(where, 'the demo has a VBR');
      const { regionId } = where;
      const vbr = where.inv.vbrs[0];
      const authKey = 'bgp-Secret-Key-42';
      const group = await hub.operations.createBgpGroup({ regionId, vbrId: vbr.id, peerAsn: 65010, authKey, name: 'dc2', description: 'Second data centre' }, { clientToken: token() });
      const groupId = group.id ?? '';
      const listedGroup = await waitFor(() => hub.reader.listBgpGroups(regionId, vbr.id), (gs) => gs.some((g) => g.id === groupId && g.status === 'Available'), POLL);
      assert.equal(listedGroup.find((g) => g.id === groupId)?.hasAuthKey, true);
      assert.ok(!JSON.stringify(listedGroup).includes(authKey));

      const peer = await hub.operations.createBgpPeer({ regionId, bgpGroupId: groupId, peerIpAddress: '169.254.20.2', enableBfd: false }, { clientToken: token() });
      const peerId = peer.id ?? '';
      await waitFor(() => hub.reader.listBgpPeers(regionId, { bgpPeerId: peerId }), (ps) => ps[0]?.status === 'Available', POLL);
      await hub.operations.modifyBgpPeer({ regionId, bgpPeerId: peerId, enableBfd: true, bfdMultiHop: 1 }, { clientToken: token() });
      const modified = await waitFor(() => hub.reader.listBgpPeers(regionId, { bgpPeerId: peerId }), (ps) => ps[0]?.status === 'Available' && ps[0].enableBfd, POLL);
      assert.equal(modified[0].bfdMultiHop, 1);

      await hub.operations.deleteBgpPeer({ regionId, bgpPeerId: peerId }, { clientToken: token() });
      await waitFor(() => hub.reader.listBgpPeers(regionId, { bgpPeerId: peerId }), (ps) => ps.length === 0, POLL);
      await hub.operations.deleteBgpGroup({ regionId, bgpGroupId: groupId }, { clientToken: token() });
      await waitFor(() => hub.reader.listBgpGroups(regionId, vbr.id), (gs) => !gs.some((g) => g.id === groupId), POLL);
    });
  });
});
