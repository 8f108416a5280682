// "Select Profiles…": choose which configured profiles are active, several at once (a requester
// and an accepter account side by side). When ALIBABA_CLOUD_ACCESS_KEY_ID is set it also offers
// the environment credentials as a profile. Arguments object: { profileIds: string[] }, where
// "environment" adds and activates the environment profile.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalStringArray } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { BACK, type PickItem } from './wizard/prompter';

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
    const items: PickItem<Choice>[] = context.registry.all().map((profile) => ({
      label: profile.label,
      description: profile.kind === 'sandbox' ? vscode.l10n.t('sandbox') : profile.kind,
      picked: active.has(profile.id),
      value: { id: profile.id },
    }));
    if (!context.registry.sandboxProfiles().length) {
      items.push({ label: `$(beaker) ${vscode.l10n.t('Try the Sandbox')}`, value: { action: 'sandbox' } });
    }
    const environmentKnown = context.registry.configured().some((p) => p.kind === 'environment');
    if (!environmentKnown && process.env.ALIBABA_CLOUD_ACCESS_KEY_ID) {
      items.push({
        label: `$(symbol-variable) ${vscode.l10n.t('Use the environment variables')}`,
        description: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        value: { action: 'environment' },
      });
    }
    items.push(
      { label: `$(terminal) ${vscode.l10n.t('Add an aliyun CLI profile…')}`, value: { action: 'cli' } },
      { label: `$(key) ${vscode.l10n.t('Add an access key…')}`, value: { action: 'accessKey' } },
    );
    // Choosing nothing is an answer: no profile stays active.
    const picked = await context.prompter().pickMany(items, {
      title: vscode.l10n.t('Active profiles'),
      placeholder: vscode.l10n.t('Select the accounts to show side by side'),
      canGoBack: false,
    });
    if (picked === BACK) return undefined;
    const actions = picked.flatMap((choice) => ('action' in choice ? [choice.action] : []));
    let ids = picked.flatMap((choice) => ('id' in choice ? [choice.id] : []));
    if (actions.includes('sandbox')) ids = [...ids, ...(await context.startSandbox())];
    if (actions.includes('environment')) ids = [...ids, (await context.registry.addEnvironment()).id];
    await context.registry.setActive(ids);
    if (actions.includes('cli')) await vscode.commands.executeCommand('vpcPeering.useCliProfile');
    if (actions.includes('accessKey')) await vscode.commands.executeCommand('vpcPeering.addAccessKey');
    return context.registry.activeIds();
  },
};
