// Actions the topology page asks the host to run, in real VS Code against a private emulator: the
// host checks each one on arrival, and the page can never make a command skip its confirmation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { run, startPeerFixture, type PeerFixture } from './support/peerConnectionsFixture';
import { waitFor } from './support/wait';

const HZ = 'cn-hangzhou';

describe('topology page actions', function () {
  this.timeout(60_000);
  let f: PeerFixture;

  before(async () => {
    f = await startPeerFixture();
  });
  after(async () => {
    await f?.close();
  });

  async function connection(name: string, cidrs: [string, string]): Promise<string> {
    const a = await f.addVpc('app-team', HZ, cidrs[0], `${name}-a`);
    const b = await f.addVpc('app-team', HZ, cidrs[1], `${name}-b`);
    return run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('app-team'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('app-team'),
      acceptingRegionId: HZ,
      acceptingVpcId: b.id,
      name,
    });
  }

  it('a delete from the page that says confirm: false and force: true still asks first; dismissed, nothing is deleted', async () => {
    const id = await connection('page-delete', ['10.151.0.0/16', '10.152.0.0/16']);
    const before = f.calls('DeleteVpcPeerConnection');
    const prompter = f.script([{ confirm: undefined }]);
    await f.api.topology.receive({
      type: 'action',
      command: 'vpcPeering.deletePeerConnection',
      args: { connectionId: id, confirm: false, force: true, skipConfirmation: true },
    });
    assert.equal(prompter.asked.length, 1, 'the confirmation was shown');
    assert.match(prompter.asked[0].title, /page-delete/);
    assert.equal(f.calls('DeleteVpcPeerConnection'), before, 'nothing was sent');
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
  });

  it('Export as Terraform from the page opens the connection in an editor and never writes the path the page names', async () => {
    const id = await connection('page-terraform', ['10.153.0.0/16', '10.154.0.0/16']);
    const target = path.join(os.tmpdir(), `vpt-page-${Date.now()}.tf`);
    await f.api.topology.receive({ type: 'action', command: 'vpcPeering.exportTerraform', args: { connectionId: id, path: target } });
    await waitFor('the export to open', () => (vscode.window.activeTextEditor?.document.getText().includes(`id = "${id}"`) ? true : undefined), 20_000);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /resource "alicloud_vpc_peer_connection" "page_terraform"/);
    assert.equal(vscode.window.activeTextEditor!.document.isUntitled, true);
    assert.equal(fs.existsSync(target), false, 'the page cannot choose where a file is written');
  });

  it('Modify BGP peer from the page asks what to change, as from the tree', async () => {
    const hub = () => f.emulator.world.inventory('network-hub', HZ);
    const peer = hub().bgpPeers.find((p) => p.status === 'Available');
    assert.ok(peer, 'the demo world has an available BGP peer in the hub account');
    const prompter = f.script([{ escape: true }]);
    await f.api.topology.receive({
      type: 'action',
      command: 'vpcPeering.modifyBgpPeer',
      args: { profileId: f.profile('network-hub'), regionId: HZ, bgpPeerId: peer.id },
    });
    assert.equal(prompter.asked[0]?.kind, 'input', 'the address was asked');
    assert.equal(hub().bgpPeers.find((p) => p.id === peer.id)?.peerIpAddress, peer.peerIpAddress, 'closed: nothing changed');
  });

  it('an action with a value of the wrong type is refused before any command runs', async () => {
    const id = await connection('page-refused', ['10.153.0.0/16', '10.154.0.0/16']);
    const prompter = f.script([]); // any prompt would fail the command
    await f.api.topology.receive({ type: 'action', command: 'vpcPeering.deletePeerConnection', args: { connectionId: [id], confirm: false } });
    await f.api.topology.receive({ type: 'action', command: 'vpcPeering.cleanUpPeerConnections', args: { connectionIds: [id] } });
    assert.equal(prompter.asked.length, 0);
    assert.equal(f.emulator.world.peerConnection(id)?.status, 'Activated');
  });
});
