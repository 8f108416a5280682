import assert from 'node:assert/strict';
import { ManualClock } from '../../../../src/emulator';
import { scenarioProjectId } from '../../../../src/emulator/huawei/scenario';
import { CN_NORTH, DEMO, req, sdkFailure, SINGAPORE, tenant, useHuaweiEmulator, vpcClient, type Wire } from './fixture';

const DAY = 86_400_000;

describe('huawei emulator: peering state machine and who may do what', () => {
  const clock = new ManualClock(Date.now());
  const emulator = useHuaweiEmulator({ scenario: 'demo', clock, acceptWindowMs: 7 * DAY });
  const network = () => vpcClient(emulator(), tenant(emulator(), 'hw-network'), CN_NORTH).client;
  const partner = () => vpcClient(emulator(), tenant(emulator(), 'hw-partner'), CN_NORTH).client;
  const partnerProject = scenarioProjectId('hw-partner', CN_NORTH);

  async function request(localVpc: string, peerVpc: string, name: string): Promise<Wire> {
    const created = (await network().createVpcPeering(
      req({ body: { peering: { name, request_vpc_info: { vpc_id: localVpc }, accept_vpc_info: { vpc_id: peerVpc, tenant_id: partnerProject } } } }),
    )) as Wire;
    return created.peering;
  }

  it('creates a peering within one project ACTIVE at once', async () => {
    const created = (await network().createVpcPeering(
      req({ body: { peering: { name: 'app-legacy', request_vpc_info: { vpc_id: DEMO.app }, accept_vpc_info: { vpc_id: DEMO.legacy } } } }),
    )) as Wire;
    assert.equal(created.httpStatusCode, 201);
    assert.equal(created.peering.status, 'ACTIVE');
    assert.equal(created.peering.accept_vpc_info.tenant_id, scenarioProjectId('hw-network', CN_NORTH));
    assert.match(created.peering.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(created.peering.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('waits for the peer tenant, who alone may accept; the requester is refused', async () => {
    const peering = await request(DEMO.hub, DEMO.partnerEdge, 'hub-edge');
    assert.equal(peering.status, 'PENDING_ACCEPTANCE');

    const byRequester = await sdkFailure(network().acceptVpcPeering(req({ peering_id: peering.id })));
    assert.equal(byRequester.status, 409);
    assert.match(byRequester.message, /only be accepted by the peer tenant/);

    const seenByPeer = (await partner().showVpcPeering(req({ peering_id: peering.id }))) as Wire;
    assert.equal(seenByPeer.peering.status, 'PENDING_ACCEPTANCE');

    const accepted = (await partner().acceptVpcPeering(req({ peering_id: peering.id }))) as Wire;
    assert.equal(accepted.status, 'ACTIVE', 'accept answers the peering unwrapped');
    assert.equal(accepted.id, peering.id);

    const again = await sdkFailure(partner().rejectVpcPeering(req({ peering_id: peering.id })));
    assert.equal(again.status, 409);
  });

  it('rejects; a rejected pair blocks a new request until it is deleted', async () => {
    const peering = await request(DEMO.app, DEMO.partnerData, 'app-data');
    const rejected = (await partner().rejectVpcPeering(req({ peering_id: peering.id }))) as Wire;
    assert.equal(rejected.status, 'REJECTED');

    const blocked = await sdkFailure(request(DEMO.app, DEMO.partnerData, 'app-data-2'));
    assert.equal(blocked.status, 409);

    const deleted = (await network().deleteVpcPeering(req({ peering_id: peering.id }))) as Wire;
    assert.equal(deleted.httpStatusCode, 204);
    assert.equal((await sdkFailure(partner().showVpcPeering(req({ peering_id: peering.id })))).status, 404);
    const retried = await request(DEMO.app, DEMO.partnerData, 'app-data-3');
    assert.equal(retried.status, 'PENDING_ACCEPTANCE');
  });

  it('expires a request the peer leaves unanswered past the window', async () => {
    // The demo's request from hub to partner-data was made an hour before the start.
    clock.advance(7 * DAY + 1000);
    const expired = (await partner().showVpcPeering(req({ peering_id: DEMO.hubPartnerData }))) as Wire;
    assert.equal(expired.peering.status, 'EXPIRED');
    assert.equal((await sdkFailure(partner().acceptVpcPeering(req({ peering_id: DEMO.hubPartnerData })))).status, 409);
  });

  it('lets either side rename and delete; delete removes both sides\' routes', async () => {
    const renamed = (await partner().updateVpcPeering(req({ peering_id: DEMO.edgeApp, body: { peering: { name: 'edge-to-app', description: 'renamed by the accepter' } } }))) as Wire;
    assert.equal(renamed.peering.name, 'edge-to-app');
    const bad = await sdkFailure(network().updateVpcPeering(req({ peering_id: DEMO.edgeApp, body: { peering: { description: '<b>' } } })));
    assert.deepEqual([bad.status, bad.code], [400, 'VPC.0101']);

    const hubTable = emulator().huawei.world.defaultTableOf(DEMO.hub)!;
    const appTable = emulator().huawei.world.defaultTableOf(DEMO.app)!;
    assert.equal(hubTable.routes.filter((r) => r.nexthop === DEMO.hubApp).length, 1);
    await network().deleteVpcPeering(req({ peering_id: DEMO.hubApp }));
    assert.equal(hubTable.routes.filter((r) => r.nexthop === DEMO.hubApp).length, 0);
    assert.equal(appTable.routes.filter((r) => r.nexthop === DEMO.hubApp).length, 0);
  });

  it('keeps a peering inside one region', async () => {
    const failure = await sdkFailure(
      network().createVpcPeering(
        req({ body: { peering: { name: 'cross-region', request_vpc_info: { vpc_id: DEMO.hub }, accept_vpc_info: { vpc_id: DEMO.sgPartner, tenant_id: scenarioProjectId('hw-partner', SINGAPORE) } } } }),
      ),
    );
    assert.deepEqual([failure.status, failure.code], [400, 'VPC.0101']);
    assert.match(failure.message, /one region/);
  });

  it('refuses a VPC that is not the caller\'s or not in the peer project', async () => {
    const notMine = await sdkFailure(
      network().createVpcPeering(req({ body: { peering: { name: 'x', request_vpc_info: { vpc_id: DEMO.partnerData }, accept_vpc_info: { vpc_id: DEMO.hub } } } })),
    );
    assert.deepEqual([notMine.status, notMine.code], [404, 'VPC.0003']);
    const notTheirs = await sdkFailure(
      network().createVpcPeering(req({ body: { peering: { name: 'x', request_vpc_info: { vpc_id: DEMO.hub }, accept_vpc_info: { vpc_id: DEMO.partnerData } } } })),
    );
    assert.deepEqual([notTheirs.status, notTheirs.code], [404, 'VPC.0003'], 'without tenant_id the peer VPC is looked for in the caller\'s project');
  });

  it('hides a peering from tenants on neither side', async () => {
    const sgNetwork = vpcClient(emulator(), tenant(emulator(), 'hw-network'), SINGAPORE).client;
    const failure = await sdkFailure(sgNetwork.showVpcPeering(req({ peering_id: DEMO.edgeApp })));
    assert.equal(failure.status, 404);
  });
});

describe('huawei emulator: quotas and the deleting window', () => {
  const emulator = useHuaweiEmulator({
    scenario: 'empty',
    huawei: {
      deleteWindowMs: 60_000,
      quotas: { vpcPeer: 2 },
      scenario: {
        accounts: [{ name: 'solo', regions: [CN_NORTH] }],
        vpcs: ['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16'].map((cidr, i) => ({ id: `00000000-0000-4000-8000-00000000000${i + 1}`, account: 'solo', regionId: CN_NORTH, name: `v${i + 1}`, cidr })),
      },
    },
  });
  const solo = () => vpcClient(emulator(), tenant(emulator(), 'solo'), CN_NORTH).client;
  const vpc = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
  const create = (a: number, b: number) =>
    solo().createVpcPeering(req({ body: { peering: { name: `p${a}${b}`, request_vpc_info: { vpc_id: vpc(a) }, accept_vpc_info: { vpc_id: vpc(b) } } } })) as Promise<Wire>;

  it('refuses the peering beyond the project quota', async () => {
    await create(1, 2);
    const second = await create(3, 4);
    const failure = await sdkFailure(create(1, 3));
    assert.equal(failure.status, 409);
    assert.match(failure.message, /vpcPeer/);
    const quota = (await solo().showQuota(req({ type: 'vpcPeer' }))) as Wire;
    assert.deepEqual(quota.quotas.resources, [{ type: 'vpcPeer', used: 2, quota: 2, min: 0 }]);

    await solo().deleteVpcPeering(req({ peering_id: second.peering.id }));
    const deleting = (await solo().showVpcPeering(req({ peering_id: second.peering.id }))) as Wire;
    assert.equal(deleting.peering.status, 'DELETED', 'a deleted peering answers DELETED during the window');
    assert.equal((await sdkFailure(solo().deleteVpcPeering(req({ peering_id: second.peering.id })))).status, 409);
  });
});
