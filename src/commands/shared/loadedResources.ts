// The resources the active profiles have loaded, by kind, each with its ref and the profile that
// reaches it: what a command's target is looked up in and what its pickers offer. No vscode, so
// the look-up is tested in Node.

import { valueOf } from '../../inventory/loadState';
import type { AccountState } from '../../inventory/store';
import type { LoadState } from '../../inventory/loadState';
import { matchesRef, resourceRef, type ResourceRef } from '../../model/resourceRef';
import type { BgpGroup, BgpPeer, PeerConnection, RegionInventory, RouterInterface, VirtualBorderRouter, Vpc } from '../../model/types';

/** The kinds a command can act on, and what the store holds for each. */
export interface TargetResources {
  vpc: Vpc;
  peerConnection: PeerConnection;
  routerInterface: RouterInterface;
  vbr: VirtualBorderRouter;
  bgpGroup: BgpGroup;
  bgpPeer: BgpPeer;
}
export type TargetKind = keyof TargetResources;

/** One loaded resource, where it is, and the profile that reaches it. */
export interface LoadedResource<K extends TargetKind = TargetKind> {
  readonly ref: ResourceRef;
  readonly profileId: string;
  readonly resource: TargetResources[K];
}

/** What the look-up reads: the store's accounts and their regions. */
export interface LoadedSource {
  accounts(): readonly AccountState[];
  region(profileId: string, regionId: string): LoadState<RegionInventory>;
}

type Listing<K extends TargetKind> = (inventory: RegionInventory) => Array<{ ref: ResourceRef; resource: TargetResources[K] }>;

const LISTINGS: { [K in TargetKind]: Listing<K> } = {
  vpc: (inv) => inv.vpcs.map((resource) => ({ ref: resourceRef('vpc', inv, resource.id), resource })),
  peerConnection: (inv) => inv.peerConnections.map((resource) => ({ ref: resourceRef('peerConnection', inv, resource.id), resource })),
  routerInterface: (inv) => inv.routerInterfaces.map((resource) => ({ ref: resourceRef('routerInterface', inv, resource.id), resource })),
  vbr: (inv) => inv.vbrs.map((resource) => ({ ref: resourceRef('vbr', inv, resource.id), resource })),
  bgpGroup: (inv) => inv.bgpGroups.map((resource) => ({ ref: resourceRef('bgpGroup', inv, resource.id, [{ kind: 'vbr', id: resource.vbrId }]), resource })),
  bgpPeer: (inv) =>
    inv.bgpPeers.map((resource) => ({
      ref: resourceRef('bgpPeer', inv, resource.id, [
        { kind: 'vbr', id: resource.vbrId },
        { kind: 'bgpGroup', id: resource.bgpGroupId },
      ]),
      resource,
    })),
};

/** Every loaded resource of `kind`, profile by profile, region by region. A connection both sides see appears once per side. */
export function loadedResources<K extends TargetKind>(source: LoadedSource, kind: K): LoadedResource<K>[] {
  const found: LoadedResource<K>[] = [];
  for (const account of source.accounts()) {
    const profileId = account.profile.id;
    for (const region of valueOf(account.regions) ?? []) {
      const inventory = valueOf(source.region(profileId, region.id));
      if (inventory) for (const item of (LISTINGS[kind] as Listing<K>)(inventory)) found.push({ ...item, profileId });
    }
  }
  return found;
}

/**
 * The loaded resource a ref names (see `matchesRef`: what the ref leaves out is not checked),
 * through `profileId` when given, else through the profile of the ref's account first.
 */
export function findLoaded<K extends TargetKind>(source: LoadedSource, kind: K, ref: ResourceRef, profileId?: string): LoadedResource<K> | undefined {
  const matches = loadedResources(source, kind).filter((loaded) => matchesRef(loaded.ref, ref) && (profileId === undefined || loaded.profileId === profileId));
  return matches.find((loaded) => loaded.ref.accountUid === ref.accountUid) ?? matches[0];
}

/**
 * Each loaded resource once, in name order: a connection both of its sides see is kept as its
 * requester sees it.
 */
export function loadedOnce<K extends TargetKind>(source: LoadedSource, kind: K): LoadedResource<K>[] {
  const byId = new Map<string, LoadedResource<K>>();
  for (const loaded of loadedResources(source, kind)) {
    const seen = byId.get(loaded.resource.id);
    if (!seen || (!isOwnersCopy(seen) && isOwnersCopy(loaded))) byId.set(loaded.resource.id, loaded);
  }
  const name = (loaded: LoadedResource<K>) => ('name' in loaded.resource && loaded.resource.name) || loaded.resource.id;
  return [...byId.values()].sort((a, b) => name(a).localeCompare(name(b)));
}

function isOwnersCopy(loaded: LoadedResource): boolean {
  const resource = loaded.resource;
  return 'requester' in resource ? loaded.ref.accountUid === resource.requester.accountUid : true;
}
