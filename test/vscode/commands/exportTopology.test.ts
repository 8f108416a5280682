// Export Topology… driven through its prompts in real VS Code (a script answers them): the format,
// then the save dialog, which offers topology.<format> in the folder used last; the command
// resolves to the file it wrote without waiting for the "Saved … to …" notice.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../../src/extension';
import { activatedExtension } from '../support/extension';

describe('export topology through its prompts', function () {
  this.timeout(90_000);
  let api: VpcPeeringApi;
  let scratch: string;

  before(async () => {
    api = (await activatedExtension()).exports as VpcPeeringApi;
    await vscode.commands.executeCommand('vpcPeering.useSandbox');
    await api.store.whenIdle();
    await vscode.commands.executeCommand('vpcPeering.openTopology');
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-export-'));
  });

  after(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('asks for the format and where to save, writes the file and resolves to its path', async () => {
    const target = path.join(scratch, 'through-prompts.svg');
    const script = api.useScriptedPrompts([{ pick: 'svg' }, { save: target }]);
    const written = await vscode.commands.executeCommand('vpcPeering.exportTopology');
    assert.equal(written, target);
    assert.deepEqual(script.asked.map((a) => a.kind), ['pick', 'save']);
    assert.equal(script.remaining, 0);
    const offered = script.asked[1].value ?? '';
    assert.ok(path.isAbsolute(offered) && fs.statSync(path.dirname(offered)).isDirectory(), `offered ${offered}`);
    assert.equal(path.basename(offered), 'topology.svg');
    const svg = fs.readFileSync(target, 'utf8');
    assert.match(svg, /^<svg /);
    assert.match(svg, /<path [^>]*data-id="/, 'the links are drawn');
  });

  it('offers the folder used last, and asks only what the arguments leave open', async () => {
    const elsewhere = fs.mkdtempSync(path.join(scratch, 'last-'));
    await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'html', path: path.join(elsewhere, 'first.html') });
    const script = api.useScriptedPrompts([{ save: path.join(elsewhere, 'second.png') }]);
    const written = await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'png' });
    assert.equal(written, path.join(elsewhere, 'second.png'));
    assert.deepEqual(script.asked.map((a) => a.kind), ['save']);
    assert.equal(script.asked[0].value, path.join(elsewhere, 'topology.png'));
    assert.ok(fs.readFileSync(path.join(elsewhere, 'second.png')).subarray(1, 4).equals(Buffer.from('PNG')));
  });

  it('exports from a topology panel hidden behind another editor', async () => {
    await vscode.commands.executeCommand('vpcPeering.openTopology');
    // In the panel's own editor group: the panel goes to the background and its page is discarded.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'in front of the topology' }), vscode.ViewColumn.Active);
    const target = path.join(scratch, 'from-hidden.png');
    assert.equal(await vscode.commands.executeCommand('vpcPeering.exportTopology', { format: 'png', path: target }), target);
    assert.ok(fs.readFileSync(target).subarray(1, 4).equals(Buffer.from('PNG')));
  });

  it('writes nothing when the save dialog is closed', async () => {
    const before = fs.readdirSync(scratch);
    const script = api.useScriptedPrompts([{ pick: 'html' }, { escape: true }]);
    const written = await vscode.commands.executeCommand('vpcPeering.exportTopology');
    assert.equal(written, undefined);
    assert.equal(script.remaining, 0);
    assert.deepEqual(fs.readdirSync(scratch), before);
  });
});
