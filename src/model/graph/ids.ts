// Graph element ids derived from cloud resource ids, so the same resource keeps the same element
// across refreshes and an update is a small delta rather than a new picture. A VPC keeps its id
// when it turns from an external end into a loaded VPC (its account's profile became active).

export const regionNodeId = (regionId: string): string => `region:${regionId}`;
export const accountNodeId = (regionId: string, accountUid: string): string => `account:${regionId}/${accountUid}`;
export const vpcNodeId = (vpcId: string): string => `vpc:${vpcId}`;
export const vbrNodeId = (vbrId: string): string => `vbr:${vbrId}`;
export const bgpNeighborNodeId = (bgpPeerId: string): string => `bgpNeighbor:${bgpPeerId}`;
export const routerNodeId = (routerId: string): string => `router:${routerId}`;

export const peerEdgeId = (connectionId: string): string => `peer:${connectionId}`;
export const bgpEdgeId = (bgpPeerId: string): string => `bgp:${bgpPeerId}`;

/**
 * A router interface link is named after both interfaces when the opposite one is known (sorted,
 * so either side's view yields the same id), else after the one interface.
 */
export function routerInterfaceEdgeId(interfaceId: string, oppositeInterfaceId?: string): string {
  if (!oppositeInterfaceId) return `ri:${interfaceId}`;
  const [a, b] = [interfaceId, oppositeInterfaceId].sort();
  return `ri:${a}~${b}`;
}
