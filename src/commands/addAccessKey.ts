// "Add Access Key Profile…": which cloud (Alibaba Cloud or Huawei Cloud), a name, a key id and its
// secret (kept in VS Code's secret storage only), checked against the API before it is saved so a
// typo is caught at once: Alibaba Cloud's by GetCallerIdentity, Huawei Cloud's by reading the
// account's projects from IAM. Arguments object: { provider?: "alibaba" | "huawei", label,
// accessKeyId, accessKeySecret, regionId?, verify?: boolean }; an object that gives a key without
// a provider means Alibaba Cloud (as before Huawei Cloud came), and a Huawei key's label defaults
// to "Huawei Cloud key · HPUA****0001".

import * as vscode from 'vscode';
import { capabilitiesOf } from '../model/capabilities';
import type { ProfileSpec } from '../cloud/profiles';
import { maskAccessKeyId } from '../cloud/redact';
import { CLOUD_PROVIDERS, type CloudProvider } from '../model/resourceRef';
import { cloudLayer } from '../profiles/cloudLayer';
import { failureLine } from '../views/failureText';
import { argumentsObject, optionalBoolean, optionalString, ArgumentError } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { inputStep, pickStep } from './wizard/steps';
import { runCommandWizard } from './wizard/commandWizard';
import type { WizardStep } from './wizard/wizard';

const PROVIDERS: readonly CloudProvider[] = CLOUD_PROVIDERS;

