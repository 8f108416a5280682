// Puts compiled records into a world. Resources that start in a transitional status get their
// settling scheduled one transition time from now; a waiting request, its expiry.

import type { PendingTransition, WorldRecords } from '../world/records';
import { settledStatus } from '../world/settling';
import type { TransitionKind } from '../world/transitionQueue';
import type { World } from '../world/world';

export function populateWorld(world: World, records: WorldRecords): void {
  const due = world.now() + world.settings.transitionMs;
  const pendingFor = (kind: TransitionKind, status: string, crossAccount = false): PendingTransition | undefined => {
    const to = settledStatus(kind, status, crossAccount);
    return to === undefined ? undefined : { to, at: due };
  };

  for (const region of records.regions) world.addRegion(region);
  for (const account of records.accounts) world.addAccount(account);
  for (const key of records.accessKeys) world.addAccessKey(key);
  for (const vpc of records.vpcs) world.vpcs.add(vpc);
  for (const vSwitch of records.vSwitches) world.vSwitches.add(vSwitch);
  for (const table of records.routeTables) world.routeTables.add(table);
  for (const vbr of records.vbrs) world.vbrs.add(vbr);
  for (const peer of records.peers) {
    const crossAccount = peer.requester.accountUid !== peer.accepter.accountUid;
    peer.pending ??=
      peer.status === 'Accepting' && peer.expiresAt !== undefined ? { to: 'Expired', at: peer.expiresAt } : pendingFor('peer', peer.status, crossAccount);
    world.peers.add(peer);
  }
  /** Adds records of one kind, each with its settling scheduled unless it has one already. */
  const addSettling = <R extends { status: string; pending?: PendingTransition }>(kind: TransitionKind, list: readonly R[], add: (record: R) => void): void => {
    for (const record of list) {
      record.pending ??= pendingFor(kind, record.status);
      add(record);
    }
  };
  addSettling('routerInterface', records.routerInterfaces, (ri) => world.routerInterfaces.add(ri));
  addSettling('routeEntry', records.routeEntries, (entry) => world.routeEntries.add(entry));
  addSettling('bgpGroup', records.bgpGroups, (group) => world.bgpGroups.add(group));
  addSettling('bgpPeer', records.bgpPeers, (peer) => world.bgpPeers.add(peer));
}
