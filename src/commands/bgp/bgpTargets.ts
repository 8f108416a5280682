// The VBR, BGP group or BGP peer a command works on: the tree node it was run from, an arguments
// object (`{ profileId, regionId, vbrId | bgpGroupId | bgpPeerId }`), or a picker that shows
// names, ids, AS numbers, addresses and states.

import * as vscode from 'vscode';
import { regionIdProblem, resourceIdProblem } from '../../model/validation';
import type { BgpGroup, BgpPeer, RegionInventory, VirtualBorderRouter } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { BgpGroupNode, BgpPeerNode, VbrNode } from '../../views/explorer/expressConnectNodes';
import { ArgumentError, optionalString } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import { BACK, type PickItem, WizardCancelled } from '../wizard/prompter';

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

function inventories(store: TopologyStore): Array<Place & { inventory: RegionInventory }> {
  const found: Array<Place & { inventory: RegionInventory }> = [];
  for (const account of store.accounts()) {
    for (const region of valueOf(account.regions) ?? []) {
      const inventory = valueOf(store.region(account.profile.id, region.id));
      if (inventory) found.push({ profileId: account.profile.id, regionId: region.id, inventory });
    }
  }
  return found;
}

function inventoryAt(store: TopologyStore, place: Place): RegionInventory | undefined {
  return valueOf(store.region(place.profileId, place.regionId));
}

export function vbrOf(store: TopologyStore, place: Place, vbrId: string): VirtualBorderRouter | undefined {
  return inventoryAt(store, place)?.vbrs.find((v) => v.id === vbrId);
}

export function groupAt(store: TopologyStore, place: Place, id: string): LocatedGroup | undefined {
  const group = inventoryAt(store, place)?.bgpGroups.find((g) => g.id === id);
  return group && { ...place, group };
}

export function peerAt(store: TopologyStore, place: Place, id: string): LocatedPeer | undefined {
  const inventory = inventoryAt(store, place);
  const peer = inventory?.bgpPeers.find((p) => p.id === id);
  return peer && { ...place, peer, group: inventory?.bgpGroups.find((g) => g.id === peer.bgpGroupId) };
}

/** BGP peers on the VBR, whatever their group. */
export function peersOnVbr(store: TopologyStore, place: Place, vbrId: string): BgpPeer[] {
  return inventoryAt(store, place)?.bgpPeers.filter((p) => p.vbrId === vbrId) ?? [];
}

function accountLabel(store: TopologyStore, profileId: string): string {
  return store.account(profileId)?.profile.label ?? profileId;
}

/** `idc-hangzhou-dc1 (vbr-…)`. */
export function vbrLabel(store: TopologyStore, place: Place, vbrId: string): string {
  const vbr = vbrOf(store, place, vbrId);
  return vbr?.name ? `${vbr.name} (${vbr.id})` : vbrId;
}

/** `dc1-ebgp (bgpg-…) on idc-hangzhou-dc1 (vbr-…) in cn-hangzhou, Sandbox · network-hub`. */
export function describeGroup(store: TopologyStore, located: LocatedGroup): string {
  const { group } = located;
  return vscode.l10n.t(
    '{0} on {1} in {2}, {3}',
    group.name ? `${group.name} (${group.id})` : group.id,
    vbrLabel(store, located, group.vbrId),
    located.regionId,
    accountLabel(store, located.profileId),
  );
}

/** `10.254.0.2 (bgp-…) in dc1-ebgp on idc-hangzhou-dc1 (vbr-…) in cn-hangzhou, …`. */
export function describePeer(store: TopologyStore, located: LocatedPeer): string {
  const { peer, group } = located;
  return vscode.l10n.t(
    '{0} ({1}) in {2} on {3} in {4}, {5}',
    peer.peerIpAddress || vscode.l10n.t('no address'),
    peer.id,
    group?.name || peer.bgpGroupId,
    vbrLabel(store, located, peer.vbrId),
    located.regionId,
    accountLabel(store, located.profileId),
  );
}

