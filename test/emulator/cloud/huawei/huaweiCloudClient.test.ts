import assert from 'node:assert/strict';
import { scenarioProjectId } from '../../../../src/emulator/huawei/scenario';
import { clientOf, CN_NORTH, DEMO, SINGAPORE, useHuaweiEmulator } from './fixture';
import { cloudFailure } from '../../../support/cloudFailure';


describe('huawei cloud client: reads through the SDK', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo' });

  it('finds the account and its project in each region through IAM', async () => {
    const network = clientOf(emulator(), 'hw-network');
    assert.deepEqual((await network.regions()).sort(), [SINGAPORE, CN_NORTH].sort());
    assert.equal(await network.accountId(), emulator().huawei.accounts.find((a) => a.name === 'hw-network')!.domainId);
    assert.equal(await network.projectId(CN_NORTH), scenarioProjectId('hw-network', CN_NORTH));
    const missing = await cloudFailure(network.listVpcs('eu-west-101'));
    assert.equal(missing.code, 'NoProjectInRegion');
  });

  it('maps VPCs, subnets and route tables to the model', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const vpcs = await network.listVpcs(CN_NORTH);
    const app = vpcs.find((v) => v.id === DEMO.app)!;
    assert.equal(app.cidrBlock, '10.20.0.0/16');
    assert.deepEqual(app.secondaryCidrs, ['10.21.0.0/16']);
    assert.equal(app.status, 'Available');
    assert.equal(app.accountUid, await network.accountId());
    assert.equal(app.routeTableIds.length, 1);
    assert.deepEqual(app.vSwitchIds, ['3f1a0201-5b2c-4d7e-8a90-0000000000a2']);

    const subnets = await network.listSubnets(CN_NORTH, DEMO.hub);
    assert.deepEqual(subnets.map((s) => s.cidrBlock), ['10.10.1.0/24', '10.10.2.0/24']);

    const { tables, entries } = await network.listRouteTables(CN_NORTH, DEMO.app);
    assert.equal(tables[0].type, 'System');
    const peeringRoute = entries.find((e) => e.type === 'Custom')!;
    assert.deepEqual(peeringRoute.nextHops, [{ type: 'VpcPeer', id: DEMO.hubApp, regionId: CN_NORTH }]);
    assert.equal(peeringRoute.id, '10.10.0.0/16', 'a table entry is named by its destination');
  });

  it('lists peerings in every status as the model says them, the far project standing for its account', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const vpcs = await network.listVpcs(CN_NORTH);
    const peerings = await network.listPeerings(CN_NORTH, { ownVpcs: vpcs });
    const byName = new Map(peerings.map((p) => [p.name, p]));
    assert.deepEqual(
      [...byName.values()].map((p) => [p.name, p.status]).sort(),
      [
        ['edge-app', 'Activated'],
        ['hub-app', 'Activated'],
        ['hub-partner-data', 'Accepting'],
        ['legacy-data', 'Expired'],
        ['legacy-edge', 'Rejected'],
      ],
    );
    const pending = byName.get('hub-partner-data')!;
    const accountId = await network.accountId();
    assert.equal(pending.requester.accountUid, accountId);
    assert.equal(pending.requester.projectId, scenarioProjectId('hw-network', CN_NORTH));
    assert.deepEqual(pending.requester.ipv4Cidrs, ['10.10.0.0/16']);
    assert.equal(pending.accepter.accountUid, scenarioProjectId('hw-partner', CN_NORTH));
    assert.equal(pending.accepter.regionId, CN_NORTH);
    assert.equal(pending.bandwidthMbps, -1);
    assert.match(pending.createdAt!, /Z$/);
  });

  it('reads every page, last id as the marker, until a short page', async () => {
    const network = clientOf(emulator(), 'hw-network', { pageSize: 2 });
    const before = emulator().huawei.stats.byAction.listVpcPeerings ?? 0;
    const peerings = await network.listPeerings(CN_NORTH);
    assert.equal(peerings.length, 5);
    assert.equal((emulator().huawei.stats.byAction.listVpcPeerings ?? 0) - before, 3, 'pages of 2, 2 and 1');
  });

  it('refuses a wrong secret with the gateway code and a hint, without retrying or leaking the secret', async () => {
    const wrong = clientOf(emulator(), 'hw-network', { credentials: { accessKeyId: emulator().huawei.accounts[0].accessKeyId, secretAccessKey: 'wrong-secret-value' } });
    const failure = await cloudFailure(wrong.listPeerings(CN_NORTH));
    assert.equal(failure.code, 'APIGW.0301');
    assert.equal(failure.httpStatus, 401);
    assert.equal(failure.kind, 'api');
    assert.equal(failure.retryable, false);
    assert.equal(failure.attempts, 1);
    assert.match(failure.hint, /access key \(AK\) and secret key \(SK\)/);
    assert.match(failure.apiMessage, /verify aksk signature fail/);
    assert.ok(!failure.message.includes('wrong-secret-value'));
    assert.ok(failure.requestId);
  });
});

