// The profiles a person has configured and which of them are active.
//
// Profile descriptions (kind, label, key id, CLI profile name) live in the extension's global
// state; access key secrets live only in VS Code's SecretStorage, keyed by profile id. The aliyun
// CLI's and KooCLI's own config files are read, never written. Sandbox profiles are not stored:
// they exist while the sandbox runs, one per emulator account.

import * as vscode from 'vscode';
import type { ProfileSpec } from '../cloud/profiles';
import { maskAccessKeyId } from '../cloud/redact';
import type { CloudProvider } from '../model/resourceRef';
import type { SecretProvider } from '../cloud/accountClient';
import type { SandboxEndpoint } from './sandbox';

const PROFILES_KEY = 'vpcPeering.profiles';
const ACTIVE_KEY = 'vpcPeering.activeProfiles';
const SECRET_PREFIX = 'vpcPeering.accessKeySecret.';
export const SANDBOX_PREFIX = 'sandbox:';
/** The profile of Huawei Cloud's environment variables (HUAWEICLOUD_SDK_AK, or HW_ACCESS_KEY). */
export const HUAWEI_ENVIRONMENT_ID = 'huawei-environment';

export class ProfileRegistry implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private sandbox?: SandboxEndpoint;

  /** Fires when the configured or the active profiles change. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: vscode.SecretStorage,
  ) {}

  /** Profiles the person added (never the sandbox's). */
  configured(): ProfileSpec[] {
    return this.state.get<ProfileSpec[]>(PROFILES_KEY, []);
  }

  /** One profile per sandbox account (Alibaba Cloud's, then Huawei Cloud's tenants) while the sandbox runs. */
  sandboxProfiles(): ProfileSpec[] {
    const sandbox = this.sandbox;
    if (!sandbox) return [];
    const [host, port] = sandbox.endpoint.split(':');
    const endpoint = { endpoint: `${host}:${port}`, protocol: 'http' } as const;
    return [
      ...sandbox.accounts.map((account): ProfileSpec => ({
        id: `${SANDBOX_PREFIX}${account.uid}`,
        label: vscode.l10n.t('Sandbox · {0}', account.name),
        kind: 'sandbox',
        accessKeyId: account.accessKeyId,
        regionHint: 'cn-hangzhou',
        endpoint,
      })),
      ...(sandbox.huaweiAccounts ?? []).map((account): ProfileSpec => ({
        id: `${SANDBOX_PREFIX}huawei:${account.domainId}`,
        label: vscode.l10n.t('Sandbox · {0}', account.name),
        provider: 'huawei',
        kind: 'sandbox',
        accessKeyId: account.accessKeyId,
        regionHint: 'cn-north-4',
        endpoint,
      })),
    ];
  }

  all(): ProfileSpec[] {
    return [...this.sandboxProfiles(), ...this.configured()];
  }

  get(id: string): ProfileSpec | undefined {
    return this.all().find((p) => p.id === id);
  }

  /** Active profile ids that exist now, in the order the person chose them. */
  activeIds(): string[] {
    const known = new Set(this.all().map((p) => p.id));
    return this.storedActiveIds().filter((id) => known.has(id));
  }

  /** Ids stored as active, including sandbox ones while the sandbox is not running yet. */
  storedActiveIds(): string[] {
    return this.state.get<string[]>(ACTIVE_KEY, []);
  }

  active(): ProfileSpec[] {
    const byId = new Map(this.all().map((p) => [p.id, p]));
    return this.activeIds().flatMap((id) => byId.get(id) ?? []);
  }

  async setActive(ids: readonly string[]): Promise<void> {
    // VS Code's memento answers get() with the new value from this call on; the promise is the
    // write to the editor's storage, which waits on a busy workbench (up to several hundred ms
    // while the view opens at startup), so the profiles change without waiting for it.
    const saved = this.state.update(ACTIVE_KEY, [...new Set(ids)]);
    this.changed.fire();
    await saved;
  }

  /** Makes the running sandbox's accounts available as profiles. */
  setSandbox(sandbox: SandboxEndpoint | undefined): void {
    this.sandbox = sandbox;
    this.changed.fire();
  }

  /** `provider`: whose key it is (absent: Alibaba Cloud); `label` defaults to "Huawei Cloud key · HPUA****0001" for Huawei. */
  async addAccessKey(label: string | undefined, accessKeyId: string, secret: string, regionHint?: string, provider?: CloudProvider): Promise<ProfileSpec> {
    const huawei = provider === 'huawei';
    const spec: ProfileSpec = {
      id: huawei ? `huaweiAccessKey:${accessKeyId}` : `accessKey:${accessKeyId}`,
      label: label ?? (huawei ? vscode.l10n.t('Huawei Cloud key · {0}', maskAccessKeyId(accessKeyId)) : maskAccessKeyId(accessKeyId)),
      ...(huawei ? { provider } : {}),
      kind: 'accessKey',
      accessKeyId,
      regionHint,
    };
    await this.secrets.store(SECRET_PREFIX + spec.id, secret);
    await this.upsert(spec);
    return spec;
  }

  async addCliProfile(name: string, regionHint?: string): Promise<ProfileSpec> {
    const spec: ProfileSpec = {
      id: `aliyunCli:${name}`,
      label: vscode.l10n.t('aliyun CLI · {0}', name),
      kind: 'aliyunCli',
      cliProfileName: name,
      regionHint,
    };
    await this.upsert(spec);
    return spec;
  }

  /** A KooCLI profile (Huawei Cloud's `~/.hcloud/config.json`), read when its client first signs a request. */
  async addKooCliProfile(name: string, regionHint?: string): Promise<ProfileSpec> {
    const spec: ProfileSpec = {
      id: `hcloudCli:${name}`,
      label: vscode.l10n.t('KooCLI · {0}', name),
      provider: 'huawei',
      kind: 'hcloudCli',
      cliProfileName: name,
      regionHint,
    };
    await this.upsert(spec);
    return spec;
  }

  async addEnvironment(): Promise<ProfileSpec> {
    const spec: ProfileSpec = { id: 'environment', label: vscode.l10n.t('Environment variables'), kind: 'environment' };
    await this.upsert(spec);
    return spec;
  }

  /** Huawei Cloud's environment variables (HUAWEICLOUD_SDK_AK / _SK, or HW_ACCESS_KEY / HW_SECRET_KEY). */
  async addHuaweiEnvironment(): Promise<ProfileSpec> {
    const spec: ProfileSpec = {
      id: HUAWEI_ENVIRONMENT_ID,
      label: vscode.l10n.t('Huawei Cloud environment credentials'),
      provider: 'huawei',
      kind: 'environment',
    };
    await this.upsert(spec);
    return spec;
  }

  async remove(id: string): Promise<void> {
    await this.state.update(
      PROFILES_KEY,
      this.configured().filter((p) => p.id !== id),
    );
    await this.state.update(
      ACTIVE_KEY,
      this.storedActiveIds().filter((a) => a !== id),
    );
    await this.secrets.delete(SECRET_PREFIX + id);
    this.changed.fire();
  }

  /** Secrets for the cloud layer: SecretStorage for access keys, the emulator's for the sandbox. */
  readonly secretProvider: SecretProvider = {
    accessKeySecret: async (profile) => {
      if (profile.kind === 'sandbox') {
        if (profile.provider === 'huawei') return this.sandbox?.huaweiAccounts.find((a) => a.accessKeyId === profile.accessKeyId)?.secretAccessKey;
        return this.sandbox?.accounts.find((a) => a.accessKeyId === profile.accessKeyId)?.accessKeySecret;
      }
      return this.secrets.get(SECRET_PREFIX + profile.id);
    },
  };

  dispose(): void {
    this.changed.dispose();
  }

  private async upsert(spec: ProfileSpec): Promise<void> {
    const others = this.configured().filter((p) => p.id !== spec.id);
    await this.state.update(PROFILES_KEY, [...others, spec]);
    this.changed.fire();
  }
}
