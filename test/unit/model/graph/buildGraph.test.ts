import assert from 'node:assert/strict';
import { buildGraph, type GraphEdge, type GraphNode, type PeerEdge, type TopologyGraph } from '../../../../src/model/graph';
import type { InventorySnapshot } from '../../../../src/model/types';
import { APPS, C, DATA, HUB, PARTNER, V, demoSnapshot, vpc } from './fixtures/demoSnapshot';

function node(graph: TopologyGraph, id: string): GraphNode {
  const found = graph.nodes.find((n) => n.id === id);
  assert.ok(found, `no node ${id}`);
  return found;
}

function edge(graph: TopologyGraph, id: string): GraphEdge {
  const found = graph.edges.find((e) => e.id === id);
  assert.ok(found, `no edge ${id}`);
  return found;
}

function peer(graph: TopologyGraph, connectionId: string): PeerEdge {
  const found = edge(graph, `peer:${connectionId}`);
  assert.equal(found.kind, 'peer');
  return found as PeerEdge;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('graph: buildGraph', () => {
  const graph = buildGraph(demoSnapshot());

  it('draws regions ⊃ accounts ⊃ VPCs, external ends, VBRs, BGP neighbours and bare routers', () => {
    assert.deepEqual(countBy(graph.nodes, (n) => n.kind), {
      region: 4,
      account: 12,
      vpc: 12,
      externalVpc: 1,
      router: 1,
      vbr: 1,
      bgpNeighbor: 2,
    });
    assert.equal(node(graph, 'vpc:vpc-app-prod').parent, `account:cn-hangzhou/${APPS}`);
    assert.equal(node(graph, `account:cn-hangzhou/${APPS}`).parent, 'region:cn-hangzhou');
    assert.equal(node(graph, 'region:cn-hangzhou').parent, undefined);
  });

  it('lists groups before leaves so parents exist when children are added', () => {
    const firstLeaf = graph.nodes.findIndex((n) => n.kind !== 'region' && n.kind !== 'account');
    assert.ok(graph.nodes.slice(firstLeaf).every((n) => n.kind !== 'region' && n.kind !== 'account'));
    const firstAccount = graph.nodes.findIndex((n) => n.kind === 'account');
    assert.ok(graph.nodes.slice(0, firstAccount).every((n) => n.kind === 'region'));
  });

  it('draws one edge per connection, even when both accounts report it, and skips Deleted ones', () => {
    assert.deepEqual(countBy(graph.edges, (e) => e.kind), { peer: 10, routerInterface: 3, bgp: 2 });
    assert.equal(graph.edges.filter((e) => e.id === 'peer:pcc-hub-app').length, 1);
    assert.equal(graph.edges.some((e) => e.id === 'peer:pcc-gone'), false);
    const withDeleted = buildGraph(demoSnapshot(), { includeDeleted: true });
    assert.equal(peer(withDeleted, 'pcc-gone').status, 'Deleted');
  });

  it('keeps the newer record when the two accounts disagree about a connection', () => {
    assert.equal(peer(graph, 'pcc-hub-bj').status, 'Updating');
  });

  it('covers every peer status the service reports', () => {
    const statuses = new Set(graph.edges.filter((e): e is PeerEdge => e.kind === 'peer').map((e) => e.status));
    assert.deepEqual([...statuses].sort(), ['Accepting', 'Activated', 'Creating', 'Deleting', 'Expired', 'Rejected', 'Updating']);
  });

  it('draws connections requester → accepter with scope, account and bandwidth facts', () => {
    const sg = peer(graph, 'pcc-sg-hz');
    assert.equal(sg.source, 'vpc:vpc-hub-sg');
    assert.equal(sg.target, 'vpc:vpc-hub-prod');
    assert.equal(sg.scope, 'interRegion');
    assert.equal(sg.crossAccount, false);
    assert.equal(sg.bandwidthMbps, 50);
    assert.equal(sg.linkType, 'Platinum');
    const hubApp = peer(graph, 'pcc-hub-app');
    assert.equal(hubApp.scope, 'intraRegion');
    assert.equal(hubApp.crossAccount, true);
    assert.equal(hubApp.label, 'Activated');
    assert.match(peer(graph, 'pcc-hub-dr').label, /^Activated · 100 Mbps/);
  });

  it('draws a far end whose account has no profile as an external VPC in an inactive account box', () => {
    const partner = peer(graph, 'pcc-partner');
    assert.equal(partner.source, 'vpc:vpc-partner-edge');
    const external = node(graph, 'vpc:vpc-partner-edge');
    assert.equal(external.kind, 'externalVpc');
    assert.ok(external.kind === 'externalVpc');
    assert.equal(external.reason, 'noProfile');
    assert.equal(external.accountUid, PARTNER);
    assert.deepEqual(external.cidrs, ['10.0.0.0/20']);
    const account = node(graph, `account:cn-hangzhou/${PARTNER}`);
    assert.ok(account.kind === 'account');
    assert.equal(account.active, false);
    assert.equal(partner.requester.managed, false);
    assert.equal(partner.accepter.managed, true);
  });

  it('marks a far end in an active account whose region did not load as not loaded', () => {
    const snapshot = demoSnapshot();
    snapshot.regions = snapshot.regions.filter((r) => !(r.accountUid === DATA && r.regionId === 'cn-hangzhou'));
    const external = node(buildGraph(snapshot), 'vpc:vpc-data-lake');
    assert.ok(external.kind === 'externalVpc');
    assert.equal(external.reason, 'notLoaded');
  });

  it('flags overlapping address ranges between the two ends', () => {
    assert.deepEqual(peer(graph, 'pcc-partner').overlappingCidrs, ['10.0.0.0/20 ∩ 10.0.0.0/16']);
    assert.equal(peer(graph, 'pcc-app-sh-dr').overlap, true);
    assert.equal(peer(graph, 'pcc-hub-app').overlap, false);
    assert.equal(peer(graph, 'pcc-partner').attention, true);
    assert.match(peer(graph, 'pcc-partner').label, /⚠ CIDR overlap/);
  });

  it('reports route coverage per side: covered, partial, missing, unknown', () => {
    const hubApp = peer(graph, 'pcc-hub-app');
    assert.equal(hubApp.requester.routes, 'covered');
    assert.equal(hubApp.accepter.routes, 'covered');
    assert.equal(hubApp.attention, false);

    const hubDr = peer(graph, 'pcc-hub-dr');
    assert.equal(hubDr.requester.routes, 'covered');
    assert.equal(hubDr.accepter.routes, 'missing');
    assert.equal(hubDr.routeCoverage, 'missing');
    assert.equal(hubDr.attention, true);
    assert.match(hubDr.warnings.join(' '), /accepter VPC hub-dr \(vpc-hub-dr\) has no route/);

    const sg = peer(graph, 'pcc-sg-hz');
    assert.equal(sg.requester.routes, 'unknown', 'no route table loaded for vpc-hub-sg');
    assert.equal(sg.accepter.routes, 'partial');

    assert.equal(peer(graph, 'pcc-partner').requester.routes, 'unknown', 'external side');
  });

  it('does not flag missing routes before a connection is activated', () => {
    const accepting = peer(graph, 'pcc-partner');
    assert.equal(accepting.status, 'Accepting');
    assert.equal(accepting.accepter.routes, 'missing', 'hub-prod has no route through it yet');
    assert.equal(accepting.warnings.length, 1);
    assert.match(accepting.warnings[0], /overlap/);
    assert.doesNotMatch(accepting.label, /routes/);
  });

  it('draws a router interface pair once, initiator → acceptor, whichever side is read first', () => {
    const pair = edge(graph, 'ri:ri-bj-hub~ri-hz-shared');
    assert.equal(pair.source, 'vpc:vpc-hub-shared');
    assert.equal(pair.target, 'vpc:vpc-hub-bj');
    assert.ok(pair.kind === 'routerInterface');
    assert.equal(pair.paired, true);
    assert.equal(pair.scope, 'interRegion');
    const vbrLink = edge(graph, 'ri:ri-hz-prod~ri-vbr-idc');
    assert.equal(vbrLink.source, 'vbr:vbr-hz-idc');
    assert.equal(vbrLink.target, 'vpc:vpc-hub-prod');
  });

  it('draws an interface whose opposite is unknown to its opposite router', () => {
    const orphan = edge(graph, 'ri:ri-bj-orphan~ri-remote-1');
    assert.ok(orphan.kind === 'routerInterface');
    assert.equal(orphan.source, 'vpc:vpc-app-bj');
    assert.equal(orphan.target, 'router:vrt-remote-1');
    assert.equal(orphan.paired, false);
    assert.equal(orphan.attention, true, 'the interface is Inactive');
    assert.equal(node(graph, 'router:vrt-remote-1').parent, `account:cn-shanghai/${PARTNER}`);
  });

  it('draws BGP sessions from the VBR to one neighbour node each, flagging sessions that are down', () => {
    const up = edge(graph, 'bgp:bgp-idc-1');
    const down = edge(graph, 'bgp:bgp-idc-2');
    assert.equal(up.source, 'vbr:vbr-hz-idc');
    assert.equal(up.target, 'bgpNeighbor:bgp-idc-1');
    assert.equal(up.attention, false);
    assert.equal(down.attention, true);
    assert.equal(node(graph, 'bgpNeighbor:bgp-idc-2').label, '10.200.1.2\nAS 65001');
  });

  it('derives the same graph whatever order the inventories arrive in', () => {
    const snapshot = demoSnapshot();
    const reversed: InventorySnapshot = { ...snapshot, regions: [...snapshot.regions].reverse() };
    assert.deepEqual(buildGraph(reversed), graph);
  });

  it('keeps a VPC’s id when its account gets a profile and it turns from external to loaded', () => {
    const snapshot = demoSnapshot();
    snapshot.accounts = [...snapshot.accounts, { uid: PARTNER, name: 'partner', profileId: 'partner' }];
    const partnerVpc = vpc('vpc-partner-edge', PARTNER, 'cn-hangzhou', 'partner-edge', '10.0.0.0/20');
    snapshot.regions.push({
      accountUid: PARTNER,
      regionId: 'cn-hangzhou',
      vpcs: [partnerVpc],
      peerConnections: [C.partner],
      routerInterfaces: [],
      vbrs: [],
      bgpGroups: [],
      bgpPeers: [],
    });
    const after = buildGraph(snapshot);
    const loaded = node(after, 'vpc:vpc-partner-edge');
    assert.equal(loaded.kind, 'vpc');
    assert.equal(loaded.parent, node(graph, 'vpc:vpc-partner-edge').parent);
    assert.equal(peer(after, 'pcc-partner').requester.managed, true);
  });

  it('falls back to the loaded VPC’s blocks when the connection reports none for an end', () => {
    const snapshot = demoSnapshot();
    const hub = snapshot.regions.find((r) => r.accountUid === HUB && r.regionId === 'cn-hangzhou');
    assert.ok(hub);
    hub.peerConnections = hub.peerConnections.map((c) =>
      c.id === C.hubApp.id ? { ...c, requester: { ...c.requester, ipv4Cidrs: [] } } : c,
    );
    const apps = snapshot.regions.find((r) => r.accountUid === APPS && r.regionId === 'cn-hangzhou');
    assert.ok(apps);
    apps.peerConnections = apps.peerConnections.filter((c) => c.id !== C.hubApp.id);
    assert.deepEqual(peer(buildGraph(snapshot), 'pcc-hub-app').requester.cidrs, [V.hubProd.cidrBlock, ...V.hubProd.secondaryCidrs]);
  });
});
