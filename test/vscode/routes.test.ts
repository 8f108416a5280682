// "Add Routes" and "Remove Routes" against the emulator: with arguments objects and through the
// prompts, same-account and cross-account, idempotence, invalid input, and runs that stop halfway
// (what the report names, and that Undo puts the tables back exactly).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { peerConnectionContextValue, routeEntryContextValue, vpcContextValue } from '../../src/model/contextValue';
import { resourceRef } from '../../src/model/resourceRef';
import type { PeerConnection, PeerStatus } from '../../src/model/types';
import { manifest } from './support/extension';
import { inlineCommands, treeMenuCommands } from './support/menus';
import { HZ, routing, settledTable, SH, startRouteWorld, type RouteWorld } from './support/routeWorld';
import { waitFor } from './support/wait';

interface AddResult {
  connectionId: string;
  applied: boolean;
  added: Array<{ side: string; routeTableId: string; destination: string; routeEntryId: string }>;
  alreadyPresent: Array<{ existingEntryId: string }>;
  conflicts: Array<{ kind: string; severity: string }>;
  manual: Array<{ side: string; accountUid: string; usesPlaceholder: boolean; commands: string[]; summary: string }>;
}

interface RemoveResult {
  connectionId: string;
  removed: Array<{ routeEntryId: string; destination: string }>;
  manual: unknown[];
}

interface PartialChange extends Error {
  kind: string;
  done: Array<{ routeTableId: string; destination: string; routeEntryId?: string }>;
  notDone: Array<{ routeTableId: string; destination: string }>;
  undo?: { done: unknown[]; failure?: string };
}

const addRoutes = (args?: Record<string, unknown>) => vscode.commands.executeCommand<AddResult | undefined>('vpcPeering.addRoutes', args);
const removeRoutes = (args?: Record<string, unknown>) => vscode.commands.executeCommand<RemoveResult | undefined>('vpcPeering.removeRoutes', args);

async function rejection(promise: Thenable<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  assert.fail('the command should have failed');
}

/** transit-to-shared-services: hub-transit-hz (10.0.0.0/16, 10.100.0.0/16) ↔ shared-services-hz (10.1.0.0/16). */
function transitShared(world: RouteWorld) {
  const transit = world.vpc('network-hub', HZ, 'hub-transit-hz');
  const shared = world.vpc('network-hub', HZ, 'shared-services-hz');
  const peer = world.peer('network-hub', HZ, 'transit-to-shared-services');
  const transitTable = world.systemTable('network-hub', HZ, transit.id).id;
  const sharedTable = world.systemTable('network-hub', HZ, shared.id).id;
  const ciPrivate = world.tables('network-hub', HZ, shared.id).find((t) => t.type === 'Custom')!.id;
  return { transit, shared, peer, transitTable, sharedTable, ciPrivate };
}

/** hz-sh-backbone: hub-transit-hz (Hangzhou) ↔ hub-egress-sh (10.2.0.0/16, Shanghai), both network-hub. */
function backbone(world: RouteWorld) {
  const transit = world.vpc('network-hub', HZ, 'hub-transit-hz');
  const egress = world.vpc('network-hub', SH, 'hub-egress-sh');
  const peer = world.peer('network-hub', HZ, 'hz-sh-backbone');
  return { peer, transitTable: world.systemTable('network-hub', HZ, transit.id).id, egressTable: world.systemTable('network-hub', SH, egress.id).id };
}

