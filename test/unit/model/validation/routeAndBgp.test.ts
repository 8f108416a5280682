import assert from 'node:assert/strict';
import {
  bfdMultiHopProblem,
  bgpAuthKeyProblem,
  bgpGroupDescriptionProblem,
  bgpGroupNameProblem,
  bgpPeerIpProblem,
  localAsnProblem,
  peerAsnProblem,
  routeDestinationCaution,
  routeDestinationProblem,
  routeEntryNameProblem,
  routerInterfaceRoleProblem,
  routerInterfaceSpecBandwidth,
  routerInterfaceSpecProblem,
  validateBgpPeer,
} from '../../../../src/model/validation';
import { TEXT_RULES, textRuleProblem } from '../../../../src/model/validation/textRules';

function expectProblem(problem: string | undefined, expected: RegExp | undefined): void {
  if (expected === undefined) assert.equal(problem, undefined);
  else assert.match(problem ?? '(no problem)', expected);
}

describe('validation: routes', () => {
  const vSwitches = [
    { id: 'vsw-a', cidrBlock: '10.0.1.0/24' },
    { id: 'vsw-b', cidrBlock: '10.0.2.0/24' },
    { id: 'vsw-bad', cidrBlock: 'garbage' },
  ];
  const cases: Array<[destination: string, expected: RegExp | undefined]> = [
    ['172.16.0.0/16', undefined],
    ['172.16.0.1', undefined],
    ['10.0.0.0/16', undefined],
    ['10.0.1.0/24', /must not equal a vSwitch CIDR of this VPC: 10\.0\.1\.0\/24 vs 10\.0\.1\.0\/24 \(vsw-a\)/],
    ['10.0.2.128/25', /must not lie inside a vSwitch CIDR.*vsw-b/],
    ['10.0.2.7', /lie inside.*vsw-b/],
    ['10.0.3.0/24', undefined],
    ['100.64.0.0/10', /must not be 100\.64\.0\.0\/10 itself/],
    ['100.64.0.0/11', undefined],
    ['100.0.0.0/8', undefined],
    ['127.0.0.0/8', /loopback/],
    ['224.0.0.1', /multicast/],
    ['169.254.0.0/16', /link-local/],
    ['255.255.255.255', /reserved for future use/],
    ['fe80::/64', /link-local/],
    ['2408:4000::/56', undefined],
    ['10.0.0.1/16', /host bits set beyond \/16; the network is 10\.0\.0\.0\/16/],
    ['10.0.0.0/33', /invalid: .*0 to 32/],
    ['', /invalid: The CIDR block is empty/],
  ];
  for (const [destination, expected] of cases) {
    it(`destination ${JSON.stringify(destination)} → ${expected ?? 'fine'}`, () => expectProblem(routeDestinationProblem(destination, { vSwitches, nextHopType: 'VpcPeer' }), expected));
  }

  it('refuses a default route only towards a peer connection', () => {
    expectProblem(routeDestinationProblem('0.0.0.0/0', { nextHopType: 'VpcPeer' }), /cannot point at a peer connection/);
    expectProblem(routeDestinationProblem('::/0', { nextHopType: 'VpcPeer' }), /cannot point at a peer connection/);
    expectProblem(routeDestinationProblem('0.0.0.0/0', { nextHopType: 'NatGateway' }), undefined);
  });

  it('cautions about blocks inside 100.64.0.0/10', () => {
    assert.match(routeDestinationCaution('100.64.8.0/24') ?? '', /inside 100\.64\.0\.0\/10/);
    assert.equal(routeDestinationCaution('100.64.0.0/10'), undefined);
    assert.equal(routeDestinationCaution('10.0.0.0/8'), undefined);
    assert.equal(routeDestinationCaution('nonsense'), undefined);
  });

  it('route entry name 1–128 and description 1–256, not http(s)://', () => {
    expectProblem(routeEntryNameProblem('a'), undefined);
    expectProblem(routeEntryNameProblem(''), /^The route entry name must be 1–128 characters long; it has 0\.$/);
    expectProblem(routeEntryNameProblem('n'.repeat(129)), /it has 129/);
    expectProblem(routeEntryNameProblem('https://x'), /must not start with http/);
    // The description is checked where CreateRouteEntry is served (the emulator), by this rule.
    expectProblem(textRuleProblem('The route entry description', 'd'.repeat(256), TEXT_RULES.routeEntryDescription), undefined);
    expectProblem(textRuleProblem('The route entry description', 'd'.repeat(257), TEXT_RULES.routeEntryDescription), /1–256 characters long; it has 257/);
  });
});

