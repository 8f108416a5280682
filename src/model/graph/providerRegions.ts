// Two clouds can name a region alike: `ap-southeast-1` is Alibaba Cloud's Singapore and Huawei
// Cloud's Hong Kong. The graph draws one box per region, so a Huawei region goes into the graph
// under a key that carries its cloud (`huawei:ap-southeast-1`) and the graph's code groups, lays
// out and routes by that key as it does by an Alibaba region id. What leaves the graph for a
// person or a command — a ref, an action's arguments, a details row — reads the real region back
// with `regionOfKey`.

import type { CloudProvider } from '../resourceRef';
import type { InventorySnapshot, PeerConnection, PeerEnd, RegionInventory, RouteEntry } from '../types';

/** The graph's name for a region of a cloud: the region id for Alibaba Cloud, `huawei:<id>` for Huawei Cloud. */
export function graphRegionKey(regionId: string, provider: CloudProvider | undefined): string {
  return provider === 'huawei' ? `huawei:${regionId}` : regionId;
}

/** The region and cloud a graph key stands for. */
export function regionOfKey(key: string): { regionId: string; provider: CloudProvider } {
  return key.startsWith('huawei:') ? { regionId: key.slice('huawei:'.length), provider: 'huawei' } : { regionId: key, provider: 'alibaba' };
}

const keyed = new WeakMap<RegionInventory, RegionInventory>();

/**
 * The snapshot as the graph reads it: each Huawei region's resources under the region's graph key.
 * A region's copy is made once per inventory object, so the connections and VPCs of a region the
 * store did not change stay the same objects build after build (the build memo relies on it).
 */
export function graphSnapshot(snapshot: InventorySnapshot): InventorySnapshot {
  if (!snapshot.regions.some((inventory) => inventory.provider === 'huawei')) return snapshot;
  return { ...snapshot, regions: snapshot.regions.map((inventory) => (inventory.provider === 'huawei' ? keyedInventory(inventory) : inventory)) };
}

function keyedInventory(inventory: RegionInventory): RegionInventory {
  let copy = keyed.get(inventory);
  if (!copy) {
    const key = (regionId: string) => graphRegionKey(regionId, 'huawei');
    const end = (e: PeerEnd): PeerEnd => ({ ...e, regionId: key(e.regionId) });
    const entry = (e: RouteEntry): RouteEntry => ({ ...e, regionId: key(e.regionId), nextHops: e.nextHops.map((hop) => (hop.regionId ? { ...hop, regionId: key(hop.regionId) } : hop)) });
    const connection = (c: PeerConnection): PeerConnection => ({ ...c, requester: end(c.requester), accepter: end(c.accepter) });
    copy = {
      ...inventory,
      regionId: key(inventory.regionId),
      vpcs: inventory.vpcs.map((vpc) => ({ ...vpc, regionId: key(vpc.regionId) })),
      peerConnections: inventory.peerConnections.map(connection),
      routeTables: inventory.routeTables?.map((table) => ({ ...table, regionId: key(table.regionId) })),
      routeEntries: inventory.routeEntries?.map(entry),
    };
    keyed.set(inventory, copy);
  }
  return copy;
}
