// The VBR, BGP group or BGP peer a BGP command works on, as the commands use it (the resource
// with its profile and region), found by the shared resolver: a tree row, a ref, the arguments
// object (`{ profileId, regionId, vbrId | bgpGroupId | bgpPeerId }`), or the kind's picker.

import * as vscode from 'vscode';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { containerId } from '../../model/resourceRef';
import type { BgpGroup, BgpPeer, VirtualBorderRouter } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import type { LoadedResource } from '../shared/loadedResources';
import { givenResource, resolveTarget } from '../shared/resolveTarget';
import { bgpPeerTitle, profileName, titleOf, vbrTitle } from '../shared/resourceText';

interface Place {
  profileId: string;
  regionId: string;
}

export interface LocatedVbr extends Place {
  vbr: VirtualBorderRouter;
}
export interface LocatedGroup extends Place {
  group: BgpGroup;
}
export interface LocatedPeer extends Place {
  peer: BgpPeer;
  group?: BgpGroup;
}

function placeOf(loaded: LoadedResource): Place {
  return { profileId: loaded.profileId, regionId: loaded.ref.regionId };
}

/** A VBR named by its ref's account and region, as far as an active profile holds it. */
function vbrNamed(store: TopologyStore, accountUid: string | undefined, regionId: string | undefined, vbrId: string): string {
  const profileId = accountUid ? store.profileForAccount(accountUid) : undefined;
  return profileId && regionId ? vbrTitle(store, profileId, regionId, vbrId) : vbrId;
}

/** `dc1-ebgp (bgpg-…) on idc-hangzhou-dc1 (vbr-…) in cn-hangzhou, Sandbox · network-hub`. */
export function describeGroup(store: TopologyStore, located: LocatedGroup): string {
  const { group } = located;
  return vscode.l10n.t('{0} on {1} in {2}, {3}', titleOf(group), vbrTitle(store, located.profileId, located.regionId, group.vbrId), located.regionId, profileName(store, located.profileId));
}

/** `10.254.0.2 (bgp-…) in dc1-ebgp (bgpg-…) on idc-hangzhou-dc1 (vbr-…) in cn-hangzhou, …`. */
export function describePeer(store: TopologyStore, located: LocatedPeer): string {
  const { peer, group } = located;
  return vscode.l10n.t(
    '{0} in {1} on {2} in {3}, {4}',
    bgpPeerTitle(peer),
    group ? titleOf(group) : peer.bgpGroupId,
    vbrTitle(store, located.profileId, located.regionId, peer.vbrId),
    located.regionId,
    profileName(store, located.profileId),
  );
}

export async function targetVbr(context: CommandContext, argument: unknown, title: string): Promise<LocatedVbr> {
  const loaded = await resolveTarget(context, argument, 'vbr', {
    eligible: (vbr) => vbr.status === 'active',
    title,
    placeholder: vscode.l10n.t('Virtual border router (name, id, VLAN, gateways)'),
    none: vscode.l10n.t('No active virtual border router is loaded.'),
  });
  return { ...placeOf(loaded), vbr: loaded.resource };
}

/** A group: its row or name, else one picked among those `eligible` allows (on the VBR whose row the command was run from). */
export async function targetGroup(context: CommandContext, argument: unknown, eligible: (group: BgpGroup) => boolean, title: string): Promise<LocatedGroup> {
  const onVbr = givenResource(argument)?.ref;
  const vbrId = onVbr?.kind === 'vbr' ? onVbr.id : undefined;
  const loaded = await resolveTarget(context, argument, 'bgpGroup', {
    eligible: (group, candidate) => eligible(group) && (vbrId === undefined || (containerId(candidate.ref, 'vbr') === vbrId && candidate.ref.accountUid === onVbr?.accountUid)),
    title,
    placeholder: vscode.l10n.t('BGP group (name, id, AS numbers, IP version, status)'),
    none: vbrId
      ? vscode.l10n.t('{0} has no BGP group that allows this now: create one first.', vbrNamed(context.store, onVbr?.accountUid, onVbr?.regionId, vbrId))
      : vscode.l10n.t('No loaded BGP group allows this now.'),
  });
  return { ...placeOf(loaded), group: loaded.resource };
}

export async function targetPeer(context: CommandContext, argument: unknown, eligible: (peer: BgpPeer) => boolean, title: string): Promise<LocatedPeer> {
  const loaded = await resolveTarget(context, argument, 'bgpPeer', {
    eligible,
    title,
    placeholder: vscode.l10n.t('BGP peer (address, id, session, status, BFD)'),
    none: vscode.l10n.t('No loaded BGP peer allows this now.'),
  });
  const group = valueOf(context.store.region(loaded.profileId, loaded.ref.regionId))?.bgpGroups.find((g) => g.id === loaded.resource.bgpGroupId);
  return { ...placeOf(loaded), peer: loaded.resource, group };
}
