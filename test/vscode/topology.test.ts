// The topology panel in real VS Code: it opens on the sandbox, its page answers the host (the
// exports are drawn by the page itself), it follows the store, and it reveals resources.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../src/extension';
import { layoutGraph } from '../../src/model/graph';
import { activatedExtension } from './support/extension';
import { screenshotsAvailable, takeScreenshot } from './support/screenshot';
import { sleep } from './support/wait';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('topology panel', function () {
  this.timeout(90_000);
  let api: VpcPeeringApi;
  let scratch: string;

  before(async () => {
    api = (await activatedExtension()).exports as VpcPeeringApi;
    await vscode.commands.executeCommand('vpcPeering.useSandbox');
    await api.store.whenIdle();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-topology-'));
  });

  after(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('opens on the sandbox and its page draws the graph (PNG export from the page) @screenshot', async () => {
    await vscode.commands.executeCommand('vpcPeering.openTopology');
    assert.ok(api.topology.isOpen);
    const target = path.join(scratch, 'topology.png');
    const written = await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'png', path: target });
    assert.equal(written, target);
    const bytes = fs.readFileSync(target);
    assert.ok(bytes.subarray(0, 8).equals(pngSignature), 'a PNG file');
    assert.ok(bytes.length > 10_000, `the PNG holds a drawing (${bytes.length} bytes)`);
    if (screenshotsAvailable()) {
      await sleep(1500);
      // The export's "Saved topology.png" notification would cover the graph in the README's picture.
      await vscode.commands.executeCommand('notifications.clearAll');
      await sleep(500);
      await takeScreenshot('topology-panel');
    }
  });

  it("draws both clouds of the sandbox: Huawei Cloud's regions as boxes of their own beside Alibaba Cloud's, in the exports too", async () => {
    const { graph } = api.topology.currentGraph();
    assert.ok(graph);
    const regions = graph.nodes.filter((n) => n.kind === 'region').map((n) => n.label);
    assert.ok(regions.includes('Huawei Cloud · CN North-Beijing4 · cn-north-4'), regions.join(', '));
    assert.ok(regions.includes('Huawei Cloud · CN-Hong Kong · ap-southeast-1'), 'Huawei Cloud ap-southeast-1 apart from Alibaba Cloud ap-southeast-1');
    assert.ok(regions.some((label) => label.endsWith('· ap-southeast-1') && !label.startsWith('Huawei')), 'and Alibaba Cloud ap-southeast-1 beside it');
    const huaweiPeering = graph.edges.find((e) => e.kind === 'peer' && e.connectionId === 'c0de0002-0000-4000-8000-000000000002');
    assert.equal(huaweiPeering?.kind === 'peer' ? huaweiPeering.status : undefined, 'Accepting', 'a Huawei request waiting for the other tenant, styled as any Accepting edge');
    const htmlPath = path.join(scratch, 'both-clouds.html');
    await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'html', path: htmlPath });
    assert.match(fs.readFileSync(htmlPath, 'utf8'), /c0de0002-0000-4000-8000-000000000002/);
  });

  it('exports SVG and a self-contained HTML page with every connection of the store', async () => {
    const svgPath = path.join(scratch, 'topology.svg');
    await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'svg', path: svgPath });
    const svg = fs.readFileSync(svgPath, 'utf8');
    assert.match(svg, /^<\?xml|^<svg/);
    assert.match(svg, /<\/svg>\s*$/);

    const htmlPath = path.join(scratch, 'topology.html');
    await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'html', path: htmlPath });
    const html = fs.readFileSync(htmlPath, 'utf8');
    assert.match(html, /Content-Security-Policy/);
    assert.doesNotMatch(html, /src="https?:/, 'no remote resources');
    const ids = new Set(api.store.snapshot().regions.flatMap((r) => r.peerConnections.filter((c) => c.status !== 'Deleted').map((c) => c.id)));
    assert.ok(ids.size > 0);
    for (const id of ids) assert.ok(html.includes(id), `${id} is in the exported page`);
  });

  it('refuses an export with a bad format or a relative path, writing nothing', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'gif', path: path.join(scratch, 'x.gif') })),
      /png, svg or html/,
    );
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'png', path: 'relative.png' })), /absolute/);
    assert.ok(!fs.existsSync(path.join(scratch, 'x.gif')));
  });

  it('re-lays out in the page\'s worker (the webview lets it fetch and start it), and remembers the result', async () => {
    const result = (await vscode.commands.executeCommand('vpcPeering.relayoutTopology')) as { outcome: string; engine?: string; moved: number; message?: string };
    assert.equal(result.outcome, 'done', result.message);
    assert.equal(result.engine, 'worker', `ran on the page instead: ${result.message ?? ''}`);
    const leaves = api.topology.currentGraph().graph?.nodes.filter((n) => n.kind !== 'region' && n.kind !== 'account').length ?? 0;
    assert.equal(result.moved, leaves);
  });

  it('undoes that re-layout and resets the layout from the command palette', async () => {
    assert.equal(await vscode.commands.executeCommand('vpcPeering.undoRelayout'), true, 'the re-layout just run is undone');
    assert.equal(await vscode.commands.executeCommand('vpcPeering.undoRelayout'), false, 'nothing more to undo');
    await vscode.commands.executeCommand('vpcPeering.relayoutTopology');
    await vscode.commands.executeCommand('vpcPeering.resetTopologyLayout');
    const { graph, positions } = api.topology.currentGraph();
    assert.ok(graph);
    assert.deepEqual(positions, layoutGraph(graph), 'the layout a fresh open draws');
  });

  it('reveals a connection from the explorer in the graph', async () => {
    const connection = api.store.snapshot().regions.flatMap((r) => r.peerConnections)[0];
    const revealed = await vscode.commands.executeCommand('vpcPeering.revealInTopology', { id: connection.id });
    assert.equal(revealed, connection.id);
    assert.ok(api.topology.isOpen);
  });
});
