// The topology store: what every active profile can see, per account and region, kept fresh.
//
// - Loads each account's regions with the cloud layer's per-account concurrency limit; a region
//   that fails keeps its error to itself while the rest loads.
// - Emits change events that name what changed (see changes.ts), never "everything".
// - Polls resources in transitional states until they settle (see poller.ts).
// - Replacing the profiles aborts their loads in flight and forgets their data at once, so no
//   stale subtree of an old profile can appear after a switch.
//
// Values held here are immutable: a change replaces the affected RegionInventory object, so
// consumers can compare by identity and diff snapshots cheaply.

import type { AccountClient, CallerIdentity } from '../cloud/accountClient';
import type { ProfileSpec } from '../cloud/profiles';
import type { FollowedKind } from '../model/transitions';
import type {
  InventorySnapshot,
  PeerConnection,
  PeerEnd,
  Region,
  RegionInventory,
  RouteEntry,
  Vpc,
} from '../model/types';
import type { TopologyChange } from './changes';
import { Emitter } from './emitter';
import { type FollowedResources, type FollowHost, type FollowOptions, type FollowRef, type Gone, type SettledWhen, containerOf, follow } from './follow';
import { type LoadCell, type LoadRun, loadInto, mapCell } from './loadCell';
import { type LoadState, valueOf } from './loadState';
import { graphRegionKey } from '../model/graph/providerRegions';
import { loadRegionInventory } from './regionLoader';
import { type PolledUpdate, TransitionPoller } from './poller';
import { mergeById, mergeIntoRegion, type RegionalKind, updateOf } from './regionUpdate';
import { type VpcDetails, loadVpcDetails } from './vpcDetails';

/** One active profile and the client that reaches its account. */
export interface AccountSource {
  profile: ProfileSpec;
  client: AccountClient;
}

export interface TopologyStoreOptions {
  /** Region ids to load; empty = every region the account can use. */
  regionFilter?: readonly string[];
  /** First delay between status checks of transitional resources, ms (default 3000). */
  pollIntervalMs?: number;
  /** The backoff stops growing here, ms (default 30000). */
  maxPollIntervalMs?: number;
  /**
   * After a region loads, also load route tables and entries of the VPCs that take part in a
   * peer connection, so the graph can show route coverage (default true).
   */
  loadRoutesInBackground?: boolean;
  /** Diagnostic messages (never secrets). */
  log?: (message: string) => void;
}

export interface AccountState {
  readonly profile: ProfileSpec;
  readonly identity: LoadState<CallerIdentity>;
  readonly regions: LoadState<Region[]>;
}

/** One VPC of one active profile. */
export interface VpcPlace {
  profileId: string;
  regionId: string;
  vpcId: string;
}

/** Route details younger than this are recent enough to plan or diagnose from (see `freshVpcDetails`). */
export const VPC_DETAILS_MAX_AGE_MS = 15_000;

/** Where a connection's end lives: in the inventory of an active profile, or outside it. */
export type ResolvedEnd =
  | { kind: 'vpc'; profileId: string; vpc: Vpc }
  | { kind: 'external'; end: PeerEnd };

interface AccountEntry {
  source: AccountSource;
  identity: LoadState<CallerIdentity>;
  regions: LoadState<Region[]>;
  regionStates: Map<string, LoadState<RegionInventory>>;
  vpcDetails: Map<string, LoadState<VpcDetails>>;
  /** Aborted when the profile is removed or fully reloaded. */
  abort: AbortController;
  /** Loads of this account still running, for `whenIdle`. */
  pending: Set<Promise<unknown>>;
}

export class TopologyStore {
  private readonly changes = new Emitter<TopologyChange>();
  private readonly accountsById = new Map<string, AccountEntry>();
  private regionFilter: readonly string[];
  private readonly poller: TransitionPoller;
  private readonly pollTiming: { initialDelayMs: number; maxDelayMs: number };
  private disposed = false;

  readonly onDidChange = this.changes.event;

