import assert from 'node:assert/strict';
import {
  childRef,
  containerId,
  isResourceRef,
  matchesRef,
  resourceKey,
  resourceRef,
} from '../../../src/model/resourceRef';

const place = { accountUid: '1234567890', regionId: 'cn-hangzhou' };

describe('resource refs', () => {
  it('keys a ref as a path, outermost container first', () => {
    const vpc = resourceRef('vpc', place, 'vpc-1');
    const table = childRef(vpc, 'routeTable', 'vtb-1');
    assert.equal(resourceKey(vpc), 'alibaba/1234567890/cn-hangzhou/vpc/vpc-1');
    assert.equal(resourceKey(table), 'alibaba/1234567890/cn-hangzhou/vpc/vpc-1/routeTable/vtb-1');
    assert.ok(resourceKey(table).startsWith(`${resourceKey(vpc)}/`), 'a contained resource has its container as prefix');
  });

  it('keeps only the containers a kind names (a peer connection is not inside its VPC)', () => {
    const vpc = resourceRef('vpc', place, 'vpc-1');
    assert.equal(childRef(vpc, 'peerConnection', 'pcc-1').within, undefined);
    const entry = childRef(childRef(vpc, 'routeTable', 'vtb-1'), 'routeEntry', 'rte-1');
    assert.deepEqual(entry.within, [
      { kind: 'vpc', id: 'vpc-1' },
      { kind: 'routeTable', id: 'vtb-1' },
    ]);
    assert.equal(containerId(entry, 'vpc'), 'vpc-1');
    assert.equal(containerId(entry, 'routeEntry'), 'rte-1');
    assert.equal(containerId(entry, 'vbr'), undefined);
  });

  it('keeps ids with slashes and colons in one segment each', () => {
    const vpc = resourceRef('vpc', place, 'vpc-1');
    const entry = childRef(childRef(vpc, 'routeTable', 'vtb-1'), 'routeEntry', '2408:4000::/56');
    const key = resourceKey(entry);
    assert.equal(key.split('/').length, 9, 'the CIDR adds no segment');
    assert.deepEqual(key.split('/').map(decodeURIComponent), ['alibaba', '1234567890', 'cn-hangzhou', 'vpc', 'vpc-1', 'routeTable', 'vtb-1', 'routeEntry', '2408:4000::/56']);
    assert.equal(resourceKey(childRef(childRef(vpc, 'routeTable', 'vtb-1'), 'routeEntry', '2408:4000::/56')), key, 'the same resource, the same key');
  });

  it('gives different resources different keys, whatever their ids hold', () => {
    const vpc = resourceRef('vpc', place, 'vpc-1');
    const refs = [
      vpc,
      childRef(vpc, 'routeTable', 'vtb-1'),
      resourceRef('vpc', place, 'vpc-1/routeTable/vtb-1'),
      resourceRef('routeTable', place, 'vtb-1'),
      resourceRef('vpc', { ...place, regionId: 'cn-hangzhou/vpc' }, 'vpc-1'),
      resourceRef('vpc', { ...place, accountUid: '1234567890/cn-hangzhou' }, 'vpc-1'),
      resourceRef('vpc', place, 'vpc-1%2F'),
      resourceRef('vpc', place, 'vpc-1/'),
    ];
    assert.equal(new Set(refs.map(resourceKey)).size, refs.length);
  });

  it('matches a partial ref by what it says: kind and id always, place and containers when given', () => {
    const peer = resourceRef('bgpPeer', place, 'bgp-1', [
      { kind: 'vbr', id: 'vbr-1' },
      { kind: 'bgpGroup', id: 'bgpg-1' },
    ]);
    assert.ok(matchesRef(peer, resourceRef('bgpPeer', { accountUid: '', regionId: '' }, 'bgp-1')));
    assert.ok(matchesRef(peer, resourceRef('bgpPeer', place, 'bgp-1', [{ kind: 'bgpGroup', id: 'bgpg-1' }])));
    assert.ok(!matchesRef(peer, resourceRef('bgpPeer', place, 'bgp-1', [{ kind: 'bgpGroup', id: 'bgpg-2' }])));
    assert.ok(!matchesRef(peer, resourceRef('bgpPeer', { ...place, regionId: 'cn-beijing' }, 'bgp-1')));
    assert.ok(!matchesRef(peer, resourceRef('bgpGroup', place, 'bgp-1')));
  });

  it('tells a ref from other values that crossed a boundary', () => {
    assert.ok(isResourceRef(resourceRef('vpc', place, 'vpc-1')));
    assert.ok(isResourceRef(JSON.parse(JSON.stringify(resourceRef('bgpGroup', place, 'g', [{ kind: 'vbr', id: 'v' }])))));
    assert.ok(!isResourceRef({ kind: 'vpc', id: 'vpc-1' }));
    assert.ok(!isResourceRef({ ...resourceRef('vpc', place, 'vpc-1'), kind: 'cat' }));
    assert.ok(!isResourceRef({ ...resourceRef('vpc', place, 'vpc-1'), within: [{ kind: 'vpc' }] }));
    assert.ok(!isResourceRef('alibaba/1/r/vpc/v'));
  });
});
