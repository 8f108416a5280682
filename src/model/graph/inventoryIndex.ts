// Look-ups over one InventorySnapshot that the graph builder needs again and again: resources by
// id, route tables per VPC, and each peer connection once, however many accounts reported it.

import type {
  AccountInfo,
  InventorySnapshot,
  PeerConnection,
  RouteEntry,
  RouteTable,
  RouterInterface,
  Vpc,
  VirtualBorderRouter,
  BgpGroup,
  BgpPeer,
} from '../types';

export interface InventoryIndex {
  activeAccounts: Map<string, AccountInfo>;
  vpcs: Map<string, Vpc>;
  vpcByRouterId: Map<string, Vpc>;
  vbrs: Map<string, VirtualBorderRouter>;
  /** Every account's profile order, so groups of active accounts come out in the user's order. */
  accountOrder: Map<string, number>;
  /** Regions that loaded for some account, sorted by id. */
  regionIds: string[];
  /** Display names by region id, where the snapshot has them. */
  regionNames: Map<string, string>;
  /** Route tables per VPC id; a VPC absent here has had no table loaded. */
  routeTablesByVpc: Map<string, RouteTable[]>;
  routeEntriesByTable: Map<string, RouteEntry[]>;
  /** Each connection once (see `pickConnectionRecord`), in id order. */
  peerConnections: PeerConnection[];
  routerInterfaces: Map<string, RouterInterface>;
  bgpGroups: Map<string, BgpGroup>;
  bgpPeers: BgpPeer[];
}

export function indexInventory(snapshot: InventorySnapshot): InventoryIndex {
  const index: InventoryIndex = {
    activeAccounts: new Map(snapshot.accounts.map((account) => [account.uid, account])),
    vpcs: new Map(),
    vpcByRouterId: new Map(),
    vbrs: new Map(),
    accountOrder: new Map(snapshot.accounts.map((account, order) => [account.uid, order])),
    regionIds: [],
    regionNames: new Map(Object.entries(snapshot.regionNames ?? {})),
    routeTablesByVpc: new Map(),
    routeEntriesByTable: new Map(),
    peerConnections: [],
    routerInterfaces: new Map(),
    bgpGroups: new Map(),
    bgpPeers: [],
  };
  const regionIds = new Set<string>();
  const connections = new Map<string, { record: PeerConnection; reporter: string }>();
  const bgpPeers = new Map<string, BgpPeer>();

  for (const inventory of snapshot.regions) {
    regionIds.add(inventory.regionId);
    for (const vpc of inventory.vpcs) {
      index.vpcs.set(vpc.id, vpc);
      if (vpc.vRouterId) index.vpcByRouterId.set(vpc.vRouterId, vpc);
    }
    for (const vbr of inventory.vbrs) index.vbrs.set(vbr.id, vbr);
    for (const table of inventory.routeTables ?? []) indexRouteTable(index, table);
    for (const entry of inventory.routeEntries ?? []) indexRouteEntry(index, entry);
    for (const connection of inventory.peerConnections) {
      const known = connections.get(connection.id);
      const candidate = { record: connection, reporter: inventory.accountUid };
      connections.set(connection.id, known ? pickConnectionRecord(known, candidate) : candidate);
    }
    for (const ri of inventory.routerInterfaces) index.routerInterfaces.set(ri.id, ri);
    for (const group of inventory.bgpGroups) index.bgpGroups.set(group.id, group);
    for (const peer of inventory.bgpPeers) bgpPeers.set(peer.id, peer);
  }

  index.regionIds = [...regionIds].sort();
  index.peerConnections = [...connections.values()].map((c) => c.record).sort((a, b) => compareIds(a.id, b.id));
  index.bgpPeers = [...bgpPeers.values()].sort((a, b) => compareIds(a.id, b.id));
  return index;
}

export function indexRouteTable(index: InventoryIndex, table: RouteTable): void {
  if (!table.vpcId) return;
  const tables = index.routeTablesByVpc.get(table.vpcId) ?? [];
  if (!tables.some((known) => known.id === table.id)) tables.push(table);
  index.routeTablesByVpc.set(table.vpcId, tables);
}

export function indexRouteEntry(index: InventoryIndex, entry: RouteEntry): void {
  const entries = index.routeEntriesByTable.get(entry.routeTableId) ?? [];
  if (!entries.some((known) => known.id === entry.id && known.destination === entry.destination)) entries.push(entry);
  index.routeEntriesByTable.set(entry.routeTableId, entries);
}

/** One account's record of a connection: the account that listed it is the reporter. */
export type Reported = { record: PeerConnection; reporter: string };

/**
 * A connection between two active accounts is reported by both. The two records can differ for a
 * moment (one account was read before a transition, the other after): the more recently modified
 * one wins, and on a tie the requester's view, which is the side that created it.
 */
export function pickConnectionRecord(a: Reported, b: Reported): Reported {
  const aTime = a.record.modifiedAt ?? '';
  const bTime = b.record.modifiedAt ?? '';
  if (aTime !== bTime) return aTime > bTime ? a : b;
  const aIsRequester = a.reporter === a.record.requester.accountUid;
  const bIsRequester = b.reporter === b.record.requester.accountUid;
  if (aIsRequester !== bIsRequester) return aIsRequester ? a : b;
  return a;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
