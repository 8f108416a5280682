// The explorer tree's shape, written once: which resources sit under which, in which order, read
// from the store. The node classes draw these places (adding loading, error and "Load more" rows,
// and paging); `findPlaces` walks the same lists to find a resource by its ref, so revealing,
// refreshing and the tree itself cannot disagree. No vscode here: the shape is tested in Node.
//
//   account → region → VPC → peer connection
//                          → Route Tables → route table → route entry
//                          → Router Interfaces → router interface
//                    → Express Connect → VBR → BGP group → BGP peer

import { type LoadState, valueOf } from '../../inventory/loadState';
import type { AccountState } from '../../inventory/store';
import type { VpcDetails } from '../../inventory/vpcDetails';
import { childRef, containerId, matchesRef, resourceRef, type ResourceKind, type ResourceRef } from '../../model/resourceRef';
import type { PeerConnection, RegionInventory, RouteEntry, RouterInterface, Vpc } from '../../model/types';

/** Rows that group a resource's children without being a resource themselves. */
export const FOLDER_KINDS = ['routeTables', 'routerInterfaces', 'expressConnect'] as const;
export type FolderKind = (typeof FOLDER_KINDS)[number];
export type PlaceKind = ResourceKind | FolderKind;

/** One row of the tree below an account, as seen through one profile. */
export interface TreePlace {
  readonly kind: PlaceKind;
  readonly profileId: string;
  /** The resource itself; for a folder, the resource it belongs to (the VPC or the region). */
  readonly ref: ResourceRef;
}

/** What the shape reads: the store's per-profile load states. */
export interface ShapeSource {
  account(profileId: string): AccountState | undefined;
  region(profileId: string, regionId: string): LoadState<RegionInventory>;
  vpcDetails(profileId: string, vpcId: string): LoadState<VpcDetails>;
}

export interface ShapeOptions {
  showEmptyRegions: boolean;
}

/** Regions that are loading or failed count as non-empty: hiding them would hide the problem. */
export function regionHasResources(state: LoadState<RegionInventory>): boolean {
  if (state.status !== 'loaded') return state.status !== 'idle';
  const inventory = state.value;
  return inventory.vpcs.length > 0 || inventory.peerConnections.length > 0 || inventory.vbrs.length > 0;
}

/** The account row of a profile (its UID is empty until the identity has loaded). */
export function accountPlace(source: ShapeSource, profileId: string): TreePlace {
  const account = source.account(profileId);
  const uid = valueOf(account?.identity ?? { status: 'idle' })?.accountUid ?? '';
  return { kind: 'account', profileId, ref: resourceRef('account', { accountUid: uid, regionId: '', provider: account?.profile.provider }, uid) };
}

/** The part of a tree id a place adds to its parent's: `vpc/vpc-1`, or a folder's name. */
export function placeStep(place: TreePlace): string {
  return isFolder(place.kind) ? place.kind : `${place.kind}/${encodeURIComponent(place.ref.id)}`;
}

