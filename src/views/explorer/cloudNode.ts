// A cloud's row at the top of the tree — "Alibaba Cloud", "Huawei Cloud" — shown only while the
// active profiles span more than one cloud; its children are that cloud's accounts. With one cloud
// the accounts are the top rows, as before: a level with one row would only cost a click.

import * as vscode from 'vscode';
import { capabilitiesOf } from '../../model/capabilities';
import type { CloudProvider } from '../../model/resourceRef';
import { countText } from './countText';
import { type ExplorerContext, ExplorerNode } from './explorerNode';
import { treeItem } from './treeRow';

export class CloudNode extends ExplorerNode {
  readonly id: string;
  readonly parent = undefined;

  constructor(readonly provider: CloudProvider) {
    super();
    this.id = `cloud/${provider}`;
  }

  toTreeItem(context: ExplorerContext): vscode.TreeItem {
    const accounts = accountsOf(context, this.provider).length;
    return treeItem(this.id, {
      label: capabilitiesOf(this.provider).displayName,
      children: 'expanded',
      icon: 'cloud',
      description: countText(accounts, vscode.l10n.t('1 account'), vscode.l10n.t('{0} accounts', accounts)),
      contextValue: 'cloud',
      attributes: [],
    });
  }
}

/** The active profiles' ids of one cloud, in the person's order. */
export function accountsOf(context: Pick<ExplorerContext, 'store'>, provider: CloudProvider): string[] {
  return context.store.accounts().filter((account) => (account.profile.provider ?? 'alibaba') === provider).map((account) => account.profile.id);
}

/** The clouds of the active profiles, in the order their first profile comes. */
export function cloudsOf(context: Pick<ExplorerContext, 'store'>): CloudProvider[] {
  return [...new Set(context.store.accounts().map((account) => account.profile.provider ?? 'alibaba'))];
}
