// The Huawei world in the state file: what a person changed through the real SDK (a peering, an
// accepted request, a route) is there after a restart with the same ids, statuses and times; the
// file is written after each change, not only on close; an older file without the `huawei` section
// loads as the scenario option says; a broken section is refused like the Alibaba part.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock, ScenarioError, startEmulator, type ScenarioDocument } from '../../../../src/emulator';
import { CN_NORTH, DEMO, req, tenant, useTemporaryHome, vpcClient, type Wire } from './fixture';
import { withEmulator } from '../fixture';

const DAY = 86_400_000;

describe('huawei emulator: the state file', function () {
  this.timeout(30_000);
  let dir: string;
  let stateFile: string;
  useTemporaryHome();
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'huawei-state-'));
    stateFile = path.join(dir, 'sandbox-state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const saved = (): ScenarioDocument => JSON.parse(readFileSync(stateFile, 'utf8')) as ScenarioDocument;

  async function savedSoon(test: (document: ScenarioDocument) => boolean): Promise<ScenarioDocument> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const document = saved();
      if (test(document)) return document;
      if (Date.now() > deadline) assert.fail('the change was not saved');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('keeps peerings, answers and routes made through the SDK across a restart', async () => {
    let created: Wire = {};
    let route: Wire = {};
    let tableId = '';
    let keys: string[] = [];
    await withEmulator({ scenario: 'demo', stateFile }, async (emulator) => {
      keys = emulator.huawei.accounts.map((a) => a.secretAccessKey);
      const network = vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client;
      const partner = vpcClient(emulator, tenant(emulator, 'hw-partner'), CN_NORTH).client;
      created = ((await network.createVpcPeering(
        req({ body: { peering: { name: 'hub-legacy', description: 'made before the restart', request_vpc_info: { vpc_id: DEMO.hub }, accept_vpc_info: { vpc_id: DEMO.legacy } } } }),
      )) as Wire).peering;
      assert.equal(created.status, 'ACTIVE');
      route = ((await network.createVpcRoute(req({ body: { route: { type: 'peering', nexthop: created.id, destination: '172.16.0.0/16', vpc_id: DEMO.hub } } }))) as Wire).route;
      await partner.acceptVpcPeering(req({ peering_id: DEMO.hubPartnerData }));
      const tables = (await network.listRouteTables(req({ vpc_id: DEMO.hub }))) as Wire;
      tableId = tables.routetables[0].id;
      await network.updateRouteTable(req({ routetable_id: tableId, body: { routetable: { description: 'renamed before the restart' } } }));

      // Written after the change (debounced), while the emulator still runs.
      const document = await savedSoon((d) => d.huawei?.peerings?.some((p) => p.id === created.id) === true);
      assert.ok(document.huawei!.routes!.some((r) => r.id === route.id && r.peeringId === created.id));
      assert.ok(document.vpcs!.length > 0, 'beside the Alibaba state');
    });

    // `empty` would give an empty Huawei world: the state file wins.
    await withEmulator({ scenario: 'empty', stateFile }, async (emulator) => {
      assert.deepEqual(emulator.huawei.accounts.map((a) => a.secretAccessKey), keys, 'the same tenants and keys');
      const network = vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client;
      const shown = ((await network.showVpcPeering(req({ peering_id: created.id }))) as Wire).peering;
      assert.deepEqual(
        [shown.name, shown.description, shown.status, shown.created_at, shown.request_vpc_info, shown.accept_vpc_info],
        [created.name, created.description, 'ACTIVE', created.created_at, created.request_vpc_info, created.accept_vpc_info],
      );
      const accepted = ((await network.showVpcPeering(req({ peering_id: DEMO.hubPartnerData }))) as Wire).peering;
      assert.equal(accepted.status, 'ACTIVE', 'the accepted request stays accepted');

      const shownRoute = ((await network.showVpcRoute(req({ route_id: route.id }))) as Wire).route;
      assert.deepEqual([shownRoute.destination, shownRoute.nexthop, shownRoute.vpc_id], ['172.16.0.0/16', created.id, DEMO.hub]);
      const table = ((await network.showRouteTable(req({ routetable_id: tableId }))) as Wire).routetable;
      assert.equal(table.description, 'renamed before the restart', 'the route table keeps its id and description');
      assert.ok(table.routes.some((r: Wire) => r.destination === '172.16.0.0/16' && r.nexthop === created.id));
      assert.ok(table.routes.some((r: Wire) => r.destination === '10.20.0.0/16'), 'the demo routes are there too');

      // New ids never repeat a restored one, although the same seed draws them again.
      const world = emulator.huawei.world;
      const restored = new Set([...world.peerings.keys(), ...world.routeTables.keys(), ...[...world.routeTables.values()].flatMap((t) => t.routes.map((r) => r.id))]);
      const again = ((await network.createVpcPeering(
        req({ body: { peering: { name: 'app-legacy', request_vpc_info: { vpc_id: DEMO.app }, accept_vpc_info: { vpc_id: DEMO.legacy } } } }),
      )) as Wire).peering;
      assert.ok(!restored.has(again.id), `${again.id} is new`);
    });
  });

  it('restores a waiting request with its window, which closes after the restart', async () => {
    const clock = new ManualClock(Date.parse('2026-12-01T00:00:00Z'));
    let requested: Wire = {};
    await withEmulator({ scenario: 'demo', stateFile, clock, acceptWindowMs: 2 * DAY }, async (emulator) => {
      const network = vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client;
      const partnerProject = emulator.huawei.world.projectIn(tenant(emulator, 'hw-partner').domainId, CN_NORTH)!.id;
      requested = ((await network.createVpcPeering(
        req({ body: { peering: { name: 'hub-edge-waits', request_vpc_info: { vpc_id: DEMO.hub }, accept_vpc_info: { vpc_id: DEMO.partnerEdge, tenant_id: partnerProject } } } }),
      )) as Wire).peering;
      assert.equal(requested.status, 'PENDING_ACCEPTANCE');
    });
    clock.set(clock.now() + DAY);
    await withEmulator({ stateFile, clock, acceptWindowMs: 30 * DAY }, async (emulator) => {
      assert.equal(emulator.huawei.world.peerings.get(requested.id)?.status, 'PENDING_ACCEPTANCE', 'still waiting one day later');
    });
    clock.set(clock.now() + 2 * DAY);
    await withEmulator({ stateFile, clock, acceptWindowMs: 30 * DAY }, async (emulator) => {
      const network = vpcClient(emulator, tenant(emulator, 'hw-network'), CN_NORTH).client;
      const shown = ((await network.showVpcPeering(req({ peering_id: requested.id }))) as Wire).peering;
      assert.equal(shown.status, 'EXPIRED', 'the saved window (two days), not the new option, decides');
    });
  });

  it('loads a state file without a huawei section as the scenario option says', async () => {
    await withEmulator({ scenario: 'demo', stateFile }, async () => undefined);
    const { huawei, ...older } = saved();
    assert.ok(huawei, 'the file has the section now');
    writeFileSync(stateFile, JSON.stringify(older));
    await withEmulator({ scenario: 'demo', stateFile }, async (emulator) => {
      assert.equal(emulator.huawei.world.peerings.get(DEMO.hubApp)?.name, 'hub-app', 'the Huawei demo');
      assert.ok(emulator.world.inventory('network-hub', 'cn-hangzhou').vpcs.length > 0, 'and the Alibaba state');
    });
    writeFileSync(stateFile, JSON.stringify(older));
    await withEmulator({ scenario: 'empty', stateFile }, async (emulator) => {
      assert.equal(emulator.huawei.world.vpcs.size, 0, 'an empty Huawei world');
    });
  });

  it('refuses a state file whose huawei section is broken, with every problem and its path', async () => {
    await withEmulator({ scenario: 'demo', stateFile }, async () => undefined);
    const document = saved();
    document.huawei!.peerings![0].status = 'SLEEPING';
    document.huawei!.vpcs![0].cidr = '10.0.0.0/33';
    document.huawei!.routes!.push({ vpcId: DEMO.legacy, destination: '10.20.0.0/16', peeringId: DEMO.hubApp });
    (document.huawei!.vpcs![1] as Record<string, unknown>).cidrBlock = '10.0.0.0/16';
    writeFileSync(stateFile, JSON.stringify(document));
    await assert.rejects(startEmulator({ stateFile }), (error: unknown) => {
      assert.ok(error instanceof ScenarioError, String(error));
      assert.ok(error.problems.some((p) => /^huawei\.vpcs\[1\]\.cidrBlock: unknown field/.test(p)), error.problems.join('\n'));
      return true;
    });
    delete (document.huawei!.vpcs![1] as Record<string, unknown>).cidrBlock;
    writeFileSync(stateFile, JSON.stringify(document));
    await assert.rejects(startEmulator({ stateFile }), (error: unknown) => {
      assert.ok(error instanceof ScenarioError, String(error));
      assert.equal(error.source, stateFile);
      const expect = (pattern: RegExp) => assert.ok(error.problems.some((p) => pattern.test(p)), `${pattern} in:\n${error.problems.join('\n')}`);
      expect(/^huawei\.peerings\[0\] \(c0de0001-[^)]*\)\.status: "SLEEPING" is not one of PENDING_ACCEPTANCE, ACTIVE, REJECTED, EXPIRED/);
      expect(/^huawei\.vpcs\[0\] \(3f1a0001-[^)]*\)\.cidr: .*prefix length/);
      expect(/^huawei\.routes\[\d+\]: VPC 3f1a0003-.* is not a side of peering c0de0001-/);
      return true;
    });
  });
});
