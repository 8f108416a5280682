import assert from 'node:assert/strict';
import * as $Vpc from '@alicloud/vpc20160428';
import type { RunningEmulator } from '../../../../../src/emulator';
import { accountOf, expectApiError, genericClient, peerCall, rawVpcCall, useEmulator, vpcClient, type Body } from '../../fixture';

type ModelClass = { names(): Record<string, string>; types(): Record<string, unknown> };

/**
 * Problems with `value` against the SDK model class `model`: every field the model maps must have
 * exactly the JSON type the model declares (the SDK's cast would coerce some mismatches silently),
 * and every field sent must be one the model knows.
 */
function wireTypeProblems(value: unknown, model: ModelClass, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object`];
  const names = model.names();
  const types = model.types();
  const known = new Map(Object.entries(names).map(([property, wire]) => [wire, types[property]]));
  const problems: string[] = [];
  for (const [key, item] of Object.entries(value as Body)) {
    const type = known.get(key);
    const at = `${path}.${key}`;
    if (type === undefined) {
      problems.push(`${at}: not a field of ${(model as unknown as { name: string }).name}`);
    } else if (item === null || item === undefined) {
      continue;
    } else if (typeof type === 'string') {
      if (type !== 'any' && typeof item !== type) problems.push(`${at}: ${typeof item}, the SDK model says ${type}`);
    } else if (typeof type === 'function') {
      problems.push(...wireTypeProblems(item, type as unknown as ModelClass, at));
    } else if ((type as { type: string }).type === 'array') {
      const itemType = (type as { itemType: unknown }).itemType;
      if (!Array.isArray(item)) problems.push(`${at}: not a list`);
      else
        item.forEach((element, i) => {
          if (typeof itemType === 'function') problems.push(...wireTypeProblems(element, itemType as unknown as ModelClass, `${at}[${i}]`));
          else if (typeof element !== itemType) problems.push(`${at}[${i}]: ${typeof element}, the SDK model says ${String(itemType)}`);
        });
    }
  }
  return problems;
}

function vpcIds(body: Body): string[] {
  return body.Vpcs.Vpc.map((v: Body) => v.VpcId);
}

describe('emulator: VPC 2016-04-28 answers match the SDK models field by field', () => {
  const emulator = useEmulator({ scenario: 'demo', transitionMs: 600_000 });

  const cases: Array<[string, (em: RunningEmulator, uid: string, regionId: string) => Promise<Array<[string, Record<string, unknown>]>>, ModelClass]> = [
    ['DescribeRegions', async () => [['DescribeRegions', {}]], $Vpc.DescribeRegionsResponseBody as unknown as ModelClass],
    ['DescribeVpcs', async (_e, _u, regionId) => [['DescribeVpcs', { RegionId: regionId, PageSize: 50 }]], $Vpc.DescribeVpcsResponseBody as unknown as ModelClass],
    [
      'DescribeVpcAttribute',
      async (em, uid, regionId) => em.world.inventory(uid, regionId).vpcs.map((v) => ['DescribeVpcAttribute', { RegionId: regionId, VpcId: v.id }] as [string, Record<string, unknown>]),
      $Vpc.DescribeVpcAttributeResponseBody as unknown as ModelClass,
    ],
    ['DescribeVSwitches', async (_e, _u, regionId) => [['DescribeVSwitches', { RegionId: regionId, PageSize: 50 }]], $Vpc.DescribeVSwitchesResponseBody as unknown as ModelClass],
    [
      'DescribeRouteTableList',
      async (_e, _u, regionId) => [
        ['DescribeRouteTableList', { RegionId: regionId, PageSize: 50 }],
        ['DescribeRouteTableList', { RegionId: regionId, RouterType: 'VBR' }],
      ],
      $Vpc.DescribeRouteTableListResponseBody as unknown as ModelClass,
    ],
    [
      'DescribeRouteEntryList',
      async (em, uid, regionId) =>
        (em.world.inventory(uid, regionId).routeTables ?? []).map((t) => ['DescribeRouteEntryList', { RegionId: regionId, RouteTableId: t.id, MaxResult: 100 }] as [string, Record<string, unknown>]),
      $Vpc.DescribeRouteEntryListResponseBody as unknown as ModelClass,
    ],
    ['DescribeRouterInterfaces', async (_e, _u, regionId) => [['DescribeRouterInterfaces', { RegionId: regionId, PageSize: 50 }]], $Vpc.DescribeRouterInterfacesResponseBody as unknown as ModelClass],
    ['DescribeVirtualBorderRouters', async (_e, _u, regionId) => [['DescribeVirtualBorderRouters', { RegionId: regionId }]], $Vpc.DescribeVirtualBorderRoutersResponseBody as unknown as ModelClass],
    ['DescribeBgpGroups', async (_e, _u, regionId) => [['DescribeBgpGroups', { RegionId: regionId }]], $Vpc.DescribeBgpGroupsResponseBody as unknown as ModelClass],
    ['DescribeBgpPeers', async (_e, _u, regionId) => [['DescribeBgpPeers', { RegionId: regionId }]], $Vpc.DescribeBgpPeersResponseBody as unknown as ModelClass],
  ];

  for (const [action, calls, model] of cases) {
    it(`${action}: every field has the type the SDK model declares`, async () => {
      let checked = 0;
      for (const who of emulator().accounts) {
        const client = genericClient(emulator(), who);
        for (const regionId of emulator().world.regions()) {
          for (const [name, query] of await calls(emulator(), who.uid, regionId)) {
            const body = await rawVpcCall(client, name, query);
            assert.deepEqual(wireTypeProblems(body, model, name), []);
            checked += 1;
          }
        }
      }
      assert.ok(checked > 0);
    });
  }

  it('the typed client casts every answer without error', async () => {
    const hub = vpcClient(emulator(), accountOf(emulator(), 'network-hub'));
    const peers = await hub.describeBgpPeers(new $Vpc.DescribeBgpPeersRequest({ regionId: 'cn-hangzhou' }));
    const established = peers.body!.bgpPeers!.bgpPeer!.find((p) => p.bgpStatus === 'Established')!;
    assert.equal(established.enableBfd, true);
    assert.equal(established.bfdMultiHop, 1);
    assert.equal(established.peerAsn, '65010');
    const interfaces = await hub.describeRouterInterfaces(new $Vpc.DescribeRouterInterfacesRequest({ regionId: 'cn-hangzhou' }));
    assert.ok(interfaces.body!.routerInterfaceSet!.routerInterfaceType!.some((r) => r.status === 'Active' && r.oppositeInterfaceStatus === 'Active'));
  });
});

describe('emulator: VPC inventory reads', () => {
  const emulator = useEmulator({ generate: { regions: 3, vpcs: 90, peers: 120 }, transitionMs: 0, seed: 7 });

  it('DescribeRegions names regions in Chinese by default and in English on request', async () => {
    const client = vpcClient(emulator(), emulator().accounts[0]);
    const zh = await client.describeRegions(new $Vpc.DescribeRegionsRequest({}));
    assert.deepEqual(zh.body!.regions!.region!.map((r) => r.regionId), ['cn-hangzhou', 'cn-shanghai', 'cn-beijing']);
    assert.equal(zh.body!.regions!.region![0].localName, '华东1（杭州）');
    const en = await client.describeRegions(new $Vpc.DescribeRegionsRequest({ acceptLanguage: 'en-US' }));
    assert.equal(en.body!.regions!.region![0].localName, 'China (Hangzhou)');
  });

  it('DescribeVpcs walks every page of every account and region, and only the caller’s VPCs', async () => {
    let total = 0;
    for (const who of emulator().accounts) {
      const client = vpcClient(emulator(), who);
      for (const regionId of emulator().world.regions()) {
        const seen: string[] = [];
        let totalCount = -1;
        for (let page = 1; ; page++) {
          const body = (await client.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId, pageSize: 4, pageNumber: page }))).body!;
          totalCount = body.totalCount!;
          assert.equal(body.pageNumber, page);
          assert.equal(body.pageSize, 4);
          seen.push(...body.vpcs!.vpc!.map((v) => v.vpcId!));
          if (body.vpcs!.vpc!.length < 4) break;
        }
        const truth = emulator().world.inventory(who.uid, regionId).vpcs.map((v) => v.id);
        assert.deepEqual(seen, truth, `${who.name} ${regionId}`);
        assert.equal(totalCount, truth.length);
        total += seen.length;
      }
    }
    assert.equal(total, 90);
  });

  it('DescribeVpcs filters and limits', async () => {
    const [hub, app] = emulator().accounts;
    const client = genericClient(emulator(), hub);
    const own = emulator().world.inventory(hub.uid, 'cn-hangzhou').vpcs;
    const others = emulator().world.inventory(app.uid, 'cn-hangzhou').vpcs;
    const both = await rawVpcCall(client, 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: `${own[0].id},${others[0].id},${own[1].id}` });
    assert.deepEqual(vpcIds(both), [own[0].id, own[1].id], 'another account’s VPC never shows');
    assert.deepEqual(vpcIds(await rawVpcCall(client, 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcName: own[2].name })), [own[2].id]);
    assert.deepEqual(vpcIds(await rawVpcCall(client, 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcOwnerId: app.uid })), []);
    const envTag = own[0].tags[0];
    const tagged = await rawVpcCall(client, 'DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 50, Tag: [{ Key: envTag.key, Value: envTag.value }] });
    assert.deepEqual(vpcIds(tagged), own.filter((v) => v.tags.some((t) => t.key === envTag.key && t.value === envTag.value)).map((v) => v.id));
    await expectApiError(rawVpcCall(client, 'DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 51 }), 'InvalidParameter');
    await expectApiError(rawVpcCall(client, 'DescribeVpcs', {}), 'MissingParameter');
    const tooMany = Array.from({ length: 21 }, (_, i) => `vpc-${i}`).join(',');
    await expectApiError(rawVpcCall(client, 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: tooMany }), 'InvalidParameter');
  });

  it('DescribeVpcAttribute answers the caller’s VPC and InvalidVpcId.NotFound for any other', async () => {
    const [hub, app] = emulator().accounts;
    const own = emulator().world.inventory(hub.uid, 'cn-shanghai').vpcs[0];
    const body = (await vpcClient(emulator(), hub).describeVpcAttribute(new $Vpc.DescribeVpcAttributeRequest({ regionId: 'cn-shanghai', vpcId: own.id }))).body!;
    assert.equal(body.cidrBlock, own.cidrBlock);
    assert.deepEqual(body.vSwitchIds!.vSwitchId, own.vSwitchIds);
    assert.equal(body.ownerId, Number(hub.uid));
    await expectApiError(
      vpcClient(emulator(), app).describeVpcAttribute(new $Vpc.DescribeVpcAttributeRequest({ regionId: 'cn-shanghai', vpcId: own.id })),
      'InvalidVpcId.NotFound',
      404,
    );
  });

  it('DescribeVSwitches by VPC or region; DescribeRouteTableList shows system tables with their vSwitches', async () => {
    const hub = emulator().accounts[0];
    const vpc = emulator().world.inventory(hub.uid, 'cn-beijing').vpcs[0];
    const client = vpcClient(emulator(), hub);
    const byVpc = (await client.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ vpcId: vpc.id }))).body!;
    assert.deepEqual(byVpc.vSwitches!.vSwitch!.map((s) => s.vSwitchId), vpc.vSwitchIds);
    assert.ok(byVpc.vSwitches!.vSwitch!.every((s) => s.routeTable!.routeTableId === vpc.routeTableIds[0] && s.availableIpAddressCount === 252));
    const byRegion = (await client.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: 'cn-beijing', pageSize: 50 }))).body!;
    assert.equal(byRegion.totalCount, emulator().world.inventory(hub.uid, 'cn-beijing').vpcs.reduce((n, v) => n + v.vSwitchIds.length, 0));
    await expectApiError(rawVpcCall(genericClient(emulator(), hub), 'DescribeVSwitches', {}), 'MissingParameter');

    const tables = (await client.describeRouteTableList(new $Vpc.DescribeRouteTableListRequest({ regionId: 'cn-beijing', vpcId: vpc.id }))).body!;
    const [table] = tables.routerTableList!.routerTableListType!;
    assert.equal(table.routeTableType, 'System');
    assert.equal(table.routerId, vpc.vRouterId);
    assert.deepEqual(table.vSwitchIds!.vSwitchId, vpc.vSwitchIds);
  });

  it('DescribeRouteEntryList walks its pages with MaxResult/NextToken', async () => {
    const hub = emulator().accounts[0];
    const inventory = emulator().world.inventory(hub.uid, 'cn-hangzhou');
    const busiest = [...(inventory.routeTables ?? [])].sort(
      (a, b) => inventory.routeEntries!.filter((e) => e.routeTableId === b.id).length - inventory.routeEntries!.filter((e) => e.routeTableId === a.id).length,
    )[0];
    const truth = inventory.routeEntries!.filter((e) => e.routeTableId === busiest.id).map((e) => e.id);
    assert.ok(truth.length >= 4, 'a table with several entries');
    const client = vpcClient(emulator(), hub);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const body = (await client.describeRouteEntryList(new $Vpc.DescribeRouteEntryListRequest({ regionId: 'cn-hangzhou', routeTableId: busiest.id, maxResult: 3, nextToken: token }))).body!;
      assert.equal(body.totalCount, truth.length);
      seen.push(...body.routeEntrys!.routeEntry!.map((e) => e.routeEntryId!));
      token = body.nextToken || undefined;
      pages += 1;
    } while (token);
    assert.deepEqual(seen, truth);
    assert.equal(pages, Math.ceil(truth.length / 3));
    await expectApiError(
      client.describeRouteEntryList(new $Vpc.DescribeRouteEntryListRequest({ regionId: 'cn-hangzhou', routeTableId: busiest.id, maxResult: 101 })),
      'InvalidParameter',
    );
    await expectApiError(
      client.describeRouteEntryList(new $Vpc.DescribeRouteEntryListRequest({ regionId: 'cn-hangzhou', routeTableId: 'vtb-notmine' })),
      'InvalidRouteTableId.NotFound',
      404,
    );
  });

  it('ListVpcPeerConnections walks its pages: requested in the region or accepting there', async () => {
    for (const who of emulator().accounts) {
      const client = genericClient(emulator(), who);
      for (const regionId of emulator().world.regions()) {
        const seen: string[] = [];
        let token: string | undefined;
        do {
          const body = await peerCall(client, 'ListVpcPeerConnections', { RegionId: regionId, MaxResults: 7, NextToken: token });
          assert.equal(body.MaxResults, 7);
          seen.push(...body.VpcPeerConnects.map((p: Body) => p.InstanceId));
          for (const p of body.VpcPeerConnects as Body[]) {
            const mine = (p.OwnerId === Number(who.uid) && p.RegionId === regionId) || (p.AcceptingOwnerUid === Number(who.uid) && p.AcceptingRegionId === regionId);
            assert.ok(mine, `${p.InstanceId} belongs in ${who.name}'s ${regionId} list`);
          }
          token = body.NextToken || undefined;
        } while (token);
        const truth = emulator().world.inventory(who.uid, regionId).peerConnections.map((p) => p.id);
        assert.deepEqual(seen, truth, `${who.name} ${regionId}`);
        assert.equal(new Set(seen).size, seen.length, 'no connection twice');
      }
    }
  });

  it('ListVpcPeerConnections filters by VPC (either end, at most two) and checks MaxResults', async () => {
    const hub = emulator().accounts[0];
    const client = genericClient(emulator(), hub);
    const [peer] = emulator().world.inventory(hub.uid, 'cn-hangzhou').peerConnections;
    const byVpc = await peerCall(client, 'ListVpcPeerConnections', { VpcId: peer.accepter.vpcId, MaxResults: 100 });
    assert.ok(byVpc.VpcPeerConnects.some((p: Body) => p.InstanceId === peer.id));
    assert.ok(byVpc.VpcPeerConnects.every((p: Body) => p.Vpc.VpcId === peer.accepter.vpcId || p.AcceptingVpc.VpcId === peer.accepter.vpcId));
    await expectApiError(peerCall(client, 'ListVpcPeerConnections', { VpcId: 'vpc-a,vpc-b,vpc-c' }), 'InvalidParameter');
    await expectApiError(peerCall(client, 'ListVpcPeerConnections', { MaxResults: 0 }), 'InvalidParameter');
    await expectApiError(peerCall(client, 'ListVpcPeerConnections', { MaxResults: 101 }), 'InvalidParameter');
    await expectApiError(peerCall(client, 'ListVpcPeerConnections', { NextToken: 'garbage' }), 'InvalidParameter');
    const byId = await peerCall(client, 'ListVpcPeerConnections', { InstanceId: peer.id });
    assert.deepEqual(byId.VpcPeerConnects.map((p: Body) => p.InstanceId), [peer.id]);
  });
});
