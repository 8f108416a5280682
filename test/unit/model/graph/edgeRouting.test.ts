import assert from 'node:assert/strict';
import { buildGraph, edgeArcs, groupBoxes, layoutGraph, type PeerEdge } from '../../../../src/model/graph';
import { isLeafNode, type Point } from '../../../../src/model/graph/elements';
import { clearArc } from '../../../../src/model/graph/edgeRouting';
import { boxAround, leafSize } from '../../../../src/model/graph/geometry';
import { demoSnapshot } from './fixtures/demoSnapshot';

describe('graph: bending edges around nodes', () => {
  const box = (x: number, y: number) => ({ left: x - 100, right: x + 100, top: y - 32, bottom: y + 32 });

  it('leaves a clear line straight', () => {
    assert.equal(clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 300)]), 0);
  });

  it('bends a line that crosses a node, to a side that clears it', () => {
    const arc = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 0)]);
    assert.notEqual(arc, 0);
    // The control point sits `arc` along (−dy, dx)/|d| = (0, 1): the curve's middle is arc/2 off.
    // (The clearance around nodes is added by edgeArcs; here the box is taken as given.)
    assert.ok(Math.abs(arc) / 2 > 32, `arc ${arc} clears the node`);
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

  it('prefers the side that keeps clear of a title, but never bends a clear line for one', () => {
    const title = { left: -50, right: 650, top: -120, bottom: -60 };
    // Blocked in the middle; the upward bend (negative arc here) would cross the title strip.
    const arc = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 0)], [[title]]);
    assert.ok(arc > 0, `bent away from the title (${arc})`);
    assert.equal(clearArc({ x: 0, y: -90 }, { x: 600, y: -90 }, [box(300, 300)], [[title]]), 0, 'a clear line stays straight');
    // With both sides' titles in the way, clearing the nodes still wins.
    const boxed = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [box(300, 0)], [[title, { ...title, top: 60, bottom: 400 }]]);
    assert.notEqual(boxed, 0);
  });

  it('keeps the labels of the demo’s bent connections off the region title', () => {
    const graph = buildGraph(demoSnapshot());
    const positions = layoutGraph(graph);
    const arcs = edgeArcs(graph, positions);
    const boxes = groupBoxes(graph, positions);
    const region = boxes.regions.get('region:cn-hangzhou');
    const frame = boxes.regionFrames.get('region:cn-hangzhou');
    assert.ok(region && frame);
    for (const [id, arc] of Object.entries(arcs)) {
      const edge = graph.edges.find((e): e is PeerEdge => e.id === id && e.kind === 'peer');
      if (!edge || edge.scope !== 'intraRegion' || edge.requester.regionId !== 'cn-hangzhou') continue;
      const from = positions[edge.source];
      const to = positions[edge.target];
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      // The curve's middle (where its label is drawn): arc/2 off the line's middle along (−dy, dx).
      const middle = { x: (from.x + to.x) / 2 + ((-(to.y - from.y) / length) * arc) / 2, y: (from.y + to.y) / 2 + (((to.x - from.x) / length) * arc) / 2 };
      // The title, "cn-hangzhou" in 22 px bold, centred above the box.
      const onTitle = middle.y > frame.top - 10 && middle.y < region.top + 10 && Math.abs(middle.x - (region.left + region.right) / 2) < 100;
      assert.ok(!onTitle, `${id}'s label (${Math.round(middle.x)}, ${Math.round(middle.y)}) is not drawn on the cn-hangzhou title`);
    }
  });

  it('spreads apart bent edges between the same two nodes, whichever way they point', () => {
    const graph = buildGraph(demoSnapshot());
    const positions = layoutGraph(graph);
    const bent = graph.edges.find((e) => e.id === 'peer:pcc-partner');
    assert.ok(bent);
    // A second link between the same two VPCs, drawn the other way round.
    const twin = { ...bent, id: 'peer:pcc-partner-twin', source: bent.target, target: bent.source };
    const arcs = edgeArcs({ nodes: graph.nodes, edges: [...graph.edges, twin] }, positions);
    const first = arcs[bent.id];
    const second = arcs[twin.id];
    assert.ok(first !== undefined && second !== undefined, 'both bent');
    // In one direction the twin's arc is the negative; the two curves must not coincide.
    const geometricSecond = -second;
    assert.ok(Math.abs(geometricSecond - first) >= 50, `curves apart (${first} vs ${geometricSecond})`);
    assert.equal(Math.sign(geometricSecond), Math.sign(first), 'both on the side that clears the nodes');
    assert.equal(arcs[bent.id], edgeArcs(graph, positions)[bent.id], 'the first keeps the bend it had alone');
  });

  it('bends a clear line when its label would cover a region title, and only then', () => {
    const title = { left: 250, right: 350, top: -10, bottom: 10 };
    const label = { size: { width: 120, height: 24 }, titles: [title] };
    assert.equal(clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [], [], { ...label, titles: [{ ...title, top: 100, bottom: 120 }] }), 0, 'a label clear of titles stays');
    const arc = clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, [], [], label);
    assert.notEqual(arc, 0);
    // The label sits at the curve's middle, arc/2 off the line: above or below the title now.
    const middle = arc / 2;
    assert.ok(middle - 12 >= title.bottom || middle + 12 <= title.top, `label at ${middle} clears the title`);
    // With nodes close above and below the line, no bend clears them: the line stays straight.
    const walls = [{ left: 200, right: 400, top: 15, bottom: 500 }, { left: 200, right: 400, top: -500, bottom: -15 }];
    assert.equal(clearArc({ x: 0, y: 0 }, { x: 600, y: 0 }, walls, [], label), 0);
  });

  it('routes no demo edge across a node it does not end at, whichever regions it passes', () => {
    const graph = buildGraph(demoSnapshot());
    const positions = layoutGraph(graph);
    const arcs = edgeArcs(graph, positions);
    const leaves = graph.nodes.filter(isLeafNode).filter((n) => positions[n.id]);
    const crossings: string[] = [];
    for (const edge of graph.edges) {
      const from = positions[edge.source];
      const to = positions[edge.target];
      if (!from || !to) continue;
      const samples = curveSamples(from, to, arcs[edge.id] ?? 0);
      for (const leaf of leaves) {
        if (leaf.id === edge.source || leaf.id === edge.target) continue;
        const b = boxAround(positions[leaf.id], leafSize(leaf));
        if (samples.some((p) => p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom)) crossings.push(`${edge.id} crosses ${leaf.id}`);
      }
    }
    assert.deepEqual(crossings, []);
  });
});

/** Points along the quadratic curve cytoscape draws for `arc` (control point arc off the middle along (−dy, dx)). */
function curveSamples(from: Point, to: Point, arc: number): Point[] {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const control = { x: (from.x + to.x) / 2 + (-(to.y - from.y) / length) * arc, y: (from.y + to.y) / 2 + ((to.x - from.x) / length) * arc };
  return Array.from({ length: 201 }, (_, i) => {
    const t = i / 200;
    return { x: (1 - t) ** 2 * from.x + 2 * (1 - t) * t * control.x + t * t * to.x, y: (1 - t) ** 2 * from.y + 2 * (1 - t) * t * control.y + t * t * to.y };
  });
}
