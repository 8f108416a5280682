import assert from 'node:assert/strict';
import { buildGraph, edgeArcs, layoutGraph } from '../../src/model/graph';
import { clearArc } from '../../src/model/graph/edgeRouting';
import { demoSnapshot } from './graph-fixtures/demoSnapshot';

describe('graph: bending edges around nodes', () => {
  const box = (x: number, y: number) => ({ left: x - 100, right: x + 100, top: y - 32, bottom: y + 32 });

  it('leaves a clear line straight', () => {
    assert.equal(clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 300)]), 0);
  });

  it('bends a line that crosses a node, to a side that clears it', () => {
    const arc = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 0)]);
    assert.notEqual(arc, 0);
    // The control point sits `arc` along (−dy, dx)/|d| = (0, 1): the curve's middle is arc/2 off.
    assert.ok(Math.abs(arc) / 2 > 32 + 10, `arc ${arc} clears the node`);
  });

  it('tries the other side when one side is blocked', () => {
    const arcUpBlocked = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 0), box(300, 60)]);
    const arcDownBlocked = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 0), box(300, -60)]);
    assert.ok(arcUpBlocked < 0 || arcUpBlocked > 60 * 2, String(arcUpBlocked));
    assert.ok(arcDownBlocked > 0 || arcDownBlocked < -60 * 2, String(arcDownBlocked));
  });

  it('bends the demo’s same-row connections and no connection between clear neighbours', () => {
    const graph = buildGraph(demoSnapshot());
    const arcs = edgeArcs(graph, layoutGraph(graph));
    // partner-edge → hub-prod runs along the top row of cn-hangzhou, past four other nodes.
    assert.ok(arcs['peer:pcc-partner'] !== undefined);
    // Next-door VPCs in one row (Singapore) need no bend.
    assert.equal(arcs['peer:pcc-data-sg'], undefined);
  });
});
