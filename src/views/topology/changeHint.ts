// Which store changes the graph can follow edge by edge. A polled status or a followed write
// names its connections; a VPC's route details name the VPC. Anything else (a region loaded, an
// account, the set of profiles, router interfaces and BGP, whose edges and nodes hang together)
// is answered with a full build.

import type { TopologyChange } from '../../inventory/changes';
import type { GraphChangeHint } from '../../model/graph';

/** The hint for a burst of changes, or undefined when one of them needs a full build. */
export function changeHint(changes: readonly TopologyChange[]): GraphChangeHint | undefined {
  const connectionIds = new Set<string>();
  const routeVpcIds = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'vpcDetails') {
      routeVpcIds.add(change.vpcId);
      continue;
    }
    if (change.kind !== 'resources') return undefined;
    if (change.routerInterfaceIds.length > 0 || change.bgpGroupIds.length > 0 || change.bgpPeerIds.length > 0) return undefined;
    for (const id of change.peerConnectionIds) connectionIds.add(id);
  }
  return { connectionIds, routeVpcIds };
}
