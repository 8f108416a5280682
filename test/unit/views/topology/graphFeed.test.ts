import assert from 'node:assert/strict';
import type { TerraformLookup } from '../../../../src/model/graph';
import { GraphFeed } from '../../../../src/views/topology/graphFeed';
import { demoSnapshot } from '../../model/graph/fixtures/demoSnapshot';

describe('graph feed: Terraform ownership', () => {
  it('sends a change of ownership as a delta of the edges it touched, moving nothing', () => {
    const owned = new Map<string, string>();
    const terraformOf: TerraformLookup = (id) => (owned.has(id) ? { address: owned.get(id) ?? '', place: 'main.tf:42' } : undefined);
    const feed = new GraphFeed({}, terraformOf);
    const snapshot = demoSnapshot();
    const { graph } = feed.initial(snapshot);
    assert.ok(graph.edges.every((edge) => !edge.terraform));
    assert.equal(feed.update(snapshot), undefined);

    owned.set('pcc-hub-app', 'alicloud_vpc_peer_connection.hub');
    const update = feed.update(snapshot);
    assert.deepEqual(update?.delta.changed, [
      { id: 'peer:pcc-hub-app', group: 'edges', set: { terraform: { address: 'alicloud_vpc_peer_connection.hub', place: 'main.tf:42' } }, unset: [] },
    ]);
    assert.deepEqual(update?.positions, {});
    assert.equal(update?.delta.addedEdges.length, 0);
  });
});
