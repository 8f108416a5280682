import assert from 'node:assert/strict';
import { hasBlockingConflicts, planRoutes, type RouteConflictKind, type RoutePlan, type RoutePlanOptions, type RouteSideView } from '../../../src/model/routePlan';
import { type PeerConnection, type RouteEntry } from '../../../src/model/types';
import { ACCEPTER_UID, peerConnection, REQUESTER_UID, routeEntry, routeTable, vpc, vSwitch } from './fixtures';

const PCC = 'pcc-hubspoke';

function hubView(entries: RouteEntry[] = [], overrides: Partial<RouteSideView> = {}): RouteSideView {
  return {
    vpc: vpc('vpc-hub', { cidrBlock: '10.0.0.0/16', secondaryCidrs: ['172.16.0.0/24'] }),
    routeTables: [routeTable('vtb-hub', 'vpc-hub'), routeTable('vtb-hub-custom', 'vpc-hub', { type: 'Custom', vSwitchIds: ['vsw-h2'] })],
    routeEntries: [routeEntry('vtb-hub', '10.0.1.0/24', 'local', ''), routeEntry('vtb-hub-custom', '10.0.2.0/24', 'local', ''), ...entries],
    vSwitches: [vSwitch('vsw-h1', 'vpc-hub', '10.0.1.0/24'), vSwitch('vsw-h2', 'vpc-hub', '10.0.2.0/24', { routeTableId: 'vtb-hub-custom' })],
    ...overrides,
  };
}

function spokeView(entries: RouteEntry[] = [], overrides: Partial<RouteSideView> = {}): RouteSideView {
  return {
    vpc: vpc('vpc-spoke', { cidrBlock: '10.1.0.0/16', regionId: 'cn-shanghai', accountUid: ACCEPTER_UID }),
    routeTables: [routeTable('vtb-spoke', 'vpc-spoke', { regionId: 'cn-shanghai' })],
    routeEntries: [routeEntry('vtb-spoke', '10.1.1.0/24', 'local', '', { regionId: 'cn-shanghai' }), ...entries],
    vSwitches: [vSwitch('vsw-s1', 'vpc-spoke', '10.1.1.0/24', { regionId: 'cn-shanghai' })],
    ...overrides,
  };
}

function connectionWith(accepterCidrs: string[], overrides: Partial<PeerConnection> = {}): PeerConnection {
  const base = peerConnection('Activated');
  return { ...base, requester: { ...base.requester, ipv4Cidrs: ['10.0.0.0/16', '172.16.0.0/24'] }, accepter: { ...base.accepter, ipv4Cidrs: accepterCidrs }, ...overrides };
}

const added = (plan: RoutePlan): string[] => plan.toAdd.map((r) => `${r.side} ${r.routeTableId} ${r.destination}`);
const kinds = (plan: RoutePlan, severity?: string): RouteConflictKind[] => plan.conflicts.filter((c) => !severity || c.severity === severity).map((c) => c.kind);

