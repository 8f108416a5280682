// What the explorer should reveal for an element selected in the graph: the resources the tree
// shows, in the order to try them. Pure, so the mapping is tested without VS Code.

import type { TopologyGraph } from '../../model/graph';
import type { PageMessage } from '../../webview/protocol';

/** A resource to find in the tree: by cloud id, or a region (of one account, or of any). */
export type RevealTarget =
  | { kind: 'vpc' | 'peerConnection' | 'routerInterface' | 'vbr' | 'bgpPeer'; id: string }
  | { kind: 'region'; regionId: string; accountUid?: string };

export type Selection = Extract<PageMessage, { type: 'selected' }>;

export function revealTargets(selected: Selection, graph: TopologyGraph | undefined): RevealTarget[] {
  const { kind, resourceId, regionId, accountUid } = selected;
  switch (kind) {
    case 'vpc':
    case 'externalVpc':
      return resourceId ? [{ kind: 'vpc', id: resourceId }] : [];
    case 'peer':
      return resourceId ? [{ kind: 'peerConnection', id: resourceId }] : [];
    case 'routerInterface': {
      // A link has an interface at each end; either may be the one a profile's VPC holds.
      const edge = graph?.edges.find((e) => e.id === selected.elementId);
      const ids = edge?.kind === 'routerInterface' ? edge.interfaceIds : resourceId ? [resourceId] : [];
      return ids.map((id) => ({ kind: 'routerInterface', id }));
    }
    case 'vbr':
      return resourceId ? [{ kind: 'vbr', id: resourceId }] : [];
    case 'bgp':
    case 'bgpNeighbor':
      return resourceId ? [{ kind: 'bgpPeer', id: resourceId }] : [];
    case 'account':
      return regionId && accountUid ? [{ kind: 'region', regionId, accountUid }] : [];
    case 'region':
    case 'regionSummary':
      return regionId ? [{ kind: 'region', regionId }] : [];
    default:
      // Other accounts' routers and merged links have no row of their own.
      return [];
  }
}
