import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DescribeVpcsRequest } from '@alicloud/vpc20160428';
import * as esbuild from 'esbuild';
import type { EmulatorAccount, RunningEmulator, ScenarioDocument } from '../../../src/emulator';
import { genericClient, peerCall, stsCall, vpcClient } from './fixture';

const root = path.join(__dirname, '..', '..', '..', '..');

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

describe('emulator: command line', function () {
  this.timeout(30_000);
  let dir: string;
  let cli: string;

  before(async () => {
    // Bundled from the current source the same way `npm run build` makes dist/emulator-cli.js.
    dir = mkdtempSync(path.join(os.tmpdir(), 'emulator-cli-'));
    cli = path.join(dir, 'emulator-cli.js');
    await esbuild.build({ entryPoints: [path.join(root, 'src', 'emulator', 'cli.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'silent' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function run(args: string[]): Run {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, stdout: () => out, stderr: () => err, exited };
  }

  async function ready(started: Run): Promise<{ endpoint: string; accounts: EmulatorAccount[] }> {
    const deadline = Date.now() + 15_000;
    while (!started.stdout().includes('\n')) {
      if (Date.now() > deadline) assert.fail(`no ready line; stderr: ${started.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return JSON.parse(started.stdout().split('\n')[0]) as { endpoint: string; accounts: EmulatorAccount[] };
  }

  /** Just enough of a RunningEmulator for the fixture's client builders. */
  function target(endpoint: string): RunningEmulator {
    return { endpoint } as RunningEmulator;
  }

  it('prints one JSON line when ready, serves signed calls, and exits 0 on SIGTERM', async () => {
    const started = run(['--port', '0', '--scenario', 'demo', '--transition-ms', '20']);
    const line = await ready(started);
    assert.match(line.endpoint, /^127\.0\.0\.1:\d+$/);
    const byProvider = (provider: string) => line.accounts.filter((a) => (a as { provider?: string }).provider === provider);
    assert.deepEqual(byProvider('alibaba').map((a) => a.name), ['network-hub', 'app-team', 'partner']);
    for (const account of byProvider('alibaba')) assert.deepEqual(Object.keys(account), ['name', 'uid', 'accessKeyId', 'accessKeySecret', 'provider']);
    assert.deepEqual(byProvider('huawei').map((a) => a.name), ['hw-network', 'hw-partner']);
    for (const account of byProvider('huawei')) assert.deepEqual(Object.keys(account), ['name', 'domainId', 'accessKeyId', 'secretAccessKey', 'provider']);

    const [hub] = line.accounts;
    const identity = await stsCall(genericClient(target(line.endpoint), hub), 'GetCallerIdentity');
    assert.equal(identity.AccountId, hub.uid);
    const vpcs = await vpcClient(target(line.endpoint), hub).describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
    assert.ok(vpcs.body!.totalCount! > 0);

    started.child.kill('SIGTERM');
    assert.equal(await started.exited, 0);
    assert.equal(started.stdout().trim().split('\n').length, 1, 'nothing but the ready line on stdout');
    assert.equal(started.stderr(), '');
  });

  it('saves changes to --state and loads them on the next start; --verbose logs calls to stderr only', async () => {
    const stateFile = path.join(dir, 'state.json');
    const first = run(['--scenario', 'demo', '--state', stateFile, '--transition-ms', '0', '--verbose']);
    const line = await ready(first);
    const app = line.accounts.find((a) => a.name === 'app-team')!;
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as ScenarioDocument;
    const byName = (name: string) => saved.vpcs!.find((v) => v.name === name)!;
    const { InstanceId } = await peerCall(genericClient(target(line.endpoint), app), 'CreateVpcPeerConnection', {
      RegionId: 'cn-hangzhou',
      VpcId: byName('default-vpc').id,
      AcceptingAliUid: app.uid,
      AcceptingRegionId: 'cn-hangzhou',
      AcceptingVpcId: byName('payments-staging-hz').id,
      Name: 'survives-restart',
    });
    first.child.kill('SIGINT');
    assert.equal(await first.exited, 0);
    assert.match(first.stderr(), /CreateVpcPeerConnection 2022-01-01 account=1420304050607080 -> 200/);
    assert.ok(!first.stderr().includes(app.accessKeySecret), 'no secret in the log');
    assert.equal(first.stdout().trim().split('\n').length, 1);
    const huawei = (JSON.parse(readFileSync(stateFile, 'utf8')) as ScenarioDocument).huawei;
    assert.deepEqual(huawei?.accounts.map((a) => a.name), ['hw-network', 'hw-partner'], 'the Huawei world is saved beside it');

    const second = run(['--scenario', 'empty', '--state', stateFile]);
    const again = await ready(second);
    const got = await peerCall(genericClient(target(again.endpoint), app), 'GetVpcPeerConnectionAttribute', { InstanceId });
    assert.equal(got.Name, 'survives-restart');
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });

  it('serves a generated scenario', async () => {
    const started = run(['--generate', 'regions=2,vpcs=10,peers=8', '--seed', '5']);
    const line = await ready(started);
    const vpcs = await vpcClient(target(line.endpoint), line.accounts[0]).describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
    assert.ok(vpcs.body!.totalCount! > 0);
    started.child.kill('SIGTERM');
    assert.equal(await started.exited, 0);
  });

  for (const [args, message] of [
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535/],
    [['--throttle-rate', '1.5'], /--throttle-rate must be a number from 0 to 1/],
    [['--colour', 'blue'], /unknown option --colour/],
    [['--generate', 'regions=2,vpcs=10'], /--generate needs peers=N/],
    [['--scenario', 'demo', '--generate', 'regions=1,vpcs=1,peers=0'], /either --scenario or --generate/],
    [['--scenario', '/no/such/scenario.json'], /does not exist/],
    [['--seed'], /--seed needs a value/],
  ] as Array<[string[], RegExp]>) {
    it(`exits 2 with a clear message for ${args.join(' ')}`, async () => {
      const started = run(args);
      assert.equal(await started.exited, 2);
      assert.match(started.stderr(), message);
      assert.equal(started.stdout(), '');
    });
  }

  it('prints its usage for --help', async () => {
    const started = run(['--help']);
    assert.equal(await started.exited, 0);
    assert.match(started.stdout(), /--generate regions=N,vpcs=N,peers=N/);
  });
});
