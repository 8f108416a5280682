import assert from 'node:assert/strict';
import { buildGraph, filterGraph, NO_FILTERS, searchGraph } from '../../../../src/model/graph';
import { APPS, PARTNER, demoSnapshot } from './fixtures/demoSnapshot';

describe('graph: filters', () => {
  const graph = buildGraph(demoSnapshot());

  it('returns the graph untouched when nothing is hidden', () => {
    assert.equal(filterGraph(graph, NO_FILTERS), graph);
  });

  it('hides an account’s boxes, nodes and the edges that touch them', () => {
    const filtered = filterGraph(graph, { ...NO_FILTERS, hiddenAccounts: [APPS] });
    assert.ok(!filtered.nodes.some((n) => 'accountUid' in n && n.accountUid === APPS));
    assert.ok(!filtered.edges.some((e) => e.id === 'peer:pcc-hub-app'));
    assert.ok(filtered.edges.some((e) => e.id === 'peer:pcc-hub-dr'));
  });

  it('hides a region, and a region whose every account is hidden', () => {
    const filtered = filterGraph(graph, { ...NO_FILTERS, hiddenRegions: ['cn-beijing'] });
    assert.ok(!filtered.nodes.some((n) => n.regionId === 'cn-beijing'));
    assert.ok(!filtered.edges.some((e) => e.id === 'ri:ri-bj-hub~ri-hz-shared'));
    const onlyPartner = filterGraph(graph, { ...NO_FILTERS, hiddenRegions: ['cn-hangzhou', 'cn-beijing', 'ap-southeast-1'], hiddenAccounts: [PARTNER] });
    assert.deepEqual(
      onlyPartner.nodes.filter((n) => n.kind === 'region').map((n) => n.id),
      ['region:cn-shanghai'],
    );
    const none = filterGraph(onlyPartner, { ...NO_FILTERS, hiddenAccounts: ['1200000000000001', APPS] });
    assert.equal(none.nodes.length, 0);
  });

  it('hides connections by status and edges by kind, keeping the nodes', () => {
    const filtered = filterGraph(graph, { ...NO_FILTERS, hiddenStatuses: ['Rejected', 'Expired'], hiddenEdgeKinds: ['bgp'] });
    assert.equal(filtered.nodes.length, graph.nodes.length);
    assert.ok(!filtered.edges.some((e) => e.kind === 'peer' && (e.status === 'Rejected' || e.status === 'Expired')));
    assert.ok(!filtered.edges.some((e) => e.kind === 'bgp'));
    assert.equal(filtered.edges.length, graph.edges.length - 4);
  });
});

describe('graph: search', () => {
  const graph = buildGraph(demoSnapshot());

  it('finds by name and id, case-insensitively', () => {
    assert.deepEqual(searchGraph(graph, 'HUB-SINGAPORE'), ['vpc:vpc-hub-sg']);
    assert.ok(searchGraph(graph, 'pcc-hub-app').includes('peer:pcc-hub-app'));
    assert.deepEqual(searchGraph(graph, '   '), []);
  });

  it('finds VPCs and connections by an address or block they hold', () => {
    const host = searchGraph(graph, '172.16.4.9');
    assert.ok(host.includes('vpc:vpc-app-prod'));
    assert.ok(host.includes('peer:pcc-hub-app'));
    assert.ok(!host.includes('vpc:vpc-app-test'));
    const range = searchGraph(graph, '10.0.0.0/8').filter((id) => id.startsWith('vpc:'));
    assert.deepEqual(range.sort(), ['vpc:vpc-app-sh', 'vpc:vpc-hub-bj', 'vpc:vpc-hub-dr', 'vpc:vpc-hub-prod', 'vpc:vpc-hub-sg', 'vpc:vpc-hub-shared', 'vpc:vpc-partner-edge']);
  });

  it('finds a BGP neighbour by its address', () => {
    assert.ok(searchGraph(graph, '10.200.1.2').includes('bgpNeighbor:bgp-idc-2'));
  });
});
