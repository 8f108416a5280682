// "Copy ID": the resource id of a tree row (VPC, connection, route table, entry, interface, VBR,
// BGP group or peer) or of a ref, to the clipboard. Arguments object: { id: string }.

import * as vscode from 'vscode';
import { argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { givenResource } from './shared/resolveTarget';

export const copyId: CommandDefinition = {
  id: 'vpcPeering.copyId',
  async run(_context, argument): Promise<string | undefined> {
    const id = givenResource(argument)?.ref.id ?? optionalString(argumentsObject(argument), 'id');
    if (!id) return undefined;
    await vscode.env.clipboard.writeText(id);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', id), 2500);
    return id;
  },
};