function groupItem(store: TopologyStore, located: LocatedGroup): PickItem<LocatedGroup> {
  const { group } = located;
  const peers = peersOnVbr(store, located, group.vbrId).length;
  return {
    label: group.name || group.id,
    description: `${group.id} · AS${group.localAsn} ↔ AS${group.peerAsn} · ${group.ipVersion} · ${group.status}`,
    detail: vscode.l10n.t('{0} · {1} · {2} · {3} of 8 peers on the VBR', vbrLabel(store, located, group.vbrId), located.regionId, accountLabel(store, located.profileId), peers),
    value: located,
  };
}

function peerItem(store: TopologyStore, located: LocatedPeer): PickItem<LocatedPeer> {
  const { peer } = located;
  const bfd = peer.enableBfd ? vscode.l10n.t('BFD multi-hop {0}', peer.bfdMultiHop ?? 255) : vscode.l10n.t('BFD off');
  return {
    label: peer.peerIpAddress || peer.id,
    description: `${peer.id} · ${peer.bgpStatus} · ${peer.status} · ${bfd}`,
    detail: `${located.group?.name || peer.bgpGroupId} · AS${peer.localAsn} ↔ AS${peer.peerAsn} · ${vbrLabel(store, located, peer.vbrId)} · ${located.regionId} · ${accountLabel(store, located.profileId)}`,
    value: located,
  };
}

function vbrItem(store: TopologyStore, located: LocatedVbr): PickItem<LocatedVbr> {
  const { vbr } = located;
  return {
    label: vbr.name || vbr.id,
    description: [vbr.id, vbr.vlanId !== undefined ? `VLAN ${vbr.vlanId}` : '', vbr.localGatewayIp && vbr.peerGatewayIp ? `${vbr.localGatewayIp} ↔ ${vbr.peerGatewayIp}` : '', vbr.status]
      .filter(Boolean)
      .join(' · '),
    detail: `${located.regionId} · ${accountLabel(store, located.profileId)}`,
    value: located,
  };
}

/** `{ profileId, regionId }` of an arguments object, checked. */
function placeFromArguments(context: CommandContext, args: Record<string, unknown>): Place {
  const profileId = optionalString(args, 'profileId');
  const regionId = optionalString(args, 'regionId');
  if (!profileId) throw new ArgumentError(vscode.l10n.t('"profileId" is required: the profile whose account owns the resource.'));
  if (regionId === undefined) throw new ArgumentError(vscode.l10n.t('"regionId" is required.'));
  const problem = regionIdProblem(regionId, '"regionId"');
  if (problem) throw new ArgumentError(problem);
  if (!context.store.account(profileId)) throw new ArgumentError(vscode.l10n.t('The profile "{0}" is not active.', profileId));
  return { profileId, regionId };
}

function idFromArguments(args: Record<string, unknown>, key: string, kind: 'vbr' | 'bgpGroup' | 'bgpPeer'): string {
  const id = optionalString(args, key);
  if (id === undefined) throw new ArgumentError(vscode.l10n.t('"{0}" is required.', key));
  const problem = resourceIdProblem(kind, id, `"${key}"`);
  if (problem) throw new ArgumentError(problem);
  return id;
}

async function pickOne<T>(context: CommandContext, items: PickItem<T>[], title: string, placeholder: string, none: string): Promise<T> {
  if (items.length === 0) throw new Error(none);
  const picked = await context.prompter().pick(items, { title, placeholder, canGoBack: false });
  if (picked === BACK) throw new WizardCancelled();
  return picked;
}

export async function targetVbr(context: CommandContext, node: unknown, args: Record<string, unknown> | undefined, title: string): Promise<LocatedVbr> {
  const { store } = context;
  if (node instanceof VbrNode) {
    const place = { profileId: node.region.profileId, regionId: node.region.regionId };
    const vbr = vbrOf(store, place, node.vbrId);
    if (!vbr) throw new Error(vscode.l10n.t('The virtual border router {0} is no longer loaded: refresh the view.', node.vbrId));
    return { ...place, vbr };
  }
  if (args) {
    const place = placeFromArguments(context, args);
    const id = idFromArguments(args, 'vbrId', 'vbr');
    const vbr = vbrOf(store, place, id);
    if (!vbr) throw new ArgumentError(vscode.l10n.t('There is no virtual border router {0} in {1} of {2}: check the id, or refresh.', id, place.regionId, place.profileId));
    return { ...place, vbr };
  }
  const vbrs = inventories(store).flatMap((i) => i.inventory.vbrs.filter((v) => v.status === 'active').map((vbr) => ({ profileId: i.profileId, regionId: i.regionId, vbr })));
  return pickOne(context, vbrs.map((v) => vbrItem(store, v)), title, vscode.l10n.t('Virtual border router (name, id, VLAN, gateways)'), vscode.l10n.t('No active virtual border router is loaded.'));
}

