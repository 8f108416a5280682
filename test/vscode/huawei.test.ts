// Huawei Cloud beside Alibaba Cloud in real VS Code: the sandbox's two Huawei tenants as profiles,
// their regions by Huawei's names, VPCs and peerings in the explorer, and the actions each
// peering's status and side allow.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../src/extension';
import type { AddRoutesResult } from '../../src/commands/addRoutes';
import type { RemoveRoutesResult } from '../../src/commands/removeRoutes';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { ConnectivityDiagnosis } from '../../src/model/diagnosis';
import { scenarioProjectId } from '../../src/emulator/huawei/scenario';
import { activatedExtension } from './support/extension';
import { treeMenuCommands } from './support/menus';
import { harnessSandbox } from './support/privateSandbox';
import { rows, settledRows } from './support/treeRows';

async function api(): Promise<VpcPeeringApi> {
  return (await activatedExtension()).exports as VpcPeeringApi;
}

function huaweiProfile(name: string): string {
  const tenant = harnessSandbox().huaweiAccounts.find((a) => a.name === name);
  assert.ok(tenant, `the harness emulator serves the Huawei tenant ${name}`);
  return `sandbox:huawei:${tenant.domainId}`;
}

describe('Huawei Cloud in the explorer', function () {
  this.timeout(60_000);
  let previous: string[] = [];

  before(async () => {
    previous = (await api()).registry.activeIds();
  });
  after(async () => {
    await (await api()).registry.setActive(previous);
  });

  it('offers the sandbox tenants as profiles of their own, beside the Alibaba Cloud accounts', async () => {
    const extension = await api();
    await vscode.commands.executeCommand('vpcPeering.useSandbox');
    const sandbox = extension.registry.sandboxProfiles();
    assert.deepEqual(
      sandbox.filter((p) => p.provider === 'huawei').map((p) => p.label).sort(),
      ['Sandbox · hw-network', 'Sandbox · hw-partner'],
    );
  });

  it("shows a tenant's regions by their Huawei names, its VPCs and its peerings with their statuses", async () => {
    const extension = await api();
    await extension.registry.setActive([huaweiProfile('hw-network'), huaweiProfile('hw-partner')]);
    await extension.store.whenIdle();
    const accounts = await settledRows(extension.explorer, undefined, 'the Huawei accounts');
    assert.deepEqual(accounts.map((a) => a.label).sort(), ['Sandbox · hw-network', 'Sandbox · hw-partner']);
    const network = accounts.find((a) => a.label === 'Sandbox · hw-network')!;
    assert.match(String(network.item.description), /^[0-9a-f]{32} · Huawei Cloud/, 'the account id, then the cloud');
    const regions = await settledRows(extension.explorer, network.node, 'the regions of hw-network');
    assert.deepEqual(regions.map((r) => [r.label, String(r.item.description).split(' ')[0]]).sort(), [['CN North-Beijing4', 'cn-north-4'], ['CN-Hong Kong', 'ap-southeast-1']]);
    const beijing = regions.find((r) => r.label === 'CN North-Beijing4')!;
    const vpcs = (await settledRows(extension.explorer, beijing.node, 'the VPCs of cn-north-4')).filter((r) => r.item.contextValue === 'vpc');
    assert.deepEqual(vpcs.map((v) => v.label).sort(), ['app', 'hub', 'legacy']);
    const hub = vpcs.find((v) => v.label === 'hub')!;
    const peerings = (await rows(extension.explorer, hub.node)).filter((r) => (r.item.contextValue ?? '').startsWith('peerConnection:'));
    const byName = new Map(peerings.map((p) => [p.label, p]));
    assert.match(String(byName.get('hub-app')?.item.description), /Activated/);
    assert.match(String(byName.get('hub-partner-data')?.item.description), /Accepting/);
  });

  it('offers the accepter, and only the accepter, the answer to a request across tenants', async () => {
    const extension = await api();
    await extension.registry.setActive([huaweiProfile('hw-network'), huaweiProfile('hw-partner')]);
    await extension.store.whenIdle();
    const contextValues = new Map<string, string>();
    for (const account of await rows(extension.explorer)) {
      for (const region of await rows(extension.explorer, account.node)) {
        for (const vpc of (await rows(extension.explorer, region.node)).filter((r) => r.item.contextValue === 'vpc')) {
          for (const child of await rows(extension.explorer, vpc.node)) {
            if (child.label === 'hub-partner-data') contextValues.set(account.label, child.item.contextValue ?? '');
          }
        }
      }
    }
    const accepter = contextValues.get('Sandbox · hw-partner');
    const requester = contextValues.get('Sandbox · hw-network');
    assert.ok(accepter && requester, `both tenants show the request (saw ${[...contextValues.keys()].join(', ')})`);
    assert.ok(treeMenuCommands(accepter).includes('vpcPeering.acceptPeerConnection'), accepter);
    assert.ok(!treeMenuCommands(requester).includes('vpcPeering.acceptPeerConnection'), requester);
  });
});

