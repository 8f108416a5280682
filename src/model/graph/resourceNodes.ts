// Nodes for the resources an active account owns: its VPCs and its virtual border routers.

import type { Vpc, VirtualBorderRouter } from '../types';
import type { VbrNode, VpcNode } from './elements';
import type { GraphAssembly } from './graphAssembly';
import { vbrNodeId, vpcNodeId } from './ids';

export function addVpcNode(graph: GraphAssembly, vpc: Vpc): void {
  const extra = vpc.secondaryCidrs.length > 0 ? ` +${vpc.secondaryCidrs.length}` : '';
  const node: VpcNode = {
    id: vpcNodeId(vpc.id),
    kind: 'vpc',
    parent: graph.accountGroup(vpc.regionId, vpc.accountUid),
    regionId: vpc.regionId,
    vpcId: vpc.id,
    name: vpc.name,
    description: vpc.description,
    accountUid: vpc.accountUid,
    status: vpc.status,
    cidrBlock: vpc.cidrBlock,
    secondaryCidrs: [...vpc.secondaryCidrs],
    ipv6Cidrs: [...vpc.ipv6Cidrs],
    isDefault: vpc.isDefault,
    vRouterId: vpc.vRouterId,
    label: [vpc.name || vpc.id, vpc.name ? vpc.id : '', `${vpc.cidrBlock}${extra}`].filter(Boolean).join('\n'),
  };
  graph.addNode(node);
}

export function addVbrNode(graph: GraphAssembly, vbr: VirtualBorderRouter): void {
  const node: VbrNode = {
    id: vbrNodeId(vbr.id),
    kind: 'vbr',
    parent: graph.accountGroup(vbr.regionId, vbr.accountUid),
    regionId: vbr.regionId,
    vbrId: vbr.id,
    name: vbr.name,
    accountUid: vbr.accountUid,
    status: vbr.status,
    vlanId: vbr.vlanId,
    localGatewayIp: vbr.localGatewayIp,
    peerGatewayIp: vbr.peerGatewayIp,
    physicalConnectionId: vbr.physicalConnectionId,
    label: [vbr.name || vbr.id, vbr.name ? vbr.id : '', vbr.vlanId !== undefined ? `VLAN ${vbr.vlanId}` : ''].filter(Boolean).join('\n'),
  };
  graph.addNode(node);
}
