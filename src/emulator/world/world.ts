// The emulated cloud: every account's resources, the indexes requests read through, and the
// status changes the service makes by itself (Creating → Activated, Pending → Available, an
// unanswered request → Expired). Transitions are applied lazily: each request first settles what
// has come due on the clock, so nothing runs in the background and nothing is left behind on close.

import type { Clock } from '../clock';
import { type IdFactory } from '../ids';
import { accountRegionKey } from './groupIndex';
import { RegionalTable, Table, type TableHooks } from './table';
import {
  resourceRecords,
  type AccessKeyRecord,
  type AccountRecord,
  type BgpGroupRecord,
  type BgpPeerRecord,
  type PeerRecord,
  type PendingTransition,
  type RouteEntryRecord,
  type RouterInterfaceRecord,
  type RouteTableRecord,
  type VbrRecord,
  type VpcRecord,
  type VSwitchRecord,
  type WorldRecords,
} from './records';
import { TransitionQueue, type TransitionKind } from './transitionQueue';
import { settledStatus } from './settling';
import { arrive, type Transitional } from './transitions';

export interface Quotas {
  /** Peer connections one VPC may be part of (either side). */
  vpcPeerCountPerVpc: number;
  intraRegionVpcPeerCountPerVpc: number;
  crossRegionVpcPeerCountPerVpc: number;
  /** Connections one account may request in one region. */
  vpcPeerCountPerUserPerRegion: number;
  /** Highest inter-region bandwidth, Mbit/s. */
  maxBandwidthMbps: number;
  customRouteEntriesPerTable: number;
  routerInterfacesPerRouter: number;
  bgpPeersPerVbr: number;
}

export const DEFAULT_QUOTAS: Quotas = {
  vpcPeerCountPerVpc: 20,
  intraRegionVpcPeerCountPerVpc: 20,
  crossRegionVpcPeerCountPerVpc: 20,
  vpcPeerCountPerUserPerRegion: 100,
  maxBandwidthMbps: 10240,
  customRouteEntriesPerTable: 200,
  routerInterfacesPerRouter: 5,
  bgpPeersPerVbr: 8,
};

export interface WorldSettings {
  /** How long the service takes to leave a transitional status. */
  transitionMs: number;
  /** How long a cross-account request waits for an answer before it expires. */
  acceptWindowMs: number;
  quotas: Quotas;
}

type Pendable = { id: string; pending?: PendingTransition };

export class World {
  private readonly regionIds: string[] = [];
  private readonly accountsByUid = new Map<string, AccountRecord>();
  private readonly keysById = new Map<string, AccessKeyRecord>();
  private readonly queue = new TransitionQueue();
  private readonly listeners = new Set<() => void>();

  // Adding a record takes its ids (so new ids never clash with it) and schedules the transition it
  // carries; removing something routes point at removes those routes with it.
  readonly vpcs = new RegionalTable<VpcRecord, 'router'>({ router: (vpc) => [vpc.vRouterId] }, { added: (vpc) => this.reserve(vpc.id, vpc.vRouterId, vpc.systemRouteTableId) });
  readonly vSwitches = new Table<VSwitchRecord, 'vpc'>({ vpc: (s) => [s.vpcId] }, { added: (s) => this.reserve(s.id) });
  readonly routeTables = new Table<RouteTableRecord, 'vpc' | 'router'>(
    { vpc: (t) => (t.vpcId ? [t.vpcId] : []), router: (t) => [t.routerId] },
    { added: (t) => this.reserve(t.id), removing: (t) => this.removeWhere(this.routeEntries, 'table', t.id) },
  );
  readonly routeEntries = new Table<RouteEntryRecord, 'table' | 'nextHop'>(
    { table: (e) => [e.routeTableId], nextHop: (e) => e.nextHops.flatMap((hop) => (hop.id ? [hop.id] : [])) },
    this.transitionalHooks('routeEntry'),
  );
  readonly peers = new Table<PeerRecord, 'seenIn' | 'account' | 'vpc' | 'requestedIn'>(
    {
      // Connections an account sees in a region: as requester there, or as accepter accepting there.
      seenIn: ({ requester: r, accepter: a }) => [accountRegionKey(r.accountUid, r.regionId), accountRegionKey(a.accountUid, a.regionId)],
      account: ({ requester: r, accepter: a }) => [r.accountUid, a.accountUid],
      vpc: ({ requester: r, accepter: a }) => [r.vpcId, a.vpcId],
      requestedIn: ({ requester: r }) => [accountRegionKey(r.accountUid, r.regionId)],
    },
    this.routeTargetHooks('peer'),
  );
  readonly routerInterfaces = new RegionalTable<RouterInterfaceRecord, 'router'>({ router: (ri) => [ri.routerId] }, this.routeTargetHooks('routerInterface'));
  readonly vbrs = new RegionalTable<VbrRecord>({}, { added: (vbr) => this.reserve(vbr.id, vbr.routeTableId) });
  readonly bgpGroups = new RegionalTable<BgpGroupRecord, 'vbr'>({ vbr: (g) => [g.vbrId] }, this.transitionalHooks('bgpGroup'));
  readonly bgpPeers = new RegionalTable<BgpPeerRecord, 'group'>({ group: (p) => [p.bgpGroupId] }, this.transitionalHooks('bgpPeer'));

