import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildGraph, diffGraph, layoutGraph } from '../../src/model/graph';
import type { InventorySnapshot } from '../../src/model/types';
import { APPS, demoSnapshot, vpc } from '../unit/model/graph/fixtures/demoSnapshot';
import { demoGraph } from './support/demoGraph';
import { ARTIFACTS, TopologyBrowser, type TopologyPage } from './support/topologyBrowser';

type EdgeLook = { id: string; status: string; lineStyle: string; color: string; opacity: number; badge: string };

describe('webview: drawing the topology', function () {
  let browser: TopologyBrowser;
  let page: TopologyPage;
  const demo = demoGraph();

  before(async () => {
    browser = await TopologyBrowser.launch();
    page = await browser.open('dark');
    await page.init(demo.init);
  });

  after(async () => {
    await browser?.close();
  });

  it('draws every region, account, VPC, external end, VBR, neighbour and link of the demo', async () => {
    const counts = await page.withCy((cy) => {
      const byKind: Record<string, number> = {};
      cy.elements().forEach((element) => {
        const kind = element.data('kind') as string;
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      });
      return byKind;
    });
    assert.deepEqual(counts, { region: 4, account: 12, vpc: 12, externalVpc: 1, router: 1, vbr: 1, bgpNeighbor: 2, peer: 10, routerInterface: 3, bgp: 2 });
  });

  it('draws each status its own way: Activated solid, transitions dashed in distinct colours, Rejected and Expired muted', async () => {
    const looks = await page.withCy((cy) =>
      cy.edges('[kind = "peer"]').map((edge) => ({
        id: edge.id(),
        status: edge.data('status') as string,
        lineStyle: edge.style('line-style') as string,
        color: edge.style('line-color') as string,
        opacity: Number(edge.style('opacity')),
        badge: edge.style('text-background-color') as string,
      })),
    );
    const byStatus = (status: string): EdgeLook => {
      const look = looks.find((l) => l.status === status);
      assert.ok(look, `no ${status} edge drawn`);
      return look;
    };
    assert.equal(byStatus('Activated').lineStyle, 'solid');
    const transitional = ['Accepting', 'Creating', 'Updating', 'Deleting'].map(byStatus);
    for (const look of transitional) assert.equal(look.lineStyle, 'dashed', look.status);
    const colours = new Set([byStatus('Activated'), ...transitional].map((l) => l.color));
    assert.equal(colours.size, 5, `five statuses, five colours: ${[...colours].join(' ')}`);
    for (const status of ['Rejected', 'Expired']) {
      assert.ok(byStatus(status).opacity < 1, `${status} is muted`);
      assert.equal(byStatus(status).color, byStatus('Rejected').color);
      assert.ok(!colours.has(byStatus(status).color));
    }
    // The warning badge: a connection with overlapping CIDRs or missing routes gets a filled label.
    const flagged = looks.find((l) => l.id === 'peer:pcc-hub-dr');
    const clean = looks.find((l) => l.id === 'peer:pcc-hub-app');
    assert.ok(flagged && clean);
    assert.notEqual(flagged.badge, clean.badge);
  });

  it('keeps region boxes apart and every VPC inside its region box', async () => {
    const result = await page.withCy((cy) => {
      const boxes = cy.nodes('[kind = "region"]').map((region) => ({ id: region.id(), box: region.boundingBox({ includeLabels: true }) }));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
        }
      }
      const outside = cy
        .nodes('[kind = "vpc"]')
        .filter((node) => {
          const region = node.ancestors('[kind = "region"]').first().boundingBox({});
          const p = node.position();
          return !(p.x > region.x1 && p.x < region.x2 && p.y > region.y1 && p.y < region.y2);
        })
        .map((node) => node.id());
      return { overlaps, outside };
    });
    assert.deepEqual(result.overlaps, []);
    assert.deepEqual(result.outside, []);
  });

  it('applies a status delta to that one edge without moving any node', async () => {
    const positions = () => page.withCy((cy) => cy.nodes().map((node) => ({ id: node.id(), ...node.position() })));
    const before = await positions();
    const snapshot = demoSnapshot();
    for (const inventory of snapshot.regions) {
      inventory.peerConnections = inventory.peerConnections.map((c) =>
        c.id === 'pcc-app-test' ? { ...c, status: 'Activated', modifiedAt: '2030-01-01T00:00:00Z' } : c,
      );
    }
    const delta = diffGraph(demo.graph, buildGraph(snapshot));
    assert.equal(delta.changed.length, 1);
    await page.page.evaluate(() => performance.clearMarks('topology:delta-painted'));
    await page.post({ type: 'delta', delta, positions: {} });
    await page.waitForMark('topology:delta-painted');
    const edge = await page.withCy((cy) => {
      const e = cy.getElementById('peer:pcc-app-test');
      return { status: e.data('status') as string, lineStyle: e.style('line-style') as string };
    });
    assert.deepEqual(edge, { status: 'Activated', lineStyle: 'solid' });
    assert.deepEqual(await positions(), before);
  });

  it('places a VPC added by a delta where the host put it, and moves nothing else', async () => {
    const before = await page.withCy((cy) => cy.nodes('[kind = "vpc"]').map((node) => ({ id: node.id(), ...node.position() })));
    const current = buildGraph(demoSnapshot());
    const grown: InventorySnapshot = demoSnapshot();
    const apps = grown.regions.find((r) => r.accountUid === APPS && r.regionId === 'cn-hangzhou');
    assert.ok(apps);
    apps.vpcs.push(vpc('vpc-app-new', APPS, 'cn-hangzhou', 'app-new', '172.30.0.0/16'));
    const next = buildGraph(grown);
    const layout = layoutGraph(next, { keep: demo.positions });
    const delta = diffGraph(current, next);
    // The page already holds pcc-app-test as Activated from the previous test; keep that.
    const withStatus = { ...delta, changed: delta.changed.filter((c) => c.id !== 'peer:pcc-app-test') };
    await page.post({ type: 'delta', delta: withStatus, positions: { 'vpc:vpc-app-new': layout['vpc:vpc-app-new'] } });
    await page.waitForCy((cy) => cy.getElementById('vpc:vpc-app-new').length === 1);
    const after = await page.withCy((cy) => cy.nodes('[kind = "vpc"]').map((node) => ({ id: node.id(), ...node.position() })));
    assert.deepEqual(after.find((n) => n.id === 'vpc:vpc-app-new'), { id: 'vpc:vpc-app-new', ...layout['vpc:vpc-app-new'] });
    for (const node of before) assert.deepEqual(after.find((n) => n.id === node.id), node);
  });

  it('follows VS Code’s theme variables and its theme switches', async () => {
    await page.page.evaluate(`document.documentElement.style.setProperty('--vscode-charts-green', '#00c853')`);
    await page.waitForExpression(`window.__vpcTopology.cy().getElementById('peer:pcc-hub-app').style('line-color') === 'rgb(0,200,83)'`);
    const dark = await page.withCy((cy) => cy.getElementById('vpc:vpc-hub-prod').style('color') as string);
    await page.page.evaluate(`document.body.className = 'vscode-light'`);
    await page.waitForCy((cy, before) => cy.getElementById('vpc:vpc-hub-prod').style('color') !== before, dark);
    const light = await page.withCy((cy) => cy.getElementById('vpc:vpc-hub-prod').style('color') as string);
    assert.notEqual(light, dark);
    await page.page.evaluate(`document.body.className = 'vscode-dark'; document.documentElement.style.removeProperty('--vscode-charts-green')`);
  });
});

describe('webview: screenshots of the demo graph', function () {
  let browser: TopologyBrowser;
  const directory = path.join(ARTIFACTS, 'screenshots');

  before(async () => {
    mkdirSync(directory, { recursive: true });
    browser = await TopologyBrowser.launch({ deviceScaleFactor: 2 });
  });

  after(async () => {
    await browser?.close();
  });

  for (const theme of ['dark', 'light', 'highContrast'] as const) {
    it(`writes the ${theme} picture`, async () => {
      const page = await browser.open(theme, { width: 1500, height: 940 });
      await page.init(demoGraph({ theme }).init);
      const file = path.join(directory, `topology-${theme === 'highContrast' ? 'high-contrast' : theme}.png`);
      await page.page.screenshot({ path: file });
      // A drawn graph compresses far worse than an empty page: a blank or broken page stays tiny.
      assert.ok(statSync(file).size > 150_000, `${file} looks empty`);
      await page.close();
    });
  }
});
