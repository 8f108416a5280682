// The emulated cloud: every account's resources, the indexes requests read through, and the
// status changes the service makes by itself (Creating → Activated, Pending → Available, an
// unanswered request → Expired). Transitions are applied lazily: each request first settles what
// has come due on the clock, so nothing runs in the background and nothing is left behind on close.

import type { Clock } from '../clock';
import { type IdFactory } from '../ids';
import { accountRegionKey, GroupIndex } from './groupIndex';
import { Table } from './table';
import type {
  AccessKeyRecord,
  AccountRecord,
  BgpGroupRecord,
  BgpPeerRecord,
  PeerRecord,
  PendingTransition,
  RouteEntryRecord,
  RouterInterfaceRecord,
  RouteTableRecord,
  VbrRecord,
  VpcRecord,
  VSwitchRecord,
  WorldRecords,
} from './records';
import { TransitionQueue, type TransitionKind } from './transitionQueue';
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

const inAccountRegion = (record: { accountUid: string; regionId: string }): string[] => [accountRegionKey(record.accountUid, record.regionId)];

export class World {
  private readonly regionIds: string[] = [];
  private readonly accountsByUid = new Map<string, AccountRecord>();
  private readonly keysById = new Map<string, AccessKeyRecord>();

  private readonly vpcsByAccountRegion = new GroupIndex<VpcRecord>();
  private readonly vpcByRouter = new Map<string, VpcRecord>();
  private readonly vSwitchesByVpc = new GroupIndex<VSwitchRecord>();
  private readonly tablesByVpc = new GroupIndex<RouteTableRecord>();
  private readonly tablesByRouter = new GroupIndex<RouteTableRecord>();
  private readonly entriesByTable = new GroupIndex<RouteEntryRecord>();
  private readonly entriesByNextHop = new GroupIndex<RouteEntryRecord>();
  /** Connections an account sees in a region: as requester there, or as accepter accepting there. */
  private readonly peersByAccountRegion = new GroupIndex<PeerRecord>();
  private readonly peersByAccount = new GroupIndex<PeerRecord>();
  private readonly peersByVpc = new GroupIndex<PeerRecord>();
  private readonly peersRequestedByAccountRegion = new GroupIndex<PeerRecord>();
  private readonly interfacesByAccountRegion = new GroupIndex<RouterInterfaceRecord>();
  private readonly interfacesByRouter = new GroupIndex<RouterInterfaceRecord>();
  private readonly vbrsByAccountRegion = new GroupIndex<VbrRecord>();
  private readonly groupsByAccountRegion = new GroupIndex<BgpGroupRecord>();
  private readonly groupsByVbr = new GroupIndex<BgpGroupRecord>();
  private readonly bgpPeersByGroup = new GroupIndex<BgpPeerRecord>();
  private readonly bgpPeersByAccountRegion = new GroupIndex<BgpPeerRecord>();

  readonly vpcs = new Table<VpcRecord>([{ index: this.vpcsByAccountRegion, keys: inAccountRegion }]);
  readonly vSwitches = new Table<VSwitchRecord>([{ index: this.vSwitchesByVpc, keys: (s) => [s.vpcId] }]);
  readonly routeTables = new Table<RouteTableRecord>([
    { index: this.tablesByVpc, keys: (t) => (t.vpcId ? [t.vpcId] : []) },
    { index: this.tablesByRouter, keys: (t) => [t.routerId] },
  ]);
  readonly routeEntries = new Table<RouteEntryRecord>([
    { index: this.entriesByTable, keys: (e) => [e.routeTableId] },
    { index: this.entriesByNextHop, keys: (e) => e.nextHops.flatMap((hop) => (hop.id ? [hop.id] : [])) },
  ]);
  readonly peers = new Table<PeerRecord>([
    { index: this.peersByAccountRegion, keys: ({ requester: r, accepter: a }) => [accountRegionKey(r.accountUid, r.regionId), accountRegionKey(a.accountUid, a.regionId)] },
    { index: this.peersByAccount, keys: ({ requester: r, accepter: a }) => [r.accountUid, a.accountUid] },
    { index: this.peersByVpc, keys: ({ requester: r, accepter: a }) => [r.vpcId, a.vpcId] },
    { index: this.peersRequestedByAccountRegion, keys: ({ requester: r }) => [accountRegionKey(r.accountUid, r.regionId)] },
  ]);
  readonly routerInterfaces = new Table<RouterInterfaceRecord>([
    { index: this.interfacesByAccountRegion, keys: inAccountRegion },
    { index: this.interfacesByRouter, keys: (ri) => [ri.routerId] },
  ]);
  readonly vbrs = new Table<VbrRecord>([{ index: this.vbrsByAccountRegion, keys: inAccountRegion }]);
  readonly bgpGroups = new Table<BgpGroupRecord>([
    { index: this.groupsByAccountRegion, keys: inAccountRegion },
    { index: this.groupsByVbr, keys: (g) => [g.vbrId] },
  ]);
  readonly bgpPeers = new Table<BgpPeerRecord>([
    { index: this.bgpPeersByGroup, keys: (p) => [p.bgpGroupId] },
    { index: this.bgpPeersByAccountRegion, keys: inAccountRegion },
  ]);