describe('validation: router interfaces', () => {
  it('roles, and a VBR only initiates', () => {
    expectProblem(routerInterfaceRoleProblem('InitiatingSide', 'VBR'), undefined);
    expectProblem(routerInterfaceRoleProblem('AcceptingSide', 'VRouter'), undefined);
    expectProblem(routerInterfaceRoleProblem('AcceptingSide', 'VBR'), /must be the InitiatingSide/);
    expectProblem(routerInterfaceRoleProblem('Initiator'), /InitiatingSide or AcceptingSide; got "Initiator"/);
  });
  it('specs per role', () => {
    expectProblem(routerInterfaceSpecProblem('Large.2', 'InitiatingSide'), undefined);
    expectProblem(routerInterfaceSpecProblem('Mini.2', 'InitiatingSide'), undefined);
    expectProblem(routerInterfaceSpecProblem('Xlarge.1', 'InitiatingSide'), undefined);
    expectProblem(routerInterfaceSpecProblem('Negative', 'InitiatingSide'), /must be one of Mini\.2, .*Xlarge\.1; got "Negative"/);
    expectProblem(routerInterfaceSpecProblem('toString', 'InitiatingSide'), /must be one of/);
    expectProblem(routerInterfaceSpecProblem('Negative', 'AcceptingSide'), undefined);
    expectProblem(routerInterfaceSpecProblem('Large.1', 'AcceptingSide'), /must use the spec "Negative"/);
  });
  it('spec bandwidths', () => {
    assert.equal(routerInterfaceSpecBandwidth('Small.5'), 50);
    assert.equal(routerInterfaceSpecBandwidth('Xlarge.1'), 10000);
    assert.equal(routerInterfaceSpecBandwidth('Negative'), undefined);
  });
});

