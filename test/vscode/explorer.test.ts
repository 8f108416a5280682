// The explorer tree in real VS Code: the welcome view, the sandbox, the demo scenario's accounts,
// regions and VPCs, a refresh after a change in the cloud, and which menu items each peer
// connection status offers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../src/extension';
import type { RunningEmulator } from '../../src/emulator';
import { resourceRef } from '../../src/model/resourceRef';
import { ExpansionMemory } from '../../src/views/explorer/expansionMemory';
import type { ExplorerNode } from '../../src/views/explorer/explorerNode';
import { activatedExtension, manifest } from './support/extension';
import { treeMenuCommands } from './support/menus';
import { harnessSandbox, type PrivateSandbox, usePrivateSandbox } from './support/privateSandbox';
import { screenshotsAvailable, takeScreenshot } from './support/screenshot';
import { accountRows, labelOf, rows, settledRows, type Row } from './support/treeRows';
import { sleep, waitFor } from './support/wait';

async function api(): Promise<VpcPeeringApi> {
  return (await activatedExtension()).exports as VpcPeeringApi;
}

describe('explorer tree', function () {
  this.timeout(60_000);

  it('shows the welcome view with the three ways to start when no profile is active', async () => {
    const extension = await api();
    await extension.registry.setActive([]);
    assert.deepEqual(await rows(extension.explorer), [], 'an empty tree lets VS Code show the welcome content');
    const welcome = (manifest().contributes as unknown as { viewsWelcome: { view: string; contents: string; when?: string }[] }).viewsWelcome;
    const entry = welcome.find((w) => w.view === 'vpcPeering.explorer');
    assert.ok(entry, 'viewsWelcome for the explorer');
    for (const command of ['vpcPeering.useSandbox', 'vpcPeering.useCliProfile', 'vpcPeering.useKooCliProfile', 'vpcPeering.addAccessKey']) {
      assert.ok(entry.contents.includes(`command:${command}`), `the welcome view links ${command}`);
    }
    assert.equal(entry.when, 'vpcPeering.noActiveProfile');
    if (screenshotsAvailable()) {
      await vscode.commands.executeCommand('workbench.view.extension.vpcPeering');
      await sleep(800);
      await takeScreenshot('explorer-welcome');
    }
  });

  it('starts the sandbox and shows every demo account, its regions and VPCs @screenshot', async () => {
    const extension = await api();
    const ids = (await vscode.commands.executeCommand('vpcPeering.useSandbox')) as string[];
    assert.equal(ids.length, 5, 'three Alibaba Cloud demo accounts and two Huawei Cloud tenants');
    assert.deepEqual(extension.registry.activeIds(), ids);
    await extension.store.whenIdle();
    // Two clouds: a row for each above its accounts.
    const clouds = await settledRows(extension.explorer, undefined, 'the clouds');
    assert.deepEqual(clouds.map((c) => [c.label, c.item.description]), [
      ['Alibaba Cloud', '3 accounts'],
      ['Huawei Cloud', '2 accounts'],
    ]);
    const accounts = await accountRows(extension.explorer);
    assert.deepEqual(
      accounts.map((a) => a.label).sort(),
      ['Sandbox · app-team', 'Sandbox · hw-network', 'Sandbox · hw-partner', 'Sandbox · network-hub', 'Sandbox · partner'],
    );
    const emulator = harnessSandbox();
    for (const account of accounts) {
      // The UID first; counts of waiting requests may follow.
      const uid = String(account.item.description).split(' · ')[0];
      assert.ok(emulator.accounts.some((a) => a.uid === uid) || emulator.huaweiAccounts.some((a) => a.domainId === uid), `${account.label} shows its account id`);
      const regions = await settledRows(extension.explorer, account.node, `regions of ${account.label}`);
      assert.ok(regions.length > 0, `${account.label} has regions`);
      let vpcCount = 0;
      for (const region of regions) {
        const inventory = extension.store.region(account.node.id.replace('account/', ''), String(region.node.id.split('/region/')[1]));
        assert.equal(inventory.status, 'loaded');
        const children = await rows(extension.explorer, region.node);
        const vpcs = children.filter((c) => c.item.contextValue === 'vpc');
        assert.equal(vpcs.length, inventory.status === 'loaded' ? inventory.value.vpcs.length : -1, `VPCs of ${region.label}`);
        for (const vpc of vpcs) assert.match(String(vpc.item.description), /\d+\.\d+\.\d+\.\d+\/\d+/, 'a VPC shows its CIDRs');
        vpcCount += vpcs.length;
      }
      assert.ok(vpcCount > 0, `${account.label} shows VPCs`);
    }
    if (screenshotsAvailable()) {
      await vscode.commands.executeCommand('workbench.view.extension.vpcPeering');
      const hub = accounts.find((a) => a.label.includes('network-hub'))!;
      const [firstRegion] = await rows(extension.explorer, hub.node);
      await extension.treeView.reveal(firstRegion.node, { expand: 2, focus: false, select: false });
      await vscode.commands.executeCommand('notifications.clearAll');
      await sleep(1000);
      await takeScreenshot('explorer-demo');
    }
  });

  it('offers on each peer connection exactly the actions its status and side allow', async () => {
    const extension = await api();
    await vscode.commands.executeCommand('vpcPeering.useSandbox');
    await extension.store.whenIdle();
    const seen = new Map<string, string[]>();
    for (const account of await accountRows(extension.explorer)) {
      for (const region of await rows(extension.explorer, account.node)) {
        for (const vpc of (await rows(extension.explorer, region.node)).filter((r) => r.item.contextValue === 'vpc')) {
          for (const child of await rows(extension.explorer, vpc.node)) {
            const value = child.item.contextValue ?? '';
            if (value.startsWith('peerConnection:')) seen.set(value, treeMenuCommands(value));
          }
        }
      }
    }
    const find = (pattern: RegExp) => [...seen.entries()].find(([value]) => pattern.test(value));
    const waitingForMe = find(/^peerConnection:Accepting:accepter:/);
    assert.ok(waitingForMe, `the demo has a request waiting for a sandbox account (saw ${[...seen.keys()].join(', ')})`);
    assert.ok(waitingForMe[1].includes('vpcPeering.copyId'));
    const requested = find(/^peerConnection:Accepting:requester:/);
    if (requested) {
      assert.ok(!/canAccept/.test(requested[0]), 'the requester cannot accept its own request');
    }
    const activated = find(/^peerConnection:Activated:/);
    assert.ok(activated, 'the demo has an activated connection');
    assert.match(activated[0], /canDelete/);
    assert.match(activated[0], /canAddRoutes/);
    const settling = find(/^peerConnection:(Rejected|Expired):/);
    assert.ok(settling, 'the demo has a rejected or expired request');
    assert.doesNotMatch(settling[0], /canAccept|canModify|canAddRoutes/);
    // Every menu entry shown for a connection must also be allowed by its capabilities.
    for (const [value, commands] of seen) {
      if (commands.includes('vpcPeering.acceptPeerConnection')) assert.match(value, /canAccept/, value);
      if (commands.includes('vpcPeering.deletePeerConnection')) assert.match(value, /canDelete/, value);
      if (commands.includes('vpcPeering.addRoutes')) assert.match(value, /canAddRoutes/, value);
    }
  });

  it('finds and reveals every kind of resource the graph can select (VPC, connection, interface, VBR, BGP peer, region)', async () => {
    const extension = await api();
    await vscode.commands.executeCommand('vpcPeering.useSandbox');
    await extension.store.whenIdle();
    const regions = extension.store.snapshot().regions;
    const first = <T>(pick: (r: (typeof regions)[number]) => T[]): T => {
      const found = regions.flatMap(pick)[0];
      assert.ok(found, 'the demo has one');
      return found;
    };
    const vpc = first((r) => r.vpcs);
    const connection = first((r) => r.peerConnections);
    const ri = first((r) => r.routerInterfaces.filter((i) => r.vpcs.some((v) => v.id === i.vpcId || v.vRouterId === i.routerId)));
    const vbr = first((r) => r.vbrs);
    const bgpPeer = first((r) => r.bgpPeers);
    const region = regions[0];
    const at = (place: { accountUid: string; regionId: string }) => ({ accountUid: place.accountUid, regionId: place.regionId });
    const targets = [
      { ref: resourceRef('vpc', at(vpc), vpc.id), label: vpc.name || vpc.id },
      { ref: resourceRef('peerConnection', at(connection.requester), connection.id), label: connection.name || connection.id },
      { ref: resourceRef('routerInterface', at(ri), ri.id), label: ri.name || ri.id },
      { ref: resourceRef('vbr', at(vbr), vbr.id), label: vbr.name || vbr.id },
      // As the graph knows a BGP peer: by id, region and account, without its group.
      { ref: resourceRef('bgpPeer', at(regions.find((r) => r.bgpPeers.includes(bgpPeer))!), bgpPeer.id), label: bgpPeer.peerIpAddress || bgpPeer.name || bgpPeer.id },
      { ref: resourceRef('region', at(region), region.regionId), label: '' },
    ];
    for (const { label, ref: target } of targets) {
      const node = extension.explorer.findNode(target);
      assert.ok(node, `${target.kind} found`);
      assert.equal(node.resource?.id, target.id, `${target.kind}: the row stands for the resource`);
      await extension.treeView.reveal(node, { select: true, focus: false, expand: false });
      await waitFor(`${target.kind} selected in the tree`, () => extension.treeView.selection[0]?.id === node.id);
      const item = await extension.explorer.getTreeItem(node);
      if (label) assert.equal(labelOf(item), label, target.kind);
      else assert.match(String(item.description ?? ''), new RegExp(region.regionId), 'the region row');
    }
    assert.equal(extension.explorer.findNode(resourceRef('vpc', { accountUid: '', regionId: '' }, 'vpc-not-there')), undefined);
  });

  it('remembers the rows opened and closed, and a reload shows them as they were left', async () => {
    const extension = await api();
    const regions: Row[] = [];
    for (const account of await accountRows(extension.explorer)) {
      regions.push(...(await settledRows(extension.explorer, account.node, 'the regions')));
    }
    // One the earlier tests did not open (a region starts closed).
    const region = regions.find((r) => r.item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed);
    assert.ok(region, 'a closed region');
    await vscode.commands.executeCommand('workbench.view.extension.vpcPeering');
    await extension.treeView.reveal(region.node, { expand: true, select: false, focus: false });
    await waitFor('the opened region to be remembered', async () =>
      (await extension.explorer.getTreeItem(region.node)).collapsibleState === vscode.TreeItemCollapsibleState.Expanded);

    // What a reload reads back: the workspace state written by one window, read by the next.
    const saved = new Map<string, unknown>();
    const state = { keys: () => [...saved.keys()], get: (key: string, fallback?: unknown) => (saved.has(key) ? saved.get(key) : fallback), update: async (key: string, value: unknown) => void saved.set(key, value) } as vscode.Memento;
    const expand = new vscode.EventEmitter<vscode.TreeViewExpansionEvent<{ id: string }>>();
    const collapse = new vscode.EventEmitter<vscode.TreeViewExpansionEvent<{ id: string }>>();
    const view = { onDidExpandElement: expand.event, onDidCollapseElement: collapse.event } as unknown as vscode.TreeView<{ id: string }>;
    new ExpansionMemory(state).watch(view);
    expand.fire({ element: { id: 'region-opened' } });
    collapse.fire({ element: { id: 'account-closed' } });
    const afterReload = new ExpansionMemory(state);
    const row = (id: string, collapsed: vscode.TreeItemCollapsibleState) => Object.assign(new vscode.TreeItem('row', collapsed), { id });
    assert.equal(afterReload.apply(row('region-opened', vscode.TreeItemCollapsibleState.Collapsed)).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.equal(afterReload.apply(row('account-closed', vscode.TreeItemCollapsibleState.Expanded)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal(afterReload.apply(row('never-touched', vscode.TreeItemCollapsibleState.Collapsed)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  describe('against a private emulator', () => {
    let sandbox: PrivateSandbox;
    let emulator: RunningEmulator;

    before(async () => {
      sandbox = await usePrivateSandbox();
      emulator = sandbox.emulator;
    });

    after(async () => {
      await sandbox?.restore();
    });

    it('shows a VPC created in the cloud after a refresh of its region', async () => {
      const extension = await api();
      const hub = emulator.accounts.find((a) => a.name === 'network-hub')!;
      const profileId = `sandbox:${hub.uid}`;
      const regionId = 'cn-beijing';
      const before = extension.store.region(profileId, regionId);
      assert.equal(before.status, 'loaded');
      const created = emulator.world.addVpc('network-hub', regionId, { name: 'added-out-of-band', cidrBlock: '172.31.0.0/16' });
      await vscode.commands.executeCommand('vpcPeering.refresh', { profileId, regionId });
      const accountRow = (await rows(extension.explorer)).find((r) => r.node.id === `account/${profileId}`)!;
      const regionRow = (await rows(extension.explorer, accountRow.node)).find((r) => r.node.id.endsWith(`/region/${regionId}`))!;
      const vpcs = await rows(extension.explorer, regionRow.node);
      const row = vpcs.find((r) => r.label === 'added-out-of-band');
      assert.ok(row, 'the new VPC is in the tree');
      assert.match(String(row.item.description), /172\.31\.0\.0\/16/);
      assert.match(String(row.item.description), new RegExp(created.id));
    });

    it('shows a failing region as an error node with the mapped hint, and retries it', async () => {
      const extension = await api();
      const hub = emulator.accounts.find((a) => a.name === 'network-hub')!;
      const profileId = `sandbox:${hub.uid}`;
      emulator.faults.addRule({ action: 'DescribeVpcs', regionId: 'cn-shanghai', accountUid: hub.uid, code: 'Forbidden.RAM', httpStatus: 403 });
      await vscode.commands.executeCommand('vpcPeering.refresh', { profileId, regionId: 'cn-shanghai' });
      const accountRow = (await rows(extension.explorer)).find((r) => r.node.id === `account/${profileId}`)!;
      const regionRow = (await rows(extension.explorer, accountRow.node)).find((r) => r.node.id.endsWith('/region/cn-shanghai'))!;
      const [errorRow] = await rows(extension.explorer, regionRow.node);
      assert.equal(errorRow.item.contextValue, 'error');
      assert.equal(errorRow.item.description, 'Forbidden.RAM');
      assert.equal(errorRow.item.command?.command, 'vpcPeering.refresh');
      // Other regions of the same account still load.
      assert.equal(extension.store.region(profileId, 'cn-hangzhou').status, 'loaded');
      emulator.faults.clearRules();
      await vscode.commands.executeCommand(errorRow.item.command!.command, ...(errorRow.item.command!.arguments ?? []));
      const healed = await rows(extension.explorer, regionRow.node);
      assert.ok(healed.every((r) => r.item.contextValue !== 'error'), 'the retry cleared the error');
    });

    it('counts the requests waiting for an account on its row and its region’s, and redraws both when one arrives', async () => {
      const extension = await api();
      const hub = emulator.accounts.find((a) => a.name === 'network-hub')!;
      const profileId = `sandbox:${hub.uid}`;
      const target = emulator.world.regions()
        .flatMap((r) => emulator.world.inventory(hub.uid, r).peerConnections)
        .find((c) => c.status === 'Activated' && c.accepter.accountUid === hub.uid && c.requester.regionId === c.accepter.regionId)!;
      assert.ok(target, 'an activated connection the hub accepted, inside one region');
      const yoursIn = (description: string) => Number(/(\d+) awaiting acceptance — yours to accept/.exec(description)?.[1] ?? 0);
      const description = async (node: ExplorerNode) => String((await extension.explorer.getTreeItem(node)).description);
      const accountRow = (await rows(extension.explorer)).find((r) => r.node.id === `account/${profileId}`)!;
      const regionRow = (await rows(extension.explorer, accountRow.node)).find((r) => r.node.id.endsWith(`/region/${target.accepter.regionId}`))!;
      const before = { account: yoursIn(String(accountRow.item.description)), region: yoursIn(String(regionRow.item.description)) };
      assert.match(String(regionRow.item.description), /\b\d+ VPCs?\b/, 'the region counts its VPCs');
      const redrawn = new Set<string>();
      const listening = extension.explorer.onDidChangeTreeData((node) => node && redrawn.add(node.id));
      try {
        emulator.world.setPeerStatus(target.id, 'Accepting');
        await extension.store.refreshPeerConnection(target.id);
        await waitFor('the account and region rows to be redrawn', () => redrawn.has(accountRow.node.id) && redrawn.has(regionRow.node.id));
      } finally {
        listening.dispose();
      }
      assert.equal(yoursIn(await description(accountRow.node)), before.account + 1);
      assert.equal(yoursIn(await description(regionRow.node)), before.region + 1);
      emulator.world.setPeerStatus(target.id, 'Activated');
      await extension.store.refreshPeerConnection(target.id);
      assert.equal(yoursIn(await description(regionRow.node)), before.region);
    });

    it('follows a connection through a transition without reloading its region', async () => {
      const extension = await api();
      const hub = emulator.accounts.find((a) => a.name === 'network-hub')!;
      const profileId = `sandbox:${hub.uid}`;
      const target = emulator.world.regions()
        .flatMap((r) => emulator.world.inventory(hub.uid, r).peerConnections)
        .find((c) => c.status === 'Activated' && c.requester.accountUid === hub.uid)!;
      emulator.world.setPeerStatus(target.id, 'Updating');
      await extension.store.refreshPeerConnection(target.id);
      const seen = () => extension.store.findPeerConnection(target.id).find((p) => p.profileId === profileId)?.connection.status;
      assert.equal(seen(), 'Updating');
      await waitFor('the connection to settle', () => seen() === 'Activated', 10_000);
    });
  });
});