  constructor(
    readonly clock: Clock,
    readonly ids: IdFactory,
    readonly settings: WorldSettings,
  ) {}

  // ── change notification ──────────────────────────────────────────────────────────────────────

  /** Calls `listener` after every change; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  now(): number {
    return this.clock.now();
  }

  // ── regions and accounts ─────────────────────────────────────────────────────────────────────

  regions(): readonly string[] {
    return this.regionIds;
  }

  hasRegion(id: string): boolean {
    return this.regionIds.includes(id);
  }

  addRegion(id: string): void {
    if (!this.regionIds.includes(id)) this.regionIds.push(id);
  }

  accounts(): AccountRecord[] {
    return [...this.accountsByUid.values()];
  }

  account(uid: string): AccountRecord | undefined {
    return this.accountsByUid.get(uid);
  }

  /** An account by uid or by name. */
  findAccount(nameOrUid: string): AccountRecord | undefined {
    return this.accountsByUid.get(nameOrUid) ?? this.accounts().find((a) => a.name === nameOrUid);
  }

  addAccount(account: AccountRecord): void {
    this.accountsByUid.set(account.uid, account);
  }

  accessKeys(): AccessKeyRecord[] {
    return [...this.keysById.values()];
  }

  accessKey(id: string): AccessKeyRecord | undefined {
    return this.keysById.get(id);
  }

  addAccessKey(key: AccessKeyRecord): void {
    this.keysById.set(key.accessKeyId, key);
  }

  // ── lookups across tables ────────────────────────────────────────────────────────────────────

  vpcOfRouter(vRouterId: string): VpcRecord | undefined {
    return this.vpcs.where('router', vRouterId)[0];
  }

  /** Removes a VPC with everything in it, and the peer connections it is part of. */
  removeVpc(id: string): void {
    const vpc = this.vpcs.get(id);
    if (!vpc) return;
    this.removeWhere(this.peers, 'vpc', id);
    this.removeWhere(this.routerInterfaces, 'router', vpc.vRouterId);
    this.removeWhere(this.routeTables, 'vpc', id);
    this.removeWhere(this.vSwitches, 'vpc', id);
    this.vpcs.remove(id);
  }

  /** The table that routes a vSwitch's traffic: its custom table, else the VPC's system table. */
  effectiveRouteTableId(vSwitch: VSwitchRecord): string | undefined {
    return vSwitch.customRouteTableId ?? this.vpcs.get(vSwitch.vpcId)?.systemRouteTableId;
  }

  /** Connections `accountUid` sees in `regionId` (see `ListVpcPeerConnections`), or in every region. */
  peersVisibleTo(accountUid: string, regionId?: string): readonly PeerRecord[] {
    return regionId === undefined ? this.peers.where('account', accountUid) : this.peers.where('seenIn', accountRegionKey(accountUid, regionId));
  }

  /** Connections `accountUid` has requested in `regionId`. */
  peersRequestedIn(accountUid: string, regionId: string): number {
    return this.peers.count('requestedIn', accountRegionKey(accountUid, regionId));
  }

  bgpPeersOfVbr(vbrId: string): BgpPeerRecord[] {
    return this.bgpGroups.where('vbr', vbrId).flatMap((group) => this.bgpPeers.where('group', group.id));
  }