describe('planRoutes', () => {
  it('routes each VPC to all of the other’s blocks in the system tables, through the connection', () => {
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView(), accepter: spokeView() } });
    assert.deepEqual(plan.blockers, []);
    assert.deepEqual(added(plan), ['requester vtb-hub 10.1.0.0/16', 'accepter vtb-spoke 10.0.0.0/16', 'accepter vtb-spoke 172.16.0.0/24']);
    const first = plan.toAdd[0];
    assert.deepEqual(first, {
      side: 'requester',
      accountUid: REQUESTER_UID,
      regionId: 'cn-hangzhou',
      vpcId: 'vpc-hub',
      routeTableId: 'vtb-hub',
      destination: '10.1.0.0/16',
      nextHopType: 'VpcPeer',
      nextHopId: PCC,
      name: `peer-${PCC}`,
      description: `To vpc-spoke through peer connection ${PCC}`,
    });
    assert.deepEqual(kinds(plan), ['tableNotCovered']);
    assert.match(plan.conflicts[0].message, /vsw-h2 use custom route table vtb-hub-custom/);
    assert.equal(hasBlockingConflicts(plan), false);
    assert.deepEqual(plan.manual, []);
  });

  it('is idempotent: entries already there are reported, not added', () => {
    const hub = hubView([routeEntry('vtb-hub', '10.1.0.0/16', 'VpcPeer', PCC)]);
    const spoke = spokeView([
      routeEntry('vtb-spoke', '10.0.0.0/16', 'VpcPeer', PCC),
      routeEntry('vtb-spoke', '172.16.0.0/24', 'VpcPeer', PCC),
    ]);
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hub, accepter: spoke } });
    assert.deepEqual(plan.toAdd, []);
    assert.deepEqual(plan.alreadyPresent.map((r) => `${r.routeTableId} ${r.destination}`), ['vtb-hub 10.1.0.0/16', 'vtb-spoke 10.0.0.0/16', 'vtb-spoke 172.16.0.0/24']);
    assert.ok(plan.alreadyPresent.every((r) => r.existingEntryId.startsWith('rte-')));
  });

  it('uses the VPC’s own blocks when visible, and the connection’s report otherwise', () => {
    const stale = connectionWith(['10.9.0.0/16']);
    const visible = planRoutes({ connection: stale, sides: { requester: hubView(), accepter: spokeView() }, options: { sides: ['requester'] } });
    assert.deepEqual(added(visible), ['requester vtb-hub 10.1.0.0/16']);
    const unseen = planRoutes({ connection: stale, sides: { requester: hubView() }, options: { sides: ['requester'] } });
    assert.deepEqual(added(unseen), ['requester vtb-hub 10.9.0.0/16']);
  });

  it('refuses a destination already routed to another next hop', () => {
    const hub = hubView([routeEntry('vtb-hub', '10.1.0.0/16', 'VpnGateway', 'vpn-1')]);
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hub }, options: { sides: ['requester'] } });
    assert.deepEqual(plan.toAdd, []);
    const conflict = plan.conflicts.find((c) => c.kind === 'sameDestinationOtherNextHop');
    assert.equal(conflict?.severity, 'error');
    assert.equal(conflict?.existing?.nextHop, 'VpnGateway vpn-1');
    assert.match(conflict?.message ?? '', /already routes 10\.1\.0\.0\/16 to VpnGateway vpn-1/);
    assert.equal(hasBlockingConflicts(plan), true);
  });

  it('names the other connection a table already routes to, when it is known by name', () => {
    const hub = hubView([routeEntry('vtb-hub', '10.1.0.0/16', 'VpcPeer', 'pcc-other')]);
    const hopName = (id: string) => (id === 'pcc-other' ? 'hub-to-dr (pcc-other)' : undefined);
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hub }, options: { sides: ['requester'], hopName } });
    const conflict = plan.conflicts.find((c) => c.kind === 'sameDestinationOtherNextHop');
    assert.match(conflict?.message ?? '', /already routes 10\.1\.0\.0\/16 to VpcPeer hub-to-dr \(pcc-other\)/);
    const unnamed = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hub }, options: { sides: ['requester'] } });
    assert.match(unnamed.conflicts.find((c) => c.kind === 'sameDestinationOtherNextHop')?.message ?? '', /to VpcPeer pcc-other /);
  });

  describe('overlapping address space', () => {
    const cases: Array<[accepterBlock: string, kind: RouteConflictKind, severity: string, addedToo: boolean, message: RegExp]> = [
      ['10.0.1.0/24', 'overlapsLocalVSwitch', 'error', false, /equals the local vSwitch CIDR 10\.0\.1\.0\/24 \(vsw-h1\)/],
      ['10.0.1.128/25', 'overlapsLocalVSwitch', 'error', false, /lies inside the local vSwitch CIDR 10\.0\.1\.0\/24/],
      ['10.0.0.0/8', 'overlapsLocalVSwitch', 'warning', true, /contains the local vSwitch CIDRs 10\.0\.1\.0\/24 \(vsw-h1\), 10\.0\.2\.0\/24 \(vsw-h2\)/],
      ['10.0.128.0/17', 'overlapsLocalVpc', 'warning', true, /overlaps this VPC's own block 10\.0\.0\.0\/16/],
    ];
    for (const [block, kind, severity, addedToo, message] of cases) {
      it(`peer block ${block} → ${severity} ${kind}`, () => {
        const plan = planRoutes({ connection: connectionWith([block]), sides: { requester: hubView() }, options: { sides: ['requester'] } });
        const conflict = plan.conflicts.find((c) => c.kind === kind);
        assert.equal(conflict?.severity, severity);
        assert.match(conflict?.message ?? '', message);
        assert.equal(plan.toAdd.length, addedToo ? 1 : 0);
      });
    }
    it('warns, and still adds, a destination inside 100.64.0.0/10 (shared address space)', () => {
      const plan = planRoutes({ connection: connectionWith(['100.64.8.0/24']), sides: { requester: hubView() }, options: { sides: ['requester'] } });
      assert.deepEqual(kinds(plan, 'warning'), ['sharedAddressSpace']);
      assert.match(plan.conflicts.find((c) => c.kind === 'sharedAddressSpace')?.message ?? '', /100\.64\.8\.0\/24 lies inside 100\.64\.0\.0\/10/);
      assert.deepEqual(added(plan), ['requester vtb-hub 100.64.8.0/24']);
      assert.equal(hasBlockingConflicts(plan), false);
    });
    it('treats local system routes as vSwitches when the vSwitch list is absent', () => {
      const plan = planRoutes({ connection: connectionWith(['10.0.1.0/24']), sides: { requester: hubView([], { vSwitches: undefined }) }, options: { sides: ['requester'] } });
      assert.deepEqual(kinds(plan, 'error'), ['overlapsLocalVSwitch']);
    });
  });

  it('warns about more specific routes that keep part of the traffic, and notes the route it overrides', () => {
    const hub = hubView([
      routeEntry('vtb-hub', '10.1.5.0/24', 'Instance', 'i-firewall'),
      routeEntry('vtb-hub', '10.1.6.0/24', 'VpcPeer', PCC),
      routeEntry('vtb-hub', '0.0.0.0/0', 'NatGateway', 'ngw-1'),
    ]);
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hub }, options: { sides: ['requester'] } });
    assert.deepEqual(added(plan), ['requester vtb-hub 10.1.0.0/16']);
    const steal = plan.conflicts.filter((c) => c.kind === 'moreSpecificRoute');
    assert.equal(steal.length, 1, 'a more specific route through the same connection is no thief');
    assert.equal(steal[0].severity, 'warning');
    assert.match(steal[0].message, /10\.1\.5\.0\/24 → Instance i-firewall/);
    const overridden = plan.conflicts.find((c) => c.kind === 'lessSpecificRoute');
    assert.equal(overridden?.severity, 'info');
    assert.match(overridden?.message ?? '', /now follows 0\.0\.0\.0\/0 → NatGateway ngw-1/);
  });

  it('stops at the 200 custom entries of a table', () => {
    const full = Array.from({ length: 199 }, (_, i) => routeEntry('vtb-hub', `192.168.${i}.0/24`, 'Instance', 'i-1'));
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16', '10.2.0.0/16']), sides: { requester: hubView(full) }, options: { sides: ['requester'] } });
    assert.deepEqual(added(plan), ['requester vtb-hub 10.1.0.0/16']);
    const quota = plan.conflicts.find((c) => c.kind === 'quotaExceeded');
    assert.equal(quota?.destination, '10.2.0.0/16');
    assert.match(quota?.message ?? '', /already holds 200 custom route entries/);
    const exactlyFull = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView([...full, routeEntry('vtb-hub', '192.168.250.0/24', 'Instance', 'i-1')]) }, options: { sides: ['requester'] } });
    assert.deepEqual(exactlyFull.toAdd, []);
  });

  it('routes chosen destinations only, if they are inside the peer VPC and routable', () => {
    const options: RoutePlanOptions = { sides: ['requester'], destinations: { requester: ['10.1.1.0/24', '10.1.1.0/24', '192.168.0.0/24', '10.1.0.1/16', '224.0.0.0/4', 'oops'] } };
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView(), accepter: spokeView() }, options });
    assert.deepEqual(added(plan), ['requester vtb-hub 10.1.1.0/24']);
    assert.deepEqual(
      plan.conflicts.filter((c) => c.severity === 'error').map((c) => `${c.kind} ${c.destination}`),
      ['outsidePeerVpc 192.168.0.0/24', 'invalidDestination 10.1.0.1/16', 'invalidDestination 224.0.0.0/4', 'invalidDestination oops'],
    );
  });

  it('uses chosen tables, and refuses tables of another VPC', () => {
    const options: RoutePlanOptions = { sides: ['requester'], routeTableIds: { requester: ['vtb-hub', 'vtb-hub-custom', 'vtb-elsewhere'] } };
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView() }, options });
    assert.deepEqual(added(plan), ['requester vtb-hub 10.1.0.0/16', 'requester vtb-hub-custom 10.1.0.0/16']);
    assert.deepEqual(kinds(plan), ['unknownRouteTable']);
  });

  it('needs a system route table when none is chosen', () => {
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView([], { routeTables: [] }) }, options: { sides: ['requester'] } });
    assert.deepEqual(kinds(plan), ['noSystemRouteTable']);
    assert.deepEqual(plan.toAdd, []);
  });

  it('writes instructions for a side nobody here can reach', () => {
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView() } });
    assert.deepEqual(added(plan), ['requester vtb-hub 10.1.0.0/16']);
    assert.equal(plan.manual.length, 1);
    const manual = plan.manual[0];
    assert.equal(manual.side, 'accepter');
    assert.equal(manual.usesPlaceholder, true);
    assert.deepEqual(manual.commands, [
      '# Find the system route table of vpc-spoke and put its ID in place of <system route table of vpc-spoke>:',
      'aliyun vpc DescribeRouteTableList --RegionId cn-shanghai --VpcId vpc-spoke --RouteTableType System',
      `aliyun vpc CreateRouteEntry --RegionId cn-shanghai --RouteTableId '<system route table of vpc-spoke>' --DestinationCidrBlock 10.0.0.0/16 --NextHopType VpcPeer --NextHopId ${PCC} --RouteEntryName peer-${PCC} --Description 'To vpc-hub through peer connection ${PCC}'`,
      `aliyun vpc CreateRouteEntry --RegionId cn-shanghai --RouteTableId '<system route table of vpc-spoke>' --DestinationCidrBlock 172.16.0.0/24 --NextHopType VpcPeer --NextHopId ${PCC} --RouteEntryName peer-${PCC} --Description 'To vpc-hub through peer connection ${PCC}'`,
    ]);
    assert.equal(
      manual.summary,
      `The owner of account ${ACCEPTER_UID} must add 2 routes to VPC vpc-spoke (cn-shanghai), in its system route table: 10.0.0.0/16, 172.16.0.0/24 with next hop type VpcPeer and next hop ${PCC} (peer connection hub-to-spoke).`,
    );
  });

  it('names the owner’s table in the instructions when it is known', () => {
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView() }, options: { sides: ['accepter'], routeTableIds: { accepter: ['vtb-spoke'] } } });
    const manual = plan.manual[0];
    assert.equal(manual.usesPlaceholder, false);
    assert.equal(manual.commands.length, 2);
    assert.match(manual.commands[0], /--RouteTableId vtb-spoke /);
    assert.match(manual.summary, /in route table vtb-spoke:/);
  });

  it('plans nothing for a connection that is not Activated, but still shows conflicts', () => {
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16'], { status: 'Accepting' }), sides: { requester: hubView([routeEntry('vtb-hub', '10.1.0.0/16', 'Instance', 'i-1')]) } });
    assert.deepEqual(plan.blockers, [`Routes can point at an activated connection only; hub-to-spoke (${PCC}) is Accepting.`]);
    assert.deepEqual(plan.toAdd, []);
    assert.ok(kinds(plan).includes('sameDestinationOtherNextHop'));
    assert.equal(hasBlockingConflicts(plan), true);
  });

  it('refuses an entry name outside the limits', () => {
    const plan = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView() }, options: { entryName: 'x'.repeat(129) } });
    assert.match(plan.blockers[0], /route entry name must be 1–128 characters long; it has 129/);
    assert.deepEqual(plan.toAdd, []);
  });

  it('routes IPv6 blocks only when asked', () => {
    const spoke = spokeView([], { vpc: vpc('vpc-spoke', { cidrBlock: '10.1.0.0/16', ipv6Cidrs: ['2408:4000:100::/56'] }) });
    const without = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView(), accepter: spoke }, options: { sides: ['requester'] } });
    assert.deepEqual(added(without), ['requester vtb-hub 10.1.0.0/16']);
    const withIpv6 = planRoutes({ connection: connectionWith(['10.1.0.0/16']), sides: { requester: hubView(), accepter: spoke }, options: { sides: ['requester'], includeIpv6: true } });
    assert.deepEqual(added(withIpv6), ['requester vtb-hub 10.1.0.0/16', 'requester vtb-hub 2408:4000:100::/56']);
  });
});
