import assert from 'node:assert/strict';
import { createRouteEntryCommand, shellQuote } from '../../../src/model/routeCli';
import { describeNextHop, isLocalRoute, pointsAtConnection, routeCoverage } from '../../../src/model/routeCoverage';
import { planRouteRemoval, undoAddedRoutes, undoRemovedRoutes, type CreatedRoute } from '../../../src/model/routeRemoval';
import { ACCEPTER_UID, peerConnection, REQUESTER_UID, routeEntry, routeTable } from './fixtures';

const PCC = 'pcc-hubspoke';

describe('planRouteRemoval', () => {
  const connection = peerConnection('Activated');
  const hubTables = [routeTable('vtb-hub', 'vpc-hub'), routeTable('vtb-hub-custom', 'vpc-hub', { type: 'Custom' })];
  const hubEntries = [
    routeEntry('vtb-hub', '10.1.0.0/16', 'VpcPeer', PCC, { id: 'rte-a', name: 'peer', description: 'to spoke' }),
    routeEntry('vtb-hub', '10.2.0.0/16', 'VpcPeer', 'pcc-other', { id: 'rte-other' }),
    routeEntry('vtb-hub', '10.0.1.0/24', 'local', ''),
    { ...routeEntry('vtb-hub-custom', '10.1.0.0/16', 'VpcPeer', PCC, { id: 'rte-ecmp' }), nextHops: [{ type: 'VpcPeer', id: PCC }, { type: 'Instance', id: 'i-1' }] },
    routeEntry('vtb-not-given', '10.1.0.0/16', 'VpcPeer', PCC, { id: 'rte-stray' }),
  ];

  it('lists the entries that point at the connection in the given tables', () => {
    const plan = planRouteRemoval(connection, { requester: { routeTables: hubTables, routeEntries: hubEntries } });
    assert.deepEqual(plan.removals.map((r) => [r.routeTableId, r.routeEntryId, r.sharedWithOtherNextHops]), [
      ['vtb-hub', 'rte-a', false],
      ['vtb-hub-custom', 'rte-ecmp', true],
    ]);
    assert.deepEqual(plan.removals[0], {
      side: 'requester',
      accountUid: REQUESTER_UID,
      regionId: 'cn-hangzhou',
      vpcId: 'vpc-hub',
      routeTableId: 'vtb-hub',
      routeEntryId: 'rte-a',
      destination: '10.1.0.0/16',
      nextHopType: 'VpcPeer',
      nextHopId: PCC,
      name: 'peer',
      description: 'to spoke',
      sharedWithOtherNextHops: false,
    });
  });

  it('tells the owner of an unseen side what to look for', () => {
    const plan = planRouteRemoval(connection, { requester: { routeTables: hubTables, routeEntries: hubEntries } });
    assert.equal(plan.manual.length, 1);
    const manual = plan.manual[0];
    assert.equal(manual.accountUid, ACCEPTER_UID);
    assert.match(manual.summary, /may still point at peer connection hub-to-spoke \(pcc-hubspoke\); its owner must delete them, or the connection must be deleted with Force/);
    assert.equal(manual.commands[2], `aliyun vpc DescribeRouteEntryList --RegionId cn-shanghai --RouteTableId '<system route table of vpc-spoke>' --NextHopType VpcPeer --NextHopId ${PCC}`);
  });

  it('finds nothing when no route points at the connection', () => {
    const plan = planRouteRemoval(connection, { requester: { routeTables: hubTables, routeEntries: [] }, accepter: { routeTables: [], routeEntries: [] } });
    assert.deepEqual(plan, { connectionId: PCC, removals: [], manual: [] });
  });

  it('undo of adding removes the created entries, last first; undo of removing re-adds them', () => {
    const created: CreatedRoute[] = ['10.1.0.0/16', '10.3.0.0/16'].map((destination, i) => ({
      side: 'requester',
      accountUid: REQUESTER_UID,
      regionId: 'cn-hangzhou',
      vpcId: 'vpc-hub',
      routeTableId: 'vtb-hub',
      destination,
      nextHopType: 'VpcPeer',
      nextHopId: PCC,
      name: 'peer',
      description: 'd',
      routeEntryId: `rte-${i}`,
    }));
    const removals = undoAddedRoutes(created);
    assert.deepEqual(removals.map((r) => r.routeEntryId), ['rte-1', 'rte-0']);
    const readded = undoRemovedRoutes(removals);
    assert.deepEqual(readded, created.map(({ routeEntryId: _id, ...planned }) => planned));
  });
});

