// The emulated cloud: every account's resources, the indexes requests read through, and the
// status changes the service makes by itself (Creating → Activated, Pending → Available, an
// unanswered request → Expired). Transitions are applied lazily: each request first settles what
// has come due on the clock, so nothing runs in the background and nothing is left behind on close.

import type { Clock } from '../clock';
import { type IdFactory } from '../ids';
import { accountRegionKey, GroupIndex } from './groupIndex';
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

  readonly vpcs = new Map<string, VpcRecord>();
  readonly vSwitches = new Map<string, VSwitchRecord>();
  readonly routeTables = new Map<string, RouteTableRecord>();
  readonly routeEntries = new Map<string, RouteEntryRecord>();
  readonly peers = new Map<string, PeerRecord>();
  readonly routerInterfaces = new Map<string, RouterInterfaceRecord>();
  readonly vbrs = new Map<string, VbrRecord>();
  readonly bgpGroups = new Map<string, BgpGroupRecord>();
  readonly bgpPeers = new Map<string, BgpPeerRecord>();

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
    this.vpcs.set(vpc.id, vpc);
    this.vpcsByAccountRegion.add(accountRegionKey(vpc.accountUid, vpc.regionId), vpc);
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
    for (const vsw of this.vSwitchesOf(id)) {
      this.vSwitches.delete(vsw.id);
      this.vSwitchesByVpc.remove(id, vsw.id);
    }
    this.vpcs.delete(id);
    this.vpcsByAccountRegion.remove(accountRegionKey(vpc.accountUid, vpc.regionId), id);
    this.vpcByRouter.delete(vpc.vRouterId);
  }

  vSwitchesOf(vpcId: string): VSwitchRecord[] {
    return this.vSwitchesByVpc.get(vpcId);
  }

  addVSwitch(vSwitch: VSwitchRecord): void {
    this.vSwitches.set(vSwitch.id, vSwitch);
    this.vSwitchesByVpc.add(vSwitch.vpcId, vSwitch);
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
    this.routeTables.set(table.id, table);
    if (table.vpcId) this.tablesByVpc.add(table.vpcId, table);
    this.tablesByRouter.add(table.routerId, table);
    this.reserve(table.id);
  }

  private removeRouteTable(id: string): void {
    const table = this.routeTables.get(id);
    if (!table) return;
    for (const entry of this.routeEntriesIn(id)) this.removeRouteEntry(entry.id);
    this.routeTables.delete(id);
    if (table.vpcId) this.tablesByVpc.remove(table.vpcId, id);
    this.tablesByRouter.remove(table.routerId, id);
  }

  routeEntriesIn(routeTableId: string): RouteEntryRecord[] {
    return this.entriesByTable.get(routeTableId);
  }

  /** Route entries in any table of any account whose next hop is `nextHopId`. */
  routeEntriesVia(nextHopId: string): RouteEntryRecord[] {
    return this.entriesByNextHop.get(nextHopId);
  }

  addRouteEntry(entry: RouteEntryRecord): void {
    this.routeEntries.set(entry.id, entry);
    this.entriesByTable.add(entry.routeTableId, entry);
    for (const hop of entry.nextHops) if (hop.id) this.entriesByNextHop.add(hop.id, entry);
    this.reserve(entry.id);
    this.track('routeEntry', entry);
  }

  removeRouteEntry(id: string): void {
    const entry = this.routeEntries.get(id);
    if (!entry) return;
    this.routeEntries.delete(id);
    this.entriesByTable.remove(entry.routeTableId, id);
    for (const hop of entry.nextHops) if (hop.id) this.entriesByNextHop.remove(hop.id, id);
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
    this.peers.set(peer.id, peer);
    for (const [key, index] of this.peerKeys(peer)) index.add(key, peer);
    this.reserve(peer.id);
    this.track('peer', peer);
  }

  removePeer(id: string): void {
    const peer = this.peers.get(id);
    if (!peer) return;
    for (const entry of this.routeEntriesVia(id)) this.removeRouteEntry(entry.id);
    this.peers.delete(id);
    for (const [key, index] of this.peerKeys(peer)) index.remove(key, id);
  }

  private peerKeys(peer: PeerRecord): Array<[string, GroupIndex<PeerRecord>]> {
    const { requester: r, accepter: a } = peer;
    return [
      [accountRegionKey(r.accountUid, r.regionId), this.peersByAccountRegion],
      [accountRegionKey(a.accountUid, a.regionId), this.peersByAccountRegion],
      [r.accountUid, this.peersByAccount],
      [a.accountUid, this.peersByAccount],
      [r.vpcId, this.peersByVpc],
      [a.vpcId, this.peersByVpc],
      [accountRegionKey(r.accountUid, r.regionId), this.peersRequestedByAccountRegion],
    ];
  }

  // ── router interfaces ────────────────────────────────────────────────────────────────────────

  routerInterfacesIn(accountUid: string, regionId: string): RouterInterfaceRecord[] {
    return this.interfacesByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  interfacesOfRouter(routerId: string): RouterInterfaceRecord[] {
    return this.interfacesByRouter.get(routerId);
  }

  addRouterInterface(ri: RouterInterfaceRecord): void {
    this.routerInterfaces.set(ri.id, ri);
    this.interfacesByAccountRegion.add(accountRegionKey(ri.accountUid, ri.regionId), ri);
    this.interfacesByRouter.add(ri.routerId, ri);
    this.reserve(ri.id);
    this.track('routerInterface', ri);
  }

  removeRouterInterface(id: string): void {
    const ri = this.routerInterfaces.get(id);
    if (!ri) return;
    for (const entry of this.routeEntriesVia(id)) this.removeRouteEntry(entry.id);
    this.routerInterfaces.delete(id);
    this.interfacesByAccountRegion.remove(accountRegionKey(ri.accountUid, ri.regionId), id);
    this.interfacesByRouter.remove(ri.routerId, id);
  }

  // ── Express Connect ──────────────────────────────────────────────────────────────────────────

  vbrsIn(accountUid: string, regionId: string): VbrRecord[] {
    return this.vbrsByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  addVbr(vbr: VbrRecord): void {
    this.vbrs.set(vbr.id, vbr);
    this.vbrsByAccountRegion.add(accountRegionKey(vbr.accountUid, vbr.regionId), vbr);
    this.reserve(vbr.id, vbr.routeTableId);
  }

  bgpGroupsIn(accountUid: string, regionId: string): BgpGroupRecord[] {
    return this.groupsByAccountRegion.get(accountRegionKey(accountUid, regionId));
  }

  bgpGroupsOfVbr(vbrId: string): BgpGroupRecord[] {
    return this.groupsByVbr.get(vbrId);
  }

  addBgpGroup(group: BgpGroupRecord): void {
    this.bgpGroups.set(group.id, group);
    this.groupsByAccountRegion.add(accountRegionKey(group.accountUid, group.regionId), group);
    this.groupsByVbr.add(group.vbrId, group);
    this.reserve(group.id);
    this.track('bgpGroup', group);
  }

  removeBgpGroup(id: string): void {
    const group = this.bgpGroups.get(id);
    if (!group) return;
    this.bgpGroups.delete(id);
    this.groupsByAccountRegion.remove(accountRegionKey(group.accountUid, group.regionId), id);
    this.groupsByVbr.remove(group.vbrId, id);
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
    this.bgpPeers.set(peer.id, peer);
    this.bgpPeersByGroup.add(peer.bgpGroupId, peer);
    this.bgpPeersByAccountRegion.add(accountRegionKey(peer.accountUid, peer.regionId), peer);
    this.reserve(peer.id);
    this.track('bgpPeer', peer);
  }

  removeBgpPeer(id: string): void {
    const peer = this.bgpPeers.get(id);
    if (!peer) return;
    this.bgpPeers.delete(id);
    this.bgpPeersByGroup.remove(peer.bgpGroupId, id);
    this.bgpPeersByAccountRegion.remove(accountRegionKey(peer.accountUid, peer.regionId), id);
  }

  // ── transitions ──────────────────────────────────────────────────────────────────────────────

  /** Moves `record` to `status` now and, if `then` is given, on to `then.to` at `then.at`. */
  setStatus(kind: TransitionKind, record: Pendable & { status: string }, status: string, then?: PendingTransition): void {
    record.status = status;
    record.pending = then;
    if (then) this.queue.push(then.at, kind, record.id);
  }

  /** Starts a transitional status that ends, after the configured transition time, in `to`. */
  beginTransition(kind: TransitionKind, record: Pendable & { status: string }, status: string, to: string): void {
    this.setStatus(kind, record, status, { to, at: this.now() + this.settings.transitionMs });
  }

  /** Applies every transition due by now. */
  advance(now = this.now()): void {
    let applied = false;
    for (let due = this.queue.popDue(now); due; due = this.queue.popDue(now)) {
      const record = this.recordOf(due.kind, due.id);
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

  private track(kind: TransitionKind, record: Pendable): void {
    if (record.pending) this.queue.push(record.pending.at, kind, record.id);
  }

  private recordOf(kind: TransitionKind, id: string): (Pendable & { status: string }) | undefined {
    switch (kind) {
      case 'peer':
        return this.peers.get(id);
      case 'routeEntry':
        return this.routeEntries.get(id);
      case 'routerInterface':
        return this.routerInterfaces.get(id);
      case 'bgpGroup':
        return this.bgpGroups.get(id);
      case 'bgpPeer':
        return this.bgpPeers.get(id);
    }
  }

  private apply(kind: TransitionKind, record: Pendable & { status: string }, transition: PendingTransition): void {
    if (transition.to === 'gone') {
      this.remove(kind, record.id);
      return;
    }
    record.status = transition.to;
    if (kind === 'peer') {
      const peer = record as PeerRecord;
      peer.modifiedAt = transition.at;
      // A request that reaches Accepting waits for its answer until the acceptance window closes.
      if (peer.status === 'Accepting' && peer.expiresAt !== undefined) this.setStatus('peer', peer, 'Accepting', { to: 'Expired', at: peer.expiresAt });
    } else if (kind === 'routerInterface') {
      const ri = record as RouterInterfaceRecord;
      if (ri.status === 'Active' && ri.connectedAt === undefined) ri.connectedAt = transition.at;
    } else if (kind === 'routeEntry') {
      (record as RouteEntryRecord).modifiedAt = transition.at;
    } else if (kind === 'bgpPeer') {
      (record as BgpPeerRecord).modifiedAt = transition.at;
    }
  }

  private remove(kind: TransitionKind, id: string): void {
    switch (kind) {
      case 'peer':
        return this.removePeer(id);
      case 'routeEntry':
        return this.removeRouteEntry(id);
      case 'routerInterface':
        return this.removeRouterInterface(id);
      case 'bgpGroup':
        return this.removeBgpGroup(id);
      case 'bgpPeer':
        return this.removeBgpPeer(id);
    }
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
