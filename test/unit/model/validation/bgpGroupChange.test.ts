import * as assert from 'node:assert/strict';
import { bgpGroupChangeProblem, effectiveBgpGroupChange, routeQuotaProblem } from '../../../../src/model/validation';
import type { BgpGroup } from '../../../../src/model/types';

const GROUP: BgpGroup = {
  id: 'bgpg-1',
  name: 'dc1-ebgp',
  description: 'Data centre 1',
  regionId: 'cn-hangzhou',
  vbrId: 'vbr-1',
  peerAsn: 65001,
  localAsn: 45104,
  ipVersion: 'IPv4',
  status: 'Available',
  hasAuthKey: true,
  routeLimit: 110,
  isFakeAsn: false,
};

describe('Modify BGP group: the documented limits', () => {
  it('takes a route limit of 1–110 whole routes per peer', () => {
    assert.equal(routeQuotaProblem(1), undefined);
    assert.equal(routeQuotaProblem(110), undefined);
    for (const bad of [0, 111, 50.5, '100', undefined]) assert.match(routeQuotaProblem(bad) ?? '', /whole number from 1 to 110/, String(bad));
  });

  it('judges each field given by the create limits, the ASNs together with what the group keeps', () => {
    assert.equal(bgpGroupChangeProblem({ name: 'dc1-renamed', routeQuota: 50, isFakeAsn: true }, GROUP), undefined);
    assert.match(bgpGroupChangeProblem({ name: '1st' }, GROUP) ?? '', /BGP group name must start with a letter/);
    assert.match(bgpGroupChangeProblem({ description: 'https://x' }, GROUP) ?? '', /http:\/\/ or https:\/\//);
    assert.match(bgpGroupChangeProblem({ localAsn: 65025 }, GROUP) ?? '', /65025 is reserved/);
    assert.match(bgpGroupChangeProblem({ peerAsn: 45104 }, GROUP) ?? '', /differ from the local ASN \(45104\)/);
    assert.match(bgpGroupChangeProblem({ localAsn: 65001 }, GROUP) ?? '', /differ from the local ASN \(65001\)/, 'the kept peer ASN meets the new local one');
    assert.equal(bgpGroupChangeProblem({ localAsn: 65001, peerAsn: 65002 }, GROUP), undefined);
    assert.match(bgpGroupChangeProblem({ authKey: 'two words' }, GROUP) ?? '', /without spaces/);
    assert.match(bgpGroupChangeProblem({ authKey: 'k', clearAuthKey: true }, GROUP) ?? '', /not both/);
    assert.match(bgpGroupChangeProblem({ routeQuota: 500 }, GROUP) ?? '', /1 to 110/);
  });

  it('sends only what differs from the group; a new key always, clearing only a key that is set', () => {
    assert.deepEqual(effectiveBgpGroupChange({ name: 'dc1-ebgp', peerAsn: 65001, routeQuota: 110, isFakeAsn: false }, GROUP), {});
    assert.deepEqual(effectiveBgpGroupChange({ name: 'dc1-new', peerAsn: 65002, isFakeAsn: true, authKey: 'k1' }, GROUP), {
      name: 'dc1-new',
      peerAsn: 65002,
      isFakeAsn: true,
      authKey: 'k1',
    });
    assert.deepEqual(effectiveBgpGroupChange({ clearAuthKey: true }, GROUP), { clearAuthKey: true });
    assert.deepEqual(effectiveBgpGroupChange({ clearAuthKey: true }, { ...GROUP, hasAuthKey: false }), {});
  });
});
