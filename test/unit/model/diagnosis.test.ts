import assert from 'node:assert/strict';
import { diagnoseConnectivity, diagnosisVpc, type ConnectivityInput, type DiagnosisVpc, type Finding } from '../../../src/model/diagnosis';
import { codeSpan, describeFix, escapeMarkdown, renderDiagnosisMarkdown } from '../../../src/model/diagnosisMarkdown';
import { type PeerConnection, type RouteEntry, type RouteTable } from '../../../src/model/types';
import { ACCEPTER_UID, peerConnection, REQUESTER_UID, routeEntry, routeTable, vpc } from './fixtures';

const PCC = 'pcc-hubspoke';

function hub(entries: RouteEntry[] | undefined, tables: RouteTable[] = [routeTable('vtb-hub', 'vpc-hub')]): DiagnosisVpc {
  const v = vpc('vpc-hub', { cidrBlock: '10.0.0.0/16', name: 'hub' });
  return entries === undefined ? diagnosisVpc(v) : diagnosisVpc(v, tables, [routeEntry('vtb-hub', '10.0.1.0/24', 'local', ''), ...entries]);
}

function spoke(entries: RouteEntry[] | undefined, cidrBlock = '10.1.0.0/16'): DiagnosisVpc {
  const v = vpc('vpc-spoke', { cidrBlock, regionId: 'cn-shanghai', accountUid: ACCEPTER_UID, name: 'spoke' });
  return entries === undefined ? diagnosisVpc(v) : diagnosisVpc(v, [routeTable('vtb-spoke', 'vpc-spoke')], entries);
}

const toSpoke = (): RouteEntry => routeEntry('vtb-hub', '10.1.0.0/16', 'VpcPeer', PCC);
const toHub = (): RouteEntry => routeEntry('vtb-spoke', '10.0.0.0/16', 'VpcPeer', PCC);

function diagnose(a: DiagnosisVpc, b: DiagnosisVpc, connections: PeerConnection[], extra: Partial<ConnectivityInput> = {}) {
  return diagnoseConnectivity({ a, b, connections, viewer: [REQUESTER_UID], ...extra });
}

const codes = (findings: Finding[]): string[] => findings.map((f) => `${f.severity} ${f.code}`);

