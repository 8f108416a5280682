import assert from 'node:assert/strict';
import { buildGraph, type GraphElement } from '../../../../src/model/graph';
import type { RegionSummaryNode } from '../../../../src/model/graph/levelOfDetail';
import { resourceRef, type ResourceRef } from '../../../../src/model/resourceRef';
import { revealTargets, type Selection } from '../../../../src/views/topology/selectionTargets';
import { elementIdentity } from '../../../../src/webview/elementIdentity';
import { APPS, demoSnapshot, HUB } from '../../model/graph/fixtures/demoSnapshot';

describe('graph selection → explorer targets', () => {
  const graph = buildGraph(demoSnapshot());
  const elements: GraphElement[] = [...graph.nodes, ...graph.edges];
  const element = (id: string) => {
    const found = elements.find((e) => e.id === id);
    assert.ok(found, `the demo graph has ${id}`);
    return found;
  };
  /** What the page posts when the element is clicked. */
  const clicked = (id: string): Selection => {
    const e = element(id);
    return { type: 'selected', elementId: e.id, kind: e.kind, ...elementIdentity(e) };
  };
  const kindsAndIds = (refs: ResourceRef[]) => refs.map((r) => `${r.kind} ${r.id}`);

  it('maps each resource kind to the tree row that shows it', () => {
    assert.deepEqual(revealTargets(clicked('vpc:vpc-hub-prod'), graph), [resourceRef('vpc', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'vpc-hub-prod')]);
    const peer = graph.edges.find((e) => e.kind === 'peer' && e.connectionId === 'pcc-hub-app')!;
    assert.deepEqual(kindsAndIds(revealTargets(clicked(peer.id), graph)), ['peerConnection pcc-hub-app', 'peerConnection pcc-hub-app'], 'from either side');
    const vbr = graph.nodes.find((n) => n.kind === 'vbr')!;
    assert.deepEqual(kindsAndIds(revealTargets(clicked(vbr.id), graph)), ['vbr vbr-hz-idc']);
    for (const kind of ['bgp', 'bgpNeighbor'] as const) {
      const bgp = elements.find((e) => e.kind === kind)!;
      const [ref] = revealTargets(clicked(bgp.id), graph);
      assert.equal(`${ref.kind} ${ref.regionId} ${ref.accountUid}`, `bgpPeer cn-hangzhou ${HUB}`, kind);
      assert.match(ref.id, /^bgp-idc-/);
    }
    const accountBox = graph.nodes.find((n) => n.kind === 'account' && n.accountUid === APPS && n.regionId === 'cn-beijing')!;
    assert.deepEqual(revealTargets(clicked(accountBox.id), graph), [resourceRef('region', { accountUid: APPS, regionId: 'cn-beijing' }, 'cn-beijing')], "that account's region");
    const regionBox = graph.nodes.find((n) => n.kind === 'region' && n.regionId === 'cn-beijing')!;
    assert.deepEqual(revealTargets(clicked(regionBox.id), graph), [resourceRef('region', { accountUid: '', regionId: 'cn-beijing' }, 'cn-beijing')], 'of any account');
    // A region summary is drawn by the page only: the ref the page sent is used.
    const drawn: RegionSummaryNode = { id: 'summary:region:cn-beijing', kind: 'regionSummary', regionId: 'cn-beijing', label: '', width: 1, height: 1, fontSize: 1 } as RegionSummaryNode;
    const summary: Selection = { type: 'selected', elementId: drawn.id, kind: 'regionSummary', ...elementIdentity(drawn) };
    assert.deepEqual(revealTargets(summary, graph), [resourceRef('region', { accountUid: '', regionId: 'cn-beijing' }, 'cn-beijing')]);
  });

  it('puts the side with a profile first for a connection to an account without one', () => {
    const partner = graph.edges.find((e) => e.kind === 'peer' && e.connectionId === 'pcc-partner')!;
    const [first] = revealTargets(clicked(partner.id), graph);
    assert.equal(first.accountUid, HUB);
  });

  it('tries both interfaces of a router interface link, the one sent first', () => {
    const link = graph.edges.find((e) => e.kind === 'routerInterface' && e.interfaceIds.length === 2);
    assert.ok(link && link.kind === 'routerInterface', 'the demo has a paired link');
    const targets = revealTargets(clicked(link.id), graph);
    assert.deepEqual(kindsAndIds(targets), link.interfaceIds.map((id) => `routerInterface ${id}`));
    assert.equal(targets[0].accountUid, link.accountUid, 'the initiating interface is placed');
    // A graph that no longer has the link still tries the interface the page named.
    const gone: Selection = { type: 'selected', elementId: link.id, kind: 'routerInterface', ref: resourceRef('routerInterface', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'ri-x') };
    assert.deepEqual(kindsAndIds(revealTargets(gone, undefined)), ['routerInterface ri-x']);
  });

  it("reveals nothing for what has no row: merged links, other accounts' routers, a cleared selection", () => {
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'agg:1', kind: 'aggregate' }, graph), []);
    const router = graph.nodes.find((n) => n.kind === 'router')!;
    assert.deepEqual(revealTargets(clicked(router.id), graph), []);
    assert.deepEqual(revealTargets({ type: 'selected' }, graph), []);
    assert.deepEqual(revealTargets({ type: 'selected', elementId: 'vpc:x', kind: 'vpc' }, graph), [], 'no ref, nothing to find');
  });
});
