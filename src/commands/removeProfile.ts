// "Remove Profile…": forgets a configured profile and deletes its stored secret. The aliyun
// CLI's and KooCLI's own files are never touched. Arguments object: { profileId: string }.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { profileKindText } from '../views/profileText';
import { BACK } from './wizard/prompter';

export const removeProfile: CommandDefinition = {
  id: 'vpcPeering.removeProfile',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    let profileId = optionalString(args, 'profileId');
    const configured = context.registry.configured();
    if (!profileId) {
      const chosen = await context.prompter().pick(
        configured.map((p) => ({ label: p.label, description: profileKindText(p), value: p.id })),
        { title: vscode.l10n.t('Remove a profile'), canGoBack: false },
      );
      if (chosen === BACK) return undefined;
      profileId = chosen;
    }
    if (!configured.some((p) => p.id === profileId)) {
      throw new ArgumentError(vscode.l10n.t('There is no configured profile "{0}".', profileId));
    }
    await context.registry.remove(profileId);
    return profileId;
  },
};
