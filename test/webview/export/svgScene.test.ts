// The SVG export against the live graph it was drawn from, for the demo scenario: every edge along
// the curve cytoscape draws (its bends and spreads), no edge across a node box it does not end at,
// the labels the page shows and no others, each on its edge, and none over a region title. The
// SVG is measured as a browser lays it out (path lengths, text boxes), not as the writer meant it.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { buildStandaloneHtml } from '../../../src/views/topology/standaloneHtml';
import { demoGraph } from '../support/demoGraph';
import { ARTIFACTS, BUNDLE, STYLESHEET, TopologyBrowser } from '../support/topologyBrowser';

interface Point {
  x: number;
  y: number;
}

/** What the live page drew, read from its cytoscape instance. */
interface LiveGraph {
  leaves: string[];
  regions: string[];
  edges: Array<{ id: string; source: string; target: string; midpoint: Point; start: Point; end: Point; label: string }>;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The SVG as the browser lays it out: boxes by element id, paths sampled, label boxes and texts. */
interface MeasuredSvg {
  boxes: Record<string, Box>;
  paths: Record<string, Point[]>;
  labels: Record<string, { box: Box; text: string[] }>;
}

const SAMPLE_STEP = 2;

describe('webview: the SVG export draws the live graph', function () {
  let browser: TopologyBrowser;
  let live: LiveGraph;
  let svg: MeasuredSvg;

  before(async () => {
    browser = await TopologyBrowser.launch();
    // The exported file downloads its own SVG from the toolbar: the page's drawing, with no host.
    const demo = demoGraph();
    const html = buildStandaloneHtml({
      scriptText: readFileSync(BUNDLE, 'utf8'),
      styleText: readFileSync(STYLESHEET, 'utf8'),
      graph: demo.graph,
      positions: demo.positions,
      theme: 'dark',
      title: 'Demo topology',
      automation: true,
    });
    const dir = path.join(ARTIFACTS, 'export');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'svg-geometry.html');
    writeFileSync(file, html);
    const page = await browser.newRawPage();
    // Large enough for the whole demo to be drawn in detail rather than as region summaries.
    await page.setViewportSize({ width: 2400, height: 1600 });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => performance.getEntriesByName('topology:init-painted').length > 0);
    live = await readLive(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'SVG image' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    writeFileSync(path.join(dir, 'svg-geometry.svg'), text);
    await page.close();
    svg = await measure(await browser.newRawPage(), text);
  });

  after(async () => {
    await browser?.close();
  });

  it('draws the detailed demo graph, one path per edge', () => {
    assert.ok(live.leaves.length >= 10, `leaves drawn: ${live.leaves.length}`);
    assert.ok(live.edges.length >= 10, `edges drawn: ${live.edges.length}`);
    assert.deepEqual(Object.keys(svg.paths).sort(), live.edges.map((e) => e.id).sort());
  });

  it('draws each edge along the curve the page draws: from its start, through its middle, to its end', () => {
    const off: string[] = [];
    for (const edge of live.edges) {
      const samples = svg.paths[edge.id];
      const from = distance(samples[0], edge.start);
      const to = distance(samples[samples.length - 1], edge.end);
      const middle = nearest(samples, edge.midpoint);
      if (from > 1 || to > 1 || middle > SAMPLE_STEP) off.push(`${edge.id}: start ${from.toFixed(1)}, middle ${middle.toFixed(1)}, end ${to.toFixed(1)} away`);
    }
    assert.deepEqual(off, []);
  });

  it('sends no edge across a node box it does not end at', () => {
    const crossings: string[] = [];
    for (const edge of live.edges) {
      for (const leaf of live.leaves) {
        if (leaf === edge.source || leaf === edge.target) continue;
        const box = shrink(svg.boxes[leaf], 1);
        if (svg.paths[edge.id].some((p) => inside(p, box))) crossings.push(`${edge.id} crosses ${leaf}`);
      }
    }
    assert.deepEqual(crossings, []);
  });

  it('shows the labels the page shows, each on its own edge', () => {
    const shown = live.edges.filter((e) => e.label !== '');
    assert.ok(shown.length >= 5, `labelled edges: ${shown.length}`);
    const edgeIds = new Set(live.edges.map((e) => e.id));
    assert.deepEqual(Object.keys(svg.labels).filter((id) => edgeIds.has(id)).sort(), shown.map((e) => e.id).sort(), 'hidden labels stay hidden');
    for (const edge of shown) {
      const label = svg.labels[edge.id];
      assert.deepEqual(label.text, edge.label.split('\n'), `${edge.id}'s label`);
      const centre = { x: (label.box.left + label.box.right) / 2, y: (label.box.top + label.box.bottom) / 2 };
      assert.ok(nearest(svg.paths[edge.id], centre) <= SAMPLE_STEP, `${edge.id}'s label sits on its edge`);
    }
  });

  it('puts no edge label over a region title', () => {
    const overlaps: string[] = [];
    for (const edge of live.edges) {
      const label = svg.labels[edge.id];
      if (!label) continue;
      for (const region of live.regions) {
        const title = svg.labels[region];
        assert.ok(title, `${region} has its title in the SVG`);
        if (intersects(label.box, title.box)) overlaps.push(`${edge.id}'s label covers ${region}'s title`);
      }
    }
    assert.deepEqual(overlaps, []);
  });
});

