// The explorer's rows as the view gets them: node, tree item and label, for tests that walk the tree.
import type * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../../src/extension';
import type { ExplorerNode } from '../../../src/views/explorer/explorerNode';
import { waitFor } from './wait';

export interface Row {
  node: ExplorerNode;
  item: vscode.TreeItem;
  label: string;
}

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export async function rows(explorer: VpcPeeringApi['explorer'], parent?: ExplorerNode): Promise<Row[]> {
  const children = (await explorer.getChildren(parent)) ?? [];
  return Promise.all(
    children.map(async (node) => {
      const item = await explorer.getTreeItem(node);
      return { node, item, label: labelOf(item) };
    }),
  );
}

/** Children once they stop saying "Loading…". */
export async function settledRows(explorer: VpcPeeringApi['explorer'], parent: ExplorerNode | undefined, what: string): Promise<Row[]> {
  return waitFor(what, async () => {
    const current = await rows(explorer, parent);
    return current.some((r) => r.item.contextValue === 'loading') ? undefined : current;
  }, 15_000);
}

/** The account rows, under the cloud rows when the active profiles span more than one cloud. */
export async function accountRows(explorer: VpcPeeringApi['explorer']): Promise<Row[]> {
  const top = await settledRows(explorer, undefined, 'the top rows');
  const accounts: Row[] = [];
  for (const row of top) accounts.push(...(row.item.contextValue === 'cloud' ? await settledRows(explorer, row.node, `the accounts of ${row.label}`) : [row]));
  return accounts;
}