describe('diagnoseConnectivity', () => {
  it('all clear: active connection, both sides route each other', () => {
    const result = diagnose(hub([toSpoke()]), spoke([toHub()]), [peerConnection('Activated')]);
    assert.deepEqual(codes(result.findings), ['ok connectionActive', 'ok routesComplete', 'ok routesComplete']);
    assert.equal(result.verdict, 'ok');
    assert.equal(result.connection?.id, PCC);
    assert.equal(result.summary, 'The VPCs can reach each other through the peer connection.');
  });

  it('works whichever VPC is given first', () => {
    const result = diagnose(spoke([toHub()]), hub([toSpoke()]), [peerConnection('Activated')]);
    assert.equal(result.verdict, 'ok');
  });

  it('the same VPC twice', () => {
    const result = diagnose(hub([]), hub([]), []);
    assert.deepEqual(codes(result.findings), ['error sameVpc']);
  });

  it('no connection: proposes creating one, and still checks the address spaces', () => {
    const result = diagnose(hub([]), spoke([], '10.0.0.0/16'), [peerConnection('Deleted')]);
    assert.deepEqual(codes(result.findings), ['error noConnection', 'error cidrOverlap']);
    assert.deepEqual(result.findings[0].fix, {
      action: 'createPeerConnection',
      args: { vpcId: 'vpc-hub', regionId: 'cn-hangzhou', acceptingVpcId: 'vpc-spoke', acceptingRegionId: 'cn-shanghai', acceptingAccountUid: ACCEPTER_UID },
    });
    assert.equal(result.verdict, 'error');
  });

  describe('connection status', () => {
    it('Accepting: the accepter must accept', () => {
      const c = peerConnection('Accepting', { expiresAt: '2024-05-01T09:02:36Z' });
      const asRequester = diagnose(hub([]), spoke([]), [c], { now: Date.parse('2024-04-28T09:02:36Z') });
      assert.deepEqual(codes(asRequester.findings), ['error awaitingAcceptance']);
      assert.match(asRequester.findings[0].detail, /^hub-to-spoke \(pcc-hubspoke\) is waiting for acceptance\. /);
      assert.match(asRequester.findings[0].detail, new RegExp(`Ask the owner of account ${ACCEPTER_UID} to accept it\\. Deadline: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(expires in 3 days\\)\\.$`));
      const late = diagnose(hub([]), spoke([]), [c], { now: Date.parse('2024-05-01T11:02:36Z') });
      assert.match(late.findings[0].detail, /\(expired 2 hours ago\)\.$/);
      assert.deepEqual(asRequester.findings[0].fix, { action: 'accept', args: { connectionId: PCC } });
      const asAccepter = diagnose(hub([]), spoke([]), [c], { viewer: new Set([ACCEPTER_UID]) });
      assert.match(asAccepter.findings[0].detail, /You hold account/);
    });
    for (const status of ['Rejected', 'Expired'] as const) {
      it(`${status}: delete and recreate`, () => {
        const result = diagnose(hub([]), spoke([]), [peerConnection(status)]);
        assert.equal(result.findings[0].code, status === 'Rejected' ? 'connectionRejected' : 'connectionExpired');
        assert.equal(result.findings[0].fix?.action, 'deleteAndRecreate');
        assert.deepEqual(result.findings[0].fix?.args, {
          connectionId: PCC,
          vpcId: 'vpc-hub',
          regionId: 'cn-hangzhou',
          acceptingVpcId: 'vpc-spoke',
          acceptingRegionId: 'cn-shanghai',
          acceptingAccountUid: ACCEPTER_UID,
        });
      });
    }
    for (const status of ['Creating', 'Updating'] as const) {
      it(`${status}: wait`, () => {
        const result = diagnose(hub([]), spoke([]), [peerConnection(status)]);
        assert.deepEqual(codes(result.findings), ['warning connectionInTransition']);
        assert.equal(result.findings[0].fix?.action, 'wait');
        assert.equal(result.verdict, 'warning');
      });
    }
    it('Deleting: an error, wait then recreate', () => {
      const result = diagnose(hub([]), spoke([]), [peerConnection('Deleting')]);
      assert.deepEqual(codes(result.findings), ['error connectionDeleting']);
    });
    it('a business lock is an error of its own', () => {
      const result = diagnose(hub([toSpoke()]), spoke([toHub()]), [peerConnection('Activated', { bizStatus: 'FinancialLocked' })]);
      assert.ok(codes(result.findings).includes('error businessLocked'));
    });
    it('of several connections, looks at the active one and says so', () => {
      const stale = peerConnection('Rejected', { id: 'pcc-old' });
      const result = diagnose(hub([toSpoke()]), spoke([toHub()]), [stale, peerConnection('Activated')]);
      assert.equal(result.connection?.id, PCC);
      assert.ok(codes(result.findings).includes('warning multipleConnections'));
      assert.match(result.findings.find((f) => f.code === 'multipleConnections')?.detail ?? '', /hub-to-spoke \(pcc-old\): Rejected/);
    });
  });

  describe('routes', () => {
    it('missing on one side: names the table and destinations, proposes adding them', () => {
      const result = diagnose(hub([toSpoke()]), spoke([routeEntry('vtb-spoke', '0.0.0.0/0', 'NatGateway', 'ngw-1')]), [peerConnection('Activated')]);
      assert.deepEqual(codes(result.findings), ['ok connectionActive', 'ok routesComplete', 'error routesMissing']);
      const missing = result.findings[2];
      assert.match(missing.detail, /system route table vtb-spoke lacks a route through hub-to-spoke \(pcc-hubspoke\) for 10\.0\.0\.0\/16 \(now follows 0\.0\.0\.0\/0 → NatGateway ngw-1\)/);
      assert.deepEqual(missing.fix, { action: 'addRoutes', args: { connectionId: PCC, side: 'accepter', routeTableId: 'vtb-spoke', destinations: ['10.0.0.0/16'] } });
      assert.equal(result.verdict, 'error');
    });

    it('a route being deleted no longer counts', () => {
      const going = routeEntry('vtb-spoke', '10.0.0.0/16', 'VpcPeer', PCC, { status: 'Deleting' });
      const result = diagnose(hub([toSpoke()]), spoke([going]), [peerConnection('Activated')]);
      assert.ok(codes(result.findings).includes('error routesMissing'));
    });

    it('a side nobody here can see is unknown, not broken', () => {
      const result = diagnose(hub([toSpoke()]), spoke(undefined), [peerConnection('Activated')]);
      assert.deepEqual(codes(result.findings), ['ok connectionActive', 'ok routesComplete', 'unknown routesUnknown']);
      assert.match(result.findings[2].detail, new RegExp(`account ${ACCEPTER_UID}\\)\\. Ask its owner to check that 10\\.0\\.0\\.0/16 route to hub-to-spoke \\(${PCC}\\)`));
      assert.equal(result.verdict, 'unknown');
      assert.match(result.summary, /cannot be checked/);
    });

    it('a more specific route that takes part of the traffic elsewhere', () => {
      const thief = routeEntry('vtb-hub', '10.1.5.0/24', 'Instance', 'i-fw', { id: 'rte-fw' });
      const result = diagnose(hub([toSpoke(), thief]), spoke([toHub()]), [peerConnection('Activated')]);
      const diverted = result.findings.find((f) => f.code === 'routeDiverted');
      assert.equal(diverted?.severity, 'warning');
      assert.match(diverted?.detail ?? '', /traffic to 10\.1\.5\.0\/24 \(part of 10\.1\.0\.0\/16\) follows 10\.1\.5\.0\/24 → Instance i-fw \(rte-fw\) instead of hub-to-spoke \(pcc-hubspoke\)/);
      assert.deepEqual(diverted?.fix, { action: 'removeRoute', args: { routeTableId: 'vtb-hub', routeEntryId: 'rte-fw', regionId: 'cn-hangzhou' } });
      assert.equal(result.verdict, 'warning');
    });

    it('a more specific route that wins over the connection’s less specific one', () => {
      const broad = routeEntry('vtb-hub', '10.0.0.0/8', 'VpcPeer', PCC);
      const vpn = routeEntry('vtb-hub', '10.1.0.0/16', 'VpnGateway', 'vpn-1', { id: 'rte-vpn' });
      const result = diagnose(hub([broad, vpn]), spoke([toHub()]), [peerConnection('Activated')]);
      const diverted = result.findings.find((f) => f.code === 'routeDiverted');
      assert.equal(diverted?.severity, 'error');
      assert.match(diverted?.detail ?? '', /traffic to 10\.1\.0\.0\/16 follows 10\.1\.0\.0\/16 → VpnGateway vpn-1/);
    });

    it('only parts of the other VPC routed', () => {
      const part = routeEntry('vtb-hub', '10.1.1.0/24', 'VpcPeer', PCC);
      const result = diagnose(hub([part]), spoke([toHub()]), [peerConnection('Activated')]);
      const partial = result.findings.find((f) => f.code === 'routesPartial');
      assert.equal(partial?.severity, 'warning');
      assert.match(partial?.detail ?? '', /only parts of 10\.1\.0\.0\/16 \(only 10\.1\.1\.0\/24\)/);
      assert.deepEqual(partial?.fix?.args.destinations, ['10.1.0.0/16']);
    });

    it('checks custom route tables that vSwitches use, and skips unused ones', () => {
      const tables = [routeTable('vtb-hub', 'vpc-hub'), routeTable('vtb-used', 'vpc-hub', { type: 'Custom', vSwitchIds: ['vsw-2'] }), routeTable('vtb-unused', 'vpc-hub', { type: 'Custom' })];
      const result = diagnose(hub([toSpoke()], tables), spoke([toHub()]), [peerConnection('Activated')]);
      const missing = result.findings.filter((f) => f.code === 'routesMissing');
      assert.equal(missing.length, 1);
      assert.match(missing[0].detail, /custom route table vtb-used/);
    });

    it('does not ask for routes while the connection is not active', () => {
      const result = diagnose(hub([]), spoke([]), [peerConnection('Accepting')]);
      assert.ok(!result.findings.some((f) => f.code === 'routesMissing'));
    });
  });

  describe('overlapping address space', () => {
    it('identical blocks: nothing can be reached', () => {
      const result = diagnose(hub([]), spoke([], '10.0.0.0/16'), [peerConnection('Activated')]);
      const overlap = result.findings.find((f) => f.code === 'cidrOverlap');
      assert.equal(overlap?.severity, 'error');
      assert.match(overlap?.detail ?? '', /10\.0\.0\.0\/16 of hub \(vpc-hub\) with 10\.0\.0\.0\/16 of spoke \(vpc-spoke\)\. Peering cannot route the overlapping addresses.*No part of one VPC is reachable/);
      assert.ok(!result.findings.some((f) => f.code === 'routesMissing'), 'no route can fix an overlap, so none is asked for');
    });
    it('partly overlapping: a warning, and the rest is still checked', () => {
      const a = diagnosisVpc(vpc('vpc-hub', { cidrBlock: '10.0.0.0/16', secondaryCidrs: ['172.16.0.0/24'] }), [routeTable('vtb-hub', 'vpc-hub')], [toSpoke()]);
      const b = diagnosisVpc(vpc('vpc-spoke', { cidrBlock: '10.1.0.0/16', secondaryCidrs: ['172.16.0.0/20'] }), [routeTable('vtb-spoke', 'vpc-spoke')], [toHub()]);
      const result = diagnose(a, b, [peerConnection('Activated')]);
      assert.equal(result.findings.find((f) => f.code === 'cidrOverlap')?.severity, 'warning');
      assert.equal(result.verdict, 'warning');
    });
    it('falls back to the blocks the connection reports', () => {
      const result = diagnose({ vpcId: 'vpc-hub' }, { vpcId: 'vpc-spoke' }, [peerConnection('Activated')]);
      assert.ok(!result.findings.some((f) => f.code === 'addressSpaceUnknown'));
      assert.deepEqual(codes(result.findings), ['ok connectionActive', 'unknown routesUnknown', 'unknown routesUnknown']);
    });
    it('says when an address space is unknown', () => {
      const result = diagnose({ vpcId: 'vpc-hub' }, { vpcId: 'vpc-x' }, []);
      assert.equal(result.findings.filter((f) => f.code === 'addressSpaceUnknown').length, 2);
    });
  });
});