  constructor(private readonly options: TopologyStoreOptions = {}) {
    this.regionFilter = options.regionFilter ?? [];
    this.pollTiming = { initialDelayMs: options.pollIntervalMs ?? 3000, maxDelayMs: options.maxPollIntervalMs ?? 30000 };
    this.poller = new TransitionPoller(
      {
        inventory: (profileId, regionId) => {
          const state = this.accountsById.get(profileId)?.regionStates.get(regionId);
          return state?.status === 'loaded' ? state.value : undefined;
        },
        access: (profileId) => {
          const entry = this.accountsById.get(profileId);
          return entry && { reader: entry.source.client.reader, signal: entry.abort.signal };
        },
        apply: (profileId, regionId, update) => this.applyPolledUpdate(profileId, regionId, update),
        log: options.log,
      },
      this.pollTiming,
    );
  }

  // ── profiles ──────────────────────────────────────────────────────────────────────────────

  /**
   * Makes these the active profiles. A profile already active with the same client keeps its
   * data; every other one is dropped (its loads aborted) and the new ones start loading.
   */
  setSources(sources: readonly AccountSource[]): void {
    this.assertAlive();
    const next = new Map(sources.map((source) => [source.profile.id, source]));
    for (const [profileId, entry] of this.accountsById) {
      const replacement = next.get(profileId);
      if (!replacement || replacement.client !== entry.source.client) this.dropAccount(profileId);
    }
    for (const source of sources) {
      if (!this.accountsById.has(source.profile.id)) this.addAccount(source);
    }
    this.changes.fire({ kind: 'profiles' });
  }

  /** The active profiles in the order they were given, with their load states. */
  accounts(): AccountState[] {
    return [...this.accountsById.values()].map((entry) => ({
      profile: entry.source.profile,
      identity: entry.identity,
      regions: entry.regions,
    }));
  }

  account(profileId: string): AccountState | undefined {
    const entry = this.accountsById.get(profileId);
    return entry && { profile: entry.source.profile, identity: entry.identity, regions: entry.regions };
  }

  client(profileId: string): AccountClient | undefined {
    return this.accountsById.get(profileId)?.source.client;
  }

  /** UIDs of the accounts behind the active profiles (whose identity is known). */
  activeAccountUids(): string[] {
    return [...this.accountsById.values()].flatMap((entry) => valueOf(entry.identity)?.accountUid ?? []);
  }

  /** The profile whose account has this UID, if one is active. */
  profileForAccount(accountUid: string): string | undefined {
    for (const [profileId, entry] of this.accountsById) {
      if (valueOf(entry.identity)?.accountUid === accountUid) return profileId;
    }
    return undefined;
  }

  setRegionFilter(regionFilter: readonly string[]): void {
    const same =
      regionFilter.length === this.regionFilter.length && regionFilter.every((r, i) => r === this.regionFilter[i]);
    if (same) return;
    this.regionFilter = [...regionFilter];
    for (const profileId of this.accountsById.keys()) void this.refreshAccount(profileId);
  }

  // ── reads ─────────────────────────────────────────────────────────────────────────────────

  region(profileId: string, regionId: string): LoadState<RegionInventory> {
    return this.accountsById.get(profileId)?.regionStates.get(regionId) ?? { status: 'idle' };
  }

  /** Everything loaded so far across all profiles; route details merged into their regions. */
  snapshot(): InventorySnapshot {
    const accounts: InventorySnapshot['accounts'] = [];
    const regions: RegionInventory[] = [];
    const regionNames: Record<string, string> = {};
    for (const [profileId, entry] of this.accountsById) {
      const identity = valueOf(entry.identity);
      if (!identity) continue;
      accounts.push({ uid: identity.accountUid, name: entry.source.profile.label, profileId, ...(entry.source.profile.provider ? { provider: entry.source.profile.provider } : {}) });
      // By the graph's region key: two clouds can name a region alike (ap-southeast-1).
      const key = (regionId: string) => graphRegionKey(regionId, entry.source.profile.provider);
      for (const region of valueOf(entry.regions) ?? []) if (region.name && region.name !== region.id) regionNames[key(region.id)] ??= region.name;
      for (const state of entry.regionStates.values()) {
        const inventory = valueOf(state);
        if (inventory) regions.push(this.withRouteDetails(entry, inventory));
      }
    }
    return { accounts, regions, regionNames };
  }

  vpcDetails(profileId: string, vpcId: string): LoadState<VpcDetails> {
    return this.accountsById.get(profileId)?.vpcDetails.get(vpcId) ?? { status: 'idle' };
  }

