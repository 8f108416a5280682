// "Open in Alibaba Cloud Console": the resource's page in the web console. Sandbox resources
// exist only on this machine, so for them it says so instead of opening a page that 404s.
// Arguments object: { kind: 'vpc' | 'peerConnection' | …, id, regionId }.

import * as vscode from 'vscode';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { type ResourceRef, resourceIdOf } from './shared/resourceOfNode';

const CONSOLE = 'https://vpc.console.aliyun.com';

export function consoleUrl(ref: ResourceRef): string | undefined {
  const region = encodeURIComponent(ref.regionId ?? '');
  const id = encodeURIComponent(ref.id);
  switch (ref.kind) {
    case 'vpc':
      return `${CONSOLE}/vpc/${region}/vpcs/${id}`;
    case 'peerConnection':
      return `${CONSOLE}/vpcpeer/${region}/vpcpeers/${id}`;
    case 'routeTable':
      return `${CONSOLE}/vpc/${region}/route-tables/${id}`;
    case 'routerInterface':
      return `${CONSOLE}/vpc/${region}/router-interfaces`;
    case 'vbr':
    case 'bgpGroup':
    case 'bgpPeer':
      return `https://expressconnect.console.aliyun.com/expressconnect/${region}/vbr/${ref.kind === 'vbr' ? id : ''}`;
    default:
      return undefined;
  }
}

export const openInConsole: CommandDefinition = {
  id: 'vpcPeering.openInConsole',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    const ref: ResourceRef | undefined =
      resourceIdOf(argument) ??
      (args && {
        kind: (optionalString(args, 'kind') ?? 'vpc') as ResourceRef['kind'],
        id: optionalString(args, 'id') ?? '',
        regionId: optionalString(args, 'regionId'),
        profileId: optionalString(args, 'profileId'),
      });
    if (!ref?.id) throw new ArgumentError(vscode.l10n.t('Nothing selected to open.'));
    const profile = ref.profileId ? context.registry.get(ref.profileId) : undefined;
    if (profile?.kind === 'sandbox') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} lives in the local sandbox; it has no page in the Alibaba Cloud console.', ref.id),
      );
      return undefined;
    }
    const url = consoleUrl(ref);
    if (!url) throw new ArgumentError(vscode.l10n.t('There is no console page for this item.'));
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return url;
  },
};