describe('diagnosis wording', () => {
  it('names the connection and the VPCs by name, then id, and says where the connection stands in words', () => {
    const result = diagnose(hub([toSpoke()]), spoke([toHub()]), [peerConnection('Activated')]);
    const active = result.findings.find((f) => f.code === 'connectionActive');
    assert.equal(active?.detail, 'hub-to-spoke (pcc-hubspoke) is active.');
    assert.deepEqual(result.findings.filter((f) => f.code === 'routesComplete').map((f) => f.title), [
      'hub (vpc-hub) routes spoke (vpc-spoke) through the connection',
      'spoke (vpc-spoke) routes hub (vpc-hub) through the connection',
    ]);
  });

  it('falls back to the id where there is no name', () => {
    const unnamedHub = { ...hub([]), name: '' };
    const result = diagnose(unnamedHub, spoke([toHub()]), [peerConnection('Rejected', { name: '' })]);
    assert.equal(result.findings[0].detail, 'pcc-hubspoke was rejected and will never carry traffic; delete it and create a new request.');
    const none = diagnose(unnamedHub, spoke([]), []);
    assert.equal(none.findings[0].detail, 'No peer connection joins vpc-hub and spoke (vpc-spoke).');
  });

  it('names a peer connection another route points at', () => {
    const other = peerConnection('Activated', { id: 'pcc-other', name: 'hub-to-dr' });
    const thief = routeEntry('vtb-hub', '10.1.5.0/24', 'VpcPeer', 'pcc-other', { id: 'rte-dr' });
    const result = diagnose(hub([toSpoke(), thief]), spoke([toHub()]), [peerConnection('Activated'), other]);
    const diverted = result.findings.find((f) => f.code === 'routeDiverted');
    assert.match(diverted?.detail ?? '', /follows 10\.1\.5\.0\/24 → peer connection hub-to-dr \(pcc-other\) \(rte-dr\) instead of hub-to-spoke \(pcc-hubspoke\)\.$/);
  });

  it('uses the API’s status word in titles of unusual states', () => {
    const result = diagnose(hub([]), spoke([]), [peerConnection('Updating')]);
    assert.equal(result.findings[0].title, 'The peer connection is being updated');
    assert.equal(result.findings[0].detail, 'hub-to-spoke (pcc-hubspoke) is being updated; wait for it to settle and diagnose again.');
  });
});

