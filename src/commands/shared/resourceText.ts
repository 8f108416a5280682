// How commands name resources in pickers, confirmations, progress and messages: the name first,
// then the id in brackets, or the id alone when the resource has no name — what a network
// engineer recognises at a glance, written once for every kind.

import * as vscode from 'vscode';
import type { FollowRef } from '../../inventory/follow';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import type { RegionInventory } from '../../model/types';
import { titleOf } from '../../model/resourceTitle';
import type { BgpPeer, PeerEnd, RouterInterface, Vpc } from '../../model/types';

export { titleOf };

/** A BGP peer is known by its neighbour's address: `10.254.0.2 (bgp-…)`. */
export function bgpPeerTitle(peer: Pick<BgpPeer, 'id' | 'name' | 'peerIpAddress'>): string {
  return titleOf({ id: peer.id, name: peer.peerIpAddress || peer.name });
}

/** The VPC's IPv4 and IPv6 blocks, primary first. */
export function vpcCidrs(vpc: Pick<Vpc, 'cidrBlock' | 'secondaryCidrs' | 'ipv6Cidrs'>): string[] {
  return [vpc.cidrBlock, ...vpc.secondaryCidrs, ...vpc.ipv6Cidrs].filter(Boolean);
}

/** `payments-prod-hz (vpc-…) · 172.16.0.0/16, 172.17.0.0/16`. */
export function vpcText(vpc: Pick<Vpc, 'id' | 'name' | 'cidrBlock' | 'secondaryCidrs' | 'ipv6Cidrs'>): string {
  return [titleOf(vpc), vpcCidrs(vpc).join(', ')].filter(Boolean).join(' · ');
}

/** The label of the profile holding an account, else "account <uid>". */
export function accountName({ store }: { store: TopologyStore }, accountUid: string): string {
  const profileId = store.profileForAccount(accountUid);
  const label = profileId ? store.account(profileId)?.profile.label : undefined;
  return label ?? vscode.l10n.t('account {0}', accountUid);
}

/** The label of an active profile, else its id. */
export function profileName(store: TopologyStore, profileId: string): string {
  return store.account(profileId)?.profile.label ?? profileId;
}

/** One end of a connection: `payments-prod-hz (vpc-…) · 172.16.0.0/16 · Sandbox · app-team · cn-hangzhou`. */
export function endText({ store }: { store: TopologyStore }, end: PeerEnd): string {
  const resolved = store.resolveEnd(end);
  const vpc = resolved.kind === 'vpc' ? vpcText(resolved.vpc) : [end.vpcId, [...end.ipv4Cidrs, ...end.ipv6Cidrs].join(', ')].filter(Boolean).join(' · ');
  return [vpc, accountName({ store }, end.accountUid), end.regionId].join(' · ');
}

/** The router behind an interface, as a VPC or VBR title: `hub-transit-hz (vpc-…)`. */
export function routerTitle(store: TopologyStore, profileId: string, ri: Pick<RouterInterface, 'regionId' | 'routerType' | 'routerId' | 'vpcId'>): string {
  const loaded = valueOf(store.region(profileId, ri.regionId));
  if (ri.routerType === 'VBR') {
    const vbr = loaded?.vbrs.find((v) => v.id === ri.routerId);
    return vbr ? titleOf(vbr) : ri.routerId;
  }
  const vpc = loaded?.vpcs.find((v) => v.id === ri.vpcId || v.vRouterId === ri.routerId);
  return vpc ? titleOf(vpc) : ri.routerId;
}

/** `idc-hangzhou-dc1 (vbr-…)`, or the id when the VBR is not loaded. */
export function vbrTitle(store: TopologyStore, profileId: string, regionId: string, vbrId: string): string {
  const vbr = valueOf(store.region(profileId, regionId))?.vbrs.find((v) => v.id === vbrId);
  return vbr ? titleOf(vbr) : vbrId;
}

/** What a region's inventory lists of a kind that is followed by id, named as people read it. */
const FOLLOWED_TITLES: Record<Exclude<FollowRef['kind'], 'routeEntry'>, (region: RegionInventory, id: string) => string | undefined> = {
  peerConnection: (region, id) => titleIn(region.peerConnections, id),
  routerInterface: (region, id) => titleIn(region.routerInterfaces, id),
  bgpGroup: (region, id) => titleIn(region.bgpGroups, id),
  bgpPeer: (region, id) => {
    const peer = region.bgpPeers.find((p) => p.id === id);
    return peer && bgpPeerTitle(peer);
  },
};

function titleIn(resources: ReadonlyArray<{ id: string; name?: string }>, id: string): string | undefined {
  const found = resources.find((resource) => resource.id === id);
  return found && titleOf(found);
}

/**
 * A followed resource as the store knows it: `hub-dr (pcc-…)`, a BGP peer by its address, a route
 * entry by its destination; the id alone while the store does not hold it.
 */
export function followedTitle(store: TopologyStore, ref: Pick<FollowRef, 'kind' | 'id' | 'profileId' | 'regionId' | 'within'>): string {
  if (ref.kind === 'routeEntry') {
    const vpcId = ref.within?.find((step) => step.kind === 'vpc')?.id;
    const entry = vpcId ? valueOf(store.vpcDetails(ref.profileId, vpcId))?.routeEntries.find((e) => e.id === ref.id) : undefined;
    return entry ? titleOf({ id: ref.id, name: entry.name || entry.destination }) : ref.id;
  }
  const region = valueOf(store.region(ref.profileId, ref.regionId));
  return (region && FOLLOWED_TITLES[ref.kind](region, ref.id)) ?? ref.id;
}

/**
 * Any loaded resource by its id alone, as `name (id)`; undefined when no active profile has it
 * loaded or it has no name. Walks the loaded regions as they are (no merged snapshot is built).
 */
export function loadedName(store: TopologyStore, id: string): string | undefined {
  for (const account of store.accounts()) {
    for (const { id: regionId } of valueOf(account.regions) ?? []) {
      const region = valueOf(store.region(account.profile.id, regionId));
      if (!region) continue;
      const lists = [region.vpcs, region.peerConnections, region.routerInterfaces, region.vbrs, region.bgpGroups];
      for (const list of lists) {
        const title = titleIn(list, id);
        if (title) return title === id ? undefined : title;
      }
      const peer = region.bgpPeers.find((p) => p.id === id);
      if (peer) return bgpPeerTitle(peer);
    }
  }
  return undefined;
}

/** Any loaded resource by its id alone, as `name (id)`; the id when no name is known. */
export function loadedTitle(store: TopologyStore, id: string): string {
  return loadedName(store, id) ?? id;
}
