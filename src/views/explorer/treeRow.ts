// What an explorer row shows, said once per node kind; `treeItem` makes the VS Code TreeItem of
// it, so every row gets its id, collapse state, icon and escaped tooltip the same way.

import * as vscode from 'vscode';
import { vbrCount } from './countText';
import { attributeTooltip, type TooltipRow } from './tooltip';
import type { FolderKind } from './treeShape';

export interface TreeRow {
  label: string;
  /** A row with children shows them collapsed or expanded at first; a leaf leaves this out. */
  children?: 'collapsed' | 'expanded';
  /** A theme icon, or the name of a codicon in the default colour. */
  icon?: vscode.ThemeIcon | string;
  description?: string;
  /** A resource's attributes, listed in the tooltip under `title` (the label unless given). */
  attributes?: readonly TooltipRow[];
  title?: string;
  /** A tooltip of another form than an attribute list. */
  tooltip?: vscode.MarkdownString;
  contextValue?: string;
  command?: vscode.Command;
}

const COLLAPSE = {
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export function treeItem(id: string, row: TreeRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label, row.children ? COLLAPSE[row.children] : vscode.TreeItemCollapsibleState.None);
  item.id = id;
  if (row.icon !== undefined) item.iconPath = typeof row.icon === 'string' ? new vscode.ThemeIcon(row.icon) : row.icon;
  if (row.description !== undefined) item.description = row.description;
  if (row.attributes) item.tooltip = attributeTooltip(row.title ?? row.label, row.attributes);
  if (row.tooltip) item.tooltip = row.tooltip;
  if (row.contextValue !== undefined) item.contextValue = row.contextValue;
  if (row.command) item.command = row.command;
  return item;
}

/** What tells the folder rows apart; the context value is the folder's kind. */
const FOLDERS: Record<FolderKind, { label: () => string; icon: string; count: (n: number) => string }> = {
  routeTables: { label: () => vscode.l10n.t('Route Tables'), icon: 'list-tree', count: String },
  routerInterfaces: { label: () => vscode.l10n.t('Router Interfaces'), icon: 'plug', count: String },
  expressConnect: { label: () => vscode.l10n.t('Express Connect'), icon: 'server-environment', count: vbrCount },
};

/** A folder row with how many rows it holds (no count while that is not known yet). */
export function folderItem(id: string, kind: FolderKind, count: number | undefined): vscode.TreeItem {
  const folder = FOLDERS[kind];
  return treeItem(id, {
    label: folder.label(),
    children: 'collapsed',
    icon: folder.icon,
    description: count === undefined ? undefined : folder.count(count),
    contextValue: kind,
  });
}