/**
 * A demo emulator of the suite's own (50 ms transitions), the extension's sandbox while it runs;
 * `active` are the Huawei tenants made active at the start. The harness sandbox comes back after.
 */
function usePrivateHuaweiSandbox(active: readonly string[]) {
  let emulator: RunningEmulator | undefined;
  let previous: string[] = [];
  const running = () => {
    assert.ok(emulator, 'the emulator runs');
    return emulator;
  };
  const domainOf = (name: string) => running().huawei.accounts.find((a) => a.name === name)!.domainId;
  const profileOf = (name: string) => `sandbox:huawei:${domainOf(name)}`;
  before(async () => {
    const extension = await api();
    previous = extension.registry.activeIds();
    emulator = await startEmulator({ scenario: 'demo', transitionMs: 50 });
    extension.registry.setSandbox({ endpoint: emulator.endpoint, accounts: emulator.accounts, huaweiAccounts: emulator.huawei.accounts, owned: false });
    await extension.registry.setActive(active.map(profileOf));
    await extension.store.whenIdle();
  });
  after(async () => {
    const extension = await api();
    extension.useScriptedPrompts([]);
    extension.registry.setSandbox(harnessSandbox());
    await extension.registry.setActive(previous);
    await emulator?.close();
  });
  return { emulator: running, profileOf, domainOf };
}

/** The demo's Huawei VPCs the peering journeys start from and go to (hw-network's hub, hw-partner's edge). */
const HUB = '3f1a0001-5b2c-4d7e-8a90-0000000000a1';
const HUB_LEGACY = '3f1a0003-5b2c-4d7e-8a90-0000000000a3';
const PARTNER_EDGE = '7c2b0002-9d3e-4f10-b2a4-0000000000b2';

/** Creates a peering from hw-network's hub VPC in cn-north-4 through the command's arguments object. */
function createFromHub(
  sandbox: ReturnType<typeof usePrivateHuaweiSandbox>,
  accepter: string,
  acceptingVpcId: string,
  extra: Record<string, unknown> = {},
): Thenable<unknown> {
  return vscode.commands.executeCommand('vpcPeering.createPeerConnection', {
    profileId: sandbox.profileOf('hw-network'),
    regionId: 'cn-north-4',
    vpcId: HUB,
    acceptingAccountUid: sandbox.domainOf(accepter),
    acceptingRegionId: 'cn-north-4',
    acceptingVpcId,
    ...extra,
  });
}

