import assert from 'node:assert/strict';
import { HuaweiAccountClient } from '../../../../src/cloud/huawei/huaweiAccountClient';
import { HuaweiTenantDirectory } from '../../../../src/cloud/huawei/tenantDirectory';
import type { ProfileSpec } from '../../../../src/cloud/profiles';
import type { RunningEmulator } from '../../../../src/emulator';
import { scenarioProjectId } from '../../../../src/emulator/huawei/scenario';
import { clientOf, CN_NORTH, DEMO, SINGAPORE, useHuaweiEmulator } from './fixture';
import { cloudFailure } from '../../../support/cloudFailure';

const WRITE = { clientToken: 'test-token' };

function profileOf(name: string): ProfileSpec {
  return { id: `sandbox:${name}`, label: name, kind: 'sandbox', provider: 'huawei' };
}

/** Both demo tenants' account clients, sharing one directory as a session's profiles do. */
function tenants(emulator: RunningEmulator, names = ['hw-network', 'hw-partner']): HuaweiAccountClient[] {
  const directory = new HuaweiTenantDirectory();
  return names.map((name) => new HuaweiAccountClient(profileOf(name), clientOf(emulator, name), directory));
}

function domainOf(emulator: RunningEmulator, name: string): string {
  return emulator.huawei.accounts.find((a) => a.name === name)!.domainId;
}


