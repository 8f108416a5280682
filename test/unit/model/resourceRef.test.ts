import assert from 'node:assert/strict';
import {
  childRef,
  containerId,
  isResourceRef,
  matchesRef,
  parseResourceKey,
  resourceKey,
  resourceRef,
  sameResource,
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

  it('reads back what it wrote, even for ids with slashes and colons', () => {
    const vpc = resourceRef('vpc', place, 'vpc-1');
    const entry = childRef(childRef(vpc, 'routeTable', 'vtb-1'), 'routeEntry', '2408:4000::/56');
    const key = resourceKey(entry);
    assert.equal(key.split('/').length, 9, 'the CIDR adds no segment');
    assert.deepEqual(parseResourceKey(key), entry);
    assert.ok(sameResource(parseResourceKey(key)!, entry));
  });

  it('refuses keys it did not make', () => {
    for (const key of ['', 'alibaba', 'huawei/1/r/vpc/v', 'alibaba/1/r/vpc', 'alibaba/1/r/cat/c', 'alibaba/1/r/vpc/', 'alibaba/1/r/vpc/%E0%A4%A']) {
      assert.equal(parseResourceKey(key), undefined, key);
    }
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
