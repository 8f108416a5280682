import assert from 'node:assert/strict';
import { buildGraph, elementRefs, filterGraph, NO_FILTERS, type PeerEdge } from '../../../../src/model/graph';
import { graphRegionKey, graphSnapshot, regionOfKey } from '../../../../src/model/graph/providerRegions';
import type { InventorySnapshot, PeerConnection, RegionInventory } from '../../../../src/model/types';
import { actionsFor } from '../../../../src/webview/elementActions';
import { describeElement } from '../../../../src/webview/elementDetails';
import { filterChoicesOf } from '../../../../src/webview/ui/filterPanel';
import { connection, vpc } from './fixtures/demoSnapshot';

// ap-southeast-1 is Alibaba Cloud's Singapore and Huawei Cloud's Hong Kong.
const REGION = 'ap-southeast-1';
const ALI = '1111111111111111';
const HW = 'a'.repeat(32);

function region(accountUid: string, provider: 'alibaba' | 'huawei', vpcs: RegionInventory['vpcs'], peerConnections: PeerConnection[] = []): RegionInventory {
  return { accountUid, regionId: REGION, ...(provider === 'huawei' ? { provider } : {}), vpcs, peerConnections, routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] };
}

function mixedSnapshot(): InventorySnapshot {
  const aliVpc = vpc('vpc-sg', ALI, REGION, 'sg-app', '10.0.0.0/16');
  const hwHub = vpc('3f1a0004-5b2c-4d7e-8a90-0000000000a4', HW, REGION, 'hk-hub', '10.40.0.0/16');
  const hwApp = vpc('3f1a0005-5b2c-4d7e-8a90-0000000000a5', HW, REGION, 'hk-app', '10.41.0.0/16');
  const peering = { ...connection('c0de0009-0000-4000-8000-000000000009', 'Activated', hwHub, hwApp), provider: 'huawei' as const };
  return {
    accounts: [
      { uid: ALI, name: 'alibaba', profileId: 'ali' },
      { uid: HW, name: 'huawei', profileId: 'hw', provider: 'huawei' },
    ],
    regions: [region(ALI, 'alibaba', [aliVpc]), region(HW, 'huawei', [hwHub, hwApp], [peering])],
    regionNames: { [REGION]: 'Singapore', [graphRegionKey(REGION, 'huawei')]: 'CN-Hong Kong' },
  };
}

describe('graph: regions of two clouds', () => {
  it('draws a region each cloud names alike as two boxes, each titled by its cloud', () => {
    const graph = buildGraph(mixedSnapshot());
    const regions = graph.nodes.filter((n) => n.kind === 'region').map((n) => [n.id, n.label]);
    assert.deepEqual(regions.sort(), [
      ['region:ap-southeast-1', 'Singapore · ap-southeast-1'],
      ['region:huawei:ap-southeast-1', 'Huawei Cloud · CN-Hong Kong · ap-southeast-1'],
    ]);
    const hubNode = graph.nodes.find((n) => n.id === 'vpc:3f1a0004-5b2c-4d7e-8a90-0000000000a4')!;
    assert.equal(graph.nodes.find((n) => n.id === hubNode.parent)?.parent, 'region:huawei:ap-southeast-1');
  });

  it('names the real region and the cloud in the refs the page hands to the tree and the commands', () => {
    const graph = buildGraph(mixedSnapshot());
    const edge = graph.edges.find((e) => e.kind === 'peer') as PeerEdge;
    const [ref] = elementRefs(edge);
    assert.equal(ref.regionId, REGION);
    assert.equal(ref.provider, 'huawei');
    const aliVpc = graph.nodes.find((n) => n.id === 'vpc:vpc-sg')!;
    assert.deepEqual([elementRefs(aliVpc)[0].regionId, elementRefs(aliVpc)[0].provider], [REGION, 'alibaba']);
  });

  it('hides a whole cloud with its filter', () => {
    const graph = buildGraph(mixedSnapshot());
    const shown = filterGraph(graph, { ...NO_FILTERS, hiddenProviders: ['huawei'] });
    assert.deepEqual(shown.nodes.filter((n) => n.kind === 'vpc').map((n) => n.id), ['vpc:vpc-sg']);
    assert.equal(shown.edges.length, 0);
  });

  it('keys a Huawei region once per inventory object, so unchanged regions keep their objects build after build', () => {
    const snapshot = mixedSnapshot();
    const first = graphSnapshot(snapshot);
    const again = graphSnapshot({ ...snapshot });
    assert.equal(first.regions[1], again.regions[1], 'the same copy of the same inventory');
    assert.equal(first.regions[0], snapshot.regions[0], 'Alibaba Cloud regions pass through');
    assert.equal(first.regions[1].peerConnections[0].requester.regionId, 'huawei:ap-southeast-1');
    assert.deepEqual(regionOfKey(first.regions[1].regionId), { regionId: REGION, provider: 'huawei' });
    const alibabaOnly = { ...snapshot, regions: [snapshot.regions[0]] };
    assert.equal(graphSnapshot(alibabaOnly), alibabaOnly, 'a snapshot of Alibaba Cloud alone is read as it is');
  });

  it("gives the page's actions on a Huawei element the real region and the provider, and offers only what the cloud has", () => {
    const graph = buildGraph(mixedSnapshot());
    const profileOf = (uid: string) => (uid === HW ? 'hw' : uid === ALI ? 'ali' : undefined);
    const hub = graph.nodes.find((n) => n.id === 'vpc:3f1a0004-5b2c-4d7e-8a90-0000000000a4')!;
    const hubActions = actionsFor(hub, false, profileOf);
    assert.ok(!hubActions.some((a) => a.run?.command === 'vpcPeering.createRouterInterfaceConnection'), 'Huawei Cloud has no router interfaces');
    assert.deepEqual(hubActions.find((a) => a.run?.command === 'vpcPeering.diagnoseConnectivity')?.run?.args, {
      vpcA: { vpcId: '3f1a0004-5b2c-4d7e-8a90-0000000000a4', regionId: REGION, accountUid: HW, provider: 'huawei' },
    });
    const peering = graph.edges.find((e) => e.kind === 'peer')!;
    const peeringActions = actionsFor(peering, false, profileOf);
    assert.deepEqual(peeringActions.find((a) => a.run?.command === 'vpcPeering.deletePeerConnection')?.run?.args, { connectionId: 'c0de0009-0000-4000-8000-000000000009', provider: 'huawei' });
    assert.ok(!peeringActions.some((a) => a.run?.command === 'vpcPeering.exportTerraform'), 'the Terraform export writes alicloud resources only');
    const aliVpc = graph.nodes.find((n) => n.id === 'vpc:vpc-sg')!;
    assert.ok(actionsFor(aliVpc, false, profileOf).some((a) => a.run?.command === 'vpcPeering.createRouterInterfaceConnection'));
  });

  it('shows a Huawei region in the details pane and the filters as the region with its cloud', () => {
    const graph = buildGraph(mixedSnapshot());
    const hub = graph.nodes.find((n) => n.id === 'vpc:3f1a0004-5b2c-4d7e-8a90-0000000000a4')!;
    assert.equal(Object.fromEntries(describeElement(hub, () => undefined).rows).Region, 'ap-southeast-1 (Huawei Cloud)');
    const choices = filterChoicesOf(graph);
    assert.deepEqual(choices.providers, ['alibaba', 'huawei']);
    assert.deepEqual(choices.regions, ['ap-southeast-1', 'huawei:ap-southeast-1']);
  });
});
