import assert from 'node:assert/strict';
import {
  accountContextValue,
  bgpGroupContextValue,
  bgpPeerContextValue,
  capability,
  nextHopSegment,
  peerConnectionContextValue,
  routeEntryContextValue,
  routerInterfaceContextValue,
  regionContextValue,
  routeTableContextValue,
  segment,
  vbrContextValue,
  vpcContextValue,
} from '../../../src/model/contextValue';
import { bgpGroupActions, bgpPeerActions, routerInterfaceActions } from '../../../src/model/resourceActions';
import { type PeerStatus } from '../../../src/model/types';
import { ACCEPTER_UID, peerConnection, REQUESTER_UID, routeEntry } from './fixtures';

/** Reads a context value by the grammar documented in contextValue.ts: kind, plain segments, capabilities. */
function parseContextValue(value: string): { kind: string; segments: string[]; capabilities: string[] } {
  const [kind, ...rest] = value.split(':');
  const firstCapability = rest.findIndex((part) => /^can[A-Z]/.test(part));
  const split = firstCapability < 0 ? rest.length : firstCapability;
  return { kind, segments: rest.slice(0, split), capabilities: rest.slice(split) };
}

describe('contextValue', () => {
  describe('peer connections', () => {
    const cases: Array<[status: PeerStatus, viewer: string[], expected: string]> = [
      ['Accepting', [ACCEPTER_UID], 'peerConnection:Accepting:accepter:interRegion:canAccept:canReject'],
      ['Accepting', [REQUESTER_UID], 'peerConnection:Accepting:requester:interRegion:canDelete'],
      ['Activated', [REQUESTER_UID, ACCEPTER_UID], 'peerConnection:Activated:both:interRegion:canModify:canDelete:canAddRoutes:canRemoveRoutes'],
      ['Creating', [REQUESTER_UID], 'peerConnection:Creating:requester:interRegion'],
      ['Rejected', [], 'peerConnection:Rejected:none:interRegion'],
    ];
    for (const [status, viewer, expected] of cases) {
      it(expected, () => assert.equal(peerConnectionContextValue(peerConnection(status), viewer), expected));
    }

    it('matches the when-clause patterns menus use', () => {
      const accepting = peerConnectionContextValue(peerConnection('Accepting'), [ACCEPTER_UID]);
      assert.match(accepting, /^peerConnection:.*:canAccept/);
      assert.doesNotMatch(peerConnectionContextValue(peerConnection('Accepting'), [REQUESTER_UID]), /^peerConnection:.*:canAccept/);
      const base = peerConnection('Activated');
      const intra = peerConnectionContextValue({ ...base, accepter: { ...base.accepter, regionId: 'cn-hangzhou' } }, [REQUESTER_UID]);
      assert.match(intra, /^peerConnection:Activated:requester:intraRegion:/);
    });

    it('a strange status cannot smuggle in a capability', () => {
      const hostile = peerConnection('Activated');
      const value = peerConnectionContextValue({ ...hostile, status: 'Odd:canAccept' as PeerStatus }, [ACCEPTER_UID]);
      assert.doesNotMatch(value, /:canAccept/);
      assert.equal(parseContextValue(value).segments[0], 'OddcanAccept');
    });
  });

  it('simple kinds', () => {
    assert.equal(vpcContextValue(), 'vpc');
    assert.equal(accountContextValue('sandbox'), 'account:sandbox');
    assert.equal(accountContextValue(undefined), 'account:unknown');
    assert.equal(regionContextValue('failed'), 'region:failed');
    assert.equal(routeTableContextValue({ type: 'Custom' }), 'routeTable:Custom');
    assert.equal(vbrContextValue({ status: 'active' }), 'vbr:active');
  });

  describe('route entries', () => {
    it('names the next hop in lower camel case and marks removable custom routes', () => {
      assert.equal(routeEntryContextValue(routeEntry('t', '10.1.0.0/16', 'VpcPeer', 'pcc-1')), 'routeEntry:vpcPeer:Custom:canRemove');
      assert.equal(routeEntryContextValue(routeEntry('t', '10.0.1.0/24', 'local', '')), 'routeEntry:local:System');
      assert.equal(routeEntryContextValue(routeEntry('t', '10.1.0.0/16', 'VpcPeer', 'pcc-1', { status: 'Pending' })), 'routeEntry:vpcPeer:Custom');
      assert.match(routeEntryContextValue(routeEntry('t', '10.1.0.0/16', 'VpcPeer', 'pcc-1')), /^routeEntry:vpcPeer:.*:canRemove/);
    });
    const hops: Array<[string, string]> = [
      ['NatGateway', 'natGateway'],
      ['IPv6Gateway', 'ipv6Gateway'],
      ['HaVip', 'haVip'],
      ['Instance', 'instance'],
      ['RouterInterface', 'routerInterface'],
    ];
    for (const [type, expected] of hops) it(`${type} → ${expected}`, () => assert.equal(nextHopSegment({ type: 'Custom', nextHops: [{ type, id: 'x' }] }), expected));
    it('several next hops are ecmp', () => {
      assert.equal(nextHopSegment({ type: 'Custom', nextHops: [{ type: 'Instance', id: 'a' }, { type: 'Instance', id: 'b' }] }), 'ecmp');
    });
  });

  describe('router interfaces', () => {
    const cases: Array<[status: string, role: 'InitiatingSide' | 'AcceptingSide', business: string, expected: string]> = [
      ['Idle', 'InitiatingSide', 'Normal', 'routerInterface:Idle:InitiatingSide:canConnect:canDelete'],
      ['Idle', 'AcceptingSide', 'Normal', 'routerInterface:Idle:AcceptingSide:canDelete'],
      ['Active', 'InitiatingSide', 'Normal', 'routerInterface:Active:InitiatingSide:canDeactivate'],
      ['Inactive', 'AcceptingSide', 'Normal', 'routerInterface:Inactive:AcceptingSide:canActivate:canDelete'],
      ['Inactive', 'InitiatingSide', 'FinancialLocked', 'routerInterface:Inactive:InitiatingSide:canDelete'],
      ['Connecting', 'InitiatingSide', 'Normal', 'routerInterface:Connecting:InitiatingSide'],
      ['Deleting', 'AcceptingSide', 'Normal', 'routerInterface:Deleting:AcceptingSide'],
    ];
    for (const [status, role, businessStatus, expected] of cases) {
      it(expected, () => assert.equal(routerInterfaceContextValue({ status, role, businessStatus }), expected));
    }
    it('actions agree with the context value', () => {
      assert.deepEqual(routerInterfaceActions({ status: 'Idle', role: 'InitiatingSide', businessStatus: '' }), ['connect', 'delete']);
    });
  });

  describe('BGP', () => {
    it('groups and peers offer changes only while Available', () => {
      assert.equal(bgpGroupContextValue({ status: 'Available' }), 'bgpGroup:Available:canAddPeer:canModify:canDelete');
      assert.equal(bgpGroupContextValue({ status: 'Pending' }), 'bgpGroup:Pending');
      assert.equal(bgpPeerContextValue({ status: 'Available', bgpStatus: 'Established' }), 'bgpPeer:Available:Established:canModify:canDelete');
      assert.equal(bgpPeerContextValue({ status: 'Modifying', bgpStatus: 'Idle' }), 'bgpPeer:Modifying:Idle');
      assert.deepEqual(bgpPeerActions({ status: 'Deleting' }), []);
      assert.deepEqual(bgpGroupActions({ status: 'Available' }), ['addPeer', 'modify', 'delete']);
    });
  });

  it('segment, capability and parseContextValue', () => {
    assert.equal(segment('Available'), 'Available');
    assert.equal(segment('a b:c/d'), 'abcd');
    assert.equal(segment(''), 'unknown');
    assert.equal(segment(undefined), 'unknown');
    assert.equal(capability('addRoutes'), 'canAddRoutes');
    assert.deepEqual(parseContextValue('peerConnection:Accepting:accepter:interRegion:canAccept:canReject'), {
      kind: 'peerConnection',
      segments: ['Accepting', 'accepter', 'interRegion'],
      capabilities: ['canAccept', 'canReject'],
    });
    assert.deepEqual(parseContextValue('vpc'), { kind: 'vpc', segments: [], capabilities: [] });
  });
});
