// "Add Access Key Profile…": a name, an AccessKey ID and its secret (kept in VS Code's secret
// storage only), checked against the API before it is saved so a typo is caught at once.
// Arguments object: { label, accessKeyId, accessKeySecret, regionId?, verify?: boolean }.

import * as vscode from 'vscode';
import type { ProfileSpec } from '../cloud/profiles';
import { cloudLayer } from '../profiles/cloudLayer';
import { failureLine } from '../views/failureText';
import { argumentsObject, optionalBoolean, optionalString, ArgumentError } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { inputStep } from './wizard/steps';
import { runCommandWizard } from './wizard/commandWizard';
import type { WizardStep } from './wizard/wizard';

interface AccessKeyState {
  given: { label?: string; accessKeyId?: string; accessKeySecret?: string };
  label?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
}

export function validateProfileLabel(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > 64) return vscode.l10n.t('The name must be 1–64 characters long.');
  return undefined;
}

/** AccessKey IDs are 16–128 letters and digits (they start with LTAI for RAM users, STS. for tokens). */
export function validateAccessKeyId(value: string): string | undefined {
  if (!/^[A-Za-z0-9.]{16,128}$/.test(value.trim())) {
    return vscode.l10n.t('An AccessKey ID is 16–128 letters and digits, for example LTAI5t…');
  }
  return undefined;
}

export function validateAccessKeySecret(value: string): string | undefined {
  if (!/^[\x21-\x7e]{16,128}$/.test(value)) return vscode.l10n.t('An AccessKey secret is 16–128 printable characters without spaces.');
  return undefined;
}

const accessKeyTitle = (): string => vscode.l10n.t('Add Access Key Profile');

/** A question for a text the arguments did not give; the answer is kept without outer spaces. */
function trimmedTextStep(field: 'label' | 'accessKeyId', prompt: () => string, validate: (value: string) => string | undefined): WizardStep<AccessKeyState> {
  return inputStep<AccessKeyState>({
    when: (s) => !s.given[field],
    title: accessKeyTitle,
    prompt,
    get: (s) => s[field],
    validate,
    set: (s, text) => {
      s[field] = text.trim();
    },
  });
}

const steps: WizardStep<AccessKeyState>[] = [
  trimmedTextStep('label', () => vscode.l10n.t('A name for this account, e.g. network-hub'), validateProfileLabel),
  trimmedTextStep('accessKeyId', () => vscode.l10n.t('AccessKey ID'), validateAccessKeyId),
  inputStep<AccessKeyState>({
    when: (s) => !s.given.accessKeySecret,
    title: accessKeyTitle,
    prompt: () => vscode.l10n.t('AccessKey secret (kept in VS Code secret storage, never in settings)'),
    password: true,
    // A secret is never shown again, not even going back.
    get: () => undefined,
    validate: validateAccessKeySecret,
    set: (s, text) => {
      s.accessKeySecret = text;
    },
  }),
];

export const addAccessKey: CommandDefinition = {
  id: 'vpcPeering.addAccessKey',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    const given = {
      label: optionalString(args, 'label'),
      accessKeyId: optionalString(args, 'accessKeyId'),
      accessKeySecret: optionalString(args, 'accessKeySecret'),
    };
    for (const [value, validate] of [
      [given.label, validateProfileLabel],
      [given.accessKeyId, validateAccessKeyId],
      [given.accessKeySecret, validateAccessKeySecret],
    ] as const) {
      const problem = value === undefined ? undefined : validate(value);
      if (problem) throw new ArgumentError(problem);
    }
    const state = await runCommandWizard(context, { promptSteps: steps }, { given, ...given });
    const label = state.label!;
    const accessKeyId = state.accessKeyId!;
    const secret = state.accessKeySecret!;
    const regionId = optionalString(args, 'regionId');
    if (optionalBoolean(args, 'verify') ?? true) {
      const probe: ProfileSpec = { id: `probe:${accessKeyId}`, label, kind: 'accessKey', accessKeyId, regionHint: regionId };
      const client = cloudLayer().createAccountClient(probe, { accessKeySecret: async () => secret }, { maxConcurrent: 1 });
      try {
        const identity = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the access key…'), cancellable: false },
          () => client.identity(),
        );
        context.log.info(`access key profile "${label}" belongs to account ${identity.accountUid}`);
      } catch (error) {
        throw new ArgumentError(vscode.l10n.t('The access key was not saved: {0}', failureLine(error)));
      } finally {
        client.close();
      }
    }
    const spec = await context.registry.addAccessKey(label, accessKeyId, secret, regionId);
    await context.registry.setActive([...context.registry.activeIds(), spec.id]);
    return spec.id;
  },
};