  /** Every copy of a connection the active profiles see (requester and accepter side). */
  findPeerConnection(id: string): { profileId: string; regionId: string; connection: PeerConnection }[] {
    const found: { profileId: string; regionId: string; connection: PeerConnection }[] = [];
    for (const [profileId, entry] of this.accountsById) {
      for (const [regionId, state] of entry.regionStates) {
        const connection = valueOf(state)?.peerConnections.find((c) => c.id === id);
        if (connection) found.push({ profileId, regionId, connection });
      }
    }
    return found;
  }

  /** A connection end as a VPC of an active profile when one is loaded, else external. */
  resolveEnd(end: PeerEnd): ResolvedEnd {
    for (const [profileId, entry] of this.accountsById) {
      if (valueOf(entry.identity)?.accountUid !== end.accountUid) continue;
      const vpc = valueOf(entry.regionStates.get(end.regionId) ?? { status: 'idle' })?.vpcs.find(
        (v) => v.id === end.vpcId,
      );
      if (vpc) return { kind: 'vpc', profileId, vpc };
    }
    return { kind: 'external', end };
  }

  /** Resolves when no load of any profile is running (polling aside). */
  async whenIdle(): Promise<void> {
    for (;;) {
      const pending = [...this.accountsById.values()].flatMap((entry) => [...entry.pending]);
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  }

  // ── refresh ───────────────────────────────────────────────────────────────────────────────

  async refreshAll(): Promise<void> {
    await Promise.all([...this.accountsById.keys()].map((profileId) => this.refreshAccount(profileId)));
  }

  /** Reloads identity, regions and every region of one profile, aborting its loads in flight. */
  async refreshAccount(profileId: string): Promise<void> {
    const entry = this.accountsById.get(profileId);
    if (!entry) return;
    entry.abort.abort();
    entry.abort = new AbortController();
    this.poller.forgetAccount(profileId);
    await this.track(entry, this.loadAccount(entry));
  }

  /** Reloads one region of one profile. */
  async refreshRegion(profileId: string, regionId: string): Promise<void> {
    const entry = this.accountsById.get(profileId);
    if (!entry) return;
    await this.track(entry, this.loadRegion(entry, regionId));
  }

  /** Loads (or reloads) route tables, entries and vSwitches of one VPC. */
  async loadVpcDetails(profileId: string, regionId: string, vpcId: string): Promise<VpcDetails | undefined> {
    const entry = this.accountsById.get(profileId);
    if (!entry) return undefined;
    const signal = entry.abort.signal;
    const run = this.loadRun(entry, signal, { kind: 'vpcDetails', profileId, regionId, vpcId });
    const work = loadInto(mapCell(entry.vpcDetails, vpcId), run, () => loadVpcDetails(entry.source.client.reader, regionId, vpcId, { signal }));
    return this.track(entry, work);
  }

  /**
   * The VPC's route tables, entries and vSwitches as of at most `maxAgeMs` ago (default
   * VPC_DETAILS_MAX_AGE_MS): what the store holds when recent enough, else read now. `maxAgeMs: 0`
   * always reads. Rejects when the read fails; undefined when the profile is not active.
   */
  async freshVpcDetails(place: VpcPlace, options: { maxAgeMs?: number } = {}): Promise<VpcDetails | undefined> {
    const state = this.vpcDetails(place.profileId, place.vpcId);
    const maxAgeMs = options.maxAgeMs ?? VPC_DETAILS_MAX_AGE_MS;
    if (state.status === 'loaded' && Date.now() - state.loadedAt < maxAgeMs) return state.value;
    return this.loadVpcDetails(place.profileId, place.regionId, place.vpcId);
  }

  /**
   * Reads these VPCs' details again after a write changed them, so the tree and the graph show it.
   * Never rejects: a failed read stays on its VPC (the tree offers a retry) and is logged.
   */
  async rereadVpcDetails(places: Iterable<VpcPlace>): Promise<void> {
    const unique = new Map([...places].map((place) => [`${place.profileId}\u0000${place.vpcId}`, place]));
    await Promise.all(
      [...unique.values()].map((place) =>
        this.loadVpcDetails(place.profileId, place.regionId, place.vpcId).catch((error: unknown) => {
          this.options.log?.(`reading the route tables of ${place.vpcId} again failed: ${describeError(error)}`);
        }),
      ),
    );
  }

  /**
   * Re-reads one peer connection in every profile that sees it (or that should see it: the
   * requester's and accepter's regions, given as hints for a connection just created), inserts,
   * updates or removes it, and keeps polling it while it is in transition. Commands call this
   * right after a write.
   */
  async refreshPeerConnection(id: string, hints: readonly RegionPlace[] = []): Promise<void> {
    await this.readPeerConnectionInto(id, [...this.findPeerConnection(id), ...hints]);
  }

  /**
   * Follows one resource after a write until `until` holds (default: out of every transitional
   * status, or gone), pushing each value read into the store so the tree and the graph move with
   * it, and telling `onStatus` each new status. Resolves to the settled resource, or GONE when it
   * no longer exists. Reads start at the poll interval and back off; rejects with code `Aborted`
   * when `signal` fires and `WaitTimeout` after `timeoutMs` — the store keeps polling it then.
   */
  follow<K extends FollowedKind>(ref: FollowRef<K>, until?: SettledWhen<K>, options: FollowOptions = {}): Promise<FollowedResources[K] | Gone> {
    this.assertAlive();
    const host: FollowHost = {
      reader: (profileId) => this.accountsById.get(profileId)?.source.client.reader,
      timing: this.pollTiming,
      push: (followed, resource, statusChanged) => this.pushFollowed(followed, resource, statusChanged),
      ended: (followed) => this.followEnded(followed),
    };
    return follow(host, ref, until, options);
  }

  /** Polls the resources of this region that are in transition now, starting soon. */
  pollSoon(profileId: string, regionId: string): void {
    this.poller.wake(profileId, regionId);
  }

  dispose(): void {
    this.disposed = true;
    for (const profileId of [...this.accountsById.keys()]) this.dropAccount(profileId);
    this.poller.dispose();
    this.changes.dispose();
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  private addAccount(source: AccountSource): void {
    const entry: AccountEntry = {
      source,
      identity: { status: 'idle' },
      regions: { status: 'idle' },
      regionStates: new Map(),
      vpcDetails: new Map(),
      abort: new AbortController(),
      pending: new Set(),
    };
    this.accountsById.set(source.profile.id, entry);
    void this.track(entry, this.loadAccount(entry));
  }

  private dropAccount(profileId: string): void {
    const entry = this.accountsById.get(profileId);
    if (!entry) return;
    entry.abort.abort();
    this.poller.forgetAccount(profileId);
    this.accountsById.delete(profileId);
  }

  private track<T>(entry: AccountEntry, work: Promise<T>): Promise<T> {
    const observed = work.catch(() => undefined);
    entry.pending.add(observed);
    void observed.finally(() => entry.pending.delete(observed));
    return work;
  }

  /** A load of `entry` that counts while its signal holds, announced as `change`. */
  private loadRun(entry: AccountEntry, signal: AbortSignal, change: TopologyChange): LoadRun {
    return { isCurrent: () => this.isCurrent(entry, signal), changed: () => this.changes.fire(change) };
  }

  /** True while `entry` is still the live entry of its profile and `signal` not aborted. */
  private isCurrent(entry: AccountEntry, signal: AbortSignal): boolean {
    return !signal.aborted && this.accountsById.get(entry.source.profile.id) === entry;
  }

  private async loadAccount(entry: AccountEntry): Promise<void> {
    const { signal } = entry.abort;
    const profileId = entry.source.profile.id;
    const { client } = entry.source;
    const run = this.loadRun(entry, signal, { kind: 'account', profileId });
    // Identity and regions do not depend on each other: ask for both at once.
    const [identity, regions] = await Promise.allSettled([
      loadInto(forgetfulCell(() => entry.identity, (state) => (entry.identity = state)), run, () => client.identity({ signal })),
      loadInto(forgetfulCell(() => entry.regions, (state) => (entry.regions = state)), run, async () => {
        const all = await client.reader.describeRegions({ signal });
        const wanted = this.regionFilter;
        return wanted.length ? all.filter((r) => wanted.includes(r.id)) : all;
      }),
    ]);
    if (!this.isCurrent(entry, signal)) return;
    const accountUid = identity.status === 'fulfilled' ? identity.value?.accountUid : undefined;
    const visibleRegions = regions.status === 'fulfilled' ? regions.value : undefined;
    if (!accountUid || !visibleRegions) return;
    // Forget regions that are no longer shown, then load the rest all at once: the client's
    // concurrency limit is what bounds the number of requests in flight.
    const visibleIds = new Set(visibleRegions.map((r) => r.id));
    for (const regionId of [...entry.regionStates.keys()]) {
      if (!visibleIds.has(regionId)) {
        entry.regionStates.delete(regionId);
        this.poller.forgetRegion(profileId, regionId);
      }
    }
    await Promise.all(visibleRegions.map((region) => this.loadRegion(entry, region.id)));
  }

  private async loadRegion(entry: AccountEntry, regionId: string): Promise<void> {
    const { signal } = entry.abort;
    const profileId = entry.source.profile.id;
    const accountUid = valueOf(entry.identity)?.accountUid;
    if (!accountUid) return;
    const run = this.loadRun(entry, signal, { kind: 'region', profileId, regionId });
    try {
      const { provider } = entry.source.profile;
      const inventory = await loadInto(mapCell(entry.regionStates, regionId), run, async () => {
        const loaded = await loadRegionInventory(entry.source.client.reader, accountUid, regionId, { signal });
        return provider ? { ...loaded, provider } : loaded;
      });
      if (!inventory) return;
      this.poller.wake(profileId, regionId);
      if (this.options.loadRoutesInBackground ?? true) this.loadRoutesOfPeeredVpcs(entry, inventory);
    } catch (error) {
      // The region keeps its error to itself (the tree shows it with a retry); the rest loads on.
      this.options.log?.(`region ${regionId} of ${entry.source.profile.label} failed: ${describeError(error)}`);
    }
  }

  /** Route details for VPCs at either end of a connection: the graph's route coverage needs them. */
  private loadRoutesOfPeeredVpcs(entry: AccountEntry, inventory: RegionInventory): void {
    const ownVpcIds = new Set(inventory.vpcs.map((v) => v.id));
    const peered = new Set<string>();
    for (const connection of inventory.peerConnections) {
      for (const end of [connection.requester, connection.accepter]) {
        if (end.accountUid === inventory.accountUid && ownVpcIds.has(end.vpcId)) peered.add(end.vpcId);
      }
    }
    for (const vpcId of peered) {
      if (entry.vpcDetails.get(vpcId)?.status === 'loaded') continue;
      void this.loadVpcDetails(entry.source.profile.id, inventory.regionId, vpcId).catch(() => undefined);
    }
  }

  /** Puts a followed resource's latest read where the store keeps it. */
  private pushFollowed<K extends FollowedKind>(ref: FollowRef<K>, resource: FollowedResources[K] | undefined, statusChanged: boolean): void {
    if (ref.kind === 'routeEntry') {
      this.pushRouteEntry(ref, resource as RouteEntry | undefined);
      return;
    }
    if (ref.kind !== 'peerConnection') {
      this.applyPolledUpdate(ref.profileId, ref.regionId, updateOf(ref.kind as RegionalKind, ref.id, resource as FollowedResources[RegionalKind]));
      return;
    }
    // A connection is listed at each end, and each profile sees its own copy: the one read goes
    // where the following profile holds an end; the other profiles read theirs when it moves on.
    const connection = resource as PeerConnection | undefined;
    const [own, others] = partition(this.connectionPlaces(ref.id, connection), (place) => place.profileId === ref.profileId);
    for (const place of own) this.applyPolledUpdate(place.profileId, place.regionId, { peerConnections: new Map([[ref.id, connection]]) });
    if (statusChanged && others.length > 0) void this.readPeerConnectionQuietly(ref.id, others);
  }

  /**
   * Puts a followed route entry into its VPC's details, when they are loaded (otherwise they are
   * read whole when needed). They keep their age: the rest of the tables was not read again.
   */
  private pushRouteEntry(ref: FollowRef, routeEntry: RouteEntry | undefined): void {
    const vpcId = containerOf(ref, 'vpc');
    const entry = this.accountsById.get(ref.profileId);
    const details = entry?.vpcDetails.get(vpcId);
    if (!entry || details?.status !== 'loaded') return;
    const merged = mergeById(details.value.routeEntries, new Map([[ref.id, routeEntry]]));
    if (merged.changed.length === 0) return;
    entry.vpcDetails.set(vpcId, { ...details, value: { ...details.value, routeEntries: merged.items } });
    this.changes.fire({ kind: 'vpcDetails', profileId: ref.profileId, regionId: ref.regionId, vpcId });
  }

  /** After a follow: the other copies of a connection read once more, and the poller takes over. */
  private async followEnded(ref: FollowRef): Promise<void> {
    // Route entries are not polled: the command that wrote them reads the tables again.
    if (ref.kind === 'routeEntry') return;
    if (ref.kind !== 'peerConnection') {
      this.poller.wake(ref.profileId, ref.regionId);
      return;
    }
    const places = this.connectionPlaces(ref.id, undefined);
    await this.readPeerConnectionQuietly(ref.id, places.filter((place) => place.profileId !== ref.profileId));
    for (const place of places) this.poller.wake(place.profileId, place.regionId);
  }

  /** Where the store lists a connection: where it is now, and at each end an active profile holds. */
  private connectionPlaces(id: string, connection: PeerConnection | undefined): RegionPlace[] {
    const places: RegionPlace[] = this.findPeerConnection(id);
    for (const end of connection ? [connection.requester, connection.accepter] : []) {
      const profileId = this.profileForAccount(end.accountUid);
      if (profileId) places.push({ profileId, regionId: end.regionId });
    }
    return uniquePlaces(places);
  }

  /** Reads the connection through each place's own profile and puts it there (inserted, updated or removed). */
  private async readPeerConnectionInto(id: string, places: readonly RegionPlace[]): Promise<void> {
    await Promise.all(
      uniquePlaces(places).map(async ({ profileId, regionId }) => {
        const entry = this.accountsById.get(profileId);
        if (!entry) return;
        const { signal } = entry.abort;
        const connection = await entry.source.client.reader.getPeerConnection(id, { signal });
        if (!this.isCurrent(entry, signal)) return;
        this.applyPolledUpdate(profileId, regionId, { peerConnections: new Map([[id, connection]]) });
        this.poller.wake(profileId, regionId);
      }),
    );
  }

  /** The same, for a follow: its own reads carry on, so a failure here is only logged. */
  private async readPeerConnectionQuietly(id: string, places: readonly RegionPlace[]): Promise<void> {
    await this.readPeerConnectionInto(id, places).catch((error: unknown) => {
      this.options.log?.(`reading ${id} again failed: ${describeError(error)}`);
    });
  }

  private withRouteDetails(entry: AccountEntry, inventory: RegionInventory): RegionInventory {
    const routeTables = [];
    const routeEntries = [];
    for (const vpc of inventory.vpcs) {
      const details = valueOf(entry.vpcDetails.get(vpc.id) ?? { status: 'idle' });
      if (!details) continue;
      routeTables.push(...details.routeTables);
      routeEntries.push(...details.routeEntries);
    }
    if (routeTables.length === 0) return inventory;
    return { ...inventory, routeTables, routeEntries };
  }

  /**
   * Merges polled resources into the region: a value replaces the resource with that id, an
   * `undefined` value removes it (it is gone), an unknown id is added.
   */
  private applyPolledUpdate(profileId: string, regionId: string, update: PolledUpdate): boolean {
    const entry = this.accountsById.get(profileId);
    const state = entry?.regionStates.get(regionId);
    if (!entry || state?.status !== 'loaded') return false;
    const merged = mergeIntoRegion(state.value, update);
    if (!merged) return false;
    const { after, changed } = merged;
    entry.regionStates.set(regionId, { status: 'loaded', value: after, loadedAt: Date.now() });
    this.changes.fire({ kind: 'resources', profileId, regionId, ...changed });
    return true;
  }

  private assertAlive(): void {
    if (this.disposed) throw new Error('the topology store was disposed');
  }
}

/** One region of one active profile. */
export interface RegionPlace {
  profileId: string;
  regionId: string;
}

/** A cell that keeps nothing of its value on failure: an account that cannot be reached shows nothing it knew. */
function forgetfulCell<T>(get: () => LoadState<T>, set: (state: LoadState<T>) => void): LoadCell<T> {
  return { get, set: (state) => set(state.status === 'failed' ? { status: 'failed', error: state.error } : state) };
}

function uniquePlaces(places: readonly RegionPlace[]): RegionPlace[] {
  const unique = new Map(places.map((p) => [`${p.profileId}\u0000${p.regionId}`, { profileId: p.profileId, regionId: p.regionId }]));
  return [...unique.values()];
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}
