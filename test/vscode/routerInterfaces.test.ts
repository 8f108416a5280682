// Router interface connections in real VS Code against a private emulator: create a VRouter↔VRouter
// link with an arguments object and through the prompts (both ends Active and pointing at each
// other in the emulated cloud), a failing connect step that is reported and cleaned up, activate /
// deactivate, delete (both ends gone), routes in the way, invalid input refused with the limit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RouterInterface, Vpc } from '../../src/model/types';
import { inlineCommands, treeMenuCommands } from './support/menus';
import { readOutputChannelLines } from './support/output-channel';
import { usePrivateSandbox, type PrivateSandbox } from './support/privateSandbox';
import { waitFor } from './support/wait';

interface ConnectionResult {
  initiatorInterfaceId: string;
  acceptorInterfaceId: string;
  status: string;
}

const HZ = 'cn-hangzhou';
const SH = 'cn-shanghai';
const BJ = 'cn-beijing';

describe('router interface connections', function () {
  this.timeout(90_000);
  let sandbox: PrivateSandbox;
  const vpcs: Record<string, { vpc: Vpc; account: string }> = {};

  before(async () => {
    sandbox = await usePrivateSandbox({}, (emulator) => {
      const add = (key: string, account: string, regionId: string, cidrBlock: string) => {
        vpcs[key] = { vpc: emulator.world.addVpc(account, regionId, { cidrBlock, name: key }), account };
      };
      add('ri-args-hz', 'network-hub', HZ, '10.210.0.0/16');
      add('ri-args-sh', 'app-team', SH, '10.211.0.0/16');
      add('ri-prompt-bj', 'network-hub', BJ, '10.212.0.0/16');
      add('ri-prompt-hz', 'partner', HZ, '10.213.0.0/16');
      add('ri-fault-a', 'app-team', HZ, '10.214.0.0/16');
      add('ri-fault-b', 'network-hub', SH, '10.215.0.0/16');
      add('ri-vbr-acc', 'network-hub', HZ, '10.216.0.0/16');
      add('ri-review-a', 'app-team', HZ, '10.217.0.0/16');
      add('ri-review-b', 'network-hub', SH, '10.218.0.0/16');
    });
  });

  after(async () => {
    await sandbox?.restore();
  });

  const endOf = (key: string) => {
    const { vpc, account } = vpcs[key];
    return { profileId: sandbox.profileOf(account), regionId: vpc.regionId, vpcId: vpc.id };
  };

  /** The emulator's truth: interfaces on the VPC's router. */
  const interfacesOn = (key: string): RouterInterface[] => {
    const { vpc, account } = vpcs[key];
    return sandbox.emulator.world.inventory(account, vpc.regionId).routerInterfaces.filter((ri) => ri.routerId === vpc.vRouterId);
  };

  const only = (key: string): RouterInterface => {
    const found = interfacesOn(key);
    assert.equal(found.length, 1, `one router interface on ${key}, found ${found.map((r) => r.id).join(', ') || 'none'}`);
    return found[0];
  };

  function assertLinked(initiatorKey: string, acceptorKey: string, status = 'Active'): { initiator: RouterInterface; acceptor: RouterInterface } {
    const initiator = only(initiatorKey);
    const acceptor = only(acceptorKey);
    const [ini, acc] = [vpcs[initiatorKey], vpcs[acceptorKey]];
    assert.equal(initiator.role, 'InitiatingSide');
    assert.equal(acceptor.role, 'AcceptingSide');
    assert.equal(acceptor.spec, 'Negative');
    assert.equal(initiator.status, status, `${initiator.id} status`);
    assert.equal(acceptor.status, status, `${acceptor.id} status`);
    assert.deepEqual(
      [initiator.opposite.interfaceId, initiator.opposite.routerId, initiator.opposite.routerType, initiator.opposite.accountUid, initiator.opposite.regionId],
      [acceptor.id, acc.vpc.vRouterId, 'VRouter', sandbox.uidOf(acc.account), acc.vpc.regionId],
      'the initiating side points at the accepting side',
    );
    assert.deepEqual(
      [acceptor.opposite.interfaceId, acceptor.opposite.routerId, acceptor.opposite.routerType, acceptor.opposite.accountUid, acceptor.opposite.regionId],
      [initiator.id, ini.vpc.vRouterId, 'VRouter', sandbox.uidOf(ini.account), ini.vpc.regionId],
      'the accepting side points at the initiating side',
    );
    return { initiator, acceptor };
  }

  function storeStatus(key: string, id: string): string | undefined {
    const { vpc } = vpcs[key];
    const state = sandbox.api.store.region(endOf(key).profileId, vpc.regionId);
    return state.status === 'loaded' ? state.value.routerInterfaces.find((ri) => ri.id === id)?.status : undefined;
  }

  it('creates a cross-account, cross-region connection from an arguments object: both ends Active and pointing at each other', async () => {
    const result = await vscode.commands.executeCommand<ConnectionResult>('vpcPeering.createRouterInterfaceConnection', {
      initiator: endOf('ri-args-hz'),
      acceptor: endOf('ri-args-sh'),
      spec: 'Small.1',
      name: 'hz-to-sh',
      acceptorName: 'sh-from-hz',
      description: 'Created from an arguments object',
    });
    const { initiator, acceptor } = assertLinked('ri-args-hz', 'ri-args-sh');
    assert.deepEqual(result, { initiatorInterfaceId: initiator.id, acceptorInterfaceId: acceptor.id, status: 'Active' });
    assert.equal(initiator.spec, 'Small.1');
    assert.equal(initiator.bandwidthMbps, 10);
    assert.equal(initiator.name, 'hz-to-sh');
    assert.equal(acceptor.name, 'sh-from-hz');
    assert.equal(initiator.description, 'Created from an arguments object');
    assert.equal(storeStatus('ri-args-hz', initiator.id), 'Active', 'the store (and so the tree) shows the new interface Active');
    assert.equal(storeStatus('ri-args-sh', acceptor.id), 'Active');
  });

  it('links a VBR (always the initiating side) to a VPC with a health check, and deletes the link again', async () => {
    const vbr = sandbox.emulator.world.inventory('network-hub', HZ).vbrs[0];
    const result = await vscode.commands.executeCommand<ConnectionResult>('vpcPeering.createRouterInterfaceConnection', {
      initiator: { profileId: sandbox.profileOf('network-hub'), regionId: HZ, routerType: 'VBR', routerId: vbr.id },
      acceptor: endOf('ri-vbr-acc'),
      spec: 'Large.1',
      healthCheckSourceIp: '10.216.0.250',
      healthCheckTargetIp: '10.254.0.2',
    });
    const acceptor = only('ri-vbr-acc');
    const initiator = sandbox.emulator.world.inventory('network-hub', HZ).routerInterfaces.find((ri) => ri.id === result.initiatorInterfaceId);
    assert.ok(initiator);
    assert.deepEqual([initiator.routerType, initiator.routerId, initiator.role, initiator.status], ['VBR', vbr.id, 'InitiatingSide', 'Active']);
    assert.deepEqual([acceptor.id, acceptor.status, acceptor.opposite.interfaceId, acceptor.opposite.routerType, acceptor.opposite.routerId], [result.acceptorInterfaceId, 'Active', initiator.id, 'VBR', vbr.id]);
    assert.ok(JSON.stringify(sandbox.emulator.world.toDocument()).includes('10.216.0.250'), 'the health check source was sent');

    const deleted = await vscode.commands.executeCommand<{ deleted: string[] }>('vpcPeering.deleteRouterInterfaceConnection', {
      profileId: sandbox.profileOf('network-hub'),
      regionId: HZ,
      routerInterfaceId: acceptor.id,
      skipConfirmation: true,
    });
    assert.deepEqual(deleted.deleted, [initiator.id, acceptor.id]);
    assert.equal(sandbox.emulator.world.inventory('network-hub', HZ).routerInterfaces.some((ri) => ri.id === initiator.id || ri.id === acceptor.id), false);
  });

  it('creates a connection through the prompts (ends, spec with bandwidth, billing, names)', async () => {
    const scripted = sandbox.api.useScriptedPrompts([
      { pick: 'ri-prompt-bj' },
      { pick: 'ri-prompt-hz' },
      { pick: 'Middle.1' },
      { pick: 'PostPaid' },
      { input: 'bj-to-partner' },
      { input: 'partner-from-bj' },
      { input: '' },
      { pick: 'create' },
    ]);
    const result = await vscode.commands.executeCommand<ConnectionResult>('vpcPeering.createRouterInterfaceConnection');
    assert.equal(scripted.remaining, 0, 'every scripted answer was used');
    const { initiator, acceptor } = assertLinked('ri-prompt-bj', 'ri-prompt-hz');
    assert.deepEqual(result, { initiatorInterfaceId: initiator.id, acceptorInterfaceId: acceptor.id, status: 'Active' });
    assert.equal(initiator.spec, 'Middle.1');
    assert.equal(initiator.name, 'bj-to-partner');
    assert.equal(acceptor.name, 'partner-from-bj');
    assert.equal(initiator.description, '');
  });

  it('a refusal returns to the review with the hint and the answers kept; run again, it offers to continue', async () => {
    const rule = sandbox.emulator.faults.addRule({ action: 'CreateRouterInterface', code: 'QuotaExceeded', httpStatus: 400, message: 'injected: too many interfaces', times: 1 });
    const scripted = sandbox.api.useScriptedPrompts([
      { pick: 'ri-review-a' },
      { pick: 'ri-review-b' },
      { pick: 'Small.1' },
      { pick: 'PostPaid' },
      { input: 'review-a' },
      { input: 'review-b' },
      { input: '' },
      { pick: 'create' }, // refused: nothing was created
      { escape: true }, // the review again, with the refusal; closed
      { pick: 'Continue where you left off' },
      { pick: 'create' },
    ]);
    assert.equal(await vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection'), undefined, 'closed on the review: nothing is done');
    sandbox.emulator.faults.removeRule(rule);
    const review = scripted.asked[8];
    assert.equal(review.kind, 'pick');
    assert.match(review.problem ?? '', /injected: too many interfaces \(QuotaExceeded\)\. A quota is used up/, 'the refusal with its hint, in full');
    assert.equal(interfacesOn('ri-review-a').length + interfacesOn('ri-review-b').length, 0, 'nothing was created');

    const result = await vscode.commands.executeCommand<ConnectionResult>('vpcPeering.createRouterInterfaceConnection');
    assert.equal(scripted.remaining, 0);
    assert.equal(scripted.asked[10].problem, undefined, 'it continues on the review, the refusal gone');
    const { initiator, acceptor } = assertLinked('ri-review-a', 'ri-review-b');
    assert.deepEqual(result, { initiatorInterfaceId: initiator.id, acceptorInterfaceId: acceptor.id, status: 'Active' });
    assert.deepEqual([initiator.spec, initiator.name, acceptor.name], ['Small.1', 'review-a', 'review-b'], 'every answer was kept');
  });

  it('goes Back from the spec to the accepting side and picks another', async () => {
    const scripted = sandbox.api.useScriptedPrompts([
      { pick: 'ri-fault-a' },
      { pick: 'ri-fault-b' },
      { back: true },
      { back: true },
      // Closing a prompt ends the wizard without doing anything.
    ]);
    await vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection');
    assert.deepEqual(
      scripted.asked.map((a) => a.kind),
      ['pick', 'pick', 'pick', 'pick', 'pick'],
      'initiator, acceptor, spec, Back to acceptor, Back to initiator, then no answer left',
    );
    assert.equal(interfacesOn('ri-fault-a').length + interfacesOn('ri-fault-b').length, 0, 'nothing was created');
  });

  it('refuses invalid arguments with the documented limit and sends nothing', async () => {
    const base = { initiator: endOf('ri-fault-a'), acceptor: endOf('ri-fault-b'), spec: 'Small.1' };
    const vbrEnd = { profileId: sandbox.profileOf('network-hub'), regionId: HZ, routerType: 'VBR', routerId: sandbox.emulator.world.inventory('network-hub', HZ).vbrs[0].id };
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['spec', { ...base, spec: 'Huge.9' }, /spec must be one of Mini\.2, .*Xlarge\.1; got "Huge\.9"/],
      ['spec Negative on the initiator', { ...base, spec: 'Negative' }, /spec must be one of/],
      ['acceptor on a VBR', { ...base, acceptor: vbrEnd }, /virtual border router must be the InitiatingSide/],
      ['name start', { ...base, name: '9-link' }, /router interface name must start with a letter/],
      ['name length', { ...base, name: 'x' }, /router interface name must be 2–128 characters long/],
      ['name characters', { ...base, name: 'hz link' }, /may contain only letters/],
      ['acceptor name', { ...base, acceptorName: 'a'.repeat(129) }, /2–128 characters long; it has 129/],
      ['description', { ...base, description: 'https://example.com' }, /description must not start with http:\/\/ or https:\/\//],
      ['charge type', { ...base, chargeType: 'Monthly' }, /charge type must be PostPaid \(pay-as-you-go\) or PrePaid/],
      ['period without subscription', { ...base, period: 3 }, /apply only with "chargeType": "PrePaid"/],
      ['period in months', { ...base, chargeType: 'PrePaid', period: 10 }, /whole number of months from 1 to 9; got 10/],
      ['period in years', { ...base, chargeType: 'PrePaid', pricingCycle: 'Year', period: 4 }, /whole number of years from 1 to 3; got 4/],
      ['health check on two VPCs', { ...base, healthCheckSourceIp: '10.214.0.9', healthCheckTargetIp: '192.168.1.1' }, /apply only to a link with a virtual border router/],
      ['health check target alone', { ...base, initiator: vbrEnd, acceptor: endOf('ri-fault-b'), healthCheckSourceIp: '10.215.0.9' }, /target IP is required/],
      ['health check address', { ...base, initiator: vbrEnd, healthCheckSourceIp: '10.215.0.0/24', healthCheckTargetIp: '10.254.0.2' }, /single IPv4 address/],
      ['owner id', { ...base, oppositeInterfaceOwnerId: '12ab' }, /owner ID must contain digits only/],
      ['owner of another account', { ...base, oppositeInterfaceOwnerId: sandbox.uidOf('partner') }, /is not the owner of ri-fault-b/],
      ['region id', { ...base, initiator: { ...endOf('ri-fault-a'), regionId: 'Hangzhou' } }, /"initiator\.regionId" must look like "cn-hangzhou"/],
      ['vpc id', { ...base, acceptor: { ...endOf('ri-fault-b'), vpcId: 'vsw-123' } }, /"acceptor\.vpcId" must start with "vpc-"/],
      ['same router twice', { ...base, acceptor: endOf('ri-fault-a') }, /must be different routers/],
      ['already linked', { ...base, initiator: endOf('ri-args-hz'), acceptor: endOf('ri-args-sh') }, /already linked by .*ri-\w+.*only one pair/],
    ];
    sandbox.emulator.stats.reset();
    for (const [field, args, expected] of cases) {
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection', args)),
        (error: Error) => {
          assert.match(error.message, expected, field);
          return true;
        },
        field,
      );
    }
    assert.equal(sandbox.emulator.stats.byAction.CreateRouterInterface ?? 0, 0, 'no CreateRouterInterface was sent');
  });

  it('refuses invalid typed values with the limit in the message', async () => {
    const scripted = sandbox.api.useScriptedPrompts([
      { pick: 'ri-fault-a' },
      { pick: 'ri-fault-b' },
      { pick: 'Small.2' },
      { pick: 'PrePaid' },
      { pick: 'Month' },
      { input: '12' },
    ]);
    await vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection');
    assert.match(scripted.asked.at(-1)?.refused ?? '', /whole number of months from 1 to 9; got 12/);
    const named = sandbox.api.useScriptedPrompts([{ pick: 'ri-fault-a' }, { pick: 'ri-fault-b' }, { pick: 'Small.2' }, { pick: 'PostPaid' }, { input: '_link' }]);
    await vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection');
    assert.match(named.asked.at(-1)?.refused ?? '', /must start with a letter or a Chinese character/);
    assert.equal(interfacesOn('ri-fault-a').length + interfacesOn('ri-fault-b').length, 0, 'nothing was created');
  });

  it('reports a failed connect step with what was created and, when asked to, deletes it again: nothing is left', async () => {
    const rule = sandbox.emulator.faults.addRule({ action: 'ConnectRouterInterface', code: 'OperationFailed', httpStatus: 400, message: 'injected: the link could not be set up', times: 1 });
    const scripted = sandbox.api.useScriptedPrompts([
      { pick: 'ri-fault-a' },
      { pick: 'ri-fault-b' },
      { pick: 'Small.5' },
      { pick: 'PostPaid' },
      { input: 'fault-a' },
      { input: 'fault-b' },
      { input: '' },
      { pick: 'create' },
      { confirm: 'Delete Created Interfaces' },
    ]);
    await vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection');
    sandbox.emulator.faults.removeRule(rule);
    assert.equal(scripted.remaining, 0, 'the cleanup was offered and accepted');
    const offer = scripted.asked.at(-1)!;
    assert.equal(offer.kind, 'confirm');
    assert.match(offer.title, /failed: injected: the link could not be set up \(OperationFailed\).*"Connecting ri-\w+ to ri-\w+…".*This run created: ri-\w+ on ri-fault-a .*\(initiating side\); ri-\w+ on ri-fault-b .*\(accepting side\)/);
    assert.deepEqual([...interfacesOn('ri-fault-a'), ...interfacesOn('ri-fault-b')], [], 'both interfaces were deleted again');
    const line = await waitFor('the failure in the log', () => readOutputChannelLines().find((l) => l.includes('createRouterInterfaceConnection failed') && l.includes('deleted again')), 10_000);
    assert.match(line, /This run created: ri-\w+ .*; ri-\w+ .*They were deleted again: nothing of this run is left\./);
  });

  it('keeps a half-built connection when told to, says so, and the delete command removes the Idle pair', async () => {
    const rule = sandbox.emulator.faults.addRule({ action: 'ConnectRouterInterface', code: 'OperationFailed', httpStatus: 400, message: 'injected again', times: 1 });
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('vpcPeering.createRouterInterfaceConnection', {
          initiator: endOf('ri-fault-a'),
          acceptor: endOf('ri-fault-b'),
          spec: 'Mini.2',
          cleanupOnFailure: false,
        }),
      ),
      /This run created: ri-\w+ on ri-fault-a.*They were kept/,
    );
    sandbox.emulator.faults.removeRule(rule);
    const { initiator } = assertLinked('ri-fault-a', 'ri-fault-b', 'Idle');
    const result = await vscode.commands.executeCommand<{ deleted: string[] }>('vpcPeering.deleteRouterInterfaceConnection', {
      profileId: sandbox.profileOf('app-team'),
      regionId: HZ,
      routerInterfaceId: initiator.id,
      skipConfirmation: true,
    });
    assert.equal(result.deleted.length, 2);
    assert.deepEqual([...interfacesOn('ri-fault-a'), ...interfacesOn('ri-fault-b')], []);
  });

  it('deactivates and activates a connection: both ends follow', async () => {
    const { initiator } = assertLinked('ri-args-hz', 'ri-args-sh');
    const ref = { profileId: sandbox.profileOf('network-hub'), regionId: HZ, routerInterfaceId: initiator.id };
    const off = await vscode.commands.executeCommand<{ status: string; oppositeStatus?: string }>('vpcPeering.deactivateRouterInterface', { ...ref, skipConfirmation: true });
    assert.deepEqual([off.status, off.oppositeStatus], ['Inactive', 'Inactive']);
    assertLinked('ri-args-hz', 'ri-args-sh', 'Inactive');
    assert.equal(storeStatus('ri-args-hz', initiator.id), 'Inactive');

    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vpcPeering.deactivateRouterInterface', { ...ref, skipConfirmation: true })), /is Inactive; it can be deactivated only when Active/);

    const scripted = sandbox.api.useScriptedPrompts([{ pick: 'hz-to-sh' }]);
    const on = await vscode.commands.executeCommand<{ status: string; oppositeStatus?: string }>('vpcPeering.activateRouterInterface');
    assert.equal(scripted.remaining, 0);
    assert.deepEqual([on.status, on.oppositeStatus], ['Active', 'Active']);
    assertLinked('ri-args-hz', 'ri-args-sh', 'Active');

    const confirmed = sandbox.api.useScriptedPrompts([{ pick: 'hz-to-sh' }, { confirm: 'Deactivate' }]);
    await vscode.commands.executeCommand('vpcPeering.deactivateRouterInterface');
    assert.match(confirmed.asked[1].title, new RegExp(`Deactivate hz-to-sh \\(${initiator.id}\\)\\? Traffic over the link stops`));
    assertLinked('ri-args-hz', 'ri-args-sh', 'Inactive');
  });

  it('deletes a connection after a confirmation naming both ends: deactivated first if Active, then both are gone', async () => {
    const prompt = assertLinked('ri-prompt-bj', 'ri-prompt-hz');
    const scripted = sandbox.api.useScriptedPrompts([{ pick: 'partner-from-bj' }, { confirm: 'Delete' }]);
    await vscode.commands.executeCommand('vpcPeering.deleteRouterInterfaceConnection');
    const question = scripted.asked[1];
    assert.equal(question.kind, 'confirm');
    assert.ok(question.title.includes(prompt.initiator.id) && question.title.includes(prompt.acceptor.id), `names both: ${question.title}`);
    assert.deepEqual([...interfacesOn('ri-prompt-bj'), ...interfacesOn('ri-prompt-hz')], []);

    const args = assertLinked('ri-args-hz', 'ri-args-sh', 'Inactive');
    const result = await vscode.commands.executeCommand<{ deleted: string[] }>('vpcPeering.deleteRouterInterfaceConnection', {
      profileId: sandbox.profileOf('app-team'),
      regionId: SH,
      routerInterfaceId: args.acceptor.id,
      skipConfirmation: true,
    });
    assert.deepEqual(result.deleted, [args.initiator.id, args.acceptor.id], 'the initiating side first');
    assert.deepEqual([...interfacesOn('ri-args-hz'), ...interfacesOn('ri-args-sh')], []);
    assert.equal(storeStatus('ri-args-hz', args.initiator.id), undefined, 'gone from the store too');
  });

  it('does not delete while routes point at the link, and names the routes', async () => {
    const legacy = sandbox.emulator.world.inventory('network-hub', HZ).routerInterfaces.find((ri) => ri.name === 'legacy-hz-bj-express');
    assert.ok(legacy);
    sandbox.emulator.stats.reset();
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('vpcPeering.deleteRouterInterfaceConnection', {
          profileId: sandbox.profileOf('network-hub'),
          regionId: HZ,
          routerInterfaceId: legacy.id,
          skipConfirmation: true,
        }),
      ),
      /Nothing was deleted\. Routes point at the link: 10\.100\.0\.0\/16 in route table .* → \S+ \(ri-\w+\)\. Routes still point at this router interface: remove them first/,
    );
    assert.equal((sandbox.emulator.stats.byAction.DeactivateRouterInterface ?? 0) + (sandbox.emulator.stats.byAction.DeleteRouterInterface ?? 0), 0);
    assert.equal(sandbox.emulator.world.inventory('network-hub', HZ).routerInterfaces.find((ri) => ri.id === legacy.id)?.status, 'Active');
  });

  it('offers the commands in the tree by the interface\'s capabilities', () => {
    assert.deepEqual(inlineCommands('routerInterfaces'), ['vpcPeering.createRouterInterfaceConnection']);
    assert.ok(treeMenuCommands('vpc').includes('vpcPeering.createRouterInterfaceConnection'));
    assert.ok(treeMenuCommands('vbr:active').includes('vpcPeering.createRouterInterfaceConnection'));
    const inactive = treeMenuCommands('routerInterface:Inactive:InitiatingSide:canActivate:canDelete');
    assert.ok(inactive.includes('vpcPeering.activateRouterInterface') && inactive.includes('vpcPeering.deleteRouterInterfaceConnection'));
    assert.ok(!inactive.includes('vpcPeering.deactivateRouterInterface'));
    const active = treeMenuCommands('routerInterface:Active:AcceptingSide:canDeactivate');
    assert.ok(active.includes('vpcPeering.deactivateRouterInterface') && active.includes('vpcPeering.deleteRouterInterfaceConnection'));
    assert.ok(!active.includes('vpcPeering.activateRouterInterface'));
    const connecting = treeMenuCommands('routerInterface:Connecting:InitiatingSide');
    assert.ok(!connecting.some((c) => /RouterInterface/.test(c)), `nothing to do while Connecting: ${connecting.join(', ')}`);
  });
});
