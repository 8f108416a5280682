// "Re-layout Topology": the page's Re-layout (force layout inside each region, regions packed in
// rows again), from the command palette, a keybinding or a test. Opens the panel if needed; the
// notification's Cancel stops the layout and nothing moves. Returns how it ended.

import * as vscode from 'vscode';
import type { RelayoutResult } from '../views/topology/topologyPanel';
import type { CommandDefinition } from './shared/commandContext';

export const relayoutTopology: CommandDefinition = {
  id: 'vpcPeering.relayoutTopology',
  async run(context): Promise<RelayoutResult> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Re-laying out the topology…'), cancellable: true },
      (_progress, token) => context.topology.relayout(token),
    );
    if (result.outcome === 'failed' || result.outcome === 'unavailable') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Re-layout did not run: {0}', result.message ?? result.outcome));
    }
    return result;
  },
};
