// "Select Profiles…": choose which configured profiles are active, several at once (a requester
// and an accepter account side by side). When ALIBABA_CLOUD_ACCESS_KEY_ID is set it also offers
// the environment credentials as a profile. Arguments object: { profileIds: string[] }, where
// "environment" adds and activates the environment profile.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalStringArray } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';

export const selectProfiles: CommandDefinition = {
  id: 'vpcPeering.selectProfiles',
  async run(context, argument): Promise<string[] | undefined> {
    const args = argumentsObject(argument);
    const given = optionalStringArray(args, 'profileIds');
    if (given) {
      if (given.some((id) => id.startsWith('sandbox:'))) await context.startSandbox();
      if (given.includes('environment') && !context.registry.get('environment')) await context.registry.addEnvironment();
      const known = new Set(context.registry.all().map((p) => p.id));
      const unknown = given.filter((id) => !known.has(id));
      if (unknown.length) throw new ArgumentError(`Unknown profile ids: ${unknown.join(', ')}`);
      await context.registry.setActive(given);
      return given;
    }
    const active = new Set(context.registry.activeIds());
    type Choice = { id: string } | { action: 'sandbox' | 'cli' | 'accessKey' | 'environment' };
    const items: (vscode.QuickPickItem & { choice: Choice })[] = context.registry.all().map((profile) => ({
      label: profile.label,
      description: profile.kind === 'sandbox' ? vscode.l10n.t('sandbox') : profile.kind,
      picked: active.has(profile.id),
      choice: { id: profile.id },
    }));
    if (!context.registry.sandboxProfiles().length) {
      items.push({ label: `$(beaker) ${vscode.l10n.t('Try the Sandbox')}`, choice: { action: 'sandbox' } });
    }
    const environmentKnown = context.registry.configured().some((p) => p.kind === 'environment');
    if (!environmentKnown && process.env.ALIBABA_CLOUD_ACCESS_KEY_ID) {
      items.push({
        label: `$(symbol-variable) ${vscode.l10n.t('Use the environment variables')}`,
        description: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        choice: { action: 'environment' },
      });
    }
    items.push(
      { label: `$(terminal) ${vscode.l10n.t('Add an aliyun CLI profile…')}`, choice: { action: 'cli' } },
      { label: `$(key) ${vscode.l10n.t('Add an access key…')}`, choice: { action: 'accessKey' } },
    );
    const chosen = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Active profiles'),
      placeHolder: vscode.l10n.t('Select the accounts to show side by side'),
      ignoreFocusOut: true,
    });
    if (!chosen) return undefined;
    const actions = chosen.flatMap((c) => ('action' in c.choice ? [c.choice.action] : []));
    let ids = chosen.flatMap((c) => ('id' in c.choice ? [c.choice.id] : []));
    if (actions.includes('sandbox')) ids = [...ids, ...(await context.startSandbox())];
    if (actions.includes('environment')) ids = [...ids, (await context.registry.addEnvironment()).id];
    await context.registry.setActive(ids);
    if (actions.includes('cli')) await vscode.commands.executeCommand('vpcPeering.useCliProfile');
    if (actions.includes('accessKey')) await vscode.commands.executeCommand('vpcPeering.addAccessKey');
    return context.registry.activeIds();
  },
};