describe('Huawei Cloud peering through the commands', function () {
  this.timeout(90_000);
  const sandbox = usePrivateHuaweiSandbox(['hw-network', 'hw-partner']);
  const { profileOf } = sandbox;
  let emulator: RunningEmulator;
  before(() => {
    emulator = sandbox.emulator();
  });
  const SG_HUB = '3f1a0004-5b2c-4d7e-8a90-0000000000a4';

  it('creates a peering to the other tenant, accepts it with that profile, routes both sides and deletes it', async () => {
    const extension = await api();
    const id = (await createFromHub(sandbox, 'hw-partner', PARTNER_EDGE, { name: 'hub-to-edge' })) as string;
    assert.match(id, /^[0-9a-f-]{36}$/);
    const waiting = extension.store.findPeerConnection(id);
    assert.ok(waiting.some((copy) => copy.connection.status === 'Accepting'), 'the request waits for hw-partner');

    assert.equal(await vscode.commands.executeCommand('vpcPeering.acceptPeerConnection', { connectionId: id, provider: 'huawei', profileId: profileOf('hw-partner') }), id);
    assert.equal(emulator.huawei.world.peerings.get(id)?.status, 'ACTIVE');

    const added = (await vscode.commands.executeCommand('vpcPeering.addRoutes', { connectionId: id, provider: 'huawei', apply: true })) as AddRoutesResult;
    assert.deepEqual(added.added.map((r) => r.destination).sort(), ['10.10.0.0/16', '172.31.0.0/16']);
    assert.deepEqual(added.manual, [], 'both sides are held here: nothing for an owner to run');

    const removed = (await vscode.commands.executeCommand('vpcPeering.removeRoutes', { connectionId: id, provider: 'huawei', confirm: false })) as RemoveRoutesResult;
    assert.equal(removed.removed.length, 2);

    assert.equal(await vscode.commands.executeCommand('vpcPeering.deletePeerConnection', { connectionId: id, provider: 'huawei', confirm: false }), id);
    assert.equal(emulator.huawei.world.peerings.get(id), undefined);
  });

  it('asks only what Huawei peering has: no accepter region, bandwidth, resource group, tags or dry run', async () => {
    const extension = await api();
    const APP = '3f1a0002-5b2c-4d7e-8a90-0000000000a2';
    const PARTNER_DATA = '7c2b0001-9d3e-4f10-b2a4-0000000000b1';
    const prompter = extension.useScriptedPrompts([
      { pick: profileOf('hw-network') },
      { pick: 'cn-north-4' },
      { pick: APP },
      { pick: profileOf('hw-partner') },
      { pick: PARTNER_DATA },
      { input: 'app-to-partner-data' },
      { input: '' },
      { pick: 'create' },
      { confirm: undefined },
    ]);
    const id = (await vscode.commands.executeCommand('vpcPeering.createPeerConnection')) as string;
    extension.useScriptedPrompts([]);
    assert.equal(emulator.huawei.world.peerings.get(id)?.status, 'PENDING_ACCEPTANCE');
    const asked = prompter.asked.map((r) => r.kind);
    assert.deepEqual(asked, ['pick', 'pick', 'pick', 'pick', 'pick', 'input', 'input', 'pick', 'confirm'], 'no region, bandwidth, resource group or tags question');
    const review = prompter.asked[7];
    assert.ok(review.offered?.some((label) => /Create/.test(label)), 'the review offers the create');
    assert.ok(!review.offered?.some((label) => /Dry run/.test(label)), 'the review offers no dry run');
  });

  it('deletes a routed peering after one confirmation that says its routes go with it, offering no Force', async () => {
    const extension = await api();
    const id = (await createFromHub(sandbox, 'hw-network', HUB_LEGACY, { name: 'hub-legacy' })) as string;
    await vscode.commands.executeCommand('vpcPeering.addRoutes', { connectionId: id, provider: 'huawei', apply: true });
    const prompter = extension.useScriptedPrompts([{ confirm: 'Delete' }]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.deletePeerConnection', { connectionId: id, provider: 'huawei' }), id);
    extension.useScriptedPrompts([]);
    const dialog = prompter.asked.find((r) => r.kind === 'confirm')!;
    assert.deepEqual(dialog.offered, ['Delete']);
    assert.match(dialog.value ?? '', /2 routes point at it[\s\S]*removes them together with the connection/);
    assert.equal(emulator.huawei.world.peerings.get(id), undefined);
  });

  it('says Huawei Cloud has no router interfaces when a Huawei VPC is named as an end, and offers none of its VPCs', async () => {
    const end = { profileId: profileOf('hw-network'), regionId: 'cn-north-4', vpcId: HUB };
    await assert.rejects(
      async () => vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection', { initiator: end, acceptor: { ...end, vpcId: '3f1a0003-5b2c-4d7e-8a90-0000000000a3' } }),
      /Huawei Cloud has no router interfaces/,
    );
  });

  it("diagnoses two Huawei VPCs from their route tables: a block one side does not route, a side with no routes at all", async () => {
    const routed = (await vscode.commands.executeCommand('vpcPeering.diagnoseConnectivity', {
      vpcA: { vpcId: HUB, provider: 'huawei' },
      vpcB: { vpcId: '3f1a0002-5b2c-4d7e-8a90-0000000000a2', provider: 'huawei' },
      offerFixes: false,
      show: false,
    })) as ConnectivityDiagnosis;
    // The demo's hub routes app's 10.20.0.0/16 but not its second block 10.21.0.0/16; app routes hub's whole block.
    const missing = routed.findings.filter((f) => f.code === 'routesMissing');
    assert.deepEqual(missing.map((f) => f.fix?.args.destinations), [['10.21.0.0/16']], routed.summary);
    const oneSided = (await vscode.commands.executeCommand('vpcPeering.diagnoseConnectivity', { connectionId: 'c0de0003-0000-4000-8000-000000000003', provider: 'huawei', offerFixes: false, show: false })) as ConnectivityDiagnosis;
    assert.notEqual(oneSided.verdict, 'ok', 'edge-app has routes on the partner side only');
    assert.match(oneSided.summary, /route/i);
  });

  it('opens no console page for a Huawei resource of the sandbox', async () => {
    const fromSandbox = await vscode.commands.executeCommand('vpcPeering.openInConsole', { kind: 'vpc', id: HUB, regionId: 'cn-north-4', provider: 'huawei', profileId: profileOf('hw-network') });
    assert.equal(fromSandbox, undefined, 'the sandbox has no console page');
  });

  it('rejects a request with the accepter tenant, and renames a peering from an arguments object', async () => {
    const waiting = 'c0de0002-0000-4000-8000-000000000002';
    assert.equal(await vscode.commands.executeCommand('vpcPeering.rejectPeerConnection', { connectionId: waiting, provider: 'huawei', confirm: false }), waiting);
    assert.equal(emulator.huawei.world.peerings.get(waiting)?.status, 'REJECTED');
    const active = 'c0de0001-0000-4000-8000-000000000001';
    assert.equal(await vscode.commands.executeCommand('vpcPeering.modifyPeerConnection', { connectionId: active, provider: 'huawei', name: 'hub-app-renamed', description: 'renamed here' }), active);
    assert.equal(emulator.huawei.world.peerings.get(active)?.name, 'hub-app-renamed');
    assert.equal(emulator.huawei.world.peerings.get(active)?.description, 'renamed here');
  });

  it('refuses, before anything is sent, what Huawei peering cannot do: another region, bandwidth, a dry run', async () => {
    const before = emulator.huawei.stats.byAction.createVpcPeering ?? 0;
    const create = async (extra: Record<string, unknown>) => createFromHub(sandbox, 'hw-network', HUB_LEGACY, extra);
    await assert.rejects(create({ acceptingRegionId: 'ap-southeast-1', acceptingVpcId: SG_HUB }), /same region/);
    await assert.rejects(create({ bandwidthMbps: 100 }), /bandwidth/);
    await assert.rejects(create({ dryRun: true }), /dry run/);
    assert.equal(emulator.huawei.stats.byAction.createVpcPeering ?? 0, before);
  });
});

describe("Huawei Cloud: the cross-account guide's journey through the prompts and the tree", function () {
  this.timeout(90_000);
  const sandbox = usePrivateHuaweiSandbox([]);
  const { profileOf } = sandbox;
  let emulator: RunningEmulator;
  before(() => {
    emulator = sandbox.emulator();
  });
  const APP = '3f1a0002-5b2c-4d7e-8a90-0000000000a2';
  const PARTNER_DATA = '7c2b0001-9d3e-4f10-b2a4-0000000000b1';

  it('requests a peering with another tenant by its project id, which that tenant accepts from its tree row, then routes both VPCs from the review', async () => {
    const extension = await api();
    // The requester alone, as in the guide: the peer is another account, known by its project ID and VPC ID.
    await extension.registry.setActive([profileOf('hw-network')]);
    await extension.store.whenIdle();
    const peerProject = scenarioProjectId('hw-partner', 'cn-north-4');
    const prompts = extension.useScriptedPrompts([
      { pick: 'cn-north-4' },
      { pick: APP },
      { pick: 'otherAccount' },
      { input: peerProject },
      { input: PARTNER_DATA },
      { input: 'app-to-data' },
      { input: '' },
      { pick: 'create' },
    ]);
    const id = (await vscode.commands.executeCommand('vpcPeering.createPeerConnection')) as string;
    assert.equal(prompts.remaining, 0, 'every question of the script was asked');
    assert.ok(!prompts.asked.some((a) => /region/i.test(a.title) && a.kind === 'pick' && a.offered?.includes('ap-southeast-1') && prompts.asked.indexOf(a) > 2), 'no accepter region asked');
    assert.equal(emulator.huawei.world.peerings.get(id)?.status, 'PENDING_ACCEPTANCE');

    // The peer tenant's owner accepts it from the row the tree shows them.
    await extension.registry.setActive([profileOf('hw-network'), profileOf('hw-partner')]);
    await extension.store.whenIdle();
    const partner = (await settledRows(extension.explorer, undefined, 'the accounts')).find((r) => r.label === 'Sandbox · hw-partner')!;
    const region = (await settledRows(extension.explorer, partner.node, 'the regions')).find((r) => r.label === 'CN North-Beijing4')!;
    const vpc = (await settledRows(extension.explorer, region.node, 'the VPCs')).find((r) => r.label === 'partner-data')!;
    const request = (await rows(extension.explorer, vpc.node)).find((r) => r.label === 'app-to-data');
    assert.ok(request, 'the request shows under the peer VPC');
    assert.match(request.item.contextValue ?? '', /canAccept/);
    await vscode.commands.executeCommand('vpcPeering.acceptPeerConnection', request.node);
    assert.equal(emulator.huawei.world.peerings.get(id)?.status, 'ACTIVE');

    // Routes on both sides: the plan's review, then apply.
    const review = extension.useScriptedPrompts([{ pick: 'apply' }]);
    const added = (await vscode.commands.executeCommand('vpcPeering.addRoutes', { connectionId: id, provider: 'huawei' })) as AddRoutesResult;
    assert.equal(review.remaining, 0);
    assert.deepEqual(added.added.map((r) => `${r.side} ${r.destination}`).sort(), ['accepter 10.20.0.0/16', 'accepter 10.21.0.0/16', 'requester 192.168.0.0/16']);
  });
  it('says what a half-done run of routes did when one tenant refuses, and undoes it on request', async () => {
    const extension = await api();
    await extension.registry.setActive([profileOf('hw-network'), profileOf('hw-partner')]);
    await extension.store.whenIdle();
    const partnerDomain = sandbox.domainOf('hw-partner');
    const id = (await createFromHub(sandbox, 'hw-partner', PARTNER_EDGE, { name: 'hub-to-edge' })) as string;
    await vscode.commands.executeCommand('vpcPeering.acceptPeerConnection', { connectionId: id, provider: 'huawei', profileId: profileOf('hw-partner') });
    // The partner's route table refuses every change: its side fails, the hub's goes through.
    const rule = emulator.huawei.faults.addRule({ operation: 'updateRouteTable', domainId: partnerDomain, code: 'VPC.0010', httpStatus: 403, message: 'Policy doesn\'t allow vpc:routeTables:update to be performed.' });
    try {
      await assert.rejects(
        async () => vscode.commands.executeCommand('vpcPeering.addRoutes', { connectionId: id, provider: 'huawei', apply: true, undoOnFailure: true }),
        (error: Error & { name: string; done?: unknown[]; notDone?: unknown[]; undo?: { done: unknown[] } }) =>
          error.name === 'PartialRouteChange' && /VPC\.0010/.test(error.message) && error.done?.length === 1 && (error.notDone?.length ?? 0) >= 1 && error.undo?.done.length === 1,
      );
    } finally {
      emulator.huawei.faults.removeRule(rule);
    }
    const throughPeering = [...emulator.huawei.world.routeTables.values()].flatMap((table) => table.routes.filter((r) => r.nexthop === id));
    assert.deepEqual(throughPeering, [], "the hub's route was taken out again: nothing of the run is left");
  });
});
