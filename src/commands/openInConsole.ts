// "Open in Console": the resource's page in its cloud's web console (Huawei Cloud: the region's
// VPC console). Sandbox resources exist only on this machine, so for them it says so instead of
// opening a page that 404s. Arguments object: { kind: 'vpc' | 'peerConnection' | …, id, regionId,
// profileId?, provider? }.

import * as vscode from 'vscode';
import { capabilitiesOf } from '../model/capabilities';
import { isResourceKind, type ResourceRef } from '../model/resourceRef';
import { ArgumentError, argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { givenResource } from './shared/resolveTarget';
import { providerArgument } from './shared/targetArguments';
import { loadedTitle } from './shared/resourceText';

const CONSOLE = 'https://vpc.console.aliyun.com';

export function consoleUrl(ref: Pick<ResourceRef, 'kind' | 'id' | 'regionId'> & Partial<Pick<ResourceRef, 'provider'>>): string | undefined {
  const region = encodeURIComponent(ref.regionId);
  const id = encodeURIComponent(ref.id);
  const regionConsole = capabilitiesOf(ref.provider).regionConsole;
  if (regionConsole) return regionConsole(ref.regionId);
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

/** What to open: a tree row's or a ref's resource, else the arguments object's `{ kind, id, regionId, profileId }`. */
function target(argument: unknown): { ref: Pick<ResourceRef, 'kind' | 'id' | 'regionId' | 'accountUid' | 'provider'>; profileId?: string } | undefined {
  const given = givenResource(argument);
  if (given) return given;
  const args = argumentsObject(argument);
  if (!args) return undefined;
  const kind = optionalString(args, 'kind') ?? 'vpc';
  if (!isResourceKind(kind)) throw new ArgumentError(vscode.l10n.t('"kind" must be a kind of resource such as "vpc" or "peerConnection"; "{0}" is not.', kind));
  const ref = { kind, id: optionalString(args, 'id') ?? '', regionId: optionalString(args, 'regionId') ?? '', accountUid: '', provider: providerArgument(args) };
  return { ref, profileId: optionalString(args, 'profileId') };
}

export const openInConsole: CommandDefinition = {
  id: 'vpcPeering.openInConsole',
  async run(context, argument): Promise<string | undefined> {
    const found = target(argument);
    if (!found?.ref.id) throw new ArgumentError(vscode.l10n.t('Nothing selected to open.'));
    const { ref } = found;
    const profileId = found.profileId ?? (ref.accountUid ? context.store.profileForAccount(ref.accountUid) : undefined);
    const profile = profileId ? context.registry.get(profileId) : undefined;
    if (profile?.kind === 'sandbox') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} lives in the local sandbox; it has no page in the {1} console.', loadedTitle(context.store, ref.id), capabilitiesOf(profile.provider).displayName),
      );
      return undefined;
    }
    const url = consoleUrl(ref);
    if (!url) throw new ArgumentError(vscode.l10n.t('There is no console page for this item.'));
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return url;
  },
};
