import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DescribeVpcsRequest } from '@alicloud/vpc20160428';
import { generateScenario, ManualClock, ScenarioError, startEmulator, type RunningEmulator, type ScenarioDocument } from '../../../../src/emulator';
import { overlaps } from '../../../../src/model/cidr';
import type { PeerConnection, RegionInventory } from '../../../../src/model/types';
import { accountOf, genericClient, peerCall, vpcClient, withEmulator } from '../fixture';

function everything(emulator: RunningEmulator): RegionInventory[] {
  return emulator.accounts.flatMap((a) => emulator.world.regions().map((r) => emulator.world.inventory(a.name, r)));
}

function allPeers(emulator: RunningEmulator): Map<string, PeerConnection> {
  return new Map(everything(emulator).flatMap((inv) => inv.peerConnections.map((p) => [p.id, p] as const)));
}

describe('emulator: the demo scenario', () => {
  it('has three accounts, four regions, a dozen VPCs with overlapping CIDRs, and a connection in every status', async () => {
    await withEmulator({ scenario: 'demo', transitionMs: 600_000 }, async (emulator) => {
      assert.deepEqual(emulator.accounts.map((a) => a.name), ['network-hub', 'app-team', 'partner']);
      assert.ok(emulator.world.regions().length >= 4);
      const inventories = everything(emulator);
      const vpcs = inventories.flatMap((i) => i.vpcs);
      assert.ok(vpcs.length >= 12, `${vpcs.length} VPCs`);
      assert.ok(vpcs.some((v) => v.secondaryCidrs.length > 0), 'some VPC has a secondary CIDR');
      const cidrs = vpcs.flatMap((v) => [v.cidrBlock, ...v.secondaryCidrs]);
      assert.ok(cidrs.some((a, i) => cidrs.some((b, j) => i !== j && overlaps(a, b))), 'some CIDRs overlap');

      const peers = [...allPeers(emulator).values()];
      const statuses = new Set(peers.map((p) => p.status));
      for (const status of ['Creating', 'Accepting', 'Updating', 'Rejected', 'Expired', 'Activated', 'Deleting']) assert.ok(statuses.has(status as never), `a connection in ${status}`);
      const hubUid = accountOf(emulator, 'network-hub').uid;
      const partnerUid = accountOf(emulator, 'partner').uid;
      assert.equal(peers.filter((p) => p.status === 'Accepting' && p.accepter.accountUid === hubUid).length, 2, 'two requests wait for the hub');
      assert.equal(peers.filter((p) => p.status === 'Accepting' && p.accepter.accountUid === partnerUid).length, 1, 'one waits for the partner');
      const active = peers.filter((p) => p.status === 'Activated');
      assert.ok(active.some((p) => p.requester.regionId === p.accepter.regionId && p.bandwidthMbps === -1));
      assert.ok(active.some((p) => p.requester.regionId !== p.accepter.regionId && p.bandwidthMbps > 0 && p.linkType));
      assert.ok(active.some((p) => p.requester.accountUid !== p.accepter.accountUid));

      const entries = inventories.flatMap((i) => i.routeEntries ?? []);
      const tables = inventories.flatMap((i) => i.routeTables ?? []);
      const routedSides = (peerId: string) => new Set(entries.filter((e) => e.nextHops.some((h) => h.id === peerId)).map((e) => tables.find((t) => t.id === e.routeTableId)?.vpcId));
      assert.ok(active.some((p) => routedSides(p.id).size === 2), 'routes on both sides');
      assert.ok(active.some((p) => routedSides(p.id).size === 1), 'routes on one side only');
      assert.ok(tables.some((t) => t.type === 'Custom'), 'custom route tables');
      const stealing = entries.find((e) => {
        const hop = e.nextHops[0];
        const table = tables.find((t) => t.id === e.routeTableId);
        return active.some((p) => {
          const far = p.requester.vpcId === table?.vpcId ? p.accepter : p.accepter.vpcId === table?.vpcId ? p.requester : undefined;
          return far !== undefined && hop.id !== p.id && far.ipv4Cidrs.some((c) => c !== e.destination && overlaps(c, e.destination));
        });
      });
      assert.ok(stealing, 'a more specific route sends part of a peer’s range elsewhere');

      const interfaces = inventories.flatMap((i) => i.routerInterfaces);
      assert.ok(interfaces.some((r) => r.status === 'Active' && r.routerType === 'VRouter' && r.opposite.routerType === 'VRouter'));
      assert.ok(interfaces.some((r) => r.status === 'Idle'));
      const bgpPeers = inventories.flatMap((i) => i.bgpPeers);
      assert.deepEqual(bgpPeers.map((p) => p.bgpStatus).sort(), ['Down', 'Established']);
      assert.ok(bgpPeers.some((p) => p.enableBfd));
      assert.equal(inventories.flatMap((i) => i.vbrs).length, 1);
      assert.ok(vpcs.every((v) => v.name.length > 0), 'every VPC has a name');
    });
  });

  it('settles its in-flight connections after the transition time', async () => {
    const clock = new ManualClock(Date.now());
    await withEmulator({ scenario: 'demo', transitionMs: 50, clock }, async (emulator) => {
      const before = [...allPeers(emulator).values()];
      const deleting = before.find((p) => p.status === 'Deleting')!;
      const creating = before.find((p) => p.status === 'Creating')!;
      const updating = before.find((p) => p.status === 'Updating')!;
      clock.advance(49);
      assert.equal(allPeers(emulator).get(creating.id)?.status, 'Creating');
      clock.advance(1);
      const now = allPeers(emulator);
      assert.ok(!now.has(deleting.id));
      assert.equal(now.get(creating.id)?.status, 'Activated');
      assert.equal(now.get(updating.id)?.status, 'Activated');
      assert.equal(now.get(before.find((p) => p.status === 'Accepting')!.id)?.status, 'Accepting', 'requests keep waiting');
    });
  });
});

