import assert from 'node:assert/strict';
import { LABEL_LINE_MAX } from '../../../../src/model/displayText';
import { BuildMemo, buildGraph } from '../../../../src/model/graph';
import { displayElement, displayGraph } from '../../../../src/views/topology/displayGraph';
import { GraphFeed } from '../../../../src/views/topology/graphFeed';
import { demoSnapshot } from '../../model/graph/fixtures/demoSnapshot';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function snapshotWith(name: string, description = '') {
  const snapshot = demoSnapshot();
  return {
    ...snapshot,
    regions: snapshot.regions.map((region) => ({ ...region, vpcs: region.vpcs.map((vpc) => (vpc.id === 'vpc-app-prod' ? { ...vpc, name, description } : vpc)) })),
  };
}

describe('the graph as the page may show it', () => {
  it('leaves no bidirectional control in any string, and cuts each label line, keeping the fields whole', () => {
    const long = `n${'x'.repeat(127)}`;
    const graph = displayGraph(buildGraph(snapshotWith(`\u202E${long}`, '\u2067 tagged \u2069')));
    assert.ok(!BIDI.test(JSON.stringify(graph)));
    const vpc = graph.nodes.find((n) => n.id === 'vpc:vpc-app-prod');
    assert.ok(vpc?.kind === 'vpc');
    assert.equal(vpc.name, `[U+202E]${long}`, 'the field keeps the whole name for the details pane');
    assert.equal(vpc.description, '[U+2067] tagged [U+2069]');
    const [first, ...rest] = vpc.label.split('\n');
    assert.equal(Array.from(first).length, LABEL_LINE_MAX);
    assert.ok(first.endsWith('…'));
    assert.deepEqual(rest, ['vpc-app-prod', '172.16.0.0/16']);
  });

  it('cleans an element the builder reuses only once, so unchanged elements stay the same objects', () => {
    const memo = new BuildMemo();
    const a = buildGraph(demoSnapshot(), {}, memo);
    const b = buildGraph(demoSnapshot(), {}, memo);
    const reused = a.edges.find((e) => b.edges.includes(e));
    if (reused) assert.equal(displayElement(reused), displayElement(reused));
    const element = a.nodes[0];
    assert.equal(displayElement(element), displayElement(element));
  });

  it('is what the panel feeds the page: the first graph and every delta', () => {
    const feed = new GraphFeed();
    const { graph } = feed.initial(snapshotWith('plain'));
    assert.ok(!BIDI.test(JSON.stringify(graph)));
    const update = feed.update(snapshotWith('invoice\u202Egnp.exe'));
    assert.ok(update);
    assert.ok(!BIDI.test(JSON.stringify(update.delta)));
    assert.ok(JSON.stringify(update.delta).includes('invoice[U+202E]gnp.exe'));
  });
});
