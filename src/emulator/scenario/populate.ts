// Puts compiled records into a world. Resources that start in a transitional status get their
// settling scheduled one transition time from now; a waiting request, its expiry.

import type { WorldRecords } from '../world/records';
import type { TransitionKind } from '../world/transitionQueue';
import type { Transitional } from '../world/transitions';
import type { World } from '../world/world';

export function populateWorld(world: World, records: WorldRecords): void {
  for (const region of records.regions) world.addRegion(region);
  for (const account of records.accounts) world.addAccount(account);
  for (const key of records.accessKeys) world.addAccessKey(key);
  for (const vpc of records.vpcs) world.vpcs.add(vpc);
  for (const vSwitch of records.vSwitches) world.vSwitches.add(vSwitch);
  for (const table of records.routeTables) world.routeTables.add(table);
  for (const vbr of records.vbrs) world.vbrs.add(vbr);
  /** Adds records of one kind, each with its settling scheduled unless it has one already. */
  const addSettling = <R extends Transitional>(kind: TransitionKind, list: readonly R[], table: { add(record: R): void }): void => {
    for (const record of list) {
      table.add(record);
      if (!record.pending) world.enterStatus(kind, record, record.status);
    }
  };
  addSettling('peer', records.peers, world.peers);
  addSettling('routerInterface', records.routerInterfaces, world.routerInterfaces);
  addSettling('routeEntry', records.routeEntries, world.routeEntries);
  addSettling('bgpGroup', records.bgpGroups, world.bgpGroups);
  addSettling('bgpPeer', records.bgpPeers, world.bgpPeers);
}
