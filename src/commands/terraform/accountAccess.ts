// How Terraform would reach each account the extension shows, said without secrets: an aliyun
// CLI profile by name, the sandbox by its endpoint and the CLI profile "Use the Sandbox from a
// Terminal" writes, and for keys kept in VS Code a note of which environment variables to set.

import * as vscode from 'vscode';
import type { ProfileSpec } from '../../cloud/profiles';
import { valueOf } from '../../inventory/loadState';
import type { InventorySnapshot } from '../../model/types';
import type { AccountAccess } from '../../terraform/exportOptions';
import type { CommandContext } from '../shared/commandContext';

/** The aliyun CLI profile name the sandbox's account `name` is written under. */
export function sandboxCliProfile(accountName: string): string {
  return `vpc-peering-sandbox-${accountName.replace(/^Sandbox:\s*/i, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export function accountAccess(context: CommandContext, snapshot: InventorySnapshot): (accountUid: string) => AccountAccess | undefined {
  const byUid = new Map<string, AccountAccess>();
  for (const account of snapshot.accounts) {
    const profile = context.store.account(account.profileId)?.profile;
    if (profile && !byUid.has(account.uid)) byUid.set(account.uid, accessOf(profile, account.name));
  }
  return (uid) => byUid.get(uid);
}

function accessOf(profile: ProfileSpec, name: string): AccountAccess {
  switch (profile.kind) {
    case 'sandbox':
      return {
        profileName: name,
        cliProfile: sandboxCliProfile(name),
        endpoints: profile.endpoint && { vpc: profile.endpoint.endpoint, vpcpeer: profile.endpoint.endpoint, protocol: profile.endpoint.protocol === 'http' ? 'HTTP' : 'HTTPS' },
        credentialsNote: vscode.l10n.t('The sandbox emulator on this machine: run "VPC Peering: Use the Sandbox from a Terminal" to write this CLI profile.'),
      };
    case 'aliyunCli':
      return profile.cliProfileName
        ? { profileName: name, cliProfile: profile.cliProfileName }
        : { profileName: name, credentialsNote: vscode.l10n.t('Uses the aliyun CLI\'s current profile: name it with profile = "…" to pin it.') };
    case 'accessKey':
      return { profileName: name, credentialsNote: vscode.l10n.t('The key of this profile is in VS Code\'s secret storage: give Terraform the same key as ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.') };
    case 'environment':
      return { profileName: name, credentialsNote: vscode.l10n.t('Credentials from ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, as for the extension.') };
    case 'hcloudCli':
      return { profileName: name, credentialsNote: vscode.l10n.t('The KooCLI profile "{0}" (~/.hcloud/config.json): Huawei Cloud\'s Terraform provider reads it with HW_SHARED_CONFIG_FILE and HW_PROFILE.', profile.cliProfileName ?? '') };
    case 'defaultChain':
      return { profileName: name, credentialsNote: vscode.l10n.t('Credentials from the default chain (environment, CLI profile, credentials file), as for the extension.') };
  }
}

/** "China (Hangzhou)" for `cn-hangzhou`, from the regions the accounts' profiles listed. */
export function regionNames(context: CommandContext): (regionId: string) => string | undefined {
  const names = new Map<string, string>();
  for (const account of context.store.accounts()) {
    for (const region of valueOf(account.regions) ?? []) if (region.name) names.set(region.id, region.name);
  }
  return (id) => names.get(id);
}
