// "Remove Profile…": forgets a configured profile and deletes its stored secret. The aliyun
// CLI's own file is never touched. Arguments object: { profileId: string }.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';

export const removeProfile: CommandDefinition = {
  id: 'vpcPeering.removeProfile',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    let profileId = optionalString(args, 'profileId');
    const configured = context.registry.configured();
    if (!profileId) {
      const chosen = await vscode.window.showQuickPick(
        configured.map((p) => ({ label: p.label, description: p.kind, id: p.id })),
        { title: vscode.l10n.t('Remove a profile'), ignoreFocusOut: true },
      );
      if (!chosen) return undefined;
      profileId = chosen.id;
    }
    if (!configured.some((p) => p.id === profileId)) {
      throw new ArgumentError(vscode.l10n.t('There is no configured profile "{0}".', profileId));
    }
    await context.registry.remove(profileId);
    return profileId;
  },
};
