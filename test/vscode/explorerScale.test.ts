// The explorer at scale in real VS Code: a region holding 500 VPCs of one account (a generated
// world on a private emulator: one region, 1,500 VPCs over three accounts) opens to one page of
// rows and a "Load more" row, and only the rows it returns are drawn. With VPT_EXPLORER_MEASURE
// set, `npm run bench -- scale` also times expanding that region in the view
// (bench/support/explorerExpand.ts reads the figures from VPT_EXPLORER_MEASURE_OUT).
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { resourceRef } from '../../src/model/resourceRef';
import type { ExplorerNode } from '../../src/views/explorer/explorerNode';
import { type PrivateSandbox, usePrivateSandbox } from './support/privateSandbox';
import { sleep, waitFor } from './support/wait';

/** 500 VPCs per account in the one region; about five connection ends per VPC, as at 10,000 VPCs / 25,000 connections. */
const BIG_REGION = { regions: 1, vpcs: 1500, peers: 3750, accounts: 3 };
const ACCOUNT = 'network-hub';
/** The explorer's page of rows (extension.ts). */
const PAGE = 100;

function regionOf(sandbox: PrivateSandbox): { node: ExplorerNode; vpcs: number; accountNode: ExplorerNode } {
  const { api } = sandbox;
  const regions = api.store.snapshot().regions.filter((r) => r.accountUid === sandbox.uidOf(ACCOUNT));
  assert.equal(regions.length, 1, 'one region');
  const [inventory] = regions;
  const node = api.explorer.findNode(resourceRef('region', { accountUid: inventory.accountUid, regionId: inventory.regionId }, inventory.regionId));
  assert.ok(node?.parent, 'the region row');
  return { node, vpcs: inventory.vpcs.length, accountNode: node.parent };
}

describe('explorer rows: a region of 500 VPCs', function () {
  this.timeout(120_000);
  let sandbox: PrivateSandbox | undefined;

  before(async function () {
    this.timeout(120_000);
    sandbox = await usePrivateSandbox({ scenario: undefined, generate: BIG_REGION, transitionMs: 0 });
  });

  after(async () => {
    await sandbox?.restore();
  });

  it('opens to one page of VPC rows and a Load more row, and draws only the rows it returned', () => {
    const { api } = sandbox!;
    const region = regionOf(sandbox!);
    assert.equal(region.vpcs, 500);
    // Count the rows drawn (their items, tooltips included) from here on: the VPC rows' class is
    // the bundle's, reached through a row the provider made.
    const probe = api.explorer.getChildren(region.node)[0];
    const vpcRow = Object.getPrototypeOf(probe) as { toTreeItem: (...args: unknown[]) => vscode.TreeItem };
    const drawn: string[] = [];
    const toTreeItem = vpcRow.toTreeItem;
    vpcRow.toTreeItem = function (this: ExplorerNode, ...args: unknown[]) {
      drawn.push(this.id);
      return toTreeItem.apply(this, args);
    };
    try {
      const rows = api.explorer.getChildren(region.node);
      assert.deepEqual(drawn, [], 'listing the rows draws none of them');
      assert.equal(rows.length, PAGE + 1, 'one page of VPCs and the Load more row');
      const items = rows.map((row) => api.explorer.getTreeItem(row));
      assert.deepEqual(items.slice(0, PAGE).map((item) => item.contextValue), Array(PAGE).fill('vpc'));
      assert.equal(items[PAGE].contextValue, 'loadMore');
      assert.match(String(items[PAGE].label), /400 more/, 'Load more says how many are left');
      assert.deepEqual(drawn, rows.slice(0, PAGE).map((row) => row.id), 'each returned VPC row drawn once, no other');
      assert.ok(items[0].tooltip instanceof vscode.MarkdownString, 'a drawn row has its tooltip');
    } finally {
      vpcRow.toTreeItem = toTreeItem;
    }
  });
});