describe('routes: add routes for a peer connection', function () {
  this.timeout(60_000);
  let world: RouteWorld;
  afterEach(async () => {
    await world?.restore();
  });

  it('adds routes to both system tables with an arguments object, and adds nothing the second time', async () => {
    world = await startRouteWorld((w) => w.dropRoutesOf(transitShared(w).peer.id));
    const { peer, transit, transitTable, sharedTable, ciPrivate } = transitShared(world);

    const result = await addRoutes({ connectionId: peer.id, apply: true });
    assert.ok(result);
    assert.equal(result.added.length, 3);
    assert.deepEqual(world.routedTo(transitTable, peer.id), ['10.1.0.0/16']);
    assert.deepEqual(world.routedTo(sharedTable, peer.id), ['10.0.0.0/16', '10.100.0.0/16']);
    assert.deepEqual(world.routedTo(ciPrivate, peer.id), [], 'custom tables only when chosen');
    assert.ok(world.entries(sharedTable).filter((e) => e.nextHops.some((h) => h.id === peer.id)).every((e) => e.status === 'Available'));
    assert.ok(result.conflicts.some((c) => c.kind === 'tableNotCovered' && c.severity === 'info'), 'the uncovered custom table is listed');
    const ids = new Set(result.added.map((r) => r.routeEntryId));
    assert.deepEqual(new Set(world.entries(transitTable).concat(world.entries(sharedTable)).filter((e) => ids.has(e.id)).map((e) => e.id)), ids);

    const details = world.api.store.vpcDetails(world.profileOf('network-hub'), transit.id);
    assert.equal(details.status, 'loaded');
    assert.ok(details.status === 'loaded' && details.value.routeEntries.some((e) => e.destination === '10.1.0.0/16' && e.nextHops.some((h) => h.id === peer.id)), 'the store has the new entries');

    const before = [...world.entries(transitTable), ...world.entries(sharedTable)].map((e) => e.id).sort();
    world.emulator.stats.reset();
    // The graph in one group, an editor in another: the plan goes to the editor's group, rendered.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vpcPeering.openTopology');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: 'notes' }), vscode.ViewColumn.Beside);
    const planOnly = await addRoutes({ connectionId: peer.id, apply: false });
    assert.equal(planOnly?.applied, false);
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'vpc-peering-report' && d.uri.path === `/route-plan/${peer.id}.md`), 'the plan opens as a document');
    const webviewIn = (group: vscode.TabGroup, viewType: string) => group.tabs.find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes(viewType));
    const groups = await waitFor('the plan’s preview', () => {
      const all = vscode.window.tabGroups.all;
      return all.some((g) => webviewIn(g, 'markdown.preview')) ? all : undefined;
    });
    assert.equal(groups.length, 2, 'no new group: the graph is not squeezed');
    const withPreview = groups.find((g) => webviewIn(g, 'markdown.preview'))!;
    assert.match(webviewIn(withPreview, 'markdown.preview')!.label, new RegExp(`${peer.id}\\.md`));
    assert.equal(webviewIn(withPreview, 'vpcPeering.topology'), undefined, 'the preview is not in the graph’s group');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const again = await addRoutes({ connectionId: peer.id, apply: true });
    assert.ok(again);
    assert.deepEqual(again.added, []);
    assert.equal(again.alreadyPresent.length, 3);
    assert.equal(world.emulator.stats.byAction.CreateRouteEntry ?? 0, 0);
    assert.deepEqual([...world.entries(transitTable), ...world.entries(sharedTable)].map((e) => e.id).sort(), before);
  });

  it('adds routes through the prompts: tables, vSwitch and typed destinations, Back, review', async () => {
    world = await startRouteWorld((w) => w.dropRoutesOf(transitShared(w).peer.id));
    const { peer, transitTable, sharedTable, ciPrivate } = transitShared(world);
    const script = world.api.useScriptedPrompts([
      { pick: 'transit-to-shared-services' },
      { pickMany: ['requester', 'accepter'] },
      // requester hub-transit-hz has one table; its destinations: shared-services' block or vSwitches
      { pickMany: ['10.1.0.0/16'] },
      // accepter shared-services-hz: system and the ci-private custom table
      { pickMany: [sharedTable] },
      { back: true },
      { pickMany: [sharedTable, ciPrivate] },
      { pickMany: ['10.0.0.0/16', 'Other CIDR blocks…'] },
      { input: '10.100.0.0/20' },
      { pick: 'apply' },
    ]);
    const result = await addRoutes();
    assert.equal(script.remaining, 0);
    assert.ok(result);
    assert.deepEqual(world.routedTo(transitTable, peer.id), ['10.1.0.0/16']);
    assert.deepEqual(world.routedTo(sharedTable, peer.id), ['10.0.0.0/16', '10.100.0.0/20']);
    assert.deepEqual(world.routedTo(ciPrivate, peer.id), ['10.0.0.0/16', '10.100.0.0/20']);
    assert.equal(result.added.length, 5);
    assert.ok(script.asked.some((a) => a.kind === 'pick' && a.title.startsWith('Review')));
  });

  it('refuses invalid arguments with the documented limit, before sending anything', async () => {
    world = await startRouteWorld();
    const { peer } = transitShared(world);
    world.emulator.stats.reset();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ connectionId: 'vpc-123' }, /"connectionId" must start with "pcc-"/],
      [{ connectionId: peer.id, sides: ['both'] }, /"sides" may hold only "requester" and "accepter"/],
      [{ connectionId: peer.id, sides: [] }, /"sides" must name at least one side/],
      [{ connectionId: peer.id, routeTableIds: { requester: ['rtb-1'] } }, /routeTableIds.requester\[0\].*must start with "vtb-"/],
      [{ connectionId: peer.id, routeTableIds: { left: ['vtb-1'] } }, /"routeTableIds" may have only the keys "requester" and "accepter"/],
      [{ connectionId: peer.id, destinations: { accepter: ['0.0.0.0/0'] } }, /cannot point at a peer connection/],
      [{ connectionId: peer.id, destinations: { accepter: ['100.64.0.0/10'] } }, /must not be 100\.64\.0\.0\/10 itself/],
      [{ connectionId: peer.id, destinations: { accepter: ['10.0.0.1/16'] } }, /host bits set/],
      [{ connectionId: peer.id, destinations: { accepter: ['127.0.0.0/8'] } }, /cannot be routed/],
      [{ connectionId: peer.id, destinations: { accepter: ['10.0.0.0/33'] } }, /invalid prefix length/],
      [{ connectionId: peer.id, apply: 'yes' }, /"apply" must be true or false/],
    ];
    for (const [args, message] of cases) {
      const error = await rejection(addRoutes(args));
      assert.match(error.message, message, JSON.stringify(args));
    }
    const outside = await rejection(addRoutes({ connectionId: peer.id, destinations: { requester: ['192.168.0.0/24'] }, apply: true }));
    assert.match(outside.message, /not inside the address space of vpc-/);
    assert.equal(world.emulator.stats.byAction.CreateRouteEntry ?? 0, 0, 'nothing was sent');

    const script = world.api.useScriptedPrompts([
      { pick: 'transit-to-shared-services' },
      { pickMany: ['accepter'] },
      { pickMany: [transitShared(world).sharedTable] },
      { pickMany: ['Other CIDR blocks…'] },
      { input: '192.168.0.0/24' },
    ]);
    assert.equal(await addRoutes(), undefined);
    const refused = script.asked.find((a) => a.refused);
    assert.ok(refused, 'the typed destination was refused');
    assert.match(refused.refused!, /192\.168\.0\.0\/24 is not in the peer VPC \(10\.0\.0\.0\/16, 10\.100\.0\.0\/16\)/);
    assert.equal(world.emulator.stats.byAction.CreateRouteEntry ?? 0, 0);
  });

  it('cross-account: adds the reachable side and writes the other owner’s commands; with both profiles, both sides', async () => {
    let peerId = '';
    world = await startRouteWorld(
      (w) => {
        peerId = w.peer('network-hub', HZ, 'hub-to-payments-prod').id;
        w.dropRoutesOf(peerId);
      },
      ['network-hub'],
    );
    const transit = world.vpc('network-hub', HZ, 'hub-transit-hz');
    const payments = world.vpc('app-team', HZ, 'payments-prod-hz');
    const transitTable = world.systemTable('network-hub', HZ, transit.id).id;
    const paymentsTable = world.systemTable('app-team', HZ, payments.id).id;

    const result = await addRoutes({ connectionId: peerId, apply: true });
    assert.ok(result);
    assert.deepEqual(world.routedTo(transitTable, peerId), ['172.16.0.0/16', '172.17.0.0/16']);
    assert.deepEqual(world.routedTo(paymentsTable, peerId), []);
    assert.ok(result.conflicts.some((c) => c.kind === 'moreSpecificRoute'), 'the DR drill route in the hub is listed');
    assert.equal(result.manual.length, 1);
    const manual = result.manual[0];
    assert.equal(manual.side, 'accepter');
    assert.equal(manual.accountUid, world.uidOf('app-team'));
    assert.equal(manual.usesPlaceholder, true);
    const cli = manual.commands.join('\n');
    assert.match(cli, new RegExp(`'<system route table of ${payments.id}>'`));
    assert.match(cli, /DescribeRouteTableList --RegionId cn-hangzhou --VpcId vpc-/);
    for (const destination of ['10.0.0.0/16', '10.100.0.0/16']) {
      assert.match(cli, new RegExp(`CreateRouteEntry .*--DestinationCidrBlock ${destination.replace(/\./g, '\\.')} --NextHopType VpcPeer --NextHopId ${peerId}`));
    }
    const document = vscode.workspace.textDocuments.find((d) => d.isUntitled && d.getText().includes(`<system route table of ${payments.id}>`));
    assert.ok(document, 'the instructions open in an untitled document');
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), new RegExp(`NextHopId ${peerId}`));

    await world.activate(['network-hub', 'app-team']);
    const both = await addRoutes({ connectionId: peerId, apply: true });
    assert.ok(both);
    assert.deepEqual(both.manual, []);
    assert.equal(both.alreadyPresent.length, 2);
    assert.deepEqual(world.routedTo(paymentsTable, peerId), ['10.0.0.0/16', '10.100.0.0/16']);
    assert.deepEqual(world.routedTo(transitTable, peerId), ['172.16.0.0/16', '172.17.0.0/16']);
  });

  it('a failure on the second side: the report names what was added, and Undo leaves both tables as before', async () => {
    world = await startRouteWorld((w) => w.dropRoutesOf(backbone(w).peer.id));
    const { peer, transitTable, egressTable } = backbone(world);
    const before = { transit: routing(world.entries(transitTable)), egress: routing(world.entries(egressTable)) };
    world.emulator.faults.addRule({ action: 'CreateRouteEntry', regionId: SH, accountUid: world.uidOf('network-hub'), code: 'QuotaExceeded', httpStatus: 400, times: 1 });
    const script = world.api.useScriptedPrompts([{ confirm: 'Undo' }]);

    const error = (await rejection(addRoutes({ connectionId: peer.id, apply: true }))) as PartialChange;
    assert.equal(error.name, 'PartialRouteChange');
    assert.equal(script.remaining, 0, 'Undo was offered');
    assert.equal(error.done.length, 1);
    const added = error.done[0];
    assert.equal(added.routeTableId, transitTable);
    assert.equal(added.destination, '10.2.0.0/16');
    assert.match(added.routeEntryId ?? '', /^rte-/);
    assert.match(error.message, new RegExp(`Added: 10\\.2\\.0\\.0/16 in ${transitTable} \\(${added.routeEntryId}\\)`));
    assert.match(error.message, new RegExp(`Not added: 10\\.0\\.0\\.0/16 in ${egressTable}; 10\\.100\\.0\\.0/16 in ${egressTable}`));
    assert.match(error.message, /QuotaExceeded/);
    assert.match(error.message, /Undo removed 10\.2\.0\.0\/16/);
    assert.deepEqual(error.undo?.done.length, 1);

    await settledTable(world, transitTable);
    assert.deepEqual(routing(world.entries(transitTable)), before.transit);
    assert.deepEqual(routing(world.entries(egressTable)), before.egress);
  });

  it('a failure halfway without Undo keeps what was added and says so', async () => {
    world = await startRouteWorld((w) => w.dropRoutesOf(backbone(w).peer.id));
    const { peer, transitTable, egressTable } = backbone(world);
    world.emulator.faults.addRule({ action: 'CreateRouteEntry', regionId: SH, code: 'Forbidden.RAM', httpStatus: 403, times: 1 });
    world.api.useScriptedPrompts([{ confirm: undefined }]);
    const error = (await rejection(addRoutes({ connectionId: peer.id, apply: true }))) as PartialChange;
    assert.equal(error.undo, undefined);
    assert.match(error.message, /Forbidden\.RAM/);
    assert.deepEqual(world.routedTo(transitTable, peer.id), ['10.2.0.0/16']);
    assert.deepEqual(world.routedTo(egressTable, peer.id), []);
  });

  it('writes both sides at once: a failure on the first side does not stop the second', async () => {
    world = await startRouteWorld((w) => w.dropRoutesOf(backbone(w).peer.id));
    const { peer, transitTable, egressTable } = backbone(world);
    world.emulator.faults.addRule({ action: 'CreateRouteEntry', regionId: HZ, code: 'Forbidden.RAM', httpStatus: 403, times: 1 });
    world.api.useScriptedPrompts([{ confirm: undefined }]);
    const error = (await rejection(addRoutes({ connectionId: peer.id, apply: true }))) as PartialChange;
    assert.deepEqual(error.done.map((d) => `${d.routeTableId} ${d.destination}`), [`${egressTable} 10.0.0.0/16`, `${egressTable} 10.100.0.0/16`], 'in the plan’s order');
    assert.deepEqual(error.notDone.map((d) => `${d.routeTableId} ${d.destination}`), [`${transitTable} 10.2.0.0/16`]);
    assert.match(error.message, new RegExp(`stopped at 10\\.2\\.0\\.0/16 in ${transitTable}: .*Forbidden\\.RAM`));
    assert.match(error.message, new RegExp(`Added: 10\\.0\\.0\\.0/16 in ${egressTable} \\(rte-[^)]+\\); 10\\.100\\.0\\.0/16 in ${egressTable} \\(rte-[^)]+\\)\\.`));
    assert.match(error.message, new RegExp(`Not added: 10\\.2\\.0\\.0/16 in ${transitTable}\\.`));
    assert.deepEqual(world.routedTo(transitTable, peer.id), []);
    assert.deepEqual(world.routedTo(egressTable, peer.id), ['10.0.0.0/16', '10.100.0.0/16']);
  });

  it('names where each side stopped when both fail, and offers no Undo when nothing was added', async () => {
    world = await startRouteWorld((w) => w.dropRoutesOf(backbone(w).peer.id));
    const { peer, transitTable, egressTable } = backbone(world);
    world.emulator.faults.addRule({ action: 'CreateRouteEntry', regionId: HZ, code: 'Forbidden.RAM', httpStatus: 403, times: 1 });
    world.emulator.faults.addRule({ action: 'CreateRouteEntry', regionId: SH, code: 'QuotaExceeded', httpStatus: 400, times: 1 });
    const script = world.api.useScriptedPrompts([]);
    const error = (await rejection(addRoutes({ connectionId: peer.id, apply: true }))) as PartialChange;
    assert.equal(script.asked.length, 0, 'nothing to undo, nothing asked');
    assert.deepEqual(error.done, []);
    assert.match(error.message, new RegExp(`stopped at 10\\.2\\.0\\.0/16 in ${transitTable}: .*Forbidden\\.RAM.*; 10\\.0\\.0\\.0/16 in ${egressTable}: .*QuotaExceeded`));
    assert.match(error.message, /Nothing was added\./);
    assert.match(error.message, new RegExp(`Not added: 10\\.2\\.0\\.0/16 in ${transitTable}; 10\\.0\\.0\\.0/16 in ${egressTable}; 10\\.100\\.0\\.0/16 in ${egressTable}\\.`));
    assert.deepEqual(world.routedTo(egressTable, peer.id), []);
  });
});

