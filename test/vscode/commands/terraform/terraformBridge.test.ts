// The Terraform bridge in real VS Code against a private sandbox: export the live inventory as
// HCL and CDK for Terraform, then a Terraform workspace the test writes into the open folder —
// connections imported, one matched by literal ids, one only in state — read by the extension;
// one connection is deleted and one's bandwidth changed through the extension's own commands,
// and Go to Terraform and the drift report must say exactly that.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import * as vscode from 'vscode';
import { resourceRef } from '../../../../src/model/resourceRef';
import type { PeerConnection } from '../../../../src/model/types';
import { usePrivateSandbox, type PrivateSandbox } from '../../support/privateSandbox';
import { waitFor } from '../../support/wait';

interface DriftResult {
  managed: Array<{ id: string; address: string; file: string; line: number }>;
  unmanaged: string[];
  missing: Array<{ address: string; file: string; line: number; id?: string }>;
  differences: Array<{ id: string; address: string; attribute: string; code: string; live: string }>;
}

describe('Terraform bridge: export, what code owns, drift', function () {
  this.timeout(120_000);
  let sandbox: PrivateSandbox;
  let scratch: string;
  let sample: string;

  before(async () => {
    sandbox = await usePrivateSandbox({ transitionMs: 0 });
    await sandbox.settled();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-terraform-'));
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the test workbench opens a folder');
    sample = path.join(folder, 'terraform-sample');
    fs.mkdirSync(sample, { recursive: true });
  });

  after(async () => {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(sample, { recursive: true, force: true });
    await sandbox?.restore();
  });

  function liveRequested(): PeerConnection[] {
    const byId = new Map<string, PeerConnection>();
    for (const region of sandbox.api.store.snapshot().regions) {
      for (const c of region.peerConnections) if (c.requester.accountUid === region.accountUid) byId.set(c.id, c);
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  it('exports every live connection as HCL that HashiCorp’s parser reads, with an import block each', async () => {
    const target = path.join(scratch, 'all.tf');
    const written = await vscode.commands.executeCommand('vpcPeering.exportTerraform', { path: target });
    assert.equal(written, target);
    const parsed = (await parse('all.tf', fs.readFileSync(target, 'utf8'))) as { import: Array<{ to: string; id: string }> };
    const imported = parsed.import.filter((i) => i.to.startsWith('${alicloud_vpc_peer_connection.')).map((i) => i.id).sort();
    const expected = liveRequested().filter((c) => !['Rejected', 'Expired', 'Deleting', 'Deleted'].includes(c.status)).map((c) => c.id);
    assert.deepEqual(imported, expected);
    const text = fs.readFileSync(target, 'utf8');
    assert.match(text, /provider "alicloud" \{\n {2}alias += "sandbox_network_hub_cn_hangzhou"/);
    assert.match(text, /resource "alicloud_route_entry" /, 'routes through the connections are exported');
    assert.ok(!/accessKeySecret|access_key|secret_key/.test(text), 'no secret in the export');
  });

  it('exports one connection as CDK for Terraform', async () => {
    const connection = liveRequested().find((c) => c.status === 'Activated')!;
    const target = path.join(scratch, 'main.ts');
    await vscode.commands.executeCommand('vpcPeering.exportTerraform', { format: 'cdktf', path: target, connectionIds: [connection.id] });
    const text = fs.readFileSync(target, 'utf8');
    assert.match(text, /new alicloud\.vpcPeerConnection\.VpcPeerConnection\(this, /);
    assert.match(text, new RegExp(`importFrom\\("${connection.id}"\\)`));
  });

  it('reads a workspace’s Terraform: managed resources, Go to Terraform, and drift after changes made outside it', async () => {
    const activated = liveRequested().filter((c) => c.status === 'Activated');
    const inState = activated.find((c) => c.requester.regionId !== c.accepter.regionId && c.bandwidthMbps >= 1)!;
    const [imported, literal, deleted] = activated.filter((c) => c.id !== inState.id);
    assert.ok(inState && imported && literal && deleted);

    const exportTo = async (file: string, ids: string[], importBlocks: boolean) =>
      vscode.commands.executeCommand('vpcPeering.exportTerraform', { path: path.join(sample, file), connectionIds: ids, includeRoutes: false, importBlocks });
    await exportTo('main.tf', [imported.id, deleted.id], true);
    await exportTo('literal.tf', [literal.id, inState.id], false);
    fs.writeFileSync(path.join(sample, 'terraform.tfstate'), stateFor(inState));

    // Outside Terraform, through the extension: one connection deleted, another widened.
    await vscode.commands.executeCommand('vpcPeering.deletePeerConnection', { connectionId: deleted.id, confirm: false, force: true });
    await vscode.commands.executeCommand('vpcPeering.modifyPeerConnection', { connectionId: inState.id, bandwidthMbps: inState.bandwidthMbps + 50, confirm: false });
    await waitFor('the changes to be live', async () => {
      await sandbox.api.store.refreshAll();
      const ids = new Set(liveRequested().map((c) => c.id));
      const widened = liveRequested().find((c) => c.id === inState.id);
      return !ids.has(deleted.id) && widened?.bandwidthMbps === inState.bandwidthMbps + 50 && widened.status === 'Activated' ? true : undefined;
    }, 30_000);

    const goTo = (await vscode.commands.executeCommand('vpcPeering.goToTerraform', { resourceId: imported.id })) as { file: string; line: number } | undefined;
    if (!goTo) {
      const found = await vscode.workspace.findFiles('**/*.{tf,tf.json}');
      const drift = await vscode.commands.executeCommand('vpcPeering.showTerraformDrift', {});
      assert.fail(`no block found for ${imported.id}; files found: ${found.map((u) => u.fsPath).join(', ')}; folders: ${vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()).join(', ')}; drift: ${JSON.stringify(drift).slice(0, 1500)}`);
    }
    assert.equal(goTo.file, path.join(sample, 'main.tf'));
    const mainLines = fs.readFileSync(goTo.file, 'utf8').split('\n');
    assert.match(mainLines[goTo.line - 1], /^resource "alicloud_vpc_peer_connection" /);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, goTo.file);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, goTo.line - 1);

    // The tree says which rows code manages, and where.
    const row = sandbox.api.explorer.findNode(resourceRef('peerConnection', { accountUid: imported.requester.accountUid, regionId: imported.requester.regionId }, imported.id));
    assert.ok(row, 'the imported connection has a row');
    await waitFor('the row to note its Terraform block', async () => {
      const item = await sandbox.api.explorer.getTreeItem(row);
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '');
      return /Terraform$/.test(String(item.description ?? '')) && /Terraform: terraform-sample\/main\.tf:\d+/.test(tooltip.replace(/\\/g, '')) ? true : undefined;
    }, 10_000);
    const unmanagedRow = liveRequested().find((c) => ![imported, literal, inState, deleted].some((x) => x.id === c.id));
    if (unmanagedRow) {
      const other = sandbox.api.explorer.findNode(resourceRef('peerConnection', { accountUid: unmanagedRow.requester.accountUid, regionId: unmanagedRow.requester.regionId }, unmanagedRow.id));
      if (other) assert.doesNotMatch(String((await sandbox.api.explorer.getTreeItem(other)).description ?? ''), /Terraform/);
    }

    // Changing what code manages warns first; declining changes nothing.
    const script = sandbox.api.useScriptedPrompts([{ confirm: undefined }]);
    const modified = await vscode.commands.executeCommand('vpcPeering.modifyPeerConnection', { connectionId: imported.id, description: 'changed outside code' });
    assert.equal(modified, undefined);
    assert.equal(script.asked.length, 1);
    assert.match(script.asked[0].title, /is managed by Terraform \(terraform-sample\/main\.tf:\d+ · alicloud_vpc_peer_connection\.[a-z0-9_]+\); the change will show as drift/);
    assert.equal(liveRequested().find((c) => c.id === imported.id)?.description, imported.description);

    const drift = (await vscode.commands.executeCommand('vpcPeering.showTerraformDrift', {})) as DriftResult;
    const managed = new Set(drift.managed.map((m) => m.id));
    for (const c of [imported, literal, inState]) assert.ok(managed.has(c.id), `${c.name} is managed`);
    assert.ok(drift.missing.some((m) => m.id === deleted.id && m.file === path.join(sample, 'main.tf')), 'the deleted connection is missing');
    assert.deepEqual(
      drift.differences.filter((d) => d.id === inState.id).map(({ attribute, code, live }) => ({ attribute, code, live })),
      [{ attribute: 'bandwidth', code: String(inState.bandwidthMbps), live: String(inState.bandwidthMbps + 50) }],
    );
    assert.ok(!drift.unmanaged.includes(imported.id) && !drift.unmanaged.includes(literal.id));
    const unmanagedConnection = liveRequested().find((c) => ![imported, literal, inState, deleted].some((x) => x.id === c.id) && c.status === 'Activated');
    assert.ok(unmanagedConnection, 'the demo has another activated connection');
    assert.ok(drift.unmanaged.includes(unmanagedConnection.id));

    // Its fix: append it, with its import block and the provider blocks the file lacks, to main.tf.
    const before = fs.readFileSync(path.join(sample, 'main.tf'), 'utf8');
    const label = `${unmanagedConnection.name} (${unmanagedConnection.id})`;
    const fixScript = sandbox.api.useScriptedPrompts([{ pick: `$(export) Export ${label} as HCL with its import block` }, { save: path.join(sample, 'main.tf') }]);
    await vscode.commands.executeCommand('vpcPeering.showTerraformDrift', { fix: true });
    assert.equal(fixScript.remaining, 0, JSON.stringify(fixScript.asked));
    const after = fs.readFileSync(path.join(sample, 'main.tf'), 'utf8');
    assert.ok(after.startsWith(before.trimEnd()), 'what the file held is kept');
    const parsed = (await parse('main.tf', after)) as { import: Array<{ id: string }>; terraform: unknown[] };
    assert.ok(parsed.import.some((i) => i.id === unmanagedConnection.id), 'the connection is imported');
    assert.equal(parsed.terraform.length, 1, 'no second terraform settings block');
    const redrift = (await vscode.commands.executeCommand('vpcPeering.showTerraformDrift', {})) as DriftResult;
    assert.ok(redrift.managed.some((m) => m.id === unmanagedConnection.id), 'now managed');
  });
});

function stateFor(connection: PeerConnection): string {
  const name = connection.name.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
  return JSON.stringify(
    {
      version: 4,
      terraform_version: '1.11.4',
      serial: 1,
      lineage: '0f4c1d52-7a0e-4d0c-9b5f-2f8c7c1a9e21',
      outputs: {},
      resources: [
        {
          mode: 'managed',
          type: 'alicloud_vpc_peer_connection',
          name,
          provider: 'provider["registry.terraform.io/aliyun/alicloud"]',
          instances: [
            {
              schema_version: 0,
              attributes: {
                id: connection.id,
                vpc_id: connection.requester.vpcId,
                accepting_region_id: connection.accepter.regionId,
                accepting_vpc_id: connection.accepter.vpcId,
                bandwidth: connection.bandwidthMbps,
                peer_connection_name: connection.name,
                status: 'Activated',
                tags: {},
              },
            },
          ],
        },
      ],
    },
    null,
    2,
  );
}
