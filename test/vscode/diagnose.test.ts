// "Diagnose Connectivity" against the emulator: a healthy pair after accept and routes, a pair
// routed on one side only (and its addRoutes fix run from the diagnosis), overlapping address
// spaces, a more specific route taking traffic elsewhere (and its fix), another account's VPC
// typed in, and invalid input refused.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HZ, SG, SH, startRouteWorld, type RouteWorld } from './support/routeWorld';
import { waitFor } from './support/wait';

interface Finding {
  severity: string;
  code: string;
  title: string;
  detail: string;
  fix?: { action: string; args: Record<string, string | string[]> };
}

interface Diagnosis {
  verdict: string;
  summary: string;
  connection?: { id: string; status: string };
  findings: Finding[];
}

const diagnose = (args?: Record<string, unknown>) => vscode.commands.executeCommand<Diagnosis | undefined>('vpcPeering.diagnoseConnectivity', args);
const codes = (d: Diagnosis) => d.findings.map((f) => `${f.severity} ${f.code}`);

async function rejection(promise: Thenable<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  assert.fail('the command should have failed');
}

describe('diagnose: connectivity between two VPCs', function () {
  this.timeout(60_000);
  let world: RouteWorld;
  afterEach(async () => {
    await world?.restore();
  });

  it('a healthy pair after accept and routes: verdict ok, shown as a report', async () => {
    world = await startRouteWorld();
    const peer = world.peer('app-team', HZ, 'payments-staging-to-transit');
    assert.equal(peer.status, 'Accepting');
    const before = await diagnose({ connectionId: peer.id, offerFixes: false, show: false });
    assert.equal(before?.verdict, 'error');
    assert.ok(before?.findings.some((f) => f.code === 'awaitingAcceptance' && f.fix?.action === 'accept'));

    await vscode.commands.executeCommand('vpcPeering.acceptPeerConnection', { connectionId: peer.id });
    await waitFor('the connection to be Activated', () => (world.emulator.world.peerConnection(peer.id)?.status === 'Activated' ? true : undefined));
    await vscode.commands.executeCommand('vpcPeering.addRoutes', { connectionId: peer.id, apply: true });

    const after = await diagnose({ connectionId: peer.id, offerFixes: false });
    assert.ok(after);
    assert.equal(after.verdict, 'ok', JSON.stringify(codes(after)));
    assert.deepEqual(codes(after), ['ok connectionActive', 'ok routesComplete', 'ok routesComplete']);
    const report = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'vpc-peering-report' && d.uri.path.startsWith('/diagnosis/'));
    assert.ok(report, 'the report is open');
    assert.match(report.getText(), /\*\*Verdict: reachable\.\*\*/);
  });

  it('routes on one side only: the finding, its addRoutes fix, and the fix run from the diagnosis', async () => {
    world = await startRouteWorld();
    const peer = world.peer('network-hub', SH, 'egress-to-payments-dr');
    const paymentsDr = world.vpc('app-team', SH, 'payments-dr-sh');
    const drTable = world.systemTable('app-team', SH, paymentsDr.id).id;

    const result = await diagnose({ connectionId: peer.id, offerFixes: false, show: false });
    assert.ok(result);
    assert.equal(result.verdict, 'error');
    const missing = result.findings.find((f) => f.code === 'routesMissing');
    assert.ok(missing, JSON.stringify(codes(result)));
    assert.deepEqual(missing.fix, { action: 'addRoutes', args: { connectionId: peer.id, side: 'accepter', routeTableId: drTable, destinations: ['10.2.0.0/16'] } });

    // Through the prompts: pick both VPCs, then the fix, which runs Add Routes (review → apply).
    const script = world.api.useScriptedPrompts([{ pick: 'hub-egress-sh' }, { pick: 'payments-dr-sh' }, { pick: 'addRoutes' }, { pick: 'apply' }]);
    const prompted = await diagnose();
    assert.equal(script.remaining, 0);
    assert.equal(prompted?.verdict, 'error');
    assert.deepEqual(world.routedTo(drTable, peer.id), ['10.2.0.0/16']);

    const fixed = await diagnose({ vpcA: { vpcId: paymentsDr.id }, vpcB: { vpcId: peer.requester.vpcId, profileId: world.profileOf('network-hub') }, offerFixes: false, show: false });
    assert.equal(fixed?.verdict, 'ok', JSON.stringify(fixed && codes(fixed)));
  });

  it('overlapping address spaces: the overlap finding, and the create fix when nothing joins them', async () => {
    world = await startRouteWorld();
    const checkout = world.vpc('app-team', SG, 'checkout-sg');
    const shared = world.vpc('network-hub', HZ, 'shared-services-hz');
    const result = await diagnose({ vpcA: { vpcId: checkout.id }, vpcB: { vpcId: shared.id }, offerFixes: false, show: false });
    assert.ok(result);
    assert.equal(result.verdict, 'error');
    const overlap = result.findings.find((f) => f.code === 'cidrOverlap');
    assert.ok(overlap, JSON.stringify(codes(result)));
    assert.equal(overlap.severity, 'error');
    assert.match(overlap.detail, /10\.1\.0\.0\/16 of checkout-sg \(vpc-.*\) with 10\.1\.0\.0\/16 of shared-services-hz \(vpc-/);
    const none = result.findings.find((f) => f.code === 'noConnection');
    assert.equal(none?.fix?.action, 'createPeerConnection');
    assert.equal(none?.fix?.args.acceptingVpcId, shared.id);
  });

  it('a more specific route taking traffic elsewhere is found, and its fix removes that entry', async () => {
    world = await startRouteWorld();
    const peer = world.peer('network-hub', HZ, 'hub-to-payments-prod');
    const transit = world.vpc('network-hub', HZ, 'hub-transit-hz');
    const transitTable = world.systemTable('network-hub', HZ, transit.id).id;
    const drill = world.entries(transitTable).find((e) => e.name === 'dr-drill-app-b');
    assert.ok(drill);

    const script = world.api.useScriptedPrompts([{ pick: 'removeRoute' }, { confirm: 'Remove' }]);
    const result = await diagnose({ connectionId: peer.id, show: false });
    assert.ok(result);
    assert.equal(script.remaining, 0);
    const diverted = result.findings.find((f) => f.code === 'routeDiverted');
    assert.ok(diverted, JSON.stringify(codes(result)));
    assert.match(diverted.detail, new RegExp(`172\\.16\\.16\\.0/20 → peer connection .*\\(pcc-[^)]+\\) \\(${drill.id}\\) instead of .*\\(${peer.id}\\)`));
    assert.deepEqual(diverted.fix, { action: 'removeRoute', args: { routeTableId: transitTable, routeEntryId: drill.id, regionId: HZ } });
    assert.equal(world.entries(transitTable).find((e) => e.id === drill.id), undefined, 'the fix removed the entry');

    const after = await diagnose({ connectionId: peer.id, offerFixes: false, show: false });
    assert.equal(after?.findings.some((f) => f.code === 'routeDiverted'), false);
  });

  it('another account’s VPC typed in: the request waits for its owner', async () => {
    world = await startRouteWorld(undefined, ['network-hub', 'app-team']);
    const tracking = world.vpc('partner', SG, 'northwind-tracking-sg');
    const script = world.api.useScriptedPrompts([
      { pick: 'hub-sg' },
      { pick: 'Another account’s VPC…' },
      { input: tracking.id },
      { input: world.uidOf('partner') },
      { input: SG },
      { pick: 'close' },
    ]);
    const result = await diagnose();
    assert.equal(script.remaining, 0);
    assert.ok(result);
    assert.equal(result.connection?.status, 'Accepting');
    const waiting = result.findings.find((f) => f.code === 'awaitingAcceptance');
    assert.ok(waiting);
    assert.match(waiting.detail, new RegExp(`Ask the owner of account ${world.uidOf('partner')} to accept it`));
  });

  it('refuses invalid input with the documented format, in arguments and in prompts', async () => {
    world = await startRouteWorld();
    const hubSg = world.vpc('network-hub', SG, 'hub-sg');
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ connectionId: 'vpc-1' }, /"connectionId" must start with "pcc-"/],
      [{ vpcA: { vpcId: 'pcc-1' }, vpcB: { vpcId: hubSg.id } }, /"vpcA.vpcId" must start with "vpc-"/],
      [{ vpcA: { vpcId: hubSg.id }, vpcB: { vpcId: 'vpc-x1', accountUid: 'partner' } }, /"vpcB.accountUid" must contain digits only/],
      [{ vpcA: { vpcId: hubSg.id }, vpcB: { vpcId: 'vpc-x1', regionId: 'Singapore' } }, /"vpcB.regionId" must look like "cn-hangzhou"/],
      [{ vpcA: { vpcId: hubSg.id }, vpcB: { vpcId: 'vpc-x1', accountUid: '01234' } }, /must not start with 0/],
      [{ vpcA: 'vpc-1' }, /"vpcA" must be an object/],
      [{ vpcA: { vpcId: hubSg.id, profileId: 'sandbox:0' }, vpcB: { vpcId: 'vpc-x1' } }, /The profile "sandbox:0" is not active/],
    ];
    for (const [args, message] of cases) {
      const error = await rejection(diagnose(args));
      assert.match(error.message, message, JSON.stringify(args));
    }
    for (const [answers, message] of [
      [[{ input: 'VPC-ABC' }], /The VPC ID must start with "vpc-"/],
      [[{ input: 'vpc-abc123' }, { input: '12x' }], /The account UID must contain digits only/],
      [[{ input: 'vpc-abc123' }, { input: '1730405060708090' }, { input: 'cn_hangzhou' }], /The region ID must look like "cn-hangzhou"/],
    ] as const) {
      const script = world.api.useScriptedPrompts([{ pick: 'hub-sg' }, { pick: 'Another account’s VPC…' }, ...answers]);
      assert.equal(await diagnose(), undefined);
      const refused = script.asked.find((a) => a.refused);
      assert.ok(refused, 'the typed value was refused');
      assert.match(refused.refused!, message);
    }
  });
});