describe('huawei cloud client: peering life and routes', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo' });

  it('creates across tenants with the peer project found through IAM; only the peer accepts; routes on both sides', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const partner = clientOf(emulator(), 'hw-partner');
    const created = await network.createPeering(CN_NORTH, {
      name: 'hub-edge',
      description: 'hub to partner edge',
      localVpcId: DEMO.hub,
      peerVpcId: DEMO.partnerEdge,
      peerProjectId: await partner.projectId(CN_NORTH),
    });
    assert.equal(created.status, 'Accepting');

    const byRequester = await cloudFailure(network.acceptPeering(CN_NORTH, created.id));
    assert.equal(byRequester.httpStatus, 409);
    assert.match(byRequester.hint, /current state/);
    assert.equal(byRequester.attempts, 1, 'a refusal is not retried');

    const accepted = await partner.acceptPeering(CN_NORTH, created.id);
    assert.equal(accepted.status, 'Activated');
    assert.equal(accepted.accepter.accountUid, await partner.accountId(), 'seen by the accepter, its own side is its account');

    await network.addPeeringRoute(CN_NORTH, { vpcId: DEMO.hub, destination: '172.31.0.0/16', peeringId: created.id });
    await partner.addPeeringRoute(CN_NORTH, { vpcId: DEMO.partnerEdge, destination: '10.10.0.0/16', peeringId: created.id, description: 'to hub' });
    const networkSide = await network.routesForPeering(CN_NORTH, created.id);
    assert.deepEqual(networkSide.map((r) => [r.vpcId, r.entries.map((e) => e.destination)]), [[DEMO.hub, ['172.31.0.0/16']]]);
    const partnerSide = await partner.routesForPeering(CN_NORTH, created.id);
    assert.deepEqual(partnerSide.map((r) => [r.vpcId, r.entries.map((e) => e.destination)]), [[DEMO.partnerEdge, ['10.10.0.0/16']]]);

    const renamed = await partner.updatePeering(CN_NORTH, created.id, { name: 'edge-hub' });
    assert.equal(renamed.name, 'edge-hub');

    await network.removePeeringRoute(CN_NORTH, { vpcId: DEMO.hub, destination: '172.31.0.0/16' });
    assert.deepEqual((await network.routesForPeering(CN_NORTH, created.id))[0].entries, []);

    await partner.deletePeering(CN_NORTH, created.id);
    const gone = await cloudFailure(network.showPeering(CN_NORTH, created.id));
    assert.equal(gone.httpStatus, 404);
    const partnerTable = await partner.listRouteTables(CN_NORTH, DEMO.partnerEdge);
    assert.ok(!partnerTable.entries.some((e) => e.destination === '10.10.0.0/16'), "delete removed the peer's route too");
  });

  it('rejects as the peer tenant', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const partner = clientOf(emulator(), 'hw-partner');
    const created = await network.createPeering(CN_NORTH, { name: 'app-data', localVpcId: DEMO.app, peerVpcId: DEMO.partnerData, peerProjectId: await partner.projectId(CN_NORTH) });
    const rejected = await partner.rejectPeering(CN_NORTH, created.id);
    assert.equal(rejected.status, 'Rejected');
  });

  it('keeps a peering in one region, with the reference code and hint', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const partner = clientOf(emulator(), 'hw-partner');
    const failure = await cloudFailure(
      network.createPeering(CN_NORTH, { name: 'x', localVpcId: DEMO.hub, peerVpcId: DEMO.sgPartner, peerProjectId: await partner.projectId(SINGAPORE) }),
    );
    assert.equal(failure.code, 'VPC.0101');
    assert.match(failure.apiMessage, /one region/);
    assert.match(failure.hint, /refused a parameter/);
  });

  it('refuses a route through a peering that waits for acceptance', async () => {
    const network = clientOf(emulator(), 'hw-network');
    const failure = await cloudFailure(network.addPeeringRoute(CN_NORTH, { vpcId: DEMO.hub, destination: '192.168.0.0/16', peeringId: DEMO.hubPartnerData }));
    assert.equal(failure.httpStatus, 400);
    assert.equal(failure.attempts, 1);
  });
});
