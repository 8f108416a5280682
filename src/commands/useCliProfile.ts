// "Use aliyun CLI Profile…": adds a profile of the aliyun CLI's own configuration
// (~/.aliyun/config.json, read and never written) and makes it active.
// Arguments object: { name: string, activate?: boolean (default true) }.

import * as vscode from 'vscode';
import { readAliyunCliConfig } from '../cloud/aliyunCliConfig';
import { ArgumentError, argumentsObject, optionalBoolean, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { BACK } from './wizard/prompter';

export const useCliProfile: CommandDefinition = {
  id: 'vpcPeering.useCliProfile',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    const config = await readAliyunCliConfig();
    let name = optionalString(args, 'name');
    if (!config || config.profiles.length === 0) {
      const message = vscode.l10n.t(
        'No aliyun CLI profiles were found in ~/.aliyun/config.json. Run "aliyun configure" in a terminal, or add an access key instead.',
      );
      if (name) throw new ArgumentError(message);
      const addKey = vscode.l10n.t('Add Access Key');
      if ((await context.prompter().confirm(message, vscode.l10n.t('An access key is stored in the editor\'s secret storage.'), [addKey])) === addKey) {
        await vscode.commands.executeCommand('vpcPeering.addAccessKey', { provider: 'alibaba' });
      }
      return undefined;
    }
    if (!name) {
      const chosen = await context.prompter().pick(
        config.profiles.map((profile) => ({
          label: profile.name,
          description: [profile.mode, profile.regionId, profile.maskedAccessKeyId, profile.isCurrent ? vscode.l10n.t('current') : '']
            .filter(Boolean)
            .join(' · '),
          detail: profile.supported ? undefined : profile.unsupportedReason,
          value: profile.name,
        })),
        { title: vscode.l10n.t('aliyun CLI profiles in {0}', config.path), canGoBack: false },
      );
      if (chosen === BACK) return undefined;
      name = chosen;
    }
    const summary = config.profiles.find((p) => p.name === name);
    if (!summary) throw new ArgumentError(vscode.l10n.t('There is no aliyun CLI profile named "{0}".', name));
    if (!summary.supported) {
      throw new ArgumentError(vscode.l10n.t('The aliyun CLI profile "{0}" cannot be used: {1}', name, summary.unsupportedReason ?? ''));
    }
    const spec = await context.registry.addCliProfile(name, summary.regionId);
    if (optionalBoolean(args, 'activate') ?? true) {
      await context.registry.setActive([...context.registry.activeIds(), spec.id]);
    }
    context.log.info(`added aliyun CLI profile ${name} (${summary.mode})`);
    return spec.id;
  },
};
