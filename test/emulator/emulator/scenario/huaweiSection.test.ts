// The `huawei` section of a scenario document: a scenario file given by path reaches the Huawei
// world (read through the real Huawei SDK), its shape and values are checked with clear paths, an
// explicit `huawei.scenario` option wins over it; `--generate` gives a small Huawei world beside
// the Alibaba one, sized by its huawei… fields; the CLI's rates reach the Huawei APIs.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateScenario, ScenarioError, startEmulator, type EmulatorOptions } from '../../../../src/emulator';
import { parseCliArgs } from '../../../../src/emulator/cliOptions';
import { CN_NORTH, req, sdkFailure, tenant, useTemporaryHome, vpcClient, type Wire } from '../huawei/fixture';
import { withEmulator } from '../fixture';

const VPC_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const VPC_B = 'aaaaaaaa-0000-4000-8000-000000000002';
const VPC_C = 'aaaaaaaa-0000-4000-8000-000000000003';
const PEERING = 'bbbbbbbb-0000-4000-8000-000000000001';

const HUAWEI_SECTION = {
  accounts: [
    { name: 'hw-ops', regions: [CN_NORTH] },
    { name: 'hw-data', regions: [CN_NORTH] },
  ],
  vpcs: [
    { id: VPC_A, account: 'hw-ops', regionId: CN_NORTH, name: 'ops', cidr: '10.1.0.0/16', subnets: [{ id: 'aaaaaaaa-0000-4000-8000-0000000000a1', name: 'ops-a', cidr: '10.1.1.0/24' }] },
    { id: VPC_B, account: 'hw-ops', regionId: CN_NORTH, name: 'tools', cidr: '10.2.0.0/16' },
    { id: VPC_C, account: 'hw-data', regionId: CN_NORTH, name: 'lake', cidr: '10.3.0.0/16' },
  ],
  peerings: [
    { id: PEERING, name: 'ops-tools', requestVpcId: VPC_A, acceptVpcId: VPC_B },
    { id: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'ops-lake', requestVpcId: VPC_A, acceptVpcId: VPC_C },
  ],
  routes: [{ vpcId: VPC_A, destination: '10.2.0.0/16', peeringId: PEERING }],
};

