// BGP sessions of a virtual border router: one neighbour node per BGP peer (the customer-side
// router, known by address and ASN) beside its VBR, and the session as an edge VBR → neighbour.

import type { BgpPeer } from '../types';
import type { BgpEdge, BgpNeighborNode } from './elements';
import type { GraphAssembly } from './graphAssembly';
import type { InventoryIndex } from './inventoryIndex';
import { bgpEdgeId, bgpNeighborNodeId, vbrNodeId } from './ids';
import { type TerraformLookup, terraformMarkOf } from './terraformMarks';

export function addBgpSession(graph: GraphAssembly, index: InventoryIndex, peer: BgpPeer, terraformOf?: TerraformLookup): void {
  const vbr = index.vbrs.get(peer.vbrId);
  // A session hangs off its VBR; without the VBR in the inventory there is nothing to attach it to.
  if (!vbr) return;
  const neighbor: BgpNeighborNode = {
    id: bgpNeighborNodeId(peer.id),
    kind: 'bgpNeighbor',
    parent: graph.accountGroup(vbr.regionId, vbr.accountUid),
    regionId: vbr.regionId,
    bgpPeerId: peer.id,
    vbrId: vbr.id,
    accountUid: vbr.accountUid,
    peerIpAddress: peer.peerIpAddress,
    peerAsn: peer.peerAsn,
    label: `${peer.peerIpAddress || '(no address)'}\nAS ${peer.peerAsn}`,
  };
  graph.addNode(neighbor);

  const warnings: string[] = [];
  if (peer.status === 'Available' && peer.bgpStatus !== 'Established') {
    warnings.push(`The BGP session is ${peer.bgpStatus}, not Established.`);
  }
  const group = index.bgpGroups.get(peer.bgpGroupId);
  const edge: BgpEdge = {
    id: bgpEdgeId(peer.id),
    kind: 'bgp',
    source: vbrNodeId(vbr.id),
    target: neighbor.id,
    bgpPeerId: peer.id,
    bgpGroupId: peer.bgpGroupId,
    name: peer.name || group?.name || '',
    status: peer.status,
    bgpStatus: peer.bgpStatus,
    peerAsn: peer.peerAsn,
    localAsn: peer.localAsn,
    peerIpAddress: peer.peerIpAddress,
    enableBfd: peer.enableBfd,
    regionId: vbr.regionId,
    accountUid: vbr.accountUid,
    attention: warnings.length > 0,
    warnings,
    label: peer.status === 'Available' ? `BGP ${peer.bgpStatus}` : `BGP ${peer.status}`,
  };
  const terraform = terraformMarkOf(terraformOf, [peer.id]);
  if (terraform) edge.terraform = terraform;
  graph.addEdge(edge);
}
