import assert from 'node:assert/strict';
import type { TopologyChange } from '../../../../src/inventory/changes';
import { applyDelta, buildGraph, type TopologyGraph } from '../../../../src/model/graph';
import type { InventorySnapshot, PeerConnection } from '../../../../src/model/types';
import { displayGraph } from '../../../../src/views/topology/displayGraph';
import { GraphFeed } from '../../../../src/views/topology/graphFeed';
import { C, demoSnapshot, PARTNER_VPC, V } from '../../model/graph/fixtures/demoSnapshot';

const resources = (...peerConnectionIds: string[]): TopologyChange => ({
  kind: 'resources',
  profileId: 'profile-hub',
  regionId: 'cn-hangzhou',
  peerConnectionIds,
  routerInterfaceIds: [],
  bgpGroupIds: [],
  bgpPeerIds: [],
});
const vpcDetails = (vpcId: string): TopologyChange => ({ kind: 'vpcDetails', profileId: 'profile-hub', regionId: 'cn-hangzhou', vpcId });

/** Every region's copy of the connection replaced (undefined: removed), as the store's reads do. */
function withConnection(snapshot: InventorySnapshot, id: string, change: (c: PeerConnection) => PeerConnection | undefined): InventorySnapshot {
  return {
    ...snapshot,
    regions: snapshot.regions.map((region) =>
      region.peerConnections.some((c) => c.id === id)
        ? { ...region, peerConnections: region.peerConnections.flatMap((c) => (c.id !== id ? [c] : (change(c) ?? []))) }
        : region,
    ),
  };
}

function withNewConnection(snapshot: InventorySnapshot, connection: PeerConnection): InventorySnapshot {
  let placed = false;
  const regions = snapshot.regions.map((region) => {
    if (placed || region.accountUid !== connection.requester.accountUid || region.regionId !== connection.requester.regionId) return region;
    placed = true;
    return { ...region, peerConnections: [...region.peerConnections, connection] };
  });
  assert.ok(placed);
  return { ...snapshot, regions };
}

const byId = (graph: TopologyGraph) => new Map([...graph.nodes, ...graph.edges].map((element) => [element.id, element]));

/** The feed's graph, and the page's graph after the delta, are what a full build of `next` gives. */
function assertSameAsFullBuild(before: TopologyGraph, feed: GraphFeed, next: InventorySnapshot, update: ReturnType<GraphFeed['update']>): void {
  const full = displayGraph(buildGraph(next));
  assert.deepEqual(feed.current.graph, full, 'the feed holds the full build, in its order');
  const paged = update ? applyDelta(before, update.delta) : before;
  assert.deepEqual(byId(paged), byId(full), 'the delta takes the page to the full build');
}

function step(base: InventorySnapshot, next: InventorySnapshot, changes: TopologyChange[]) {
  const feed = new GraphFeed();
  const before = feed.initial(base).graph;
  const update = feed.update(next, changes);
  assertSameAsFullBuild(before, feed, next, update);
  return { feed, before, update, after: feed.current.graph! };
}

