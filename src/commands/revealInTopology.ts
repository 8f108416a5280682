// "Reveal in Topology": opens the graph centred on the selected VPC, connection, interface, VBR
// or BGP peer (a tree row or a ref). Arguments object: { id: string }.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { givenResource } from './shared/resolveTarget';

export const revealInTopology: CommandDefinition = {
  id: 'vpcPeering.revealInTopology',
  async run(context, argument): Promise<string> {
    const id = givenResource(argument)?.ref.id ?? optionalString(argumentsObject(argument), 'id');
    if (!id) throw new ArgumentError(vscode.l10n.t('Select a VPC, connection or other resource to reveal.'));
    await context.topology.reveal(id);
    return id;
  },
};
