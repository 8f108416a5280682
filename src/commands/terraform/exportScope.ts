// Which peer connections an export covers when it was started from a tree row or a graph
// element: an account's, a region's, a VPC's, or one connection; undefined means everything.

import type { ResourceRef } from '../../model/resourceRef';
import type { InventorySnapshot, PeerEnd } from '../../model/types';
import { terraformSnapshot } from '../../terraform/terraformScope';

export function connectionsInScope(ref: ResourceRef | undefined, everything: InventorySnapshot): string[] | undefined {
  if (!ref) return undefined;
  const snapshot = terraformSnapshot(everything);
  const matches = (end: PeerEnd): boolean => {
    switch (ref.kind) {
      case 'account':
        return end.accountUid === ref.accountUid;
      case 'region':
        return end.accountUid === ref.accountUid && end.regionId === ref.regionId;
      case 'vpc':
        return end.vpcId === ref.id;
      default:
        return false;
    }
  };
  if (ref.kind === 'peerConnection') return [ref.id];
  const ids = new Set<string>();
  for (const region of snapshot.regions) {
    for (const connection of region.peerConnections) {
      if (matches(connection.requester) || matches(connection.accepter)) ids.add(connection.id);
    }
  }
  return [...ids].sort();
}
