// An existing router interface as the commands use it (with the profile that reaches it), its
// opposite end when an active profile sees that too, and how a command gets one: the shared
// resolver (a tree row, a ref, `{ profileId, regionId, routerInterfaceId }`, or the picker).

import * as vscode from 'vscode';
import type { TopologyStore } from '../../inventory/store';
import { resourceRef } from '../../model/resourceRef';
import type { RouterInterface } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import { findLoaded, type LoadedResource } from '../shared/loadedResources';
import { resolveTarget } from '../shared/resolveTarget';
import { profileName, routerTitle, titleOf } from '../shared/resourceText';

export interface LocatedInterface {
  profileId: string;
  regionId: string;
  ri: RouterInterface;
}

function located(loaded: LoadedResource<'routerInterface'>): LocatedInterface {
  return { profileId: loaded.profileId, regionId: loaded.ref.regionId, ri: loaded.resource };
}

/** The other end of the link, when an active profile sees it. */
export function oppositeOf(store: TopologyStore, end: LocatedInterface): LocatedInterface | undefined {
  const { opposite } = end.ri;
  if (!opposite.interfaceId || !opposite.regionId) return undefined;
  const profileId = opposite.accountUid ? store.profileForAccount(opposite.accountUid) : end.profileId;
  if (!profileId) return undefined;
  const found = findLoaded(store, 'routerInterface', resourceRef('routerInterface', { accountUid: '', regionId: opposite.regionId }, opposite.interfaceId), profileId);
  return found && located(found);
}

/** `"name" (ri-…) on hub-transit-hz (vpc-…) in cn-hangzhou, Sandbox · network-hub`. */
export function describeInterface(store: TopologyStore, end: LocatedInterface): string {
  return vscode.l10n.t('{0} on {1} in {2}, {3}', titleOf(end.ri), routerTitle(store, end.profileId, end.ri), end.regionId, profileName(store, end.profileId));
}

/** The interface a command works on: given, or one picked from those `eligible` allows. */
export async function targetInterface(
  context: CommandContext,
  argument: unknown,
  eligible: (ri: RouterInterface) => boolean,
  title: string,
): Promise<LocatedInterface> {
  const loaded = await resolveTarget(context, argument, 'routerInterface', {
    eligible,
    title,
    placeholder: vscode.l10n.t('Router interface (name, id, status, role, spec)'),
    none: vscode.l10n.t('No loaded router interface allows this now.'),
  });
  return located(loaded);
}