// `npm run bench -- scale` runs VS Code for this alone and reads the figures from the file it names.
if (process.env.VPT_EXPLORER_MEASURE) {
  describe('explorer expand measurement', () => {
    it('times expanding a region of 500 VPCs in the view', async function () {
      this.timeout(300_000);
      const runs = Number(process.env.VPT_EXPLORER_MEASURE_RUNS) || 5;
      const sandbox = await usePrivateSandbox({ scenario: undefined, generate: BIG_REGION, transitionMs: 0 });
      try {
        const { api } = sandbox;
        const region = regionOf(sandbox);
        await vscode.commands.executeCommand('workbench.view.extension.vpcPeering');
        await waitFor('the view to ask for rows', async () => (await api.tree.getChildren()).length > 0);

        // What the view asks the extension for, timed from the expand request: VS Code's tree view
        // asks for the region's children, then for each child's item, and sends them to the view.
        const tree = api.tree;
        const getChildren = tree.getChildren.bind(tree);
        const getTreeItem = tree.getTreeItem.bind(tree);
        let started = 0;
        let asked: { at: number; returnedAt: number; rows: ExplorerNode[] } | undefined;
        let itemsDone = 0;
        let lastItemAt = 0;
        tree.getChildren = ((node?: ExplorerNode) => {
          const at = performance.now();
          const rows = getChildren(node);
          if (node?.id === region.node.id && Array.isArray(rows)) {
            asked = { at: at - started, returnedAt: performance.now() - started, rows };
            itemsDone = 0;
          }
          return rows;
        }) as typeof tree.getChildren;
        tree.getTreeItem = (node) => {
          const item = getTreeItem(node);
          if (asked?.rows.includes(node)) {
            itemsDone++;
            lastItemAt = performance.now() - started;
          }
          return item;
        };
        const results: { expandMs: number; askedMs: number; rowsReadyMs: number; providerMs: number; rows: number; smallExpandMs: number; smallRows: number }[] = [];
        try {
          for (let run = 0; run < runs; run++) {
            // Closed, with every row refreshed, so the view asks for the region's rows again.
            await vscode.commands.executeCommand('workbench.actions.treeView.vpcPeering.explorer.collapseAll');
            api.explorer.refreshAll();
            await sleep(600);
            await api.treeView.reveal(region.accountNode, { expand: true, select: false, focus: false });
            await sleep(600);
            asked = undefined;
            started = performance.now();
            await api.treeView.reveal(region.node, { expand: true, select: false, focus: false });
            const expandMs = performance.now() - started;
            if (!asked) throw new Error(`run ${run + 1}: the view did not ask for the region's rows`);
            const seen: { at: number; returnedAt: number; rows: ExplorerNode[] } = asked;
            await waitFor('every row item', () => itemsDone >= seen.rows.length, 5_000);
            // The extension's part alone, in this process: the rows and their items.
            const providerStarted = performance.now();
            for (const row of getChildren(region.node)) getTreeItem(row);
            const providerMs = performance.now() - providerStarted;
            // VS Code's own floor: the same request for a short list, a VPC's rows (its
            // connections and folders), with the region open.
            await sleep(600);
            const vpc = seen.rows[run];
            const smallStarted = performance.now();
            await api.treeView.reveal(vpc, { expand: true, select: false, focus: false });
            const smallExpandMs = performance.now() - smallStarted;
            results.push({ expandMs, askedMs: seen.at, rowsReadyMs: lastItemAt, providerMs, rows: seen.rows.length, smallExpandMs, smallRows: getChildren(vpc).length });
          }
        } finally {
          tree.getChildren = getChildren;
          tree.getTreeItem = getTreeItem;
        }
        if (process.env.VPT_EXPLORER_MEASURE_OUT) writeFileSync(process.env.VPT_EXPLORER_MEASURE_OUT, JSON.stringify({ vpcs: region.vpcs, runs: results }));
      } finally {
        await sandbox.restore();
      }
    });
  });
}