/** A group: from its node, from a VBR node (one of its groups), an arguments object, or a picker. */
export async function targetGroup(
  context: CommandContext,
  node: unknown,
  args: Record<string, unknown> | undefined,
  eligible: (group: BgpGroup) => boolean,
  title: string,
): Promise<LocatedGroup> {
  const { store } = context;
  if (node instanceof BgpGroupNode) {
    const place = { profileId: node.parent.region.profileId, regionId: node.parent.region.regionId };
    const located = groupAt(store, place, node.bgpGroupId);
    if (!located) throw new Error(vscode.l10n.t('The BGP group {0} is no longer loaded: refresh the view.', node.bgpGroupId));
    return located;
  }
  if (args) {
    const place = placeFromArguments(context, args);
    const id = idFromArguments(args, 'bgpGroupId', 'bgpGroup');
    const located = groupAt(store, place, id);
    if (!located) throw new ArgumentError(vscode.l10n.t('There is no BGP group {0} in {1} of {2}: check the id, or refresh.', id, place.regionId, place.profileId));
    return located;
  }
  const onVbr = node instanceof VbrNode ? { vbrId: node.vbrId, profileId: node.region.profileId, regionId: node.region.regionId } : undefined;
  const groups = inventories(store)
    .filter((i) => !onVbr || (i.profileId === onVbr.profileId && i.regionId === onVbr.regionId))
    .flatMap((i) => i.inventory.bgpGroups.map((group) => ({ profileId: i.profileId, regionId: i.regionId, group })))
    .filter((g) => (!onVbr || g.group.vbrId === onVbr.vbrId) && eligible(g.group));
  return pickOne(
    context,
    groups.map((g) => groupItem(store, g)),
    title,
    vscode.l10n.t('BGP group (name, id, AS numbers, IP version, status)'),
    onVbr ? vscode.l10n.t('{0} has no BGP group that allows this now: create one first.', onVbr.vbrId) : vscode.l10n.t('No loaded BGP group allows this now.'),
  );
}

export async function targetPeer(
  context: CommandContext,
  node: unknown,
  args: Record<string, unknown> | undefined,
  eligible: (peer: BgpPeer) => boolean,
  title: string,
): Promise<LocatedPeer> {
  const { store } = context;
  if (node instanceof BgpPeerNode) {
    const region = node.parent.parent.region;
    const located = peerAt(store, { profileId: region.profileId, regionId: region.regionId }, node.bgpPeerId);
    if (!located) throw new Error(vscode.l10n.t('The BGP peer {0} is no longer loaded: refresh the view.', node.bgpPeerId));
    return located;
  }
  if (args) {
    const place = placeFromArguments(context, args);
    const id = idFromArguments(args, 'bgpPeerId', 'bgpPeer');
    const located = peerAt(store, place, id);
    if (!located) throw new ArgumentError(vscode.l10n.t('There is no BGP peer {0} in {1} of {2}: check the id, or refresh.', id, place.regionId, place.profileId));
    return located;
  }
  const peers = inventories(store).flatMap((i) =>
    i.inventory.bgpPeers
      .filter(eligible)
      .map((peer) => ({ profileId: i.profileId, regionId: i.regionId, peer, group: i.inventory.bgpGroups.find((g) => g.id === peer.bgpGroupId) })),
  );
  return pickOne(context, peers.map((p) => peerItem(store, p)), title, vscode.l10n.t('BGP peer (address, id, session, status, BFD)'), vscode.l10n.t('No loaded BGP peer allows this now.'));
}
