// The store's per-profile load states, made from an inventory snapshot: every account loaded
// (or, for `unidentified`, still waiting for its identity), every region loaded, route details
// loaded for the VPCs whose region lists tables. Counts the route-detail reads a walk makes.

import type { LoadState } from '../../../../src/inventory/loadState';
import type { AccountState } from '../../../../src/inventory/store';
import type { VpcDetails } from '../../../../src/inventory/vpcDetails';
import type { InventorySnapshot, RegionInventory } from '../../../../src/model/types';
import type { ShapeSource } from '../../../../src/views/explorer/treeShape';

export interface CountingSource extends ShapeSource {
  accounts(): AccountState[];
  vpcDetailReads: number;
}

export function snapshotSource(snapshot: InventorySnapshot, options: { unidentified?: string[] } = {}): CountingSource {
  const loaded = <T>(value: T): LoadState<T> => ({ status: 'loaded', value, loadedAt: 0 });
  const regionsOf = (uid: string) => snapshot.regions.filter((r) => r.accountUid === uid);
  const accounts = new Map<string, AccountState>(
    snapshot.accounts.map((a) => [
      a.profileId,
      {
        profile: { id: a.profileId, label: a.name, kind: 'accessKey' },
        identity: options.unidentified?.includes(a.profileId) ? { status: 'loading' } : loaded({ accountUid: a.uid }),
        regions: loaded(regionsOf(a.uid).map((r) => ({ id: r.regionId, name: r.regionId }))),
      },
    ]),
  );
  const uidOf = (profileId: string) => snapshot.accounts.find((a) => a.profileId === profileId)?.uid;
  const source: CountingSource = {
    vpcDetailReads: 0,
    accounts: () => [...accounts.values()],
    account: (profileId) => accounts.get(profileId),
    region(profileId, regionId): LoadState<RegionInventory> {
      const found = regionsOf(uidOf(profileId) ?? '').find((r) => r.regionId === regionId);
      return found ? loaded(found) : { status: 'idle' };
    },
    vpcDetails(profileId, vpcId): LoadState<VpcDetails> {
      source.vpcDetailReads++;
      const region = regionsOf(uidOf(profileId) ?? '').find((r) => r.vpcs.some((v) => v.id === vpcId));
      const tables = region?.routeTables?.filter((t) => t.vpcId === vpcId);
      if (!region || !tables) return { status: 'idle' };
      const entries = (region.routeEntries ?? []).filter((e) => tables.some((t) => t.id === e.routeTableId));
      return loaded({ routeTables: tables, routeEntries: entries, vSwitches: [] });
    },
  };
  return source;
}
