import assert from 'node:assert/strict';
import { BuildMemo, buildGraph, diffGraph, filterGraph, hasFilters, NO_FILTERS, type TerraformLookup } from '../../../../src/model/graph';
import { demoSnapshot } from './fixtures/demoSnapshot';

/** A lookup that answers from a table, as the host's does from the workspace's Terraform. */
function lookupOf(owned: Record<string, string>): TerraformLookup {
  return (id) => (owned[id] ? { address: owned[id], place: `main.tf:${Object.keys(owned).indexOf(id) + 1}` } : undefined);
}

describe('graph: Terraform marks', () => {
  const owned = {
    'pcc-hub-app': 'alicloud_vpc_peer_connection.hub_app',
    // The accepting side of its link: the link is marked all the same.
    'ri-bj-hub': 'alicloud_router_interface.bj_hub',
    'bgp-idc-2': 'alicloud_vpc_bgp_peer.idc_2',
  };
  const graph = buildGraph(demoSnapshot(), { terraformOf: lookupOf(owned) });

  it('marks exactly the edges whose resource Terraform manages', () => {
    const marked = graph.edges.filter((edge) => edge.terraform).map((edge) => edge.id);
    assert.deepEqual(marked.sort(), ['bgp:bgp-idc-2', 'peer:pcc-hub-app', 'ri:ri-bj-hub~ri-hz-shared']);
    const hubApp = graph.edges.find((edge) => edge.id === 'peer:pcc-hub-app');
    assert.deepEqual(hubApp?.terraform, { address: 'alicloud_vpc_peer_connection.hub_app', place: 'main.tf:1' });
    assert.ok(graph.nodes.every((node) => !('terraform' in node)));
  });

  it('marks nothing without a lookup', () => {
    assert.ok(buildGraph(demoSnapshot()).edges.every((edge) => edge.terraform === undefined));
  });

  it('filters hide the managed or the unmanaged links, keeping the nodes', () => {
    const managedHidden = filterGraph(graph, { ...NO_FILTERS, hiddenTerraform: ['managed'] });
    assert.equal(managedHidden.nodes.length, graph.nodes.length);
    assert.equal(managedHidden.edges.length, graph.edges.length - 3);
    assert.ok(managedHidden.edges.every((edge) => !edge.terraform));
    const unmanagedHidden = filterGraph(graph, { ...NO_FILTERS, hiddenTerraform: ['unmanaged'] });
    assert.deepEqual(unmanagedHidden.edges.map((edge) => edge.id).sort(), ['bgp:bgp-idc-2', 'peer:pcc-hub-app', 'ri:ri-bj-hub~ri-hz-shared']);
    assert.ok(hasFilters({ ...NO_FILTERS, hiddenTerraform: ['unmanaged'] }));
    assert.equal(filterGraph(graph, { ...NO_FILTERS, hiddenTerraform: [] }), graph);
  });

  it('a memoised build sees a change of ownership, and the diff names only the edges it touched', () => {
    const table: Record<string, string> = { 'pcc-hub-app': 'alicloud_vpc_peer_connection.hub_app' };
    const terraformOf: TerraformLookup = (id) => (table[id] ? { address: table[id], place: 'main.tf:7' } : undefined);
    const memo = new BuildMemo();
    const snapshot = demoSnapshot();
    const before = buildGraph(snapshot, { terraformOf }, memo);
    delete table['pcc-hub-app'];
    table['pcc-hub-dr'] = 'alicloud_vpc_peer_connection.hub_dr';
    const after = buildGraph(snapshot, { terraformOf }, memo);
    assert.deepEqual(after, buildGraph(snapshot, { terraformOf }));
    const delta = diffGraph(before, after);
    assert.deepEqual(
      delta.changed.map((change) => [change.id, Object.keys(change.set), change.unset]),
      [
        ['peer:pcc-hub-app', [], ['terraform']],
        ['peer:pcc-hub-dr', ['terraform'], []],
      ],
    );
  });
});