describe('huawei account client: the store and commands reach Huawei Cloud through the AccountClient contract', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo' });

  it('reads the account, its regions by name, and the VPCs, subnets and route entries of a region', async () => {
    const [network] = tenants(emulator());
    assert.equal((await network.identity()).accountUid, domainOf(emulator(), 'hw-network'));
    const regions = await network.reader.describeRegions();
    assert.deepEqual(
      regions.map((r) => [r.id, r.name]).sort(),
      [
        [SINGAPORE, 'CN-Hong Kong'],
        [CN_NORTH, 'CN North-Beijing4'],
      ].sort(),
    );
    const page = await network.reader.listVpcsPage(CN_NORTH, undefined);
    assert.equal(page.nextToken, undefined, 'one page: the listing is read whole');
    const app = page.items.find((v) => v.id === DEMO.app)!;
    assert.equal(app.name, 'app');
    assert.deepEqual((await network.reader.listVSwitches(CN_NORTH, DEMO.hub)).map((s) => s.name), ['hub-web', 'hub-db']);
    const [table] = await network.reader.listRouteTables(CN_NORTH, DEMO.app);
    const entries = await network.reader.listRouteEntries(CN_NORTH, table.id);
    assert.ok(entries.some((e) => e.destination === '10.10.0.0/16' && e.nextHops[0].type === 'VpcPeer' && e.nextHops[0].id === DEMO.hubApp));
  });

  it("loads a region's peerings and VPCs together with one VPC listing, which fills in the peerings' own CIDRs", async () => {
    const [network] = tenants(emulator(), ['hw-network']);
    const before = emulator().huawei.stats.byAction.listVpcs ?? 0;
    const [peerings] = await Promise.all([network.reader.listPeerConnections(CN_NORTH), network.reader.listVpcs(CN_NORTH)]);
    assert.equal((emulator().huawei.stats.byAction.listVpcs ?? 0) - before, 1);
    assert.deepEqual(peerings.find((p) => p.id === DEMO.hubApp)!.accepter.ipv4Cidrs, ['10.20.0.0/16', '10.21.0.0/16']);
  });

  it('has no router interfaces, VBRs or BGP, and says so when asked to make them', async () => {
    const [network] = tenants(emulator());
    assert.deepEqual(await network.reader.listRouterInterfaces(CN_NORTH), []);
    assert.deepEqual(await network.reader.listVbrs(CN_NORTH), []);
    assert.deepEqual(await network.reader.listBgpGroups(CN_NORTH), []);
    assert.equal(network.capabilities.expressConnect, false);
    const refused = await cloudFailure(network.operations.createBgpGroup({ regionId: CN_NORTH, vbrId: 'vbr-x', peerAsn: 65001 }, WRITE));
    assert.equal(refused.code, 'UnsupportedByProvider');
    assert.match(refused.hint, /Huawei Cloud does not offer BGP/);
  });

  it("names the far side's account when another profile holds that tenant, and its project otherwise", async () => {
    const [network] = tenants(emulator(), ['hw-network']);
    const alone = (await network.reader.listPeerConnections(CN_NORTH)).find((p) => p.id === DEMO.hubPartnerData)!;
    assert.equal(alone.accepter.accountUid, scenarioProjectId('hw-partner', CN_NORTH), 'no profile holds hw-partner: its project stands in');

    const [networkToo] = tenants(emulator());
    const both = (await networkToo.reader.listPeerConnections(CN_NORTH)).find((p) => p.id === DEMO.hubPartnerData)!;
    assert.equal(both.accepter.accountUid, domainOf(emulator(), 'hw-partner'));
    assert.equal(both.requester.accountUid, domainOf(emulator(), 'hw-network'));
    assert.equal(both.status, 'Accepting');
  });

  it('finds a peering by id in whichever region has it, and undefined when none does', async () => {
    const [network] = tenants(emulator());
    const singapore = await network.reader.getPeerConnection(DEMO.sgPartnerHub);
    assert.equal(singapore?.requester.regionId, SINGAPORE);
    assert.equal(await network.reader.getPeerConnection('00000000-0000-4000-8000-00000000dead'), undefined);
  });

  it('creates a cross-tenant peering by the peer account, accepts it with the other profile, routes it on both sides and deletes it', async () => {
    const [network, partner] = tenants(emulator());
    const created = await network.operations.createPeerConnection(
      { regionId: CN_NORTH, vpcId: DEMO.hub, acceptingAccountUid: domainOf(emulator(), 'hw-partner'), acceptingRegionId: CN_NORTH, acceptingVpcId: DEMO.partnerEdge, name: 'hub-edge' },
      WRITE,
    );
    const waiting = await partner.reader.getPeerConnection(created.id);
    assert.equal(waiting?.status, 'Accepting');
    await partner.operations.acceptPeerConnection(created.id, WRITE);
    assert.equal((await network.reader.getPeerConnection(created.id))?.status, 'Activated');

    const [networkTable] = await network.reader.listRouteTables(CN_NORTH, DEMO.hub);
    const [partnerTable] = await partner.reader.listRouteTables(CN_NORTH, DEMO.partnerEdge);
    const route = (table: string, destination: string) => ({ regionId: CN_NORTH, routeTableId: table, destination, nextHopType: 'VpcPeer', nextHopId: created.id });
    const mine = await network.operations.createRouteEntry(route(networkTable.id, '172.31.0.0/16'), WRITE);
    await partner.operations.createRouteEntry(route(partnerTable.id, '10.10.0.0/16'), WRITE);
    assert.equal(mine.id, '172.31.0.0/16', 'an entry is named by its destination');
    assert.ok((await partner.reader.listRouteEntries(CN_NORTH, partnerTable.id)).some((e) => e.destination === '10.10.0.0/16'));

    await network.operations.deleteRouteEntry({ regionId: CN_NORTH, routeTableId: networkTable.id, routeEntryId: mine.id }, WRITE);
    assert.ok(!(await network.reader.listRouteEntries(CN_NORTH, networkTable.id)).some((e) => e.destination === '172.31.0.0/16'));

    await network.operations.deletePeerConnection(created.id, { force: false }, WRITE);
    assert.equal(await network.reader.getPeerConnection(created.id), undefined);
    assert.ok(!(await partner.reader.listRouteEntries(CN_NORTH, partnerTable.id)).some((e) => e.destination === '10.10.0.0/16'), "deleting the peering removed the other side's route too");
  });

  it('refuses what Huawei peering lacks before sending anything: another region, a dry run, bandwidth, tags', async () => {
    const [network] = tenants(emulator());
    const before = emulator().huawei.stats.total;
    const base = { regionId: CN_NORTH, vpcId: DEMO.legacy, acceptingAccountUid: domainOf(emulator(), 'hw-network'), acceptingRegionId: CN_NORTH, acceptingVpcId: DEMO.app };
    const crossRegion = await cloudFailure(network.operations.createPeerConnection({ ...base, acceptingRegionId: SINGAPORE, acceptingVpcId: DEMO.sgHub }, WRITE));
    assert.equal(crossRegion.code, 'CrossRegionPeering');
    assert.match(crossRegion.hint, /same region/);
    assert.equal((await cloudFailure(network.operations.createPeerConnection(base, { ...WRITE, dryRun: true }))).code, 'UnsupportedByProvider');
    assert.equal((await cloudFailure(network.operations.createPeerConnection({ ...base, bandwidthMbps: 100 }, WRITE))).code, 'UnsupportedByProvider');
    assert.equal((await cloudFailure(network.operations.modifyPeerConnection(DEMO.hubApp, { bandwidthMbps: 100 }, WRITE))).code, 'UnsupportedByProvider');
    assert.equal((await cloudFailure(network.operations.acceptPeerConnection(DEMO.sgPartnerHub, WRITE, { tags: [{ key: 'a', value: 'b' }] }))).code, 'UnsupportedByProvider');
    assert.equal(emulator().huawei.stats.total, before, 'no request reached the service');
  });

  it('renames a peering from either side', async () => {
    const [network] = tenants(emulator());
    await network.operations.modifyPeerConnection(DEMO.hubApp, { name: 'hub-app-renamed', description: 'renamed' }, WRITE);
    const renamed = await network.reader.getPeerConnection(DEMO.hubApp);
    assert.equal(renamed?.name, 'hub-app-renamed');
    assert.equal(renamed?.description, 'renamed');
  });
});
