// Leaf nodes that are not resources: loading, an error with a retry, "Load more", "nothing here".

import * as vscode from 'vscode';
import { describeFailure } from '../failureText';
import { ExplorerNode } from './explorerNode';
import { treeItem } from './treeRow';

/** A row that speaks about its parent's list; a parent has at most one of each kind. */
abstract class MessageNode extends ExplorerNode {
  readonly id: string;
  constructor(
    readonly parent: ExplorerNode,
    kind: string,
  ) {
    super();
    this.id = `${parent.id}/${kind}`;
  }
}

export class LoadingNode extends MessageNode {
  constructor(parent: ExplorerNode, private readonly what: string) {
    super(parent, 'loading');
  }
  toTreeItem(): vscode.TreeItem {
    return treeItem(this.id, { label: vscode.l10n.t('Loading {0}…', this.what), icon: 'loading~spin', contextValue: 'loading' });
  }
}

/** A load that failed: the mapped message and hint, and a click (or context action) retries it. */
export class ErrorNode extends MessageNode {
  constructor(parent: ExplorerNode, private readonly error: unknown, private readonly retry: { command: string; args: unknown[] }) {
    super(parent, 'error');
  }
  toTreeItem(): vscode.TreeItem {
    const failure = describeFailure(this.error);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(failure.title);
    if (failure.hint) tooltip.appendText(`\n\n${failure.hint}`);
    if (failure.requestId) tooltip.appendText(`\n\nRequest id: ${failure.requestId}`);
    tooltip.appendText(`\n\n${vscode.l10n.t('Click to retry.')}`);
    return treeItem(this.id, {
      label: failure.title,
      description: failure.code,
      icon: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
      tooltip,
      contextValue: 'error',
      command: { command: this.retry.command, title: vscode.l10n.t('Retry'), arguments: this.retry.args },
    });
  }
}

export class LoadMoreNode extends MessageNode {
  constructor(parent: ExplorerNode, private readonly remaining: number) {
    super(parent, 'more');
  }
  toTreeItem(): vscode.TreeItem {
    return treeItem(this.id, {
      label: vscode.l10n.t('Load more ({0} more)', this.remaining),
      icon: 'ellipsis',
      contextValue: 'loadMore',
      command: { command: 'vpcPeering.loadMore', title: vscode.l10n.t('Load more'), arguments: [this.parent.id] },
    });
  }
}

export class EmptyNode extends MessageNode {
  constructor(parent: ExplorerNode, private readonly label: string) {
    super(parent, 'empty');
  }
  toTreeItem(): vscode.TreeItem {
    return treeItem(this.id, { label: this.label, contextValue: 'empty' });
  }
}
