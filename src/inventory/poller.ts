// Follows resources in transitional states (a connection Creating, an interface Connecting, a
// BGP peer Pending, …) until they settle, per account and region.
//
// One timer per region with something in flight; the delay starts short and backs off while
// nothing changes, and starts short again after a change. A region with nothing in transition,
// or one whose profile was removed or filtered out, is not polled at all.

import type { InventoryReader } from '../cloud/accountClient';
import { isTransitionalStatus } from '../model/transitions';
import type { BgpGroup, BgpPeer, PeerConnection, RegionInventory, RouterInterface } from '../model/types';

/** Fresh copies of polled resources by id; `undefined` means the resource is gone. */
export interface PolledUpdate {
  peerConnections?: Map<string, PeerConnection | undefined>;
  routerInterfaces?: Map<string, RouterInterface | undefined>;
  bgpGroups?: Map<string, BgpGroup | undefined>;
  bgpPeers?: Map<string, BgpPeer | undefined>;
}

export interface PollerHost {
  /** The region's inventory as loaded now, or undefined when it is not loaded. */
  inventory(profileId: string, regionId: string): RegionInventory | undefined;
  /** The account's reader and the signal that is aborted when the account goes away. */
  access(profileId: string): { reader: InventoryReader; signal: AbortSignal } | undefined;
  /** Merges the update; returns whether anything actually changed. */
  apply(profileId: string, regionId: string, update: PolledUpdate): boolean;
  log?: (message: string) => void;
}

export interface PollerTiming {
  initialDelayMs: number;
  maxDelayMs: number;
}

const isTransitionalPeer = (c: PeerConnection) => isTransitionalStatus('peerConnection', c.status);
const isTransitionalRouterInterface = (ri: RouterInterface) => isTransitionalStatus('routerInterface', ri.status);
const isTransitionalBgpGroup = (group: BgpGroup) => isTransitionalStatus('bgpGroup', group.status);
const isTransitionalBgpPeer = (peer: BgpPeer) => isTransitionalStatus('bgpPeer', peer.status);

/** Whether anything in the region is still moving. */
export function hasTransitions(inventory: RegionInventory): boolean {
  return (
    inventory.peerConnections.some(isTransitionalPeer) ||
    inventory.routerInterfaces.some(isTransitionalRouterInterface) ||
    inventory.bgpGroups.some(isTransitionalBgpGroup) ||
    inventory.bgpPeers.some(isTransitionalBgpPeer)
  );
}

interface RegionTimer {
  handle?: ReturnType<typeof setTimeout>;
  delayMs: number;
  running: boolean;
}

export class TransitionPoller {
  private readonly timers = new Map<string, RegionTimer>();
  private disposed = false;

  constructor(
    private readonly host: PollerHost,
    private readonly timing: PollerTiming,
  ) {}

  /**
   * Something in the region may be in transition now (it just loaded, or a command just changed
   * it): poll it soon, with the backoff reset.
   */
  wake(profileId: string, regionId: string): void {
    if (this.disposed) return;
    const inventory = this.host.inventory(profileId, regionId);
    if (!inventory || !hasTransitions(inventory)) return;
    const key = regionKey(profileId, regionId);
    const timer = this.timers.get(key) ?? { delayMs: this.timing.initialDelayMs, running: false };
    timer.delayMs = this.timing.initialDelayMs;
    this.timers.set(key, timer);
    if (!timer.running) this.schedule(profileId, regionId, timer);
  }

  /** Number of regions being followed (for tests and diagnostics). */
  get activeRegions(): number {
    return this.timers.size;
  }

  forgetRegion(profileId: string, regionId: string): void {
    const key = regionKey(profileId, regionId);
    const timer = this.timers.get(key);
    if (timer?.handle) clearTimeout(timer.handle);
    this.timers.delete(key);
  }

  forgetAccount(profileId: string): void {
    for (const key of [...this.timers.keys()]) {
      if (key.startsWith(`${profileId}\u0000`)) this.forgetRegion(profileId, key.slice(profileId.length + 1));
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) if (timer.handle) clearTimeout(timer.handle);
    this.timers.clear();
  }

  private schedule(profileId: string, regionId: string, timer: RegionTimer): void {
    if (timer.handle) clearTimeout(timer.handle);
    timer.handle = setTimeout(() => void this.poll(profileId, regionId, timer), timer.delayMs);
  }

  private async poll(profileId: string, regionId: string, timer: RegionTimer): Promise<void> {
    timer.handle = undefined;
    const key = regionKey(profileId, regionId);
    const inventory = this.host.inventory(profileId, regionId);
    const access = this.host.access(profileId);
    if (this.disposed || !inventory || !access || this.timers.get(key) !== timer) {
      this.timers.delete(key);
      return;
    }
    timer.running = true;
    let changed = false;
    try {
      const update = await fetchTransitional(access.reader, regionId, inventory, access.signal);
      if (access.signal.aborted || this.timers.get(key) !== timer) return;
      changed = this.host.apply(profileId, regionId, update);
    } catch (error) {
      // A failed poll is retried on the next tick; the region keeps what it showed.
      this.host.log?.(`status poll of ${regionId} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      timer.running = false;
    }
    if (this.disposed || this.timers.get(key) !== timer) return;
    const now = this.host.inventory(profileId, regionId);
    if (!now || !hasTransitions(now)) {
      this.timers.delete(key);
      return;
    }
    timer.delayMs = changed
      ? this.timing.initialDelayMs
      : Math.min(Math.round(timer.delayMs * 1.5), this.timing.maxDelayMs);
    this.schedule(profileId, regionId, timer);
  }
}

/** Reads the current state of everything in transition in one region, with as few calls as it can. */
async function fetchTransitional(
  reader: InventoryReader,
  regionId: string,
  inventory: RegionInventory,
  signal: AbortSignal,
): Promise<PolledUpdate> {
  const update: PolledUpdate = {};
  const moving = inventory.peerConnections.filter(isTransitionalPeer);
  const work: Promise<void>[] = [];
  if (moving.length) {
    update.peerConnections = new Map();
    work.push(
      ...moving.map(async (connection) => {
        update.peerConnections!.set(connection.id, await reader.getPeerConnection(connection.id, { signal }));
      }),
    );
  }
  if (inventory.routerInterfaces.some(isTransitionalRouterInterface)) {
    work.push(
      reader.listRouterInterfaces(regionId, { signal }).then((fresh) => {
        update.routerInterfaces = replaceAll(inventory.routerInterfaces, fresh);
      }),
    );
  }
  if (inventory.bgpGroups.some(isTransitionalBgpGroup)) {
    work.push(
      reader.listBgpGroups(regionId, undefined, { signal }).then((fresh) => {
        update.bgpGroups = replaceAll(inventory.bgpGroups, fresh);
      }),
    );
  }
  if (inventory.bgpPeers.some(isTransitionalBgpPeer)) {
    work.push(
      reader.listBgpPeers(regionId, {}, { signal }).then((fresh) => {
        update.bgpPeers = replaceAll(inventory.bgpPeers, fresh);
      }),
    );
  }
  await Promise.all(work);
  return update;
}

/** An update that turns `before` into `after`: every fresh item, and `undefined` for the gone. */
function replaceAll<T extends { id: string }>(before: readonly T[], after: readonly T[]): Map<string, T | undefined> {
  const update = new Map<string, T | undefined>(after.map((item) => [item.id, item]));
  for (const item of before) if (!update.has(item.id)) update.set(item.id, undefined);
  return update;
}

function regionKey(profileId: string, regionId: string): string {
  return `${profileId}\u0000${regionId}`;
}
