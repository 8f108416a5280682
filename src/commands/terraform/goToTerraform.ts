// "Go to Terraform": opens the file at the block that manages a resource. Arguments object
// { resourceId } (a connection, route entry, router interface, BGP group or peer id), or a tree
// row; resolves to { file, line } or undefined when no Terraform in the workspace manages it.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalString } from '../shared/arguments';
import type { CommandDefinition } from '../shared/commandContext';
import { givenResource } from '../shared/resolveTarget';

export const goToTerraform: CommandDefinition = {
  id: 'vpcPeering.goToTerraform',
  async run(context, argument): Promise<{ file: string; line: number } | undefined> {
    const resourceId = optionalString(argumentsObject(argument), 'resourceId') ?? givenResource(argument)?.ref.id;
    if (!resourceId) throw new ArgumentError(vscode.l10n.t('Say which resource: { "resourceId": "pcc-…" }.'));
    await context.terraform.rescan();
    const owner = context.terraform.ownerOf(resourceId);
    if (!owner) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No Terraform in this workspace manages {0}.', resourceId));
      return undefined;
    }
    const position = new vscode.Position(Math.max(0, owner.line - 1), 0);
    await vscode.window.showTextDocument(vscode.Uri.file(owner.file), { selection: new vscode.Range(position, position) });
    return { file: owner.file, line: owner.line };
  },
};
