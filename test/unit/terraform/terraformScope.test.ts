import * as assert from 'node:assert/strict';
import type { InventorySnapshot, PeerConnection, RegionInventory } from '../../../src/model/types';
import { buildTerraformPlan } from '../../../src/terraform/buildTerraformPlan';
import { findDrift } from '../../../src/terraform/workspace/findDrift';
import { TerraformIndex } from '../../../src/terraform/workspace/terraformIndex';

const ALI = '1510203040506070';
const HW = 'a'.repeat(32);

function peer(id: string, accountUid: string, regionId: string): PeerConnection {
  const end = (vpcId: string) => ({ accountUid, regionId, vpcId, ipv4Cidrs: ['10.0.0.0/16'], ipv6Cidrs: [] });
  return { id, name: id, description: '', status: 'Activated', bizStatus: 'Normal', requester: end(`${id}-a`), accepter: end(`${id}-b`), bandwidthMbps: -1, tags: [] };
}

function region(accountUid: string, regionId: string, connections: PeerConnection[], provider?: 'huawei'): RegionInventory {
  return { accountUid, regionId, ...(provider ? { provider } : {}), vpcs: [], peerConnections: connections, routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] };
}

const HUAWEI_PEERING = 'c0de0001-0000-4000-8000-000000000001';
const snapshot: InventorySnapshot = {
  accounts: [
    { uid: ALI, name: 'hub', profileId: 'ali' },
    { uid: HW, name: 'hw', profileId: 'hw', provider: 'huawei' },
  ],
  regions: [region(ALI, 'cn-hangzhou', [peer('pcc-bp1aaaa', ALI, 'cn-hangzhou')]), region(HW, 'cn-north-4', [peer(HUAWEI_PEERING, HW, 'cn-north-4')], 'huawei')],
};

describe('Terraform bridge: the alicloud provider only', () => {
  it('exports no Huawei Cloud peering as an alicloud resource', () => {
    const plan = buildTerraformPlan({ snapshot, access: () => ({ profileName: 'hub' }), includeRoutes: false, importBlocks: true });
    const text = JSON.stringify(plan);
    assert.match(text, /pcc-bp1aaaa/);
    assert.doesNotMatch(text, new RegExp(HUAWEI_PEERING));
  });

  it('reports no Huawei Cloud peering as unmanaged by the workspace', () => {
    const report = findDrift(TerraformIndex.build([], [], snapshot), snapshot);
    assert.deepEqual(report.unmanaged, ['pcc-bp1aaaa']);
  });
});