describe('routes: remove the routes of a peer connection', function () {
  this.timeout(60_000);
  let world: RouteWorld;
  afterEach(async () => {
    await world?.restore();
  });

  it('removes every entry pointing at the connection with an arguments object', async () => {
    world = await startRouteWorld();
    const { peer, transitTable, sharedTable, ciPrivate } = transitShared(world);
    assert.equal(world.routedTo(sharedTable, peer.id).length, 2, 'the demo routes the pair');
    const others = routing(world.entries(transitTable).filter((e) => !e.nextHops.some((h) => h.id === peer.id)));

    const result = await removeRoutes({ connectionId: peer.id, confirm: false });
    assert.ok(result);
    assert.equal(result.removed.length, 5);
    for (const table of [transitTable, sharedTable, ciPrivate]) assert.deepEqual(world.routedTo(table, peer.id), [], table);
    assert.deepEqual(routing(world.entries(transitTable)), others, 'other routes stay');

    const again = await removeRoutes({ connectionId: peer.id, confirm: false });
    assert.deepEqual(again?.removed, []);
  });

  it('removes through the prompts after a confirmation that lists the entries', async () => {
    world = await startRouteWorld();
    const { peer, transitTable, sharedTable } = transitShared(world);
    const script = world.api.useScriptedPrompts([{ pick: 'transit-to-shared-services' }, { confirm: 'Remove' }]);
    const result = await removeRoutes();
    assert.equal(script.remaining, 0);
    assert.match(script.asked[1].title, new RegExp(`Remove 5 route entries that point at transit-to-shared-services \\(${peer.id}\\)\\?`));
    assert.equal(result?.removed.length, 5);
    assert.deepEqual(world.routedTo(transitTable, peer.id), []);
    assert.deepEqual(world.routedTo(sharedTable, peer.id), []);
  });

  it('removes only the requested side, and nothing when the confirmation is dismissed', async () => {
    world = await startRouteWorld();
    const { peer, transitTable, sharedTable } = transitShared(world);
    world.api.useScriptedPrompts([{ confirm: undefined }]);
    assert.equal(await removeRoutes({ connectionId: peer.id, sides: ['requester'] }), undefined);
    assert.deepEqual(world.routedTo(transitTable, peer.id), ['10.1.0.0/16']);

    const result = await removeRoutes({ connectionId: peer.id, sides: ['requester'], confirm: false });
    assert.equal(result?.removed.length, 1);
    assert.deepEqual(world.routedTo(transitTable, peer.id), []);
    assert.deepEqual(world.routedTo(sharedTable, peer.id), ['10.0.0.0/16', '10.100.0.0/16']);
    const error = await rejection(removeRoutes({ connectionId: peer.id, sides: ['left'] }));
    assert.match(error.message, /"sides" may hold only "requester" and "accepter"/);
  });

  it('a failure halfway: the report names what was removed, and Undo adds it back', async () => {
    world = await startRouteWorld();
    const { peer, transitTable, egressTable } = backbone(world);
    const before = { transit: routing(world.entries(transitTable)), egress: routing(world.entries(egressTable)) };
    assert.deepEqual(world.routedTo(transitTable, peer.id), ['10.2.0.0/16', '172.16.16.0/20'], 'the demo routes the backbone, DR drill included');
    world.emulator.faults.addRule({ action: 'DeleteRouteEntry', regionId: SH, code: 'Forbidden.RAM', httpStatus: 403, times: 1 });
    world.api.useScriptedPrompts([{ confirm: 'Undo' }]);

    const error = (await rejection(removeRoutes({ connectionId: peer.id, confirm: false }))) as PartialChange;
    assert.equal(error.name, 'PartialRouteChange');
    assert.equal(error.kind, 'remove');
    assert.deepEqual(error.done.map((d) => `${d.routeTableId} ${d.destination}`).sort(), [`${transitTable} 10.2.0.0/16`, `${transitTable} 172.16.16.0/20`]);
    assert.deepEqual(error.notDone.map((d) => `${d.routeTableId} ${d.destination}`).sort(), [`${egressTable} 10.0.0.0/16`, `${egressTable} 10.100.0.0/16`]);
    assert.match(error.message, /Removed: .*10\.2\.0\.0\/16 in vtb-.*\(rte-/);
    assert.match(error.message, /Not removed: /);
    assert.match(error.message, /Undo added back/);

    await settledTable(world, transitTable);
    assert.deepEqual(routing(world.entries(transitTable)), before.transit);
    assert.deepEqual(routing(world.entries(egressTable)), before.egress);
  });
});

describe('routes: delete one route entry', function () {
  this.timeout(60_000);
  let world: RouteWorld;
  afterEach(async () => {
    await world?.restore();
  });

  it('deletes a custom entry from its tree row after a confirmation that names where it pointed', async () => {
    world = await startRouteWorld();
    const { peer, transitTable, transit } = transitShared(world);
    const profileId = world.profileOf('network-hub');
    await world.api.store.loadVpcDetails(profileId, HZ, transit.id);
    const entry = world.entries(transitTable).find((e) => e.type === 'Custom' && e.nextHops.some((h) => h.id === peer.id))!;
    const row = world.api.explorer.findNode(resourceRef('routeEntry', { accountUid: world.uidOf('network-hub'), regionId: HZ }, entry.id, [{ kind: 'vpc', id: transit.id }, { kind: 'routeTable', id: transitTable }]));
    assert.ok(row, 'the entry has a row');
    const item = await world.api.explorer.getTreeItem(row);
    assert.ok(treeMenuCommands(String(item.contextValue)).includes('vpcPeering.deleteRouteEntry'), 'offered on the custom entry');

    const dismissed = world.api.useScriptedPrompts([{ confirm: undefined }]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.deleteRouteEntry', row), undefined);
    assert.ok(world.entries(transitTable).some((e) => e.id === entry.id), 'dismissed: nothing deleted');
    assert.match(dismissed.asked[0].title, new RegExp(`Delete the route to ${entry.destination.replace(/\./g, '\\.')}\\?`));

    const script = world.api.useScriptedPrompts([{ confirm: 'Delete' }]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.deleteRouteEntry', row), entry.id);
    assert.equal(script.remaining, 0);
    assert.ok(!world.entries(transitTable).some((e) => e.id === entry.id), 'gone from the cloud');
    const details = world.api.store.vpcDetails(profileId, transit.id);
    assert.ok(details.status === 'loaded' && !details.value.routeEntries.some((e) => e.id === entry.id), 'gone from the store');
  });

  it('is not offered on system entries, and refuses one named by arguments before sending anything', async () => {
    world = await startRouteWorld();
    const { transitTable, transit } = transitShared(world);
    const system = world.entries(transitTable).find((e) => e.type === 'System')!;
    assert.ok(!treeMenuCommands(routeEntryContextValue(system)).includes('vpcPeering.deleteRouteEntry'));
    world.emulator.stats.reset();
    const args = { profileId: world.profileOf('network-hub'), regionId: HZ, vpcId: transit.id, routeTableId: transitTable, routeEntryId: system.id, confirm: false };
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vpcPeering.deleteRouteEntry', args)), /Only an Available custom route can be deleted/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vpcPeering.deleteRouteEntry', { routeEntryId: system.id })), /"profileId", "regionId", "vpcId", "routeTableId"/);
    assert.equal(world.emulator.stats.byAction.DeleteRouteEntry ?? 0, 0);
  });
});

