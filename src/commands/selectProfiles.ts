// "Select Profiles…": choose which configured profiles are active, several at once (a requester
// and an accepter account side by side). Adding a profile (the sandbox, an aliyun CLI or KooCLI
// profile, an access key, and the environment credentials when ALIBABA_CLOUD_ACCESS_KEY_ID, or for
// Huawei Cloud HUAWEICLOUD_SDK_AK or HW_ACCESS_KEY, is set) is offered as buttons beside the title:
// actions, not rows to tick. Arguments object: { profileIds: string[] }, where "environment" adds
// and activates Alibaba Cloud's environment profile and "huawei-environment" Huawei Cloud's.

import * as vscode from 'vscode';
import { HUAWEI_ENVIRONMENT_ID } from '../profiles/profileRegistry';
import { ArgumentError, argumentsObject, optionalStringArray } from './shared/arguments';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { profileKindText } from '../views/profileText';
import { BACK, type PickButton, type PickItem } from './wizard/prompter';

export const selectProfiles: CommandDefinition = {
  id: 'vpcPeering.selectProfiles',
  async run(context, argument): Promise<string[] | undefined> {
    const args = argumentsObject(argument);
    const given = optionalStringArray(args, 'profileIds');
    if (given) {
      if (given.some((id) => id.startsWith('sandbox:'))) await context.startSandbox();
      if (given.includes('environment') && !context.registry.get('environment')) await context.registry.addEnvironment();
      if (given.includes(HUAWEI_ENVIRONMENT_ID) && !context.registry.get(HUAWEI_ENVIRONMENT_ID)) await context.registry.addHuaweiEnvironment();
      const known = new Set(context.registry.all().map((p) => p.id));
      const unknown = given.filter((id) => !known.has(id));
      if (unknown.length) throw new ArgumentError(`Unknown profile ids: ${unknown.join(', ')}`);
      await context.registry.setActive(given);
      return given;
    }
    const active = new Set(context.registry.activeIds());
    const items: PickItem<string>[] = context.registry.all().map((profile) => ({
      label: profile.label,
      description: profileKindText(profile),
      picked: active.has(profile.id),
      value: profile.id,
    }));
    // Ways to add a profile are actions: buttons beside the title, never rows to tick. With no
    // profile yet there is nothing to tick, so they are the choices themselves.
    const actions = addActions(context);
    if (items.length === 0) {
      const chosen = await context.prompter().pick(
        actions.map((a) => ({ label: `$(${a.icon}) ${a.tooltip}`, value: a.id })),
        { title: vscode.l10n.t('Active profiles'), placeholder: vscode.l10n.t('No profiles yet: add one'), canGoBack: false },
      );
      if (chosen !== BACK) await runAddAction(context, chosen as AddAction);
      return context.registry.activeIds();
    }
    // Choosing nothing is an answer: no profile stays active.
    const answer = await context.prompter().pickManyOrPress(
      items,
      { title: vscode.l10n.t('Active profiles'), placeholder: vscode.l10n.t('Select the accounts to show side by side'), canGoBack: false },
      actions,
    );
    if (answer === BACK) return undefined;
    if ('pressed' in answer) await runAddAction(context, answer.pressed as AddAction);
    else await context.registry.setActive(answer);
    return context.registry.activeIds();
  },
};

type AddAction = 'sandbox' | 'environment' | 'huaweiEnvironment' | 'cli' | 'kooCli' | 'accessKey';

/** Huawei Cloud's environment variable that holds the key id, when one is set (the SDK's, else Terraform's). */
function huaweiEnvironmentVariable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return ['HUAWEICLOUD_SDK_AK', 'HW_ACCESS_KEY'].find((name) => env[name]);
}

function addActions(context: CommandContext): (PickButton & { id: AddAction })[] {
  const actions: (PickButton & { id: AddAction })[] = [];
  if (!context.registry.sandboxProfiles().length) actions.push({ id: 'sandbox', icon: 'beaker', tooltip: vscode.l10n.t('Try the Sandbox') });
  const configured = new Set(context.registry.configured().map((p) => p.id));
  if (!configured.has('environment') && process.env.ALIBABA_CLOUD_ACCESS_KEY_ID) {
    actions.push({ id: 'environment', icon: 'symbol-variable', tooltip: vscode.l10n.t('Use the environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID)') });
  }
  const huaweiVariable = huaweiEnvironmentVariable();
  if (!configured.has(HUAWEI_ENVIRONMENT_ID) && huaweiVariable) {
    actions.push({ id: 'huaweiEnvironment', icon: 'symbol-variable', tooltip: vscode.l10n.t('Use the Huawei Cloud environment credentials ({0})', huaweiVariable) });
  }
  actions.push(
    { id: 'cli', icon: 'terminal', tooltip: vscode.l10n.t('Add an aliyun CLI profile…') },
    { id: 'kooCli', icon: 'terminal', tooltip: vscode.l10n.t('Add a KooCLI profile (Huawei Cloud)…') },
    { id: 'accessKey', icon: 'key', tooltip: vscode.l10n.t('Add an access key…') },
  );
  return actions;
}

/** Adds the profile the action names and makes it active beside those already active. */
async function runAddAction(context: CommandContext, action: AddAction): Promise<void> {
  const active = context.registry.activeIds();
  switch (action) {
    case 'sandbox':
      await context.registry.setActive([...active, ...(await context.startSandbox())]);
      return;
    case 'environment':
      await context.registry.setActive([...active, (await context.registry.addEnvironment()).id]);
      return;
    case 'huaweiEnvironment':
      await context.registry.setActive([...active, (await context.registry.addHuaweiEnvironment()).id]);
      return;
    case 'cli':
      await vscode.commands.executeCommand('vpcPeering.useCliProfile');
      return;
    case 'kooCli':
      await vscode.commands.executeCommand('vpcPeering.useKooCliProfile');
      return;
    case 'accessKey':
      await vscode.commands.executeCommand('vpcPeering.addAccessKey');
      return;
  }
}