describe('emulator: the huawei section of scenarios', function () {
  this.timeout(30_000);
  let dir: string;
  useTemporaryHome();
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'emulator-huawei-scenario-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(content: unknown): string {
    const file = path.join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  }

  async function problemsOf(options: EmulatorOptions): Promise<string[]> {
    try {
      await (await startEmulator(options)).close();
    } catch (error) {
      assert.ok(error instanceof ScenarioError, String(error));
      return error.problems;
    }
    assert.fail('the scenario was accepted');
  }

  const fileWith = (huawei: unknown): string => write({ version: 1, accounts: [{ name: 'only', uid: '1200000000000001' }], huawei });

  it('serves the huawei section of a scenario file given by path', async () => {
    const file = fileWith(HUAWEI_SECTION);
    // As `--scenario FILE` gives it.
    await withEmulator({ ...parseCliArgs(['--scenario', file]).options, transitionMs: 0 }, async (emulator) => {
      assert.deepEqual(emulator.huawei.accounts.map((a) => a.name), ['hw-ops', 'hw-data']);
      const ops = vpcClient(emulator, tenant(emulator, 'hw-ops'), CN_NORTH).client;
      const vpcs = (await ops.listVpcs(req({}))) as Wire;
      assert.deepEqual(vpcs.vpcs.map((v: Wire) => v.name).sort(), ['ops', 'tools']);
      const peerings = (await ops.listVpcPeerings(req({}))) as Wire;
      assert.deepEqual(peerings.peerings.map((p: Wire) => [p.name, p.status]).sort(), [['ops-lake', 'PENDING_ACCEPTANCE'], ['ops-tools', 'ACTIVE']]);
      const routes = (await ops.listVpcRoutes(req({ vpc_id: VPC_A }))) as Wire;
      assert.deepEqual(routes.routes.map((r: Wire) => [r.destination, r.nexthop]), [['10.2.0.0/16', PEERING]]);
    });
  });

  it('lets an explicit huawei.scenario option win over the document, and gives an empty Huawei world to a file without the section', async () => {
    await withEmulator({ scenario: fileWith(HUAWEI_SECTION), huawei: { scenario: 'demo' } }, async (emulator) => {
      assert.deepEqual(emulator.huawei.accounts.map((a) => a.name), ['hw-network', 'hw-partner']);
      assert.ok(emulator.huawei.world.vpcs.size > 0);
    });
    await withEmulator({ scenario: fileWith(undefined) }, async (emulator) => {
      assert.equal(emulator.huawei.world.vpcs.size, 0);
    });
  });

  it('reports shape problems of the section with their path', async () => {
    const problems = await problemsOf({ scenario: fileWith({ accounts: [{ name: 'x' }], vpcs: [{ id: VPC_A, account: 'x', regionId: CN_NORTH, name: 'v', cidrBlock: '10.0.0.0/16' }] }) });
    assert.ok(problems.includes('huawei.accounts[0].regions: required but missing.'), problems.join('\n'));
    assert.ok(problems.includes('huawei.vpcs[0].cidr: required but missing.'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('huawei.vpcs[0].cidrBlock: unknown field (known: id, account, regionId, name, cidr,')), problems.join('\n'));
  });

  it('reports wrong values and broken references of the section, all at once', async () => {
    const problems = await problemsOf({
      scenario: fileWith({
        accounts: [
          { name: 'hw-ops', regions: [CN_NORTH], domainId: 'NOT-HEX' },
          { name: 'hw-sg', regions: ['ap-southeast-1'] },
        ],
        vpcs: [
          { id: VPC_A, account: 'hw-ops', regionId: CN_NORTH, name: 'a', cidr: '10.1.0.0/16', subnets: [{ id: 'aaaaaaaa-0000-4000-8000-0000000000a1', name: 's', cidr: '10.9.1.0/24' }] },
          { id: VPC_A, account: 'hw-ops', regionId: CN_NORTH, name: 'twice', cidr: '10.2.0.0/16' },
          { id: VPC_B, account: 'hw-ops', regionId: 'ap-southeast-1', name: 'b', cidr: '10.3.0.0/16' },
          { id: VPC_C, account: 'hw-sg', regionId: 'ap-southeast-1', name: 'c', cidr: '10.4.0.1/16' },
        ],
        peerings: [
          { id: PEERING, name: 'p', requestVpcId: VPC_A, acceptVpcId: 'aaaaaaaa-0000-4000-8000-00000000dead' },
          { id: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'q', requestVpcId: VPC_A, acceptVpcId: VPC_A, createdAt: 'yesterday' },
        ],
        routes: [{ vpcId: VPC_A, destination: '10.4.0.0/16', peeringId: PEERING }],
      }),
    });
    const expect = (pattern: RegExp) => assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
    expect(/^huawei\.accounts\[0\] \(hw-ops\)\.domainId: "NOT-HEX" is not 32 lower-case hex digits/);
    expect(/^huawei\.vpcs\[0\] \(aaaaaaaa-[^)]*\)\.subnets\[0\] \([^)]*\)\.cidr: 10\.9\.1\.0\/24 is outside the VPC's 10\.1\.0\.0\/16/);
    expect(/^huawei\.vpcs\[1\] \(aaaaaaaa-[^)]*\): the id aaaaaaaa-0000-4000-8000-000000000001 is used twice/);
    expect(/^huawei\.vpcs\[2\] \(aaaaaaaa-[^)]*\): account hw-ops has no project in ap-southeast-1 \(its regions: cn-north-4\)/);
    expect(/^huawei\.vpcs\[3\] \(aaaaaaaa-[^)]*\)\.cidr: .*host bits/);
    expect(/^huawei\.peerings\[0\] \(bbbbbbbb-[^)]*\): unknown VPC aaaaaaaa-0000-4000-8000-00000000dead/);
    expect(/^huawei\.peerings\[1\] \(bbbbbbbb-[^)]*\): a VPC cannot peer with itself/);
    expect(/^huawei\.routes\[0\]: VPC .* is not a side of peering/);
  });

  it('--generate gives a small Huawei world by default, deterministic for a seed, with peerings in several statuses', async () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    const options = { regions: 3, vpcs: 30, peers: 20, seed: 7, now };
    const document = generateScenario(options);
    assert.deepEqual(generateScenario(options), document, 'deterministic');
    const huawei = document.huawei!;
    assert.deepEqual(huawei.accounts.map((a) => a.name), ['hw-network', 'hw-partner']);
    assert.equal(huawei.vpcs!.length, 12);
    assert.equal(huawei.peerings!.length, 12);
    const statuses = new Set(huawei.peerings!.map((p) => p.status));
    for (const status of ['ACTIVE', 'PENDING_ACCEPTANCE', 'REJECTED', 'EXPIRED']) assert.ok(statuses.has(status), `${status} among ${[...statuses].join(', ')}`);
    const regionOf = new Map(huawei.vpcs!.map((v) => [v.id, v.regionId]));
    for (const p of huawei.peerings!) assert.equal(regionOf.get(p.requestVpcId), regionOf.get(p.acceptVpcId), 'a peering stays in one region');
    assert.ok(huawei.routes!.length > 0);

    const sized = generateScenario({ ...options, huaweiTenants: 3, huaweiVpcs: 60, huaweiPeerings: 80 }).huawei!;
    assert.deepEqual([sized.accounts.length, sized.vpcs!.length, sized.peerings!.length], [3, 60, 80]);
    assert.deepEqual(generateScenario({ ...options, huaweiTenants: 0 }).huawei, { accounts: [], vpcs: [], peerings: [], routes: [] });
    assert.throws(() => generateScenario({ ...options, huaweiVpcs: 4, huaweiPeerings: 50 }), /allow at most/);
    assert.throws(() => generateScenario({ ...options, huaweiTenants: 0, huaweiVpcs: 5 }), /needs at least one Huawei tenant/);

    // Served as the CLI asks for it.
    const cli = parseCliArgs(['--generate', 'regions=2,vpcs=10,peers=8,huaweiVpcs=18,huaweiPeerings=15', '--seed', '3']).options;
    assert.deepEqual(cli.generate, { regions: 2, vpcs: 10, peers: 8, accounts: undefined, huaweiVpcs: 18, huaweiPeerings: 15 });
    await withEmulator({ ...cli, transitionMs: 0 }, async (emulator) => {
      assert.equal(emulator.huawei.world.vpcs.size, 18);
      const network = vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client;
      const mine = (await network.listVpcPeerings(req({}))) as Wire;
      assert.ok(mine.peerings.length > 0);
      const routes = (await network.listVpcRoutes(req({}))) as Wire;
      assert.ok(routes.routes.every((r: Wire) => r.type === 'peering'));
    });
  });

  it('applies the CLI\'s fault rates and latency to the Huawei APIs', async () => {
    const { options } = parseCliArgs(['--scenario', 'demo', '--throttle-rate', '1', '--latency-ms', '5']);
    await withEmulator(options, async (emulator) => {
      assert.deepEqual(emulator.huawei.faults.getRates(), { latencyMs: 5, throttleRate: 1, errorRate: 0 });
      const client = vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client;
      // The SDK's project lookup is throttled too (it is a Huawei call).
      const failure = await sdkFailure(client.listVpcs(req({})));
      assert.equal(failure.status, 429);
    });
    await withEmulator(parseCliArgs(['--scenario', 'demo', '--error-rate', '1']).options, async (emulator) => {
      const failure = await sdkFailure(vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client.listVpcs(req({})));
      assert.equal(failure.status, 500);
    });
  });
});
