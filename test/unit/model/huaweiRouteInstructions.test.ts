import assert from 'node:assert/strict';
import { manualRouteInstructions } from '../../../src/model/routeManual';
import { planRouteRemoval } from '../../../src/model/routeRemoval';
import type { PlannedRoute } from '../../../src/model/routePlan';
import { peerConnection } from './fixtures';

const PEERING = 'c0de0002-0000-4000-8000-000000000002';
const PARTNER_PROJECT = 'c4eaf0aa71aa899da4ebb040b9fc1679';

/** A Huawei peering waiting for a tenant nobody here holds: its far end is named by its project. */
const huawei = peerConnection('Activated', {
  id: PEERING,
  name: 'hub-partner-data',
  provider: 'huawei',
  requester: { accountUid: 'a'.repeat(32), regionId: 'cn-north-4', vpcId: '3f1a0001-5b2c-4d7e-8a90-0000000000a1', ipv4Cidrs: ['10.10.0.0/16'], ipv6Cidrs: [], projectId: 'b'.repeat(32) },
  accepter: { accountUid: PARTNER_PROJECT, regionId: 'cn-north-4', vpcId: '7c2b0001-9d3e-4f10-b2a4-0000000000b1', ipv4Cidrs: ['192.168.0.0/16'], ipv6Cidrs: [], projectId: PARTNER_PROJECT },
});

describe("instructions for the owner of a Huawei Cloud side nobody here holds", () => {
  const template = (routeTableId: string, destination: string): PlannedRoute => ({
    side: 'accepter', accountUid: PARTNER_PROJECT, regionId: 'cn-north-4', vpcId: huawei.accepter.vpcId,
    routeTableId, destination, nextHopType: 'VpcPeer', nextHopId: PEERING, name: '', description: '',
  });

  it("names the console path and the UpdateRouteTable request in the side's project, not the aliyun CLI", () => {
    const manual = manualRouteInstructions(huawei, 'accepter', ['10.10.0.0/16'], undefined, template);
    const text = manual.commands.join('\n');
    assert.doesNotMatch(text, /aliyun/);
    assert.match(text, /VPC Peering → hub-partner-data → Local Routes → Add Local Route/);
    assert.match(text, new RegExp(`GET https://vpc\\.cn-north-4\\.myhuaweicloud\\.com/v1/${PARTNER_PROJECT}/routetables\\?vpc_id=${huawei.accepter.vpcId}`));
    const body = JSON.parse(manual.commands[manual.commands.length - 1]);
    assert.deepEqual(body, { routetable: { routes: { add: [{ type: 'peering', destination: '10.10.0.0/16', nexthop: PEERING }] } } });
  });

  it('tells how to find and delete the routes through the peering, and that deleting the peering removes them', () => {
    const plan = planRouteRemoval(huawei, {});
    const accepter = plan.manual.find((m) => m.side === 'accepter')!;
    assert.doesNotMatch(accepter.commands.join('\n'), /aliyun/);
    assert.match(accepter.commands.join('\n'), /"del":\[\{"type":"peering","destination":"\{destination\}","nexthop":"c0de0002/);
    assert.match(accepter.summary, /or delete the peering, which removes them/);
  });

  it('keeps the aliyun CLI commands for Alibaba Cloud', () => {
    const alibaba = manualRouteInstructions(peerConnection('Activated'), 'accepter', ['10.0.0.0/16'], undefined, template);
    assert.match(alibaba.commands.join('\n'), /aliyun vpc CreateRouteEntry/);
  });
});