describe('renderDiagnosisMarkdown', () => {
  it('renders the verdict, the VPCs, the connection and each finding with its fix', () => {
    const result = diagnoseConnectivity({ a: hub([toSpoke()]), b: spoke([]), connections: [peerConnection('Activated')] });
    const markdown = renderDiagnosisMarkdown(result);
    assert.match(markdown, /^# Connectivity: hub \(`vpc-hub`\) ↔ spoke \(`vpc-spoke`\)\n/);
    assert.match(markdown, /\*\*Verdict: not reachable\.\*\* The VPCs cannot fully reach each other: spoke \(vpc-spoke\) has no route to hub \(vpc-hub\) through the connection\./);
    assert.match(markdown, /\| A \| `vpc-hub` \| hub \| cn-hangzhou \| 1111111111111111 \| `10\.0\.0\.0\/16` \|/);
    assert.match(markdown, /Peer connection hub-to-spoke \(`pcc-hubspoke`\): Activated, requester hub \(`vpc-hub`\), accepter spoke \(`vpc-spoke`\)\./);
    assert.match(markdown, /- ❌ error — \*\*spoke \(vpc-spoke\) has no route to hub \(vpc-hub\) through the connection\*\*\n {2}The system route table vtb-spoke lacks/);
    assert.match(markdown, /Fix: add routes for `10\.0\.0\.0\/16` to `vtb-spoke` through `pcc-hubspoke`\./);
    assert.ok(markdown.endsWith('\n'));
  });

  it('renders hostile names as text', () => {
    const a = { ...hub([toSpoke()]), name: '<img src=x onerror=alert(1)> | *bold* [link](http://x)\n# heading' };
    const c = peerConnection('Activated', { name: '<script>alert(1)</script>' });
    const markdown = renderDiagnosisMarkdown(diagnoseConnectivity({ a, b: spoke([toHub()]), connections: [c] }));
    assert.ok(!/(^|[^\\])</m.test(markdown), 'every < is escaped');
    assert.match(markdown, /\\<img src=x onerror=alert\(1\)\\> \\\| \\\*bold\\\* \\\[link\\\]\(http:\/\/x\) # heading/);
    assert.match(markdown, /\\<script\\>alert\(1\)\\<\/script\\>/);
  });

  it('escapeMarkdown and codeSpan', () => {
    assert.equal(escapeMarkdown('a_b*c'), 'a\\_b\\*c');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
    assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
    assert.equal(escapeMarkdown('1.5 is a number'), '1.5 is a number');
    assert.equal(escapeMarkdown('x &amp; y'), 'x \\&amp; y');
    assert.equal(escapeMarkdown('two\nlines'), 'two lines');
    assert.equal(escapeMarkdown('10.0.0.0/16 → pcc-1 (ok)'), '10.0.0.0/16 → pcc-1 (ok)');
    assert.equal(codeSpan('vpc-1'), '`vpc-1`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x'), '`` `x ``');
  });

  it('describes every fix', () => {
    assert.equal(describeFix({ action: 'accept', args: { connectionId: 'pcc-1' } }), "accept peer connection `pcc-1` from the accepter's account.");
    assert.equal(describeFix({ action: 'wait', args: {} }), 'wait for ? to finish its change, then diagnose again.');
    assert.match(describeFix({ action: 'removeRoute', args: { routeEntryId: 'rte-1', routeTableId: 'vtb-1' } }), /remove route entry `rte-1` from `vtb-1`/);
    assert.match(describeFix({ action: 'deleteAndRecreate', args: { connectionId: 'pcc-1', vpcId: 'vpc-a', acceptingVpcId: 'vpc-b' } }), /delete `pcc-1` and create a new peer connection from `vpc-a` to `vpc-b`/);
    assert.match(describeFix({ action: 'createPeerConnection', args: { vpcId: 'vpc-a', acceptingVpcId: 'vpc-b' } }), /create a peer connection from `vpc-a` to `vpc-b`/);
  });
});