interface AccessKeyState {
  given: { provider?: CloudProvider; label?: string; accessKeyId?: string; accessKeySecret?: string };
  provider?: CloudProvider;
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

/** A Huawei Cloud access key ID (AK): 20 upper-case letters and digits (reference §3, e.g. the signing test vectors). */
export function validateHuaweiAccessKeyId(value: string): string | undefined {
  if (!/^[A-Z0-9]{20}$/.test(value.trim())) return vscode.l10n.t('A Huawei Cloud access key ID (AK) is 20 upper-case letters and digits, for example HPUA…');
  return undefined;
}

/** A Huawei Cloud secret access key (SK): 40 letters and digits. */
export function validateHuaweiAccessKeySecret(value: string): string | undefined {
  if (!/^[A-Za-z0-9]{40}$/.test(value)) return vscode.l10n.t('A Huawei Cloud secret access key (SK) is 40 letters and digits.');
  return undefined;
}

/** How each cloud's access key is asked for and checked: its words, its form, and its name when none is given. */
interface KeyForm {
  idPrompt(): string;
  secretPrompt(): string;
  idProblem(value: string): string | undefined;
  secretProblem(value: string): string | undefined;
  /** A name that says whose key it is, offered after the key; without one the name is asked first. */
  defaultLabel?(accessKeyId: string): string;
}

const KEY_FORMS: Record<CloudProvider, KeyForm> = {
  alibaba: {
    idPrompt: () => vscode.l10n.t('AccessKey ID'),
    secretPrompt: () => vscode.l10n.t('AccessKey secret (kept in VS Code secret storage, never in settings)'),
    idProblem: validateAccessKeyId,
    secretProblem: validateAccessKeySecret,
  },
  huawei: {
    idPrompt: () => vscode.l10n.t('Access key ID (AK)'),
    secretPrompt: () => vscode.l10n.t('Secret access key (SK) (kept in VS Code secret storage, never in settings)'),
    idProblem: validateHuaweiAccessKeyId,
    secretProblem: validateHuaweiAccessKeySecret,
    defaultLabel: (accessKeyId) => vscode.l10n.t('{0} key · {1}', capabilitiesOf('huawei').displayName, maskAccessKeyId(accessKeyId)),
  },
};

const formOf = (provider: CloudProvider | undefined): KeyForm => KEY_FORMS[provider ?? 'alibaba'];

const accessKeyTitle = (s: AccessKeyState): string =>
  s.provider ? vscode.l10n.t('Add Access Key Profile · {0}', capabilitiesOf(s.provider).displayName) : vscode.l10n.t('Add Access Key Profile');

/** Whether the name is asked after the key, with a default that names the cloud. */
const namedAfterKey = (s: AccessKeyState): boolean => formOf(s.provider).defaultLabel !== undefined;

const steps: WizardStep<AccessKeyState>[] = [
  pickStep<AccessKeyState, CloudProvider>({
    when: (s) => !s.given.provider,
    title: () => vscode.l10n.t('Add Access Key Profile'),
    placeholder: () => vscode.l10n.t('Whose access key is it?'),
    items: () => PROVIDERS.map((provider) => ({ label: capabilitiesOf(provider).displayName, value: provider })),
    get: (s) => s.provider,
    set: (s, provider) => {
      s.provider = provider;
    },
  }),
  // Alibaba Cloud: the name first, as it always was.
  inputStep<AccessKeyState>({
    when: (s) => !namedAfterKey(s) && !s.given.label,
    title: accessKeyTitle,
    prompt: () => vscode.l10n.t('A name for this account, e.g. network-hub'),
    get: (s) => s.label,
    validate: validateProfileLabel,
    set: (s, text) => {
      s.label = text.trim();
    },
  }),
  inputStep<AccessKeyState>({
    when: (s) => !s.given.accessKeyId,
    title: accessKeyTitle,
    prompt: (s) => formOf(s.provider).idPrompt(),
    get: (s) => s.accessKeyId,
    validate: (text, s) => formOf(s.provider).idProblem(text),
    set: (s, text) => {
      s.accessKeyId = text.trim();
    },
  }),
  inputStep<AccessKeyState>({
    when: (s) => !s.given.accessKeySecret,
    title: accessKeyTitle,
    prompt: (s) => formOf(s.provider).secretPrompt(),
    password: true,
    // A secret is never shown again, not even going back.
    get: () => undefined,
    validate: (text, s) => formOf(s.provider).secretProblem(text),
    set: (s, text) => {
      s.accessKeySecret = text;
    },
  }),
  // Huawei Cloud: the name last, offering one that says whose key it is. Not asked when the
  // arguments object gave the key: the name then defaults to that.
  inputStep<AccessKeyState>({
    when: (s) => namedAfterKey(s) && !s.given.label && !s.given.accessKeyId,
    title: accessKeyTitle,
    prompt: () => vscode.l10n.t('A name for this account'),
    get: (s) => s.label ?? (s.accessKeyId ? formOf(s.provider).defaultLabel?.(s.accessKeyId) : undefined),
    validate: validateProfileLabel,
    set: (s, text) => {
      s.label = text.trim();
    },
  }),
];

/** The arguments object's cloud: named, or Alibaba Cloud when it gives a key without naming one. */
function givenProvider(args: Record<string, unknown> | undefined): CloudProvider | undefined {
  const named = optionalString(args, 'provider');
  if (named !== undefined) {
    if (!(PROVIDERS as readonly string[]).includes(named)) throw new ArgumentError(vscode.l10n.t('"provider" must be "alibaba" or "huawei".'));
    return named as CloudProvider;
  }
  return args?.accessKeyId !== undefined || args?.accessKeySecret !== undefined ? 'alibaba' : undefined;
}

export const addAccessKey: CommandDefinition = {
  id: 'vpcPeering.addAccessKey',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    const provider = givenProvider(args);
    const given = {
      provider,
      label: optionalString(args, 'label'),
      accessKeyId: optionalString(args, 'accessKeyId'),
      accessKeySecret: optionalString(args, 'accessKeySecret'),
    };
    for (const [value, validate] of [
      [given.label, validateProfileLabel],
      [given.accessKeyId, (text: string) => formOf(provider).idProblem(text)],
      [given.accessKeySecret, (text: string) => formOf(provider).secretProblem(text)],
    ] as const) {
      const problem = value === undefined ? undefined : validate(value);
      if (problem) throw new ArgumentError(problem);
    }
    const state = await runCommandWizard(context, { promptSteps: steps }, { given, ...given });
    const cloud = capabilitiesOf(state.provider);
    const accessKeyId = state.accessKeyId!.trim();
    const label = state.label?.trim() || (formOf(state.provider).defaultLabel?.(accessKeyId) ?? accessKeyId);
    const secret = state.accessKeySecret!;
    const regionId = optionalString(args, 'regionId');
    const masked = maskAccessKeyId(accessKeyId);
    if (optionalBoolean(args, 'verify') ?? true) {
      const probe: ProfileSpec = { id: `probe:${masked}`, label, provider: state.provider, kind: 'accessKey', accessKeyId, regionHint: regionId };
      const layer = cloudLayer();
      // A Huawei key is checked by reading the account's projects (its identity); the probe's
      // tenant directory is its own, so the session's tenants are not touched.
      const client = layer.createAccountClient(probe, { accessKeySecret: async () => secret }, { maxConcurrent: 1 }, new layer.HuaweiTenantDirectory());
      try {
        const identity = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the access key with {0}…', cloud.displayName), cancellable: false },
          () => client.identity(),
        );
        context.log.info(`${cloud.displayName} access key profile "${label}" (${masked}) belongs to account ${identity.accountUid}`);
      } catch (error) {
        // A service may echo the key id it refused: only its masked form is shown.
        const reason = failureLine(error).split(accessKeyId).join(masked).split(secret).join('****');
        throw new ArgumentError(vscode.l10n.t('The access key was not saved: checking it with {0} failed: {1}', cloud.displayName, reason));
      } finally {
        client.close();
      }
    }
    const spec = await context.registry.addAccessKey(label, accessKeyId, secret, regionId, state.provider);
    await context.registry.setActive([...context.registry.activeIds(), spec.id]);
    return spec.id;
  },
};
