// "Use KooCLI Profile…": adds a profile of KooCLI's own configuration (Huawei Cloud's `hcloud`,
// ~/.hcloud/config.json, read and never written) and makes it active. Its access key is read by the
// cloud layer when the account's first request is signed, never kept by the editor. A profile this
// extension cannot use (encrypted keys, an agency mode, no key) is listed with the reason.
// Arguments object: { name: string, activate?: boolean (default true) }.

import * as vscode from 'vscode';
import { cloudLayer } from '../profiles/cloudLayer';
import { ArgumentError, argumentsObject, optionalBoolean, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { BACK } from './wizard/prompter';

export const useKooCliProfile: CommandDefinition = {
  id: 'vpcPeering.useKooCliProfile',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    let name = optionalString(args, 'name');
    const activate = optionalBoolean(args, 'activate') ?? true;
    // The reader is in the cloud layer's bundle, with the rest of Huawei Cloud's code.
    const config = await cloudLayer().readKooCliConfig();
    if (!config || config.profiles.length === 0) {
      const message = vscode.l10n.t(
        'No KooCLI profiles were found in ~/.hcloud/config.json. Run "hcloud configure init" in a terminal, or add a Huawei Cloud access key instead.',
      );
      if (name) throw new ArgumentError(message);
      const addKey = vscode.l10n.t('Add Access Key');
      if ((await context.prompter().confirm(message, vscode.l10n.t('An access key is stored in the editor\'s secret storage.'), [addKey])) === addKey) {
        await vscode.commands.executeCommand('vpcPeering.addAccessKey', { provider: 'huawei' });
      }
      return undefined;
    }
    if (!name) {
      const chosen = await context.prompter().pick(
        config.profiles.map((profile) => ({
          label: profile.supported ? profile.name : `$(circle-slash) ${profile.name}`,
          description: [profile.mode, profile.regionId, profile.maskedAccessKeyId, profile.isCurrent ? vscode.l10n.t('current') : '']
            .filter(Boolean)
            .join(' · '),
          detail: profile.supported ? undefined : vscode.l10n.t('Cannot be used: {0}', profile.unsupportedReason ?? ''),
          value: profile.name,
        })),
        { title: vscode.l10n.t('KooCLI profiles in {0}', config.path), placeholder: vscode.l10n.t('Huawei Cloud credentials of the hcloud command line'), canGoBack: false },
      );
      if (chosen === BACK) return undefined;
      name = chosen;
    }
    const summary = config.profiles.find((p) => p.name === name);
    if (!summary) throw new ArgumentError(vscode.l10n.t('There is no KooCLI profile named "{0}" in {1}.', name, config.path));
    if (!summary.supported) {
      throw new ArgumentError(vscode.l10n.t('The KooCLI profile "{0}" cannot be used: {1}', name, summary.unsupportedReason ?? ''));
    }
    const spec = await context.registry.addKooCliProfile(name, summary.regionId);
    if (activate) await context.registry.setActive([...context.registry.activeIds(), spec.id]);
    context.log.info(`added KooCLI profile ${name} (${summary.mode}${summary.maskedAccessKeyId ? `, key ${summary.maskedAccessKeyId}` : ''})`);
    return spec.id;
  },
};
