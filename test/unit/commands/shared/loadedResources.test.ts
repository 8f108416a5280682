import assert from 'node:assert/strict';
import { findLoaded, loadedOnce, loadedResources } from '../../../../src/commands/shared/loadedResources';
import { resourceKey, resourceRef } from '../../../../src/model/resourceRef';
import { C, demoSnapshot, HUB, APPS } from '../../model/graph/fixtures/demoSnapshot';
import { snapshotSource } from '../../views/explorer/snapshotSource';

const anywhere = { accountUid: '', regionId: '' };

describe('loaded resources (what a command target is looked up in)', () => {
  const source = snapshotSource(demoSnapshot());

  it('lists each kind with its ref and the profile that reaches it', () => {
    const peers = loadedResources(source, 'bgpPeer');
    assert.deepEqual(
      peers.map((p) => [p.profileId, resourceKey(p.ref)]),
      ['bgp-idc-1', 'bgp-idc-2'].map((id) => ['hub', `alibaba/${HUB}/cn-hangzhou/vbr/vbr-hz-idc/bgpGroup/bgpg-idc/bgpPeer/${id}`]),
    );
    assert.equal(loadedResources(source, 'vpc').length, 12);
  });

  it('lists a connection once per side that sees it; once only for a picker, as its requester sees it', () => {
    const copies = loadedResources(source, 'peerConnection').filter((c) => c.resource.id === C.hubApp.id);
    assert.deepEqual(copies.map((c) => c.profileId).sort(), ['apps', 'hub']);
    const once = loadedOnce(source, 'peerConnection');
    assert.equal(once.filter((c) => c.resource.id === C.hubApp.id).length, 1);
    assert.equal(once.find((c) => c.resource.id === C.appTest.id)?.profileId, 'apps', 'the requester (apps) copy of pcc-app-test');
    const names = once.map((c) => c.resource.name || c.resource.id);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)), 'in name order');
  });

  it('finds what a ref names, by what the ref says', () => {
    assert.equal(findLoaded(source, 'vpc', resourceRef('vpc', anywhere, 'vpc-app-prod'))?.profileId, 'apps');
    assert.equal(findLoaded(source, 'vpc', resourceRef('vpc', { accountUid: HUB, regionId: '' }, 'vpc-app-prod')), undefined, 'not in that account');
    assert.equal(findLoaded(source, 'bgpGroup', resourceRef('bgpGroup', { accountUid: HUB, regionId: 'cn-hangzhou' }, 'bgpg-idc', [{ kind: 'vbr', id: 'vbr-hz-idc' }]))?.resource.peerAsn, 65001);
    assert.equal(findLoaded(source, 'bgpGroup', resourceRef('bgpGroup', anywhere, 'bgpg-idc', [{ kind: 'vbr', id: 'vbr-other' }])), undefined);
    assert.equal(findLoaded(source, 'routerInterface', resourceRef('routerInterface', { ...anywhere, regionId: 'cn-beijing' }, 'ri-bj-orphan'))?.profileId, 'apps');
  });

  it('prefers the copy of the ref’s account, or the profile asked for', () => {
    const hubApp = (accountUid: string) => resourceRef('peerConnection', { accountUid, regionId: '' }, C.hubApp.id);
    assert.equal(findLoaded(source, 'peerConnection', hubApp(APPS))?.profileId, 'apps');
    assert.equal(findLoaded(source, 'peerConnection', hubApp(HUB))?.profileId, 'hub');
    assert.equal(findLoaded(source, 'peerConnection', hubApp(''), 'apps')?.profileId, 'apps');
    assert.equal(findLoaded(source, 'peerConnection', hubApp(''), 'data'), undefined, 'that profile does not see it');
  });
});
