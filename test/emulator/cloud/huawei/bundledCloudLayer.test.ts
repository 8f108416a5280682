// The cloud layer as it ships: dist/cloud.js with the Huawei SDKs pruned to the methods
// src/cloud/huawei calls, their logger and multipart helpers left out and their runtime's extras
// deferred (scripts/huaweiSdkPruning.mjs, sdkExtrasCut.mjs, deferredRequires.mjs). Built here from
// the current source with the build's own options (as `npm run build -- --production` makes
// dist/cloud.js), required, and driven against the emulator through createAccountClient, the way
// the session will: it must read, write and fail exactly as the source does.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AccountClient, SecretProvider } from '../../../../src/cloud/accountClient';
import * as source from '../../../../src/cloud/createAccountClient';
import type { ProfileSpec } from '../../../../src/cloud/profiles';
import type { RunningEmulator } from '../../../../src/emulator';
import { tenant } from '../../emulator/huawei/fixture';
import { CN_NORTH, DEMO, useHuaweiEmulator } from './fixture';
import { cloudFailure } from '../../../support/cloudFailure';

type CloudLayer = typeof source;

const root = path.join(__dirname, '..', '..', '..', '..', '..');
const WRITE = { clientToken: 'bundle-test' };
const OPTIONS = { retry: { baseDelayMs: 5, maxDelayMs: 20 } };

/** Builds the cloud bundle with scripts/bundles.mjs' production options into `outfile`. */
async function buildCloudBundle(outfile: string): Promise<void> {
  const script = `
    import * as esbuild from 'esbuild';
    import { bundleTargets, esbuildOptions } from './scripts/bundles.mjs';
    const cloud = bundleTargets({ production: true }).find((target) => target.metadata.name === 'cloud');
    await esbuild.build({ ...esbuildOptions(cloud), outfile: process.argv[1], logLevel: 'error' });`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, outfile], { cwd: root });
}

function profileOf(emulator: RunningEmulator, name: string): ProfileSpec {
  return {
    id: `sandbox:${name}`,
    label: name,
    provider: 'huawei',
    kind: 'sandbox',
    accessKeyId: tenant(emulator, name).accessKeyId,
    endpoint: { endpoint: emulator.endpoint, protocol: 'http' },
  };
}

function secretsOf(emulator: RunningEmulator, override?: string): SecretProvider {
  return { accessKeySecret: async (profile) => override ?? emulator.huawei.accounts.find((a) => a.accessKeyId === profile.accessKeyId)?.secretAccessKey };
}


/** What the store reads of one region, in the model's terms. */
async function readRegion(client: AccountClient): Promise<unknown> {
  const vpcs = await client.reader.listVpcs(CN_NORTH);
  const tables = await client.reader.listRouteTables(CN_NORTH, DEMO.app);
  return {
    identity: await client.identity(),
    regions: await client.reader.describeRegions(),
    vpcs,
    subnets: await client.reader.listVSwitches(CN_NORTH, DEMO.hub),
    tables,
    entries: await client.reader.listRouteEntries(CN_NORTH, tables[0].id),
    peerings: await client.reader.listPeerConnections(CN_NORTH),
  };
}

describe('huawei: the built cloud bundle (dist/cloud.js) reaches the emulator through the pruned SDK', function () {
  this.timeout(120_000);
  const emulator = useHuaweiEmulator({ scenario: 'demo' });
  let dir: string;
  let bundled: CloudLayer;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cloud-bundle-'));
    const file = path.join(dir, 'cloud.js');
    await buildCloudBundle(file);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is a file built above
    bundled = require(file) as CloudLayer;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a Huawei account client for a Huawei profile, with the session’s tenant directory', () => {
    const client = bundled.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator()), OPTIONS, new bundled.HuaweiTenantDirectory());
    assert.equal((client as { capabilities?: { displayName: string } }).capabilities?.displayName, 'Huawei Cloud');
    assert.throws(() => bundled.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator())), /HuaweiTenantDirectory/);
    client.close();
  });

  it('reads the account, regions, VPCs, subnets, route tables and entries and peerings as the source does', async () => {
    const fromBundle = bundled.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator()), OPTIONS, new bundled.HuaweiTenantDirectory());
    const fromSource = source.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator()), OPTIONS, new source.HuaweiTenantDirectory());
    const read = await readRegion(fromBundle);
    assert.deepEqual(read, await readRegion(fromSource));
    assert.ok((read as { vpcs: { id: string }[] }).vpcs.some((vpc) => vpc.id === DEMO.app));
  });

  it('creates a cross-tenant peering, accepts it with the other profile, renames and deletes it', async () => {
    const directory = new bundled.HuaweiTenantDirectory();
    const network = bundled.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator()), OPTIONS, directory);
    const partner = bundled.createAccountClient(profileOf(emulator(), 'hw-partner'), secretsOf(emulator()), OPTIONS, directory);
    const partnerAccount = tenant(emulator(), 'hw-partner').domainId;
    const created = await network.operations.createPeerConnection(
      { regionId: CN_NORTH, vpcId: DEMO.hub, acceptingAccountUid: partnerAccount, acceptingRegionId: CN_NORTH, acceptingVpcId: DEMO.partnerEdge, name: 'bundle-edge' },
      WRITE,
    );
    await partner.operations.acceptPeerConnection(created.id, WRITE);
    const active = await network.reader.getPeerConnection(created.id);
    assert.equal(active?.status, 'Activated');
    assert.equal(active?.accepter.accountUid, partnerAccount, "the directory names the partner's account");
    await network.operations.modifyPeerConnection(created.id, { name: 'bundle-edge-renamed' }, WRITE);
    assert.equal((await partner.reader.getPeerConnection(created.id))?.name, 'bundle-edge-renamed');
    await network.operations.deletePeerConnection(created.id, { force: false }, WRITE);
    assert.equal(await network.reader.getPeerConnection(created.id), undefined);
  });

  it('fails on a wrong secret as the source does, without the secret in the error', async () => {
    const wrong = 'wrong-secret-value-1234';
    const fromBundle = await cloudFailure(bundled.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator(), wrong), OPTIONS, new bundled.HuaweiTenantDirectory()).reader.describeRegions());
    const fromSource = await cloudFailure(source.createAccountClient(profileOf(emulator(), 'hw-network'), secretsOf(emulator(), wrong), OPTIONS, new source.HuaweiTenantDirectory()).reader.describeRegions());
    assert.deepEqual([fromBundle.code, fromBundle.kind, fromBundle.httpStatus], [fromSource.code, fromSource.kind, fromSource.httpStatus]);
    assert.ok(!`${fromBundle.message} ${fromBundle.hint}`.includes(wrong));
  });

  it('fails with MissingSecret, before any request, when no secret is stored', async () => {
    const before = emulator().huawei.stats.total;
    const missing = await cloudFailure(bundled.createAccountClient(profileOf(emulator(), 'hw-network'), { accessKeySecret: async () => undefined }, OPTIONS, new bundled.HuaweiTenantDirectory()).identity());
    assert.equal(missing.code, 'MissingSecret');
    assert.equal(emulator().huawei.stats.total, before);
  });
});
