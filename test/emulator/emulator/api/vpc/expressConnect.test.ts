import assert from 'node:assert/strict';
import * as $Vpc from '@alicloud/vpc20160428';
import type VpcClient from '@alicloud/vpc20160428';
import { ManualClock, type RunningEmulator } from '../../../../../src/emulator';
import { accountOf, expectApiError, useEmulator, vpcClient } from '../../fixture';

const TRANSITION_MS = 1000;
// Transitions happen only when a test moves this clock, so in-between statuses are always seen.
const clock = new ManualClock(Date.now());

/** Lets the transition time pass, then reads: the condition must hold. */
async function afterTransition<T>(read: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
  clock.advance(TRANSITION_MS);
  const value = await read();
  assert.ok(done(value), `after the transition time: ${JSON.stringify(value)}`);
  return value;
}

async function interfaceStatus(client: VpcClient, regionId: string, id: string): Promise<$Vpc.DescribeRouterInterfacesResponseBodyRouterInterfaceSetRouterInterfaceType | undefined> {
  const body = (
    await client.describeRouterInterfaces(
      new $Vpc.DescribeRouterInterfacesRequest({ regionId, filter: [new $Vpc.DescribeRouterInterfacesRequestFilter({ key: 'RouterInterfaceId', value: [id] })] }),
    )
  ).body!;
  return body.routerInterfaceSet!.routerInterfaceType![0];
}

