// A Terraform workspace written the way people keep one — some connections imported, one matched
// by its literal VPC ids, one only in state, an accepter by literal id — read back with
// HashiCorp's parser, then changed behind Terraform's back through the real SDK: one connection
// deleted, one's bandwidth changed. The index and the drift report must say exactly that.

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PeerConnection } from '../../../src/model/types';
import { buildTerraformPlan } from '../../../src/terraform/buildTerraformPlan';
import { renderHcl } from '../../../src/terraform/renderHcl';
import { findDrift } from '../../../src/terraform/workspace/findDrift';
import { parseTerraformFile } from '../../../src/terraform/workspace/parseTerraformFile';
import { readTerraformState } from '../../../src/terraform/workspace/readTerraformState';
import { TerraformIndex } from '../../../src/terraform/workspace/terraformIndex';
import { accountOf, genericClient, peerCall } from '../emulator/fixture';
import { loadDemo, type LoadedDemo } from './demoExport';

describe('Terraform workspace: what code owns, and drift, against the demo sandbox', function () {
  this.timeout(60000);
  let demo: LoadedDemo;
  let folder: string;
  let imported: PeerConnection;
  let literal: PeerConnection;
  let stateOnly: PeerConnection;
  let deleted: PeerConnection;
  let report: ReturnType<typeof findDrift>;
  let index: TerraformIndex;
  let mainTf: string;

  before(async () => {
    demo = await loadDemo(0);
    folder = mkdtempSync(path.join(os.tmpdir(), 'vpt-terraform-'));
    // A connection shows in the inventory of each end's region: one entry per id.
    const requested = [
      ...new Map(
        demo.snapshot.regions
          .flatMap((r) => r.peerConnections.filter((c) => c.requester.accountUid === r.accountUid && c.status === 'Activated'))
          .map((c) => [c.id, c]),
      ).values(),
    ].sort((a, b) => a.id.localeCompare(b.id));
    stateOnly = requested.find((c) => c.requester.regionId !== c.accepter.regionId && c.bandwidthMbps >= 1)!;
    [imported, literal, deleted] = requested.filter((c) => c.id !== stateOnly.id);
    assert.ok(stateOnly && imported && literal && deleted, 'the demo has four activated connections to play with');

    const hcl = (ids: string[], importBlocks: boolean) =>
      renderHcl(buildTerraformPlan({ snapshot: demo.snapshot, access: demo.access, connectionIds: ids, includeRoutes: false, importBlocks }));
    mainTf = hcl([imported.id, deleted.id], true);
    writeFileSync(path.join(folder, 'main.tf'), mainTf);
    writeFileSync(path.join(folder, 'literal.tf'), hcl([literal.id, stateOnly.id], false));
    writeFileSync(path.join(folder, 'terraform.tfstate'), stateFor(stateOnly));

    // Behind Terraform's back: one connection goes, another gets more bandwidth.
    const owner = (c: PeerConnection) => demo.emulator.accounts.find((a) => a.uid === c.requester.accountUid)!;
    await peerCall(genericClient(demo.emulator, accountOf(demo.emulator, owner(deleted).name)), 'DeleteVpcPeerConnection', { InstanceId: deleted.id, Force: true });
    await peerCall(genericClient(demo.emulator, accountOf(demo.emulator, owner(stateOnly).name)), 'ModifyVpcPeerConnection', { InstanceId: stateOnly.id, Bandwidth: stateOnly.bandwidthMbps + 50 });
    const live = await demo.reload();

    const files = await Promise.all(['main.tf', 'literal.tf'].map(async (f) => parseTerraformFile(path.join(folder, f), readFileSync(path.join(folder, f), 'utf8'))));
    const state = readTerraformState(path.join(folder, 'terraform.tfstate'), readFileSync(path.join(folder, 'terraform.tfstate'), 'utf8'));
    index = TerraformIndex.build(files, state, live);
    report = findDrift(index, live);
  });

  after(async () => {
    await demo?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('knows which connections code owns, through an import block, literal VPC ids or state, with the file and line', () => {
    const managed = new Map(report.managed.map((m) => [m.id, m]));
    for (const connection of [imported, literal, stateOnly]) assert.ok(managed.has(connection.id), `${connection.name} is managed`);
    const owner = index.ownerOf(imported.id)!;
    assert.equal(owner.via, 'import');
    assert.equal(owner.file, path.join(folder, 'main.tf'));
    const blockLine = mainTf.split('\n').findIndex((line) => line.startsWith(`resource "alicloud_vpc_peer_connection" "${owner.address.split('.')[1]}"`)) + 1;
    assert.equal(owner.line, blockLine);
    assert.equal(index.ownerOf(literal.id)?.via, 'literal');
    assert.equal(index.ownerOf(stateOnly.id)?.via, 'state');
  });

  it('reports the connection deleted outside Terraform as missing, with its block', () => {
    assert.deepEqual(
      report.missing.filter((m) => m.id === deleted.id).map((m) => m.address.split('.')[0]),
      // The requester's block, and the accepter's when the accepter is another account.
      deleted.accepter.accountUid === deleted.requester.accountUid ? ['alicloud_vpc_peer_connection'] : ['alicloud_vpc_peer_connection', 'alicloud_vpc_peer_connection_accepter'],
    );
    assert.ok(!report.managed.some((m) => m.id === deleted.id));
  });

  it('reports the changed bandwidth as a difference between state and live, and nothing else for it', () => {
    const found = report.differences.filter((d) => d.id === stateOnly.id);
    assert.deepEqual(
      found.filter((d) => d.address.startsWith('alicloud_vpc_peer_connection.')).map(({ attribute, code, live }) => ({ attribute, code, live })),
      [{ attribute: 'bandwidth', code: String(stateOnly.bandwidthMbps), live: String(stateOnly.bandwidthMbps + 50) }],
    );
  });

  it('lists every other live connection as unmanaged, and none that code owns', () => {
    for (const id of [imported.id, literal.id, stateOnly.id]) assert.ok(!report.unmanaged.includes(id), id);
    const others = demo.snapshot.regions.flatMap((r) => r.peerConnections).filter((c) => ![imported, literal, stateOnly, deleted].some((x) => x.id === c.id) && !['Rejected', 'Expired', 'Deleted'].includes(c.status));
    for (const connection of others) assert.ok(report.unmanaged.includes(connection.id), `${connection.name} (${connection.id}) is unmanaged`);
  });
});

/** A state file as Terraform 1.x writes it, holding one connection with its 16-digit account UID. */
function stateFor(connection: PeerConnection): string {
  const name = connection.name.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
  return `{
  "version": 4,
  "terraform_version": "1.11.4",
  "serial": 3,
  "lineage": "b2c0f7c2-5b7e-4f4b-9d0a-1f1e0d7c9a11",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "alicloud_vpc_peer_connection",
      "name": "${name}",
      "provider": "provider[\\"registry.terraform.io/aliyun/alicloud\\"].hub",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${connection.id}",
            "vpc_id": "${connection.requester.vpcId}",
            "accepting_ali_uid": ${connection.accepter.accountUid},
            "accepting_region_id": "${connection.accepter.regionId}",
            "accepting_vpc_id": "${connection.accepter.vpcId}",
            "bandwidth": ${connection.bandwidthMbps},
            "peer_connection_name": "${connection.name}",
            "description": ${JSON.stringify(connection.description)},
            "status": "Activated",
            "tags": {},
            "dry_run": null,
            "timeouts": null
          }
        }
      ]
    }
  ],
  "check_results": null
}
`;
}