export function isFolder(kind: PlaceKind): kind is FolderKind {
  return (FOLDER_KINDS as readonly string[]).includes(kind);
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => (a.name || a.id).localeCompare(b.name || b.id);

/** A route entry's id, or its destination when the API gave it none (system entries). */
export function routeEntryKey(entry: Pick<RouteEntry, 'id' | 'destination'>): string {
  return entry.id || entry.destination;
}

// Per-VPC indexes of a region's lists, built once per loaded inventory (the store replaces the
// object when anything in it changes), so listing every VPC's children stays linear.
const connectionsByVpc = new WeakMap<RegionInventory, Map<string, PeerConnection[]>>();
const interfacesByRouter = new WeakMap<RegionInventory, Map<string, RouterInterface[]>>();

function indexed<T>(cache: WeakMap<RegionInventory, Map<string, T[]>>, inventory: RegionInventory, keysOf: (inventory: RegionInventory) => Iterable<[string, T]>): Map<string, T[]> {
  let index = cache.get(inventory);
  if (!index) {
    index = new Map();
    for (const [key, item] of keysOf(inventory)) {
      const list = index.get(key) ?? [];
      if (list[list.length - 1] !== item) list.push(item);
      index.set(key, list);
    }
    cache.set(inventory, index);
  }
  return index;
}

/** The connections with an end in this VPC of the inventory's own account, by name. */
export function connectionsOfVpc(inventory: RegionInventory, vpcId: string): PeerConnection[] {
  return indexed(connectionsByVpc, inventory, function* (inv) {
    for (const c of [...inv.peerConnections].sort(byName)) {
      for (const end of [c.requester, c.accepter]) if (end.accountUid === inv.accountUid) yield [end.vpcId, c];
    }
  }).get(vpcId) ?? [];
}

/** Interfaces held by the VPC's vRouter (or naming the VPC). */
export function routerInterfacesOfVpc(inventory: RegionInventory, vpc: Pick<Vpc, 'id' | 'vRouterId'>): RouterInterface[] {
  const index = indexed(interfacesByRouter, inventory, function* (inv) {
    for (const ri of inv.routerInterfaces) {
      if (ri.vpcId) yield [`vpc:${ri.vpcId}`, ri];
      yield [`router:${ri.routerId}`, ri];
    }
  });
  const byVpc = index.get(`vpc:${vpc.id}`) ?? [];
  const byRouter = vpc.vRouterId ? (index.get(`router:${vpc.vRouterId}`) ?? []) : [];
  if (byRouter.length === 0 || byVpc.length === 0) return byVpc.length > 0 ? byVpc : byRouter;
  const found = new Set([...byVpc, ...byRouter]);
  return inventory.routerInterfaces.filter((ri) => found.has(ri));
}

function inventoryOf(source: ShapeSource, place: TreePlace): RegionInventory | undefined {
  return valueOf(source.region(place.profileId, place.ref.regionId));
}

function vpcOf(source: ShapeSource, place: TreePlace): Vpc | undefined {
  return inventoryOf(source, place)?.vpcs.find((v) => v.id === place.ref.id);
}

function places(parent: TreePlace, kind: PlaceKind, ids: readonly string[]): TreePlace[] {
  return ids.map((id) => ({ kind, profileId: parent.profileId, ref: childRef(parent.ref, kind as ResourceKind, id) }));
}

function folder(parent: TreePlace, kind: FolderKind): TreePlace {
  return { kind, profileId: parent.profileId, ref: parent.ref };
}

interface ChildLists {
  /** The kinds `list` returns: what the walk uses to skip rows that cannot hold a resource. */
  readonly kinds: readonly PlaceKind[];
  list(source: ShapeSource, at: TreePlace, options: ShapeOptions): TreePlace[];
}

const LEAF: ChildLists = { kinds: [], list: () => [] };

/** Each kind's children, in the order the tree shows them. */
const SHAPE: Record<PlaceKind, ChildLists> = {
  account: {
    kinds: ['region'],
    list(source, at, options) {
      const regions = valueOf(source.account(at.profileId)?.regions ?? { status: 'idle' }) ?? [];
      return regions
        .filter((region) => options.showEmptyRegions || regionHasResources(source.region(at.profileId, region.id)))
        .map((region) => {
          // A region can load before the identity does; its inventory names the account too.
          const accountUid = at.ref.accountUid || (valueOf(source.region(at.profileId, region.id))?.accountUid ?? '');
          return { kind: 'region', profileId: at.profileId, ref: resourceRef('region', { accountUid, regionId: region.id, provider: at.ref.provider }, region.id) };
        });
    },
  },
  region: {
    kinds: ['vpc', 'expressConnect'],
    list(source, at) {
      const inventory = inventoryOf(source, at);
      if (!inventory) return [];
      const vpcs = places(at, 'vpc', [...inventory.vpcs].sort(byName).map((v) => v.id));
      return inventory.vbrs.length > 0 ? [...vpcs, folder(at, 'expressConnect')] : vpcs;
    },
  },
  vpc: {
    kinds: ['peerConnection', 'routeTables', 'routerInterfaces'],
    list(source, at) {
      const inventory = inventoryOf(source, at);
      if (!inventory) return [];
      const connections = places(at, 'peerConnection', connectionsOfVpc(inventory, at.ref.id).map((c) => c.id));
      const interfaces = routerInterfacesOfVpc(inventory, vpcOf(source, at) ?? { id: at.ref.id, vRouterId: '' });
      return [...connections, folder(at, 'routeTables'), ...(interfaces.length > 0 ? [folder(at, 'routerInterfaces')] : [])];
    },
  },
  routeTables: {
    kinds: ['routeTable'],
    list(source, at) {
      const details = valueOf(source.vpcDetails(at.profileId, at.ref.id));
      const tables = [...(details?.routeTables ?? [])].sort((a, b) => (a.type === b.type ? a.id.localeCompare(b.id) : a.type === 'System' ? -1 : 1));
      return places(at, 'routeTable', tables.map((t) => t.id));
    },
  },
  routeTable: {
    kinds: ['routeEntry'],
    list(source, at) {
      const vpcId = containerId(at.ref, 'vpc') ?? '';
      const entries = valueOf(source.vpcDetails(at.profileId, vpcId))?.routeEntries.filter((e) => e.routeTableId === at.ref.id) ?? [];
      const sorted = [...entries].sort((a, b) => a.destination.localeCompare(b.destination, 'en', { numeric: true }));
      return places(at, 'routeEntry', sorted.map(routeEntryKey));
    },
  },
  routerInterfaces: {
    kinds: ['routerInterface'],
    list(source, at) {
      const inventory = inventoryOf(source, at);
      if (!inventory) return [];
      return places(at, 'routerInterface', routerInterfacesOfVpc(inventory, vpcOf(source, at) ?? { id: at.ref.id, vRouterId: '' }).map((ri) => ri.id));
    },
  },
  expressConnect: {
    kinds: ['vbr'],
    list: (source, at) => places(at, 'vbr', (inventoryOf(source, at)?.vbrs ?? []).map((v) => v.id)),
  },
  vbr: {
    kinds: ['bgpGroup'],
    list: (source, at) => places(at, 'bgpGroup', (inventoryOf(source, at)?.bgpGroups ?? []).filter((g) => g.vbrId === at.ref.id).map((g) => g.id)),
  },
  bgpGroup: {
    kinds: ['bgpPeer'],
    list: (source, at) => places(at, 'bgpPeer', (inventoryOf(source, at)?.bgpPeers ?? []).filter((p) => p.bgpGroupId === at.ref.id).map((p) => p.id)),
  },
  peerConnection: LEAF,
  routeEntry: LEAF,
  routerInterface: LEAF,
  bgpPeer: LEAF,
};

/** The places under `at`, unpaged. */
export function childPlaces(source: ShapeSource, at: TreePlace, options: ShapeOptions): TreePlace[] {
  return SHAPE[at.kind].list(source, at, options);
}

function mayHold(kind: PlaceKind, wanted: ResourceKind): boolean {
  return SHAPE[kind].kinds.some((child) => child === wanted || mayHold(child, wanted));
}

/**
 * Every path (account first, the resource last) to a row for `wanted` under this profile's
 * account. A ref may leave out account, region or containers (see `matchesRef`); what it says
 * narrows the walk. A connection between two VPCs of one account has two rows.
 */
export function findPlaces(source: ShapeSource, profileId: string, wanted: ResourceRef, options: ShapeOptions): TreePlace[][] {
  const found: TreePlace[][] = [];
  const visit = (path: TreePlace[]) => {
    const at = path[path.length - 1];
    if (at.kind === wanted.kind) {
      if (matchesRef(at.ref, wanted)) found.push(path);
      return;
    }
    if (!mayHold(at.kind, wanted.kind) || !onTheWay(at, wanted)) return;
    for (const child of childPlaces(source, at, options)) visit([...path, child]);
  };
  visit([accountPlace(source, profileId)]);
  return found;
}

/** Whether the wanted resource can be below `at`, judged by what the ref says of its place. */
function onTheWay(at: TreePlace, wanted: ResourceRef): boolean {
  if (at.kind === 'account') return wanted.accountUid === '' || at.ref.accountUid === '' || at.ref.accountUid === wanted.accountUid;
  if (at.kind === 'region') return wanted.regionId === '' || at.ref.regionId === wanted.regionId;
  if (isFolder(at.kind)) return true;
  const container = wanted.within?.find((step) => step.kind === at.kind);
  return container === undefined || container.id === at.ref.id;
}