  private readonly queue = new TransitionQueue();
  private readonly listeners = new Set<() => void>();

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

  // ── VPCs and vSwitches ───────────────────────────────────────────────────────────────────────

  vpcsIn(accountUid: string, regionId: string): VpcRecord[] {
    return this.vpcsByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  vpcOfRouter(vRouterId: string): VpcRecord | undefined {
    return this.vpcByRouter.get(vRouterId);
  }

  addVpc(vpc: VpcRecord): void {
    this.vpcs.add(vpc);
    this.vpcByRouter.set(vpc.vRouterId, vpc);
    this.reserve(vpc.id, vpc.vRouterId, vpc.systemRouteTableId);
  }

  /** Removes a VPC with everything in it, and the peer connections it is part of. */
  removeVpc(id: string): void {
    const vpc = this.vpcs.get(id);
    if (!vpc) return;
    for (const peer of this.peersOfVpc(id)) this.removePeer(peer.id);
    for (const ri of this.interfacesOfRouter(vpc.vRouterId)) this.removeRouterInterface(ri.id);
    for (const table of this.routeTablesOfVpc(id)) this.removeRouteTable(table.id);
    for (const vsw of this.vSwitchesOf(id)) this.vSwitches.remove(vsw.id);
    this.vpcs.remove(id);
    this.vpcByRouter.delete(vpc.vRouterId);
  }

  vSwitchesOf(vpcId: string): VSwitchRecord[] {
    return this.vSwitchesByVpc.get(vpcId);
  }

  addVSwitch(vSwitch: VSwitchRecord): void {
    this.vSwitches.add(vSwitch);
    this.reserve(vSwitch.id);
  }

  /** The table that routes a vSwitch's traffic: its custom table, else the VPC's system table. */
  effectiveRouteTableId(vSwitch: VSwitchRecord): string | undefined {
    return vSwitch.customRouteTableId ?? this.vpcs.get(vSwitch.vpcId)?.systemRouteTableId;
  }

  // ── route tables and entries ─────────────────────────────────────────────────────────────────

  routeTablesOfVpc(vpcId: string): RouteTableRecord[] {
    return this.tablesByVpc.get(vpcId);
  }

  routeTablesOfRouter(routerId: string): RouteTableRecord[] {
    return this.tablesByRouter.get(routerId);
  }

  addRouteTable(table: RouteTableRecord): void {
    this.routeTables.add(table);
    this.reserve(table.id);
  }

  private removeRouteTable(id: string): void {
    for (const entry of this.routeEntriesIn(id)) this.removeRouteEntry(entry.id);
    this.routeTables.remove(id);
  }

  routeEntriesIn(routeTableId: string): RouteEntryRecord[] {
    return this.entriesByTable.get(routeTableId);
  }

  /** Route entries in any table of any account whose next hop is `nextHopId`. */
  routeEntriesVia(nextHopId: string): RouteEntryRecord[] {
    return this.entriesByNextHop.get(nextHopId);
  }

  addRouteEntry(entry: RouteEntryRecord): void {
    this.addTransitional(this.routeEntries, 'routeEntry', entry);
  }

  removeRouteEntry(id: string): void {
    this.routeEntries.remove(id);
  }

  // ── peer connections ─────────────────────────────────────────────────────────────────────────

  /** Connections `accountUid` sees in `regionId` (see `ListVpcPeerConnections`), or in every region. */
  peersVisibleTo(accountUid: string, regionId?: string): PeerRecord[] {
    return regionId === undefined ? this.peersByAccount.get(accountUid) : this.peersByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  peersOfVpc(vpcId: string): PeerRecord[] {
    return this.peersByVpc.get(vpcId);
  }

  /** Connections `accountUid` has requested in `regionId`. */
  peersRequestedIn(accountUid: string, regionId: string): number {
    return this.peersRequestedByAccountRegion.count(accountRegionKey(accountUid, regionId));
  }

  addPeer(peer: PeerRecord): void {
    this.addTransitional(this.peers, 'peer', peer);
  }

  removePeer(id: string): void {
    this.removeRouteTarget(this.peers, id);
  }

  // ── router interfaces ────────────────────────────────────────────────────────────────────────

  routerInterfacesIn(accountUid: string, regionId: string): RouterInterfaceRecord[] {
    return this.interfacesByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  interfacesOfRouter(routerId: string): RouterInterfaceRecord[] {
    return this.interfacesByRouter.get(routerId);
  }

  addRouterInterface(ri: RouterInterfaceRecord): void {
    this.addTransitional(this.routerInterfaces, 'routerInterface', ri);
  }

  removeRouterInterface(id: string): void {
    this.removeRouteTarget(this.routerInterfaces, id);
  }

  // ── Express Connect ──────────────────────────────────────────────────────────────────────────

  vbrsIn(accountUid: string, regionId: string): VbrRecord[] {
    return this.vbrsByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  addVbr(vbr: VbrRecord): void {
    this.vbrs.add(vbr);
    this.reserve(vbr.id, vbr.routeTableId);
  }

  bgpGroupsIn(accountUid: string, regionId: string): BgpGroupRecord[] {
    return this.groupsByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  bgpGroupsOfVbr(vbrId: string): BgpGroupRecord[] {
    return this.groupsByVbr.get(vbrId);
  }

  addBgpGroup(group: BgpGroupRecord): void {
    this.addTransitional(this.bgpGroups, 'bgpGroup', group);
  }

  removeBgpGroup(id: string): void {
    this.bgpGroups.remove(id);
  }

  bgpPeersIn(accountUid: string, regionId: string): BgpPeerRecord[] {
    return this.bgpPeersByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  bgpPeersOfGroup(groupId: string): BgpPeerRecord[] {
    return this.bgpPeersByGroup.get(groupId);
  }

  bgpPeersOfVbr(vbrId: string): BgpPeerRecord[] {
    return this.bgpGroupsOfVbr(vbrId).flatMap((group) => this.bgpPeersOfGroup(group.id));
  }

  addBgpPeer(peer: BgpPeerRecord): void {
    this.addTransitional(this.bgpPeers, 'bgpPeer', peer);
  }

  removeBgpPeer(id: string): void {
    this.bgpPeers.remove(id);
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

  /** Stores a record the service moves by itself: its id is taken and a pending change it carries is scheduled. */
  private addTransitional<R extends Pendable>(table: Table<R>, kind: TransitionKind, record: R): void {
    table.add(record);
    this.reserve(record.id);
    this.track(kind, record);
  }

  /** Removes something routes point at (a connection, a router interface) and the routes with it. */
  private removeRouteTarget<R extends { id: string }>(table: Table<R>, id: string): void {
    if (!table.has(id)) return;
    for (const entry of this.routeEntriesVia(id)) this.removeRouteEntry(entry.id);
    table.remove(id);
  }

  private track(kind: TransitionKind, record: Pendable): void {
    if (record.pending) this.queue.push(record.pending.at, kind, record.id);
  }

  /** Where each kind of transitional record lives, and how the world removes one that is gone. */
  private readonly transitional: Record<TransitionKind, { get: (id: string) => Transitional | undefined; remove: (id: string) => void }> = {
    peer: { get: (id) => this.peers.get(id), remove: (id) => this.removePeer(id) },
    routeEntry: { get: (id) => this.routeEntries.get(id), remove: (id) => this.removeRouteEntry(id) },
    routerInterface: { get: (id) => this.routerInterfaces.get(id), remove: (id) => this.removeRouterInterface(id) },
    bgpGroup: { get: (id) => this.bgpGroups.get(id), remove: (id) => this.removeBgpGroup(id) },
    bgpPeer: { get: (id) => this.bgpPeers.get(id), remove: (id) => this.removeBgpPeer(id) },
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
    return {
      regions: [...this.regionIds],
      accounts: this.accounts(),
      accessKeys: this.accessKeys(),
      vpcs: [...this.vpcs.values()],
      vSwitches: [...this.vSwitches.values()],
      routeTables: [...this.routeTables.values()],
      routeEntries: [...this.routeEntries.values()],
      peers: [...this.peers.values()],
      routerInterfaces: [...this.routerInterfaces.values()],
      vbrs: [...this.vbrs.values()],
      bgpGroups: [...this.bgpGroups.values()],
      bgpPeers: [...this.bgpPeers.values()],
    };
  }
}
