// Leaf nodes that are not resources: loading, an error with a retry, "Load more", "nothing here".

import * as vscode from 'vscode';
import { describeFailure } from '../failureText';
import { ExplorerNode } from './explorerNode';

export class LoadingNode extends ExplorerNode {
  readonly id: string;
  constructor(
    readonly parent: ExplorerNode,
    private readonly what: string,
  ) {
    super();
    this.id = `${parent.id}/loading`;
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Loading {0}…', this.what));
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('loading~spin');
    item.contextValue = 'loading';
    return item;
  }
}

/** A load that failed: the mapped message and hint, and a click (or context action) retries it. */
export class ErrorNode extends ExplorerNode {
  readonly id: string;
  constructor(
    readonly parent: ExplorerNode,
    private readonly error: unknown,
    private readonly retry: { command: string; args: unknown[] },
  ) {
    super();
    this.id = `${parent.id}/error`;
  }
  toTreeItem(): vscode.TreeItem {
    const failure = describeFailure(this.error);
    const item = new vscode.TreeItem(failure.title);
    item.id = this.id;
    item.description = failure.code;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(failure.title);
    if (failure.hint) tooltip.appendText(`\n\n${failure.hint}`);
    if (failure.requestId) tooltip.appendText(`\n\nRequest id: ${failure.requestId}`);
    tooltip.appendText(`\n\n${vscode.l10n.t('Click to retry.')}`);
    item.tooltip = tooltip;
    item.contextValue = 'error';
    item.command = { command: this.retry.command, title: vscode.l10n.t('Retry'), arguments: this.retry.args };
    return item;
  }
}

export class LoadMoreNode extends ExplorerNode {
  readonly id: string;
  constructor(
    readonly parent: ExplorerNode,
    private readonly remaining: number,
  ) {
    super();
    this.id = `${parent.id}/more`;
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Load more ({0} more)', this.remaining));
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.contextValue = 'loadMore';
    item.command = { command: 'vpcPeering.loadMore', title: vscode.l10n.t('Load more'), arguments: [this.parent.id] };
    return item;
  }
}

export class EmptyNode extends ExplorerNode {
  readonly id: string;
  constructor(
    readonly parent: ExplorerNode,
    private readonly label: string,
  ) {
    super();
    this.id = `${parent.id}/empty`;
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label);
    item.id = this.id;
    item.contextValue = 'empty';
    return item;
  }
}
