// Following one resource after a write until it settles. The service answers a write at once and
// the resource moves through its transitional statuses (model/transitions.ts) on its own: this
// reads it again and again, backing off from the store's poll interval, and pushes every value it
// reads into the store, so the tree and the graph move while it happens. The caller hears each new
// status (a progress line) and gets the settled resource, or GONE once the service no longer knows
// it. Transient read failures are read through; the caller's signal (code `Aborted`) or the time
// limit (code `WaitTimeout`) end it, and the store's own polling takes over from there.

import type { InventoryReader } from '../cloud/accountClient';
import { waitFor } from '../cloud/waitFor';
import type { ResourceRef } from '../model/resourceRef';
import { type FollowedKind, isSettledResource } from '../model/transitions';
import type { BgpGroup, BgpPeer, PeerConnection, RouteEntry, RouterInterface } from '../model/types';

/** The resource type each followed kind reads as. */
export interface FollowedResources {
  peerConnection: PeerConnection;
  routeEntry: RouteEntry;
  routerInterface: RouterInterface;
  bgpGroup: BgpGroup;
  bgpPeer: BgpPeer;
}

/**
 * Which resource to follow (a ResourceRef's kind, id and region) and the active profile that reads
 * it; the store keeps it under that profile and region. A route entry names its VPC and route
 * table in `within`: the table is what lists it, the VPC where the store keeps it.
 */
export interface FollowRef<K extends FollowedKind = FollowedKind> extends Pick<ResourceRef, 'id' | 'regionId' | 'within'> {
  readonly kind: K;
  readonly profileId: string;
}

/** What `follow` resolves to when the resource no longer exists (after a delete, typically). */
export const GONE = 'gone';
export type Gone = typeof GONE;

export interface FollowOptions {
  /** Stops following (not the change itself); rejects with code `Aborted`. */
  signal?: AbortSignal;
  /** Each status as it changes; `'gone'` once the resource is no longer there. */
  onStatus?: (status: string) => void;
  /** Gives up after this long, ms (default 300000, as Terraform does); rejects with `WaitTimeout`. */
  timeoutMs?: number;
}

/** "Settled" for this follow: by default, out of every transitional status, or gone. */
export type SettledWhen<K extends FollowedKind> = (resource: FollowedResources[K] | undefined) => boolean;

/** What `follow` needs from the store. */
export interface FollowHost {
  /** The reader of the profile's account, or undefined when the profile is no longer active. */
  reader(profileId: string): InventoryReader | undefined;
  /** Puts what was read (undefined: gone) where the store keeps it; `statusChanged` on a new status. */
  push<K extends FollowedKind>(ref: FollowRef<K>, resource: FollowedResources[K] | undefined, statusChanged: boolean): void;
  /** Called once following ends, however it ends (never rejects): the store's poller covers what still moves. */
  ended(ref: FollowRef): Promise<void>;
  readonly timing: { initialDelayMs: number; maxDelayMs: number };
}

/** The longest wait before the second read of a followed resource. */
const FIRST_RECHECK_MS = 500;

export async function follow<K extends FollowedKind>(
  host: FollowHost,
  ref: FollowRef<K>,
  until: SettledWhen<K> = (resource) => isSettledResource(ref.kind, resource),
  options: FollowOptions = {},
): Promise<FollowedResources[K] | Gone> {
  let lastStatus: string | undefined;
  try {
    const settled = await waitFor((signal) => read(host, ref, signal), until, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      // A write just sent usually settles within seconds (a route entry in one or two): look
      // again soon, then back off towards the poller's pace.
      initialDelayMs: Math.min(host.timing.initialDelayMs, FIRST_RECHECK_MS),
      maxDelayMs: host.timing.maxDelayMs,
      description: `${ref.id} to settle`,
      onObserved: (resource) => {
        const status = resource?.status ?? GONE;
        const changed = status !== lastStatus;
        lastStatus = status;
        host.push(ref, resource, changed);
        if (changed) options.onStatus?.(status);
      },
    });
    return settled ?? GONE;
  } finally {
    await host.ended(ref);
  }
}

async function read<K extends FollowedKind>(host: FollowHost, ref: FollowRef<K>, signal?: AbortSignal): Promise<FollowedResources[K] | undefined> {
  const reader = host.reader(ref.profileId);
  if (!reader) throw new Error(`the profile ${ref.profileId} is no longer active, so ${ref.id} cannot be followed`);
  return (await readers[ref.kind](reader, ref, signal)) as FollowedResources[K] | undefined;
}

type Read<K extends FollowedKind> = (reader: InventoryReader, ref: FollowRef, signal?: AbortSignal) => Promise<FollowedResources[K] | undefined>;

/** One read per kind, each as narrow as the API allows. */
const readers: { [K in FollowedKind]: Read<K> } = {
  peerConnection: (reader, ref, signal) => reader.getPeerConnection(ref.id, { signal }),
  routeEntry: async (reader, ref, signal) => (await reader.listRouteEntries(ref.regionId, containerOf(ref, 'routeTable'), { signal })).find((e) => e.id === ref.id),
  routerInterface: async (reader, ref, signal) => (await reader.listRouterInterfaces(ref.regionId, { signal })).find((ri) => ri.id === ref.id),
  bgpGroup: async (reader, ref, signal) => (await reader.listBgpGroups(ref.regionId, undefined, { signal })).find((g) => g.id === ref.id),
  bgpPeer: async (reader, ref, signal) => (await reader.listBgpPeers(ref.regionId, { bgpPeerId: ref.id }, { signal })).find((p) => p.id === ref.id),
};

/** The id of the container of this kind that `ref.within` names. */
export function containerOf(ref: FollowRef, kind: 'vpc' | 'routeTable'): string {
  const id = ref.within?.find((step) => step.kind === kind)?.id;
  if (!id) throw new Error(`${ref.id} is followed without its ${kind}`);
  return id;
}
