// "Try the Sandbox": starts the built-in emulator and makes its demo accounts the active
// profiles, so every feature can be explored with no credentials.

import * as vscode from 'vscode';
import type { CommandDefinition } from './shared/commandContext';

export const useSandbox: CommandDefinition = {
  id: 'vpcPeering.useSandbox',
  async run(context): Promise<string[]> {
    const ids = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Starting the sandbox…') },
      () => context.startSandbox(),
    );
    await context.registry.setActive(ids);
    context.log.info(`sandbox active with ${ids.length} accounts`);
    return ids;
  },
};