describe('routes: menus', () => {
  const connection = (status: PeerStatus): PeerConnection => ({
    id: 'pcc-menu',
    name: '',
    description: '',
    status,
    bizStatus: 'Normal',
    requester: { accountUid: '1', regionId: HZ, vpcId: 'vpc-a', ipv4Cidrs: [], ipv6Cidrs: [] },
    accepter: { accountUid: '2', regionId: HZ, vpcId: 'vpc-b', ipv4Cidrs: [], ipv6Cidrs: [] },
    bandwidthMbps: -1,
    tags: [],
  });

  it('offers Add Routes inline on activated connections, Remove Routes beside it, Diagnose on VPCs and connections', () => {
    const active = peerConnectionContextValue(connection('Activated'), ['1']);
    assert.ok(inlineCommands(active).includes('vpcPeering.addRoutes'));
    assert.ok(treeMenuCommands(active).includes('vpcPeering.removeRoutes'));
    assert.ok(treeMenuCommands(active).includes('vpcPeering.diagnoseConnectivity'));
    const waiting = peerConnectionContextValue(connection('Accepting'), ['2']);
    assert.ok(!treeMenuCommands(waiting).includes('vpcPeering.addRoutes'));
    assert.ok(!treeMenuCommands(waiting).includes('vpcPeering.removeRoutes'));
    assert.ok(treeMenuCommands(waiting).includes('vpcPeering.diagnoseConnectivity'));
    assert.ok(treeMenuCommands(vpcContextValue()).includes('vpcPeering.diagnoseConnectivity'));
    const palette = (manifest().contributes as unknown as { menus: { commandPalette: Array<{ command: string; when?: string }> } }).menus.commandPalette;
    for (const id of ['vpcPeering.addRoutes', 'vpcPeering.removeRoutes', 'vpcPeering.diagnoseConnectivity']) {
      assert.equal(palette.find((entry) => entry.command === id)?.when, '!vpcPeering.noActiveProfile', id);
    }
  });
});