describe('validation: BGP', () => {
  describe('local ASN', () => {
    const cases: Array<[unknown, RegExp | undefined]> = [
      [45104, undefined],
      [64512, undefined],
      [65534, undefined],
      [64511, /must be 45104 \(the default\), 64512–65534 or 4200000000–4294967294; got 64511/],
      [65535, /got 65535/],
      [65025, /65025 is reserved/],
      [4200000000, undefined],
      [4294967294, undefined],
      [4294967295, /got 4294967295/],
      [4199999999, /got 4199999999/],
      [1, /got 1/],
      [64512.5, /got 64512\.5/],
      ['64512', /got 64512/],
    ];
    for (const [asn, expected] of cases) it(`${JSON.stringify(asn)} → ${expected ?? 'fine'}`, () => expectProblem(localAsnProblem(asn), expected));
  });

  it('peer ASN 1–4294967295', () => {
    expectProblem(peerAsnProblem(1), undefined);
    expectProblem(peerAsnProblem(4294967295), undefined);
    expectProblem(peerAsnProblem(0), /from 1 to 4294967295; got 0/);
    expectProblem(peerAsnProblem(4294967296), /got 4294967296/);
    expectProblem(peerAsnProblem(65001.1), /whole number/);
  });

  it('auth key: 1–80 printable ASCII without spaces', () => {
    expectProblem(bgpAuthKeyProblem('s3cr3t!#'), undefined);
    expectProblem(bgpAuthKeyProblem('k'.repeat(80)), undefined);
    expectProblem(bgpAuthKeyProblem('k'.repeat(81)), /1–80 characters long; it has 81/);
    expectProblem(bgpAuthKeyProblem(''), /it has 0/);
    expectProblem(bgpAuthKeyProblem('with space'), /printable ASCII.*without spaces/);
    expectProblem(bgpAuthKeyProblem('clé'), /printable ASCII/);
  });

  describe('peer IP', () => {
    const cases: Array<[address: string, version: 'IPv4' | 'IPv6', expected: RegExp | undefined]> = [
      ['116.62.0.1', 'IPv4', undefined],
      ['2001:db8::2', 'IPv6', undefined],
      ['2001:db8::2', 'IPv4', /must be an IPv4 address, as the BGP group uses IPv4/],
      ['10.0.0.1', 'IPv6', /must be an IPv6 address/],
      ['10.0.0.1/30', 'IPv4', /single IPv4 address \(no prefix length\)/],
      ['10.0.0.256', 'IPv4', /single IPv4 address/],
      ['127.0.0.1', 'IPv4', /loopback/],
      ['224.0.0.5', 'IPv4', /multicast/],
      ['::1', 'IPv6', /loopback/],
    ];
    for (const [address, version, expected] of cases) {
      it(`${address} (${version}) → ${expected ?? 'fine'}`, () => expectProblem(bgpPeerIpProblem(address, version), expected));
    }
  });

  describe('BfdMultiHop', () => {
    const cases: Array<[value: unknown, enableBfd: boolean, expected: RegExp | undefined]> = [
      [1, true, undefined],
      [255, true, undefined],
      [0, true, /from 1 to 255; got 0/],
      [256, true, /got 256/],
      [2.5, true, /whole number/],
      [undefined, true, /required when BFD is enabled/],
      [undefined, false, undefined],
      [1, false, /applies only when BFD is enabled/],
    ];
    for (const [value, enableBfd, expected] of cases) {
      it(`${String(value)} with BFD ${enableBfd ? 'on' : 'off'} → ${expected ?? 'fine'}`, () => expectProblem(bfdMultiHopProblem(value, enableBfd), expected));
    }
  });

  it('group name and description', () => {
    expectProblem(bgpGroupNameProblem('idc-beijing'), undefined);
    expectProblem(bgpGroupNameProblem('x'), /^The BGP group name must be 2–128 characters long; it has 1\.$/);
    expectProblem(bgpGroupNameProblem('9idc'), /must start with a letter/);
    expectProblem(bgpGroupDescriptionProblem('Link to IDC'), undefined);
    expectProblem(bgpGroupDescriptionProblem('http://idc'), /must not start with http/);
  });

  describe('validateBgpPeer', () => {
    it('a valid create request', () => {
      assert.deepEqual(validateBgpPeer({ regionId: 'cn-beijing', bgpGroupId: 'bgpg-abc', peerIpAddress: '116.62.0.1', enableBfd: true, bfdMultiHop: 1 }), {});
    });
    it('checks the address against the group IP version', () => {
      const problems = validateBgpPeer({ regionId: 'cn-beijing', bgpGroupId: 'bgpg-abc', peerIpAddress: '116.62.0.1', ipVersion: 'IPv4' }, 'create', { ipVersion: 'IPv6' });
      assert.match(problems.peerIpAddress ?? '', /IPv6 address/);
      assert.match(problems.ipVersion ?? '', /match the BGP group's, IPv6/);
    });
    it('reports every problem', () => {
      const problems = validateBgpPeer({ bgpGroupId: 'bgp-1', enableBfd: 'yes', bfdMultiHop: 300 });
      assert.deepEqual(Object.keys(problems).sort(), ['bfdMultiHop', 'bgpGroupId', 'enableBfd', 'regionId']);
      assert.match(problems.bfdMultiHop ?? '', /applies only when BFD is enabled/);
    });
    it('on modify needs the peer id, and judges BfdMultiHop alone by its range', () => {
      assert.match(validateBgpPeer({ regionId: 'cn-beijing' }, 'modify').bgpPeerId ?? '', /required/);
      assert.deepEqual(validateBgpPeer({ regionId: 'cn-beijing', bgpPeerId: 'bgp-1', bfdMultiHop: 3 }, 'modify'), {});
      assert.match(validateBgpPeer({ regionId: 'cn-beijing', bgpPeerId: 'bgp-1', bfdMultiHop: 0 }, 'modify').bfdMultiHop ?? '', /from 1 to 255/);
      assert.match(validateBgpPeer({ regionId: 'cn-beijing', bgpPeerId: 'bgp-1', enableBfd: false, bfdMultiHop: 3 }, 'modify').bfdMultiHop ?? '', /only when BFD/);
    });
  });
});