describe('graph feed: building only what the store change names', () => {
  const base = demoSnapshot();

  it('a status change of one connection builds that edge alone; every other element is the same object', () => {
    const next = withConnection(base, C.hubApp.id, (c) => ({ ...c, status: 'Updating' }));
    const { feed, before, update, after } = step(base, next, [resources(C.hubApp.id)]);
    assert.equal(feed.builtElements, 1);
    assert.deepEqual(update?.delta.changed.map((c) => c.id), ['peer:pcc-hub-app']);
    assert.deepEqual(update?.positions, {});
    const old = byId(before);
    const rebuilt = [...byId(after)].filter(([id, element]) => old.get(id) !== element).map(([id]) => id);
    assert.deepEqual(rebuilt, ['peer:pcc-hub-app']);
  });

  it('a connection between two loaded VPCs removed, added, or Deleted is one edge less or more', () => {
    let result = step(base, withConnection(base, C.hubApp.id, () => undefined), [resources(C.hubApp.id)]);
    assert.deepEqual(result.update?.delta.removedEdges, ['peer:pcc-hub-app']);
    assert.equal(result.feed.builtElements, 0);

    const added: PeerConnection = { ...C.hubDr, id: 'pcc-new', name: 'new', requester: { ...C.hubDr.requester, vpcId: V.hubShared.id } };
    result = step(base, withNewConnection(base, added), [resources('pcc-new')]);
    assert.deepEqual(result.update?.delta.addedEdges.map((e) => e.id), ['peer:pcc-new']);
    assert.equal(result.feed.builtElements, 1);

    result = step(base, withConnection(base, C.hubDr.id, (c) => ({ ...c, status: 'Deleted' })), [resources(C.hubDr.id)]);
    assert.deepEqual(result.update?.delta.removedEdges, ['peer:pcc-hub-dr']);
  });

  it("a VPC's route details rebuild the edges of its connections only", () => {
    const next = {
      ...base,
      regions: base.regions.map((region) =>
        region.routeTables?.some((t) => t.vpcId === V.hubProd.id) ? { ...region, routeEntries: (region.routeEntries ?? []).slice(1) } : region,
      ),
    };
    const { feed, update } = step(base, next, [vpcDetails(V.hubProd.id)]);
    // hub-prod's connections: hub-app, hub-dr, sg-hz and the partner's; only hub-app lost a route.
    assert.equal(feed.builtElements, 4);
    assert.deepEqual(update?.delta.changed.map((c) => c.id), ['peer:pcc-hub-app']);
  });

  it("a connection to a partner's VPC changes in place, and builds in full when its node would go", () => {
    let result = step(base, withConnection(base, C.partner.id, (c) => ({ ...c, status: 'Activated' })), [resources(C.partner.id)]);
    assert.equal(result.feed.builtElements, 1);
    assert.ok(byId(result.after).has(`vpc:${PARTNER_VPC.id}`));

    result = step(base, withConnection(base, C.partner.id, () => undefined), [resources(C.partner.id)]);
    assert.ok(result.feed.builtElements > 20, 'built in full');
    assert.ok(!byId(result.after).has(`vpc:${PARTNER_VPC.id}`));
  });

  it('a connection to a VPC the graph has no node for, or a region change, builds in full', () => {
    const outsider: PeerConnection = {
      ...C.hubDr,
      id: 'pcc-outsider',
      accepter: { ...C.hubDr.accepter, vpcId: 'vpc-unknown', accountUid: '1999999999999999', regionId: 'cn-qingdao' },
    };
    let result = step(base, withNewConnection(base, outsider), [resources('pcc-outsider')]);
    assert.ok(result.feed.builtElements > 20);
    assert.ok(result.update?.delta.addedNodes.some((n) => n.id === 'vpc:vpc-unknown'));

    const next = withConnection(base, C.hubApp.id, (c) => ({ ...c, status: 'Updating' }));
    result = step(base, next, [resources(C.hubApp.id), { kind: 'region', profileId: 'profile-hub', regionId: 'cn-hangzhou' }]);
    assert.ok(result.feed.builtElements > 20);
  });

  it('follows a run of changes patch after patch, staying equal to a full build', () => {
    const feed = new GraphFeed();
    let graph = feed.initial(base).graph;
    let snapshot = base;
    const statuses = ['Updating', 'Activated', 'Updating', 'Activated'] as const;
    for (const [i, status] of statuses.entries()) {
      const id = [C.hubApp.id, C.hubBj.id, C.sgHz.id, C.partner.id][i];
      snapshot = withConnection(snapshot, id, (c) => ({ ...c, status }));
      const update = feed.update(snapshot, [resources(id)]);
      assertSameAsFullBuild(graph, feed, snapshot, update);
      graph = feed.current.graph!;
    }
  });
});
