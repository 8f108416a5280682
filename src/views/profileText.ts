// How a profile is described beside its label, in the pickers and in its account row's tooltip:
// where its credentials come from and whose cloud it is ("access key · Huawei Cloud"), so two
// clouds' profiles are never confused.

import * as vscode from 'vscode';
import { capabilitiesOf } from '../model/capabilities';
import type { ProfileKind, ProfileSpec } from '../cloud/profiles';

function kindText(kind: ProfileKind): string {
  switch (kind) {
    case 'sandbox':
      return vscode.l10n.t('sandbox');
    case 'accessKey':
      return vscode.l10n.t('access key');
    case 'aliyunCli':
      return vscode.l10n.t('aliyun CLI');
    case 'hcloudCli':
      return vscode.l10n.t('KooCLI');
    case 'environment':
      return vscode.l10n.t('environment variables');
    case 'defaultChain':
      return vscode.l10n.t('default credential chain');
  }
}

export function profileKindText(profile: Pick<ProfileSpec, 'kind' | 'provider'>): string {
  return `${kindText(profile.kind)} · ${capabilitiesOf(profile.provider).displayName}`;
}