describe('emulator: scenario files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'emulator-scenario-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: unknown): string {
    const file = path.join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  async function problemsOf(scenario: string | ScenarioDocument): Promise<string[]> {
    try {
      const emulator = await startEmulator({ scenario });
      await emulator.close();
    } catch (error) {
      assert.ok(error instanceof ScenarioError, String(error));
      return error.problems;
    }
    assert.fail('the scenario was accepted');
  }

  it('loads the example of docs/emulator.md and serves it', async () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'docs', 'emulator.md'), 'utf8');
    const example = /<!-- example-scenario -->\s*```json\n([\s\S]*?)```/.exec(doc);
    assert.ok(example, 'docs/emulator.md has the example scenario');
    const file = write('example.json', example[1]);
    await withEmulator({ scenario: file, transitionMs: 0 }, async (emulator) => {
      const [first] = emulator.accounts;
      const vpcs = await vpcClient(emulator, first).describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
      assert.ok(vpcs.body!.totalCount! > 0);
      const peers = await peerCall(genericClient(emulator, first), 'ListVpcPeerConnections', {});
      assert.ok(peers.TotalCount > 0);
    });
  });

  it('reports unreadable files and JSON errors', async () => {
    assert.match((await problemsOf(path.join(dir, 'missing.json')))[0], /does not exist/);
    assert.match((await problemsOf(write('broken.json', '{"version": 1,')))[0], /not valid JSON/);
  });

  it('reports every shape problem with its path', async () => {
    const problems = await problemsOf(
      write('shape.json', { version: 1, accounts: [{ name: 'a', uid: 1234 }], vpcs: [{ id: 'vpc-1', account: 'a', regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/16', colour: 'red' }, { id: 'vpc-2' }] }),
    );
    assert.ok(problems.includes('accounts[0].uid: expected a string, found number 1234.'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('vpcs[0].colour: unknown field')));
    assert.ok(problems.includes('vpcs[1].account: required but missing.'));
    assert.ok(problems.includes('vpcs[1].cidrBlock: required but missing.'));
  });

  it('reports wrong values and broken references', async () => {
    const problems = await problemsOf({
      version: 1,
      accounts: [
        { name: 'hub', uid: '1000000000000001' },
        { name: 'team', uid: '1000000000000002' },
      ],
      vpcs: [
        { id: 'vpc-a', account: 'hub', regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/33', vSwitches: [{ id: 'vsw-a', cidrBlock: '10.1.0.0/24' }] },
        { id: 'vpc-b', account: 'nobody', regionId: 'mars-1', cidrBlock: '10.2.0.0/16' },
        { id: 'vpc-c', account: 'hub', regionId: 'cn-hangzhou', cidrBlock: '10.3.0.0/16', vSwitches: [{ id: 'vsw-c', cidrBlock: '10.4.0.0/24' }] },
        { id: 'vpc-c', account: 'team', regionId: 'cn-hangzhou', cidrBlock: '10.5.0.0/16' },
        { id: 'net-d', account: 'hub', regionId: 'cn-hangzhou', cidrBlock: '10.6.0.0/16' },
      ],
      peerConnections: [
        { id: 'pcc-1', requesterVpcId: 'vpc-a', accepterVpcId: 'vpc-zzz' },
        { id: 'pcc-2', requesterVpcId: 'vpc-a', accepterVpcId: 'net-d', status: 'Accepting' },
        { id: 'pcc-3', requesterVpcId: 'vpc-a', accepterVpcId: 'net-d', linkType: 'Gold' },
      ],
      routeEntries: [{ vpcId: 'vpc-c', destination: '192.168.0.0/16', nextHopType: 'VpcPeer', nextHopId: 'pcc-nope' }],
    });
    const expect = (pattern: RegExp) => assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join('\n')}`);
    expect(/^vpcs\[0\] \(vpc-a\)\.cidrBlock: .*prefix length/);
    expect(/^vpcs\[1\] \(vpc-b\)\.account: no account named or numbered "nobody"/);
    expect(/^vpcs\[1\] \(vpc-b\)\.regionId: "mars-1" is not a known region/);
    expect(/^vpcs\[2\] \(vpc-c\)\.vSwitches\[0\] \(vsw-c\)\.cidrBlock: 10\.4\.0\.0\/24 is not inside the VPC's CIDR blocks/);
    expect(/^vpcs\[3\] \(vpc-c\)\.id: the id "vpc-c" is used twice/);
    expect(/^vpcs\[4\] \(net-d\)\.id: "net-d" must start with "vpc-"/);
    expect(/^peerConnections\[0\] \(pcc-1\)\.accepterVpcId: no VPC "vpc-zzz"/);
    expect(/^peerConnections\[1\] \(pcc-2\)\.status: Accepting happens only between two accounts/);
    expect(/^peerConnections\[2\] \(pcc-3\): the VPCs are already peered by pcc-2/);
    expect(/^peerConnections\[2\] \(pcc-3\)\.linkType: only inter-region connections have a link type/);
    expect(/^routeEntries\[0\]: no peer connection "pcc-nope"/);
  });

  it('keeps the sandbox across restarts in the state file, written atomically', async () => {
    const stateFile = path.join(dir, 'storage', 'sandbox-state.json');
    let createdId = '';
    let keys: string[] = [];
    await withEmulator({ scenario: 'demo', stateFile, transitionMs: 0 }, async (emulator) => {
      assert.ok(existsSync(stateFile), 'the state file is written at start');
      const hub = accountOf(emulator, 'network-hub');
      keys = emulator.accounts.map((a) => a.accessKeySecret);
      const a = emulator.world.addVpc('network-hub', 'cn-hangzhou', { name: 'saved-a', cidrBlock: '10.90.0.0/16' });
      const b = emulator.world.addVpc('network-hub', 'cn-hangzhou', { name: 'saved-b', cidrBlock: '10.91.0.0/16' });
      createdId = (
        await peerCall(genericClient(emulator, hub), 'CreateVpcPeerConnection', { RegionId: 'cn-hangzhou', VpcId: a.id, AcceptingAliUid: hub.uid, AcceptingRegionId: 'cn-hangzhou', AcceptingVpcId: b.id, Name: 'kept' })
      ).InstanceId;
    });
    assert.deepEqual(readdirSync(path.dirname(stateFile)), ['sandbox-state.json'], 'its folder is created, and no temporary file is left behind');
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as ScenarioDocument;
    assert.ok(saved.peerConnections!.some((p) => p.id === createdId));

    await withEmulator({ scenario: 'empty', stateFile, transitionMs: 0 }, async (emulator) => {
      assert.deepEqual(emulator.accounts.map((a) => a.accessKeySecret), keys, 'same accounts and keys');
      const peer = emulator.world.peerConnection(createdId);
      assert.equal(peer?.name, 'kept');
      assert.equal(peer?.status, 'Activated');
      assert.ok(emulator.world.inventory('network-hub', 'cn-hangzhou').vpcs.some((v) => v.name === 'saved-a'));
      const demoStatuses = new Set([...allPeers(emulator).values()].map((p) => p.status));
      assert.ok(demoStatuses.has('Rejected') && demoStatuses.has('Accepting'), 'the demo state came back too');
      await peerCall(genericClient(emulator, accountOf(emulator, 'network-hub')), 'DeleteVpcPeerConnection', { InstanceId: createdId });
    });
    const after = JSON.parse(readFileSync(stateFile, 'utf8')) as ScenarioDocument;
    assert.ok(!after.peerConnections!.some((p) => p.id === createdId), 'the deletion was saved on close');
  });
});

describe('emulator: generated scenarios', () => {
  it('are deterministic for a seed and spread VPCs and connections as asked', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const doc = generateScenario({ regions: 4, vpcs: 120, peers: 200, accounts: 4, seed: 9, now });
    assert.deepEqual(generateScenario({ regions: 4, vpcs: 120, peers: 200, accounts: 4, seed: 9, now }), doc);
    assert.notDeepEqual(generateScenario({ regions: 4, vpcs: 120, peers: 200, accounts: 4, seed: 10, now }), doc);
    assert.equal(doc.vpcs!.length, 120);
    assert.equal(doc.peerConnections!.length, 200);
    assert.equal(doc.accounts.length, 4);
    assert.equal(new Set(doc.vpcs!.map((v) => v.regionId)).size, 4);
    assert.equal(new Set(doc.vpcs!.map((v) => v.account)).size, 4);
    const statuses = doc.peerConnections!.map((p) => p.status);
    assert.ok(statuses.filter((s) => s === 'Activated').length > 140, 'mostly Activated');
    assert.ok(new Set(statuses).size >= 5, 'with a mix of statuses');
    const vpcRegion = new Map(doc.vpcs!.map((v) => [v.id, v.regionId]));
    const vpcAccount = new Map(doc.vpcs!.map((v) => [v.id, v.account]));
    assert.ok(doc.peerConnections!.some((p) => vpcRegion.get(p.requesterVpcId) !== vpcRegion.get(p.accepterVpcId)), 'inter-region');
    assert.ok(doc.peerConnections!.some((p) => vpcAccount.get(p.requesterVpcId) !== vpcAccount.get(p.accepterVpcId)), 'cross-account');
    const distinct = new Set(doc.vpcs!.map((v) => v.cidrBlock)).size;
    assert.ok(distinct > 110 && distinct < 120, `mostly distinct CIDRs (${distinct} of 120)`);
    assert.ok(doc.routeEntries!.length > 150);
  });

  it('refuses impossible sizes', () => {
    assert.throws(() => generateScenario({ regions: 0, vpcs: 1, peers: 0 }), RangeError);
    assert.throws(() => generateScenario({ regions: 99, vpcs: 1, peers: 0 }), RangeError);
    assert.throws(() => generateScenario({ regions: 1, vpcs: 3, peers: 4 }), RangeError);
  });

  it('serves 20 regions, 2,000 VPCs and 5,000 connections', async function () {
    this.timeout(60_000);
    await withEmulator({ generate: { regions: 20, vpcs: 2000, peers: 5000 }, transitionMs: 0 }, async (emulator) => {
      const total = everything(emulator).reduce((n, inv) => n + inv.vpcs.length, 0);
      assert.equal(total, 2000);
      // How fast a page is served is the inventory benchmark's to measure (npm run bench); here
      // every region answers a page of its own VPCs.
      const client = vpcClient(emulator, emulator.accounts[0]);
      for (let i = 0; i < 20; i++) {
        const regionId = emulator.world.regions()[i];
        const page = await client.describeVpcs(new DescribeVpcsRequest({ regionId, pageSize: 50 }));
        assert.ok((page.body?.vpcs?.vpc ?? []).every((vpc) => vpc.regionId === regionId), regionId);
      }
    });
  });
});