  // ── transitions ──────────────────────────────────────────────────────────────────────────────

  /** Moves `record` to `status` now and, if `then` is given, on to `then.to` at `then.at`. */
  setStatus(kind: TransitionKind, record: Transitional, status: string, then?: PendingTransition): void {
    record.status = status;
    record.pending = then;
    if (then) this.queue.push(then.at, kind, record.id);
  }

  /** Starts a transitional status that ends, after the configured transition time, in `to`. */
  beginTransition(kind: TransitionKind, record: Transitional, status: string, to: string): void {
    this.setStatus(kind, record, status, { to, at: this.now() + this.settings.transitionMs });
  }

  /**
   * Puts `record` into `status` as the service would leave it there: a transitional status settles
   * one transition time from now (a `Creating` connection into `Accepting` across accounts), and a
   * waiting request expires when its acceptance window closes (from now, unless it has one).
   */
  enterStatus(kind: TransitionKind, record: Transitional, status: string): void {
    if (kind === 'peer' && status === 'Accepting') {
      const peer = record as PeerRecord;
      peer.expiresAt ??= this.now() + this.settings.acceptWindowMs;
      this.setStatus(kind, peer, status, { to: 'Expired', at: peer.expiresAt });
      return;
    }
    const crossAccount = kind === 'peer' && (record as PeerRecord).requester.accountUid !== (record as PeerRecord).accepter.accountUid;
    const to = settledStatus(kind, status, crossAccount);
    this.setStatus(kind, record, status, to === undefined ? undefined : { to, at: this.now() + this.settings.transitionMs });
  }

  /** Applies every transition due by now. */
  advance(now = this.now()): void {
    let applied = false;
    for (let due = this.queue.popDue(now); due; due = this.queue.popDue(now)) {
      const record = this.transitional[due.kind].get(due.id);
      const pending = record?.pending;
      if (!record || !pending || pending.at !== due.at) continue;
      record.pending = undefined;
      this.apply(due.kind, record, pending);
      applied = true;
    }
    if (applied) this.changed();
  }

  /** Completes every pending transition at once, however far in the future it is due. */
  settleAll(): void {
    this.advance(Number.MAX_SAFE_INTEGER);
  }

  /** A record the service moves by itself: a pending change it carries is scheduled. */
  private transitionalHooks(kind: TransitionKind): TableHooks<Pendable> {
    return { added: (record) => this.track(kind, record) };
  }

  /** Something routes point at (a connection, a router interface): the routes go with it. */
  private routeTargetHooks(kind: TransitionKind): TableHooks<Pendable> {
    return { ...this.transitionalHooks(kind), removing: (record) => this.removeWhere(this.routeEntries, 'nextHop', record.id) };
  }

  /** Removes every record of `table` filed under `key` in its index `name`. */
  private removeWhere<R extends { id: string }, I extends string>(table: Table<R, I>, name: I, key: string): void {
    for (const record of table.where(name, key)) table.remove(record.id);
  }

  private track(kind: TransitionKind, record: Pendable): void {
    this.reserve(record.id);
    if (record.pending) this.queue.push(record.pending.at, kind, record.id);
  }

  /** Where each kind of transitional record lives. */
  private readonly transitional: Record<TransitionKind, { get(id: string): Transitional | undefined; remove(id: string): unknown }> = {
    peer: this.peers,
    routeEntry: this.routeEntries,
    routerInterface: this.routerInterfaces,
    bgpGroup: this.bgpGroups,
    bgpPeer: this.bgpPeers,
  };

  private apply(kind: TransitionKind, record: Transitional, transition: PendingTransition): void {
    if (transition.to === 'gone') this.transitional[kind].remove(record.id);
    else arrive(kind, record, transition, (peer, at) => this.setStatus('peer', peer, 'Accepting', { to: 'Expired', at }));
  }

  private reserve(...ids: string[]): void {
    for (const id of ids) this.ids.reserve(id);
  }

  // ── whole-world views ────────────────────────────────────────────────────────────────────────

  /** Every record, for the state file. */
  records(): WorldRecords {
    return { regions: [...this.regionIds], accounts: this.accounts(), accessKeys: this.accessKeys(), ...resourceRecords((kind) => [...this[kind].values()]) };
  }
}