describe('emulator: router interfaces', () => {
  const emulator = useEmulator({ scenario: 'empty', transitionMs: TRANSITION_MS, clock });

  function setUp(em: RunningEmulator) {
    const a = em.world.addVpc('network-hub', 'cn-hangzhou', { cidrBlock: '10.10.0.0/16', vSwitches: [{ cidrBlock: '10.10.0.0/24' }] });
    const b = em.world.addVpc('app-team', 'cn-shanghai', { cidrBlock: '10.20.0.0/16', vSwitches: [{ cidrBlock: '10.20.0.0/24' }] });
    const hub = accountOf(em, 'network-hub');
    const app = accountOf(em, 'app-team');
    return { a, b, hub, app, hubClient: vpcClient(em, hub), appClient: vpcClient(em, app) };
  }

  it('links two VPC routers across accounts: create, point at each other, connect, deactivate, activate, delete', async () => {
    const { a, b, hub, app, hubClient, appClient } = setUp(emulator());
    const initiating = (
      await hubClient.createRouterInterface(
        new $Vpc.CreateRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerType: 'VRouter', routerId: a.vRouterId, role: 'InitiatingSide', spec: 'Large.1', oppositeRegionId: 'cn-shanghai', name: 'hz-to-sh' }),
      )
    ).body!.routerInterfaceId!;
    const accepting = (
      await appClient.createRouterInterface(
        new $Vpc.CreateRouterInterfaceRequest({ regionId: 'cn-shanghai', routerType: 'VRouter', routerId: b.vRouterId, role: 'AcceptingSide', spec: 'Negative', oppositeRegionId: 'cn-hangzhou' }),
      )
    ).body!.routerInterfaceId!;
    assert.equal((await interfaceStatus(hubClient, 'cn-hangzhou', initiating))?.status, 'Idle');

    await expectApiError(hubClient.connectRouterInterface(new $Vpc.ConnectRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating })), 'IncorrectOppositeInterfaceInfo.NotSet');
    await hubClient.modifyRouterInterfaceAttribute(
      new $Vpc.ModifyRouterInterfaceAttributeRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating, oppositeInterfaceId: accepting, oppositeRouterId: b.vRouterId, oppositeRouterType: 'VRouter', oppositeInterfaceOwnerId: Number(app.uid) }),
    );
    await expectApiError(hubClient.connectRouterInterface(new $Vpc.ConnectRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating })), 'IncorrectOppositeInterfaceInfo.NotSet');
    await appClient.modifyRouterInterfaceAttribute(
      new $Vpc.ModifyRouterInterfaceAttributeRequest({ regionId: 'cn-shanghai', routerInterfaceId: accepting, oppositeInterfaceId: initiating, oppositeRouterId: a.vRouterId, oppositeInterfaceOwnerId: Number(hub.uid) }),
    );
    await expectApiError(appClient.connectRouterInterface(new $Vpc.ConnectRouterInterfaceRequest({ regionId: 'cn-shanghai', routerInterfaceId: accepting })), 'OperationDenied.NotInitiatingSide');

    await hubClient.connectRouterInterface(new $Vpc.ConnectRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating }));
    assert.equal((await interfaceStatus(hubClient, 'cn-hangzhou', initiating))?.status, 'Connecting');
    assert.equal((await interfaceStatus(appClient, 'cn-shanghai', accepting))?.status, 'AcceptingConnecting');
    const active = await afterTransition(() => interfaceStatus(hubClient, 'cn-hangzhou', initiating), (r) => r?.status === 'Active' && r.oppositeInterfaceStatus === 'Active');
    assert.equal(active!.bandwidth, 1000);
    assert.equal(active!.oppositeVpcInstanceId, b.id);
    assert.equal(active!.oppositeInterfaceOwnerId, app.uid);
    assert.ok(active!.connectedTime);
    await expectApiError(
      hubClient.modifyRouterInterfaceAttribute(new $Vpc.ModifyRouterInterfaceAttributeRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating, oppositeRouterId: 'vrt-elsewhere' })),
      'IncorrectStatus.RouterInterface',
    );

    const routed = await hubClient.createRouteEntry(
      new $Vpc.CreateRouteEntryRequest({ regionId: 'cn-hangzhou', routeTableId: a.routeTableIds[0], destinationCidrBlock: b.cidrBlock, nextHopType: 'RouterInterface', nextHopId: initiating }),
    );
    await expectApiError(
      appClient.createRouteEntry(new $Vpc.CreateRouteEntryRequest({ regionId: 'cn-shanghai', routeTableId: b.routeTableIds[0], destinationCidrBlock: a.cidrBlock, nextHopType: 'RouterInterface', nextHopId: initiating })),
      'InvalidNextHopId.NotFound',
    );

    await expectApiError(hubClient.deleteRouterInterface(new $Vpc.DeleteRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating })), 'IncorrectStatus.RouterInterface');
    await hubClient.deactivateRouterInterface(new $Vpc.DeactivateRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating }));
    assert.equal((await interfaceStatus(appClient, 'cn-shanghai', accepting))?.status, 'Deactivating');
    await afterTransition(() => interfaceStatus(appClient, 'cn-shanghai', accepting), (r) => r?.status === 'Inactive');
    await expectApiError(hubClient.deleteRouterInterface(new $Vpc.DeleteRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating })), 'DependencyViolation.RouteEntry');

    await hubClient.activateRouterInterface(new $Vpc.ActivateRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating }));
    assert.equal((await interfaceStatus(hubClient, 'cn-hangzhou', initiating))?.status, 'Activating');
    await afterTransition(() => interfaceStatus(hubClient, 'cn-hangzhou', initiating), (r) => r?.status === 'Active');
    await expectApiError(hubClient.activateRouterInterface(new $Vpc.ActivateRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating })), 'IncorrectStatus.RouterInterface');

    await afterTransition(() => emulator().world.routeEntries(a.routeTableIds[0]), (list) => list.every((e) => e.status === 'Available'));
    await hubClient.deleteRouteEntry(new $Vpc.DeleteRouteEntryRequest({ regionId: 'cn-hangzhou', routeEntryId: routed.body!.routeEntryId }));
    await hubClient.deactivateRouterInterface(new $Vpc.DeactivateRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating }));
    await afterTransition(() => interfaceStatus(hubClient, 'cn-hangzhou', initiating), (r) => r?.status === 'Inactive');
    await afterTransition(() => emulator().world.routeEntries(a.routeTableIds[0]), (list) => !list.some((e) => e.id === routed.body!.routeEntryId));
    await hubClient.deleteRouterInterface(new $Vpc.DeleteRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerInterfaceId: initiating }));
    assert.equal((await interfaceStatus(hubClient, 'cn-hangzhou', initiating))?.status, 'Deleting');
    await afterTransition(() => interfaceStatus(hubClient, 'cn-hangzhou', initiating), (r) => r === undefined);
  });

  it('checks roles, specs, routers and the per-router limit, and filters', async () => {
    const { a, hubClient } = setUp(emulator());
    const make = (extra: Partial<$Vpc.CreateRouterInterfaceRequest>) =>
      hubClient.createRouterInterface(
        new $Vpc.CreateRouterInterfaceRequest({ regionId: 'cn-hangzhou', routerType: 'VRouter', routerId: a.vRouterId, role: 'InitiatingSide', spec: 'Small.1', oppositeRegionId: 'cn-beijing', ...extra }),
      );
    await expectApiError(make({ role: 'AcceptingSide', spec: 'Small.1' }), 'InvalidParameter');
    await expectApiError(make({ spec: 'Huge.9' }), 'InvalidParameter');
    await expectApiError(make({ routerId: 'vrt-notmine' }), 'InvalidRouterId.NotFound', 404);
    await expectApiError(make({ role: undefined }), 'MissingParameter');
    await make({ oppositeRouterId: 'vrt-target' });
    await expectApiError(make({ oppositeRouterId: 'vrt-target' }), 'ResourceAlreadyExist.RouterInterface');
    for (let i = 0; i < 4; i++) await make({ name: `spare-${i}` });
    const full = await expectApiError(make({}), 'QuotaExceeded');
    assert.match(full.message, /usage 5\/5/);

    const spares = await hubClient.describeRouterInterfaces(
      new $Vpc.DescribeRouterInterfacesRequest({
        regionId: 'cn-hangzhou',
        filter: [
          new $Vpc.DescribeRouterInterfacesRequestFilter({ key: 'Name', value: ['spare-1', 'spare-3'] }),
          new $Vpc.DescribeRouterInterfacesRequestFilter({ key: 'Status', value: ['Idle'] }),
        ],
      }),
    );
    assert.deepEqual(spares.body!.routerInterfaceSet!.routerInterfaceType!.map((r) => r.name).sort(), ['spare-1', 'spare-3']);
    await expectApiError(
      hubClient.describeRouterInterfaces(new $Vpc.DescribeRouterInterfacesRequest({ regionId: 'cn-hangzhou', filter: [new $Vpc.DescribeRouterInterfacesRequestFilter({ key: 'Colour', value: ['x'] })] })),
      'InvalidParameter',
    );
  });
});

