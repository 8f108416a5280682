// Merging fresh copies of resources (what the poller or a follow read) into a region's inventory:
// a value replaces the resource with its id, `undefined` removes it (it is gone), an unknown id is
// added. The result is a new RegionInventory (the store's values are immutable) and the ids that
// really changed, which the store's change event names.

import type { FollowedKind } from '../model/transitions';
import type { ChangedIds } from './changes';
import type { RegionInventory } from '../model/types';
import type { FollowedResources } from './follow';
import type { PolledUpdate } from './poller';

/** The region with `update` merged in, or undefined when nothing in it differs from what it held. */
export function mergeIntoRegion(before: RegionInventory, update: PolledUpdate): { after: RegionInventory; changed: ChangedIds } | undefined {
  const peerConnections = mergeById(before.peerConnections, update.peerConnections);
  const routerInterfaces = mergeById(before.routerInterfaces, update.routerInterfaces);
  const bgpGroups = mergeById(before.bgpGroups, update.bgpGroups);
  const bgpPeers = mergeById(before.bgpPeers, update.bgpPeers);
  const changed: ChangedIds = {
    peerConnectionIds: peerConnections.changed,
    routerInterfaceIds: routerInterfaces.changed,
    bgpGroupIds: bgpGroups.changed,
    bgpPeerIds: bgpPeers.changed,
  };
  if (Object.values(changed).every((ids) => ids.length === 0)) return undefined;
  const after: RegionInventory = {
    ...before,
    peerConnections: peerConnections.items,
    routerInterfaces: routerInterfaces.items,
    bgpGroups: bgpGroups.items,
    bgpPeers: bgpPeers.items,
  };
  return { after, changed };
}

/** Where an update carries each followed kind. */
const UPDATE_FIELDS = {
  peerConnection: 'peerConnections',
  routerInterface: 'routerInterfaces',
  bgpGroup: 'bgpGroups',
  bgpPeer: 'bgpPeers',
} as const satisfies Record<RegionalKind, keyof PolledUpdate>;

/** The followed kinds a region's inventory holds (route entries are kept with their VPC's details). */
export type RegionalKind = Exclude<FollowedKind, 'routeEntry'>;

/** An update of one resource: its fresh copy, or `undefined` when it is gone. */
export function updateOf<K extends RegionalKind>(kind: K, id: string, resource: FollowedResources[K] | undefined): PolledUpdate {
  return { [UPDATE_FIELDS[kind]]: new Map([[id, resource]]) };
}

/** Replaces, removes (value `undefined`) or appends items by id; reports the ids that changed. */
export function mergeById<T extends { id: string }>(
  items: readonly T[],
  updates: ReadonlyMap<string, T | undefined> | undefined,
): { items: T[]; changed: string[] } {
  if (!updates || updates.size === 0) return { items: [...items], changed: [] };
  const changed: string[] = [];
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const item of items) {
    if (!updates.has(item.id)) {
      merged.push(item);
      continue;
    }
    seen.add(item.id);
    const next = updates.get(item.id);
    if (next === undefined) {
      changed.push(item.id);
    } else {
      if (JSON.stringify(next) !== JSON.stringify(item)) changed.push(item.id);
      merged.push(next);
    }
  }
  for (const [id, next] of updates) {
    if (!seen.has(id) && next !== undefined) {
      merged.push(next);
      changed.push(id);
    }
  }
  return { items: merged, changed };
}

