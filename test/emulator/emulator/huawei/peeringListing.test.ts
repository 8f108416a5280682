import assert from 'node:assert/strict';
import { scenarioProjectId } from '../../../../src/emulator/huawei/scenario';
import { CN_NORTH, DEMO, req, sdkFailure, tenant, useHuaweiEmulator, vpcClient, type Wire } from './fixture';

const vpcId = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

describe('huawei emulator: listing peerings', () => {
  describe('the demo as each tenant sees it', () => {
    const emulator = useHuaweiEmulator({ scenario: 'demo' });

    it('shows each tenant the peerings on its side, in every status, ordered by id', async () => {
      const partner = vpcClient(emulator(), tenant(emulator(), 'hw-partner'), CN_NORTH).client;
      const listed = (await partner.listVpcPeerings(req({}))) as Wire;
      assert.deepEqual(
        listed.peerings.map((p: Wire) => [p.name, p.status]),
        [
          ['hub-partner-data', 'PENDING_ACCEPTANCE'],
          ['edge-app', 'ACTIVE'],
          ['legacy-edge', 'REJECTED'],
          ['legacy-data', 'EXPIRED'],
        ],
      );
      assert.deepEqual(listed.peerings_links, []);
    });

    it('filters by status, by a VPC on either side and by a project on either side', async () => {
      const network = vpcClient(emulator(), tenant(emulator(), 'hw-network'), CN_NORTH).client;
      const active = (await network.listVpcPeerings(req({ status: 'ACTIVE' }))) as Wire;
      assert.deepEqual(active.peerings.map((p: Wire) => p.id), [DEMO.hubApp, DEMO.edgeApp]);
      const ofApp = (await network.listVpcPeerings(req({ vpc_id: DEMO.app }))) as Wire;
      assert.deepEqual(ofApp.peerings.map((p: Wire) => p.id), [DEMO.hubApp, DEMO.edgeApp]);
      const withPartner = (await network.listVpcPeerings(req({ tenant_id: scenarioProjectId('hw-partner', CN_NORTH) }))) as Wire;
      assert.equal(withPartner.peerings.length, 4);
    });
  });

  describe('paging', () => {
    const emulator = useHuaweiEmulator({
      scenario: 'empty',
      huawei: {
        scenario: {
          accounts: [{ name: 'pager', regions: [CN_NORTH] }],
          vpcs: Array.from({ length: 13 }, (_, i) => ({ id: vpcId(i), account: 'pager', regionId: CN_NORTH, name: `v${i}`, cidr: `10.${i}.0.0/16` })),
          peerings: Array.from({ length: 12 }, (_, i) => ({
            id: `eeeeeeee-0000-4000-8000-0000000000${String(12 - i).padStart(2, '0')}`,
            name: `p${i}`,
            requestVpcId: vpcId(0),
            acceptVpcId: vpcId(i + 1),
          })),
        },
      },
    });

    it('pages by limit and marker (the last id seen) until a short page', async () => {
      const client = vpcClient(emulator(), tenant(emulator(), 'pager'), CN_NORTH).client;
      const seen: string[] = [];
      const sizes: number[] = [];
      let marker: string | undefined;
      for (;;) {
        const page = (await client.listVpcPeerings(req({ limit: 5, ...(marker ? { marker } : {}) }))) as Wire;
        sizes.push(page.peerings.length);
        seen.push(...page.peerings.map((p: Wire) => p.id));
        if (page.peerings.length < 5) break;
        marker = page.peerings.at(-1).id;
      }
      assert.deepEqual(sizes, [5, 5, 2]);
      assert.deepEqual(seen, [...seen].sort());
      assert.equal(new Set(seen).size, 12);
    });

    it('refuses an unknown marker', async () => {
      const client = vpcClient(emulator(), tenant(emulator(), 'pager'), CN_NORTH).client;
      const failure = await sdkFailure(client.listVpcPeerings(req({ limit: 5, marker: 'ffffffff-0000-4000-8000-000000000000' })));
      assert.deepEqual([failure.status, failure.code], [400, 'VPC.0101']);
    });
  });
});
