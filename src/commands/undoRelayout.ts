// "Undo Re-layout": every node of the topology back where it was before the last re-layout.
// Resolves to whether there was a re-layout to undo (none since the panel opened, or nodes were
// dragged since, means nothing to undo).

import * as vscode from 'vscode';
import type { CommandDefinition } from './shared/commandContext';

export const undoRelayout: CommandDefinition = {
  id: 'vpcPeering.undoRelayout',
  async run(context): Promise<boolean> {
    const undone = await context.topology.undoRelayout();
    if (!undone) void vscode.window.showInformationMessage(vscode.l10n.t('There is no re-layout to undo.'));
    return undone;
  },
};