async function readLive(page: Page): Promise<LiveGraph> {
  return (await page.evaluate(`(() => {
    const cy = window.__vpcTopology.cy();
    const point = (p) => ({ x: p.x, y: p.y });
    return {
      leaves: cy.nodes(':visible').filter((n) => !n.isParent() && n.data('kind') !== 'regionSummary').map((n) => n.id()),
      regions: cy.nodes('[kind = "region"]:visible').map((n) => n.id()),
      edges: cy.edges(':visible').map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        midpoint: point(e.midpoint()),
        start: point(e.sourceEndpoint()),
        end: point(e.targetEndpoint()),
        label: String(e.style('label') || ''),
      })),
    };
  })()`)) as LiveGraph;
}

/** Lays the SVG out in a blank page and reads its geometry in its own (graph) coordinates. */
async function measure(page: Page, text: string): Promise<MeasuredSvg> {
  await page.setContent(`<!doctype html><body style="margin:0">${text}</body>`);
  const measured = (await page.evaluate(`(() => {
    const boxOf = (b) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
    const boxes = {};
    for (const shape of document.querySelectorAll('rect[data-id], ellipse[data-id], polygon[data-id]')) boxes[shape.dataset.id] = boxOf(shape.getBBox());
    const paths = {};
    for (const path of document.querySelectorAll('path[data-id]')) {
      const length = path.getTotalLength();
      const steps = Math.max(1, Math.ceil(length / ${SAMPLE_STEP}));
      const samples = [];
      for (let i = 0; i <= steps; i++) {
        const p = path.getPointAtLength((length * i) / steps);
        samples.push({ x: p.x, y: p.y });
      }
      paths[path.dataset.id] = samples;
    }
    const labels = {};
    for (const label of document.querySelectorAll('text[data-id]')) {
      // A label with a background is as large as its background.
      const background = label.previousElementSibling && label.previousElementSibling.tagName === 'rect' ? label.previousElementSibling : label;
      labels[label.dataset.id] = { box: boxOf(background.getBBox()), text: [...label.querySelectorAll('tspan')].map((t) => t.textContent) };
    }
    return { boxes, paths, labels };
  })()`)) as MeasuredSvg;
  await page.close();
  return measured;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function nearest(samples: Point[], to: Point): number {
  return Math.min(...samples.map((p) => distance(p, to)));
}

function shrink(box: Box, by: number): Box {
  return { left: box.left + by, top: box.top + by, right: box.right - by, bottom: box.bottom - by };
}

function inside(p: Point, box: Box): boolean {
  return p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