describe('emulator: BGP groups and peers', () => {
  const emulator = useEmulator({ scenario: 'demo', transitionMs: TRANSITION_MS, clock });

  function vbrOf(em: RunningEmulator) {
    const vbr = em.world.inventory('network-hub', 'cn-hangzhou').vbrs[0];
    return { vbr, client: vpcClient(em, accountOf(em, 'network-hub')) };
  }

  async function peer(client: VpcClient, id: string) {
    const body = (await client.describeBgpPeers(new $Vpc.DescribeBgpPeersRequest({ regionId: 'cn-hangzhou', bgpPeerId: id }))).body!;
    return body.bgpPeers!.bgpPeer![0];
  }

  it('creates a group (ASNs as strings on the wire) and refuses ASNs outside the documented ranges', async () => {
    const { vbr, client } = vbrOf(emulator());
    const make = (extra: Partial<$Vpc.CreateBgpGroupRequest>) =>
      client.createBgpGroup(new $Vpc.CreateBgpGroupRequest({ regionId: 'cn-hangzhou', routerId: vbr.id, peerAsn: 65020, name: 'dc2-ebgp', ...extra }));
    await expectApiError(make({ localAsn: 65025 }), 'InvalidParameter');
    await expectApiError(make({ localAsn: 100 }), 'InvalidParameter');
    await expectApiError(make({ peerAsn: 45104 }), 'InvalidParameter');
    await expectApiError(make({ peerAsn: 4294967296 }), 'InvalidParameter');
    await expectApiError(make({ peerAsn: undefined }), 'MissingParameter');
    await expectApiError(make({ routerId: 'vbr-nothere' }), 'InvalidRouterId.NotFound', 404);
    await expectApiError(make({ name: '9lives' }), 'InvalidParameter');
    const id = (await make({ localAsn: 4200000001, authKey: 'secret-key' })).body!.bgpGroupId!;
    const groups = (await client.describeBgpGroups(new $Vpc.DescribeBgpGroupsRequest({ regionId: 'cn-hangzhou', bgpGroupId: id }))).body!.bgpGroups!.bgpGroup!;
    assert.deepEqual([groups[0].status, groups[0].peerAsn, groups[0].localAsn, groups[0].routeLimit], ['Pending', '65020', '4200000001', '110']);
    await afterTransition(async () => (await client.describeBgpGroups(new $Vpc.DescribeBgpGroupsRequest({ regionId: 'cn-hangzhou', bgpGroupId: id }))).body!.bgpGroups!.bgpGroup![0].status, (s) => s === 'Available');
  });

  it('creates, modifies and deletes peers with the BFD rules and at most 8 per VBR', async () => {
    const { vbr, client } = vbrOf(emulator());
    const groupId = (await client.createBgpGroup(new $Vpc.CreateBgpGroupRequest({ regionId: 'cn-hangzhou', routerId: vbr.id, peerAsn: 65030 }))).body!.bgpGroupId!;
    const make = (extra: Partial<$Vpc.CreateBgpPeerRequest>) => client.createBgpPeer(new $Vpc.CreateBgpPeerRequest({ regionId: 'cn-hangzhou', bgpGroupId: groupId, ...extra }));
    await expectApiError(make({ peerIpAddress: '10.254.1.2' }), 'IncorrectStatus.BgpGroup');
    await afterTransition(() => emulator().world.inventory('network-hub', 'cn-hangzhou').bgpGroups.find((g) => g.id === groupId)?.status, (s) => s === 'Available');

    await expectApiError(make({ enableBfd: false, bfdMultiHop: 3 }), 'InvalidParameter');
    await expectApiError(make({ enableBfd: true, bfdMultiHop: 0 }), 'InvalidParameter');
    await expectApiError(make({ enableBfd: true, bfdMultiHop: 256 }), 'InvalidParameter');
    await expectApiError(make({ peerIpAddress: '10.254.1.300' }), 'InvalidParameter');
    await expectApiError(make({ peerIpAddress: '10.254.0.2' }), 'InvalidPeerIpAddress.Duplicate');

    const id = (await make({ peerIpAddress: '10.254.1.2', enableBfd: true })).body!.bgpPeerId!;
    const pending = await peer(client, id);
    assert.deepEqual([pending.status, pending.bgpStatus, pending.bfdMultiHop], ['Pending', 'Idle', 255]);
    const available = await afterTransition(() => peer(client, id), (p) => p.status === 'Available');
    assert.equal(available.bgpStatus, 'Active', 'no router answers at that address');
    assert.equal(available.peerAsn, '65030');

    await client.modifyBgpPeerAttribute(new $Vpc.ModifyBgpPeerAttributeRequest({ regionId: 'cn-hangzhou', bgpPeerId: id, bgpGroupId: groupId, bfdMultiHop: 2 }));
    assert.equal((await peer(client, id)).status, 'Modifying');
    await expectApiError(client.modifyBgpPeerAttribute(new $Vpc.ModifyBgpPeerAttributeRequest({ regionId: 'cn-hangzhou', bgpPeerId: id, bfdMultiHop: 3 })), 'IncorrectStatus.BgpPeer');
    const modified = await afterTransition(() => peer(client, id), (p) => p.status === 'Available');
    assert.equal(modified.bfdMultiHop, 2);
    await client.modifyBgpPeerAttribute(new $Vpc.ModifyBgpPeerAttributeRequest({ regionId: 'cn-hangzhou', bgpPeerId: id, enableBfd: false }));
    assert.equal((await afterTransition(() => peer(client, id), (p) => p.status === 'Available')).bfdMultiHop, undefined);

    // The demo VBR has two peers; with this one and five more it reaches the limit of 8.
    for (let i = 0; i < 5; i++) await make({ peerIpAddress: `10.254.2.${i + 1}` });
    const full = await expectApiError(make({ peerIpAddress: '10.254.3.1' }), 'QuotaExceeded');
    assert.match(full.message, /usage 8\/8/);

    await expectApiError(client.deleteBgpGroup(new $Vpc.DeleteBgpGroupRequest({ regionId: 'cn-hangzhou', bgpGroupId: groupId })), 'DependencyViolation.BgpPeer');
    const peers = emulator().world.inventory('network-hub', 'cn-hangzhou').bgpPeers.filter((p) => p.bgpGroupId === groupId);
    await afterTransition(() => emulator().world.inventory('network-hub', 'cn-hangzhou').bgpPeers.filter((p) => p.bgpGroupId === groupId), (list) => list.every((p) => p.status === 'Available'));
    for (const p of peers) await client.deleteBgpPeer(new $Vpc.DeleteBgpPeerRequest({ regionId: 'cn-hangzhou', bgpPeerId: p.id }));
    assert.equal((await peer(client, id)).status, 'Deleting');
    await afterTransition(() => emulator().world.inventory('network-hub', 'cn-hangzhou').bgpPeers.filter((p) => p.bgpGroupId === groupId), (list) => list.length === 0);
    await client.deleteBgpGroup(new $Vpc.DeleteBgpGroupRequest({ regionId: 'cn-hangzhou', bgpGroupId: groupId }));
    await afterTransition(() => emulator().world.inventory('network-hub', 'cn-hangzhou').bgpGroups.some((g) => g.id === groupId), (exists) => !exists);
  });

  it('reports the session of a peer at the VBR’s peer gateway as Established', async () => {
    const { vbr, client } = vbrOf(emulator());
    const groupId = (await client.createBgpGroup(new $Vpc.CreateBgpGroupRequest({ regionId: 'cn-hangzhou', routerId: vbr.id, peerAsn: 65040 }))).body!.bgpGroupId!;
    await afterTransition(() => emulator().world.inventory('network-hub', 'cn-hangzhou').bgpGroups.find((g) => g.id === groupId)?.status, (s) => s === 'Available');
    const demoPeer = emulator().world.inventory('network-hub', 'cn-hangzhou').bgpPeers.find((p) => p.peerIpAddress === vbr.peerGatewayIp)!;
    await afterTransition(() => peer(client, demoPeer.id), (p) => p.status === 'Available');
    await client.deleteBgpPeer(new $Vpc.DeleteBgpPeerRequest({ regionId: 'cn-hangzhou', bgpPeerId: demoPeer.id }));
    await afterTransition(() => peer(client, demoPeer.id), (p) => p === undefined);
    const id = (await client.createBgpPeer(new $Vpc.CreateBgpPeerRequest({ regionId: 'cn-hangzhou', bgpGroupId: groupId, peerIpAddress: vbr.peerGatewayIp }))).body!.bgpPeerId!;
    assert.equal((await afterTransition(() => peer(client, id), (p) => p.status === 'Available')).bgpStatus, 'Established');
  });
});