describe('routeCoverage', () => {
  const entries = [
    routeEntry('t', '10.1.0.0/16', 'VpcPeer', PCC),
    routeEntry('t', '10.1.5.0/24', 'Instance', 'i-fw'),
    routeEntry('t', '10.2.1.0/24', 'VpcPeer', PCC),
    routeEntry('t', '0.0.0.0/0', 'NatGateway', 'ngw-1'),
    routeEntry('t', '10.0.1.0/24', 'local', ''),
  ];
  const cases: Array<[destination: string, state: string, diverting: string[], partial: string[]]> = [
    ['10.1.0.0/16', 'routed', ['10.1.5.0/24'], []],
    ['10.1.128.0/17', 'routed', [], []],
    ['10.2.0.0/16', 'partial', [], ['10.2.1.0/24']],
    ['10.3.0.0/16', 'diverted', [], []],
    ['10.0.0.0/16', 'diverted', ['10.0.1.0/24'], []],
  ];
  for (const [destination, state, diverting, partial] of cases) {
    it(`${destination} → ${state}`, () => {
      const coverage = routeCoverage(destination, entries, PCC);
      assert.equal(coverage.state, state);
      assert.deepEqual(coverage.divertingRoutes.map((e) => e.destination), diverting);
      assert.deepEqual(coverage.partialRoutes.map((e) => e.destination), partial);
    });
  }
  it('missing when nothing holds the destination', () => {
    assert.equal(routeCoverage('10.3.0.0/16', entries.slice(0, 3), PCC).state, 'missing');
  });
  it('recognises local routes and describes next hops', () => {
    assert.equal(isLocalRoute(routeEntry('t', '10.0.1.0/24', 'local', '')), true);
    assert.equal(isLocalRoute({ type: 'System', nextHops: [{ type: 'local', id: '' }] }), true);
    assert.equal(isLocalRoute(routeEntry('t', '0.0.0.0/0', 'NatGateway', 'ngw-1')), false);
    assert.equal(describeNextHop(entries[4]), 'local (the VPC itself)');
    assert.equal(describeNextHop({ type: 'Custom', nextHops: [{ type: 'Instance', id: 'i-1' }, { type: 'Instance', id: 'i-2' }] }), 'Instance i-1 + Instance i-2');
    assert.equal(pointsAtConnection(entries[0], PCC), true);
    assert.equal(pointsAtConnection(entries[0], 'pcc-other'), false);
  });
});

describe('routeCli', () => {
  const quoting: Array<[string, string]> = [
    ['vtb-123', 'vtb-123'],
    ['10.0.0.0/16', '10.0.0.0/16'],
    ['2408:4000::/56', '2408:4000::/56'],
    ['two words', "'two words'"],
    ['<placeholder>', "'<placeholder>'"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf ~)', "'$(rm -rf ~)'"],
    ['', "''"],
  ];
  for (const [input, quoted] of quoting) it(`shellQuote(${JSON.stringify(input)}) = ${quoted}`, () => assert.equal(shellQuote(input), quoted));

  it('builds CreateRouteEntry lines, leaving out empty options', () => {
    assert.equal(
      createRouteEntryCommand({ regionId: 'cn-hangzhou', routeTableId: 'vtb-1', destination: '10.1.0.0/16', nextHopType: 'VpcPeer', nextHopId: PCC, name: '' }),
      `aliyun vpc CreateRouteEntry --RegionId cn-hangzhou --RouteTableId vtb-1 --DestinationCidrBlock 10.1.0.0/16 --NextHopType VpcPeer --NextHopId ${PCC}`,
    );
  });
});
