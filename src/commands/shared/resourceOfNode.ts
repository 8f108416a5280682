// Which cloud resource a tree node stands for, for commands that work on "the selected thing".

import { BgpGroupNode, BgpPeerNode, VbrNode } from '../../views/explorer/expressConnectNodes';
import { AccountNode } from '../../views/explorer/accountNode';
import { PeerConnectionNode } from '../../views/explorer/peerConnectionNode';
import { RouteEntryNode, RouteTableNode } from '../../views/explorer/routeNodes';
import { RouterInterfaceNode } from '../../views/explorer/routerInterfaceNodes';
import { VpcNode } from '../../views/explorer/vpcNode';

export type ResourceKind =
  | 'account'
  | 'vpc'
  | 'peerConnection'
  | 'routeTable'
  | 'routeEntry'
  | 'routerInterface'
  | 'vbr'
  | 'bgpGroup'
  | 'bgpPeer';

export interface ResourceRef {
  kind: ResourceKind;
  id: string;
  profileId?: string;
  regionId?: string;
}

export function resourceIdOf(node: unknown): ResourceRef | undefined {
  if (node instanceof AccountNode) return { kind: 'account', id: node.profileId, profileId: node.profileId };
  if (node instanceof VpcNode) return { kind: 'vpc', id: node.vpcId, profileId: node.profileId, regionId: node.regionId };
  if (node instanceof PeerConnectionNode) {
    return { kind: 'peerConnection', id: node.connectionId, profileId: node.profileId, regionId: node.regionId };
  }
  if (node instanceof RouteTableNode) {
    const vpc = node.parent.parent;
    return { kind: 'routeTable', id: node.routeTableId, profileId: vpc.profileId, regionId: vpc.regionId };
  }
  if (node instanceof RouteEntryNode) {
    const vpc = node.parent.parent.parent;
    return { kind: 'routeEntry', id: node.entryKey, profileId: vpc.profileId, regionId: vpc.regionId };
  }
  if (node instanceof RouterInterfaceNode) {
    const vpc = node.parent.parent;
    return { kind: 'routerInterface', id: node.routerInterfaceId, profileId: vpc.profileId, regionId: vpc.regionId };
  }
  if (node instanceof VbrNode) return { kind: 'vbr', id: node.vbrId, profileId: node.region.profileId, regionId: node.region.regionId };
  if (node instanceof BgpGroupNode) {
    const region = node.parent.region;
    return { kind: 'bgpGroup', id: node.bgpGroupId, profileId: region.profileId, regionId: region.regionId };
  }
  if (node instanceof BgpPeerNode) {
    const region = node.parent.parent.region;
    return { kind: 'bgpPeer', id: node.bgpPeerId, profileId: region.profileId, regionId: region.regionId };
  }
  return undefined;
}
