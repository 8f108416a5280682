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
  for (const vpc of records.vpcs) world.addVpc(vpc);
  for (const vSwitch of records.vSwitches) world.addVSwitch(vSwitch);
  for (const table of records.routeTables) world.addRouteTable(table);
  for (const vbr of records.vbrs) world.addVbr(vbr);
  for (const peer of records.peers) {
    const crossAccount = peer.requester.accountUid !== peer.accepter.accountUid;
    peer.pending ??=
      peer.status === 'Accepting' && peer.expiresAt !== undefined ? { to: 'Expired', at: peer.expiresAt } : pendingFor('peer', peer.status, crossAccount);
    world.addPeer(peer);
  }
  for (const ri of records.routerInterfaces) {
    ri.pending ??= pendingFor('routerInterface', ri.status);
    world.addRouterInterface(ri);
  }
  for (const entry of records.routeEntries) {
    entry.pending ??= pendingFor('routeEntry', entry.status);
    world.addRouteEntry(entry);
  }
  for (const group of records.bgpGroups) {
    group.pending ??= pendingFor('bgpGroup', group.status);
    world.addBgpGroup(group);
  }
  for (const peer of records.bgpPeers) {
    peer.pending ??= pendingFor('bgpPeer', peer.status);
    world.addBgpPeer(peer);
  }
}
