import assert from 'node:assert/strict';
import { resourceKey, resourceRef, type ResourceRef } from '../../../../src/model/resourceRef';
import { accountPlace, childPlaces, findPlaces, isFolder, placeStep, type TreePlace } from '../../../../src/views/explorer/treeShape';
import { C, demoSnapshot, HUB, V } from '../../model/graph/fixtures/demoSnapshot';
import { snapshotSource } from './snapshotSource';

const options = { showEmptyRegions: false };
const hz = { accountUid: HUB, regionId: 'cn-hangzhou' };

function steps(path: readonly TreePlace[]): string[] {
  return path.map(placeStep);
}

function under(source: ReturnType<typeof snapshotSource>, path: string[]): TreePlace[] {
  let at = accountPlace(source, 'hub');
  for (const step of path) {
    const next = childPlaces(source, at, options).find((p) => placeStep(p) === step);
    assert.ok(next, `${step} is under ${placeStep(at)}`);
    at = next;
  }
  return childPlaces(source, at, options);
}

describe('explorer tree shape', () => {
  it('lists an account as regions → VPCs by name (then Express Connect) → connections, route tables, interfaces', () => {
    const source = snapshotSource(demoSnapshot());
    assert.deepEqual(steps(under(source, [])), ['region/cn-hangzhou', 'region/cn-shanghai', 'region/cn-beijing', 'region/ap-southeast-1']);
    assert.deepEqual(steps(under(source, ['region/cn-hangzhou'])), ['vpc/vpc-hub-prod', 'vpc/vpc-hub-shared', 'expressConnect']);
    assert.deepEqual(steps(under(source, ['region/cn-hangzhou', 'vpc/vpc-hub-prod'])), [
      'peerConnection/pcc-hub-app',
      'peerConnection/pcc-hub-dr',
      'peerConnection/pcc-partner',
      'peerConnection/pcc-sg-hz',
      'routeTables',
      'routerInterfaces',
    ]);
    assert.deepEqual(steps(under(source, ['region/cn-hangzhou', 'vpc/vpc-hub-shared'])), ['peerConnection/pcc-app-test', 'peerConnection/pcc-data-lake', 'routeTables', 'routerInterfaces']);
    assert.deepEqual(steps(under(source, ['region/cn-hangzhou', 'expressConnect', 'vbr/vbr-hz-idc', 'bgpGroup/bgpg-idc'])), ['bgpPeer/bgp-idc-1', 'bgpPeer/bgp-idc-2']);
  });

  it('gives every row the ref of its resource, with the containers that place it', () => {
    const source = snapshotSource(demoSnapshot());
    const [table] = under(source, ['region/cn-hangzhou', 'vpc/vpc-hub-prod', 'routeTables']);
    assert.equal(resourceKey(table.ref), `alibaba/${HUB}/cn-hangzhou/vpc/vpc-hub-prod/routeTable/${V.hubProd.routeTableIds[0]}`);
    const entries = under(source, ['region/cn-hangzhou', 'vpc/vpc-hub-prod', 'routeTables', placeStep(table)]);
    assert.equal(entries.length, 3);
    assert.ok(entries.every((e) => e.ref.within?.map((s) => s.kind).join() === 'vpc,routeTable' && e.profileId === 'hub'));
    const [folderOfVbrs] = under(source, ['region/cn-hangzhou']).filter((p) => p.kind === 'expressConnect');
    assert.equal(folderOfVbrs.ref.kind, 'region', 'a folder carries the ref of what it belongs to');
  });

  it('sorts route entries by destination, numbers as numbers', () => {
    const source = snapshotSource(demoSnapshot());
    const table = V.hubProd.routeTableIds[0];
    const entries = findPlaces(source, 'hub', resourceRef('routeTable', hz, table), options)[0];
    const rows = childPlaces(source, entries[entries.length - 1], options);
    const destinations = rows.map((row) => demoSnapshot().regions[0].routeEntries!.find((e) => (e.id || e.destination) === row.ref.id)!.destination);
    assert.deepEqual(destinations, ['10.2.0.0/16', '10.3.0.0/17', '172.16.0.0/16']);
  });

  it('lists only the kinds each row declares (what the walk relies on to skip branches): the walk finds every row', () => {
    const source = snapshotSource(demoSnapshot());
    let rows = 0;
    const steps = (path: TreePlace[]) => path.map(placeStep).join('/');
    const visit = (profileId: string, path: TreePlace[]) => {
      for (const child of childPlaces(source, path[path.length - 1], options)) {
        rows++;
        const childPath = [...path, child];
        if (!isFolder(child.kind)) {
          const found = findPlaces(source, profileId, child.ref, options).map(steps);
          assert.ok(found.includes(steps(childPath)), `${child.kind} under ${path[path.length - 1].kind}`);
        }
        visit(profileId, childPath);
      }
    };
    for (const profileId of ['hub', 'apps', 'data']) visit(profileId, [accountPlace(source, profileId)]);
    assert.ok(rows > 40, `walked the whole demo (${rows} rows)`);
  });

  it('finds a resource by ref, with or without its account, region and containers', () => {
    const source = snapshotSource(demoSnapshot());
    const anywhere = { accountUid: '', regionId: '' };
    // The account's own row starts every path; the steps below it say where the row is.
    const path = (profileId: string, ref: ResourceRef) => findPlaces(source, profileId, ref, options).map((p) => steps(p).slice(1));
    assert.deepEqual(path('hub', resourceRef('bgpPeer', anywhere, 'bgp-idc-2')), [
      ['region/cn-hangzhou', 'expressConnect', 'vbr/vbr-hz-idc', 'bgpGroup/bgpg-idc', 'bgpPeer/bgp-idc-2'],
    ]);
    assert.equal(path('hub', resourceRef('routerInterface', hz, 'ri-hz-prod'))[0]?.slice(-3).join(' '), 'vpc/vpc-hub-prod routerInterfaces routerInterface/ri-hz-prod');
    assert.equal(path('hub', resourceRef('vpc', { ...hz, regionId: 'cn-beijing' }, 'vpc-hub-prod')).length, 0, 'the ref says another region');
    assert.equal(path('hub', resourceRef('vpc', { ...hz, accountUid: '1' }, 'vpc-hub-prod')).length, 0, 'the ref says another account');
    assert.equal(path('apps', resourceRef('vpc', anywhere, 'vpc-hub-prod')).length, 0, 'another profile does not list it');
    assert.equal(path('hub', resourceRef('bgpPeer', hz, 'bgp-idc-1', [{ kind: 'bgpGroup', id: 'bgpg-other' }])).length, 0, 'the ref says another group');
    assert.equal(path('hub', resourceRef('vpc', anywhere, 'vpc-nowhere')).length, 0);
    assert.deepEqual(path('hub', resourceRef('region', { accountUid: HUB, regionId: 'cn-shanghai' }, 'cn-shanghai')), [['region/cn-shanghai']]);
    assert.deepEqual(path('hub', resourceRef('region', { accountUid: '', regionId: 'cn-shanghai' }, 'cn-shanghai')), [['region/cn-shanghai']], 'of any account');
    assert.deepEqual(path('hub', resourceRef('region', { accountUid: '1', regionId: 'cn-shanghai' }, 'cn-shanghai')), [], 'of another account');
  });

  it('finds every row of a connection: one per VPC of the profile that takes part', () => {
    const snapshot = demoSnapshot();
    // A connection between the hub's two Hangzhou VPCs is listed under both.
    snapshot.regions[0].peerConnections.push({ ...C.hubApp, id: 'pcc-inside', name: 'inside', accepter: { ...C.hubApp.requester, vpcId: V.hubShared.id } });
    const source = snapshotSource(snapshot);
    const rows = findPlaces(source, 'hub', resourceRef('peerConnection', hz, 'pcc-inside'), options).map((p) => steps(p).slice(2).join(' '));
    assert.deepEqual(rows, ['vpc/vpc-hub-prod peerConnection/pcc-inside', 'vpc/vpc-hub-shared peerConnection/pcc-inside']);
  });

  it('walks only the branches that can hold the resource: finding a BGP peer reads no route tables', () => {
    const source = snapshotSource(demoSnapshot());
    assert.equal(findPlaces(source, 'hub', resourceRef('bgpPeer', hz, 'bgp-idc-1'), options).length, 1);
    assert.equal(source.vpcDetailReads, 0);
    findPlaces(source, 'hub', resourceRef('routeEntry', hz, 'x', [{ kind: 'vpc', id: V.hubShared.id }]), options);
    assert.equal(source.vpcDetailReads, 1, 'only the VPC the ref names');
  });

  it('still lists an account whose identity has not arrived; its regions take the UID their inventory names', () => {
    const source = snapshotSource(demoSnapshot(), { unidentified: ['hub'] });
    const account = accountPlace(source, 'hub');
    assert.equal(account.ref.accountUid, '');
    const [region] = childPlaces(source, account, options);
    assert.equal(region.ref.accountUid, HUB);
    assert.equal(findPlaces(source, 'hub', resourceRef('vpc', hz, 'vpc-hub-prod'), options).length, 1, 'a ref with the UID still finds it');
  });

  it('hides regions with nothing in them unless asked to show them', () => {
    const snapshot = demoSnapshot();
    snapshot.regions.push({ accountUid: HUB, regionId: 'eu-central-1', vpcs: [], peerConnections: [], routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] });
    const source = snapshotSource(snapshot);
    const regions = (show: boolean) => childPlaces(source, accountPlace(source, 'hub'), { showEmptyRegions: show }).map((p) => p.ref.regionId);
    assert.ok(!regions(false).includes('eu-central-1'));
    assert.ok(regions(true).includes('eu-central-1'));
  });
});
