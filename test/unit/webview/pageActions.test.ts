import assert from 'node:assert/strict';
import { checkPageAction, PAGE_COMMANDS } from '../../../src/webview/pageActions';
import { parsePageMessage } from '../../../src/webview/protocol';

describe('page actions: what the page may ask the host to run', () => {
  it('passes an action through with exactly the arguments its command reads', () => {
    const checked = checkPageAction('vpcPeering.diagnoseConnectivity', { vpcA: { vpcId: 'vpc-a', regionId: 'cn-hangzhou', accountUid: '1' } });
    assert.deepEqual(checked, {
      ok: true,
      action: { command: 'vpcPeering.diagnoseConnectivity', args: { vpcA: { vpcId: 'vpc-a', regionId: 'cn-hangzhou', accountUid: '1' } } },
      dropped: [],
    });
  });

  it('never lets the page skip a confirmation or a review: such options are dropped, whatever their value', () => {
    const optOuts = { confirm: false, force: true, skipConfirmation: true, apply: true, undoOnFailure: true, cleanupOnFailure: true, autoPay: true, path: '/tmp/x.png', dryRun: false, wait: false };
    for (const command of PAGE_COMMANDS) {
      const checked = checkPageAction(command, { connectionId: 'pcc-1', profileId: 'p', regionId: 'cn-hangzhou', routerInterfaceId: 'ri-1', bgpPeerId: 'bgp-1', id: 'x', kind: 'vpc', ...optOuts });
      assert.ok(checked.ok, command);
      for (const key of Object.keys(optOuts)) assert.ok(!(key in checked.action.args), `${command} kept ${key}`);
      for (const key of Object.keys(optOuts)) assert.ok(checked.dropped.includes(key), `${command} did not report ${key}`);
    }
  });

  it('drops unknown keys inside nested arguments too', () => {
    const checked = checkPageAction('vpcPeering.createRouterInterfaceConnection', {
      initiator: { profileId: 'p', regionId: 'cn-hangzhou', vpcId: 'vpc-a', autoPay: false },
      spec: 'Large.2',
    });
    assert.ok(checked.ok);
    assert.deepEqual(checked.action.args, { initiator: { profileId: 'p', regionId: 'cn-hangzhou', vpcId: 'vpc-a' } });
    assert.deepEqual(checked.dropped.sort(), ['initiator.autoPay', 'spec']);
  });

  it('always asks for the review of a new connection, even when the page names both ends', () => {
    const checked = checkPageAction('vpcPeering.createPeerConnection', {
      accountUid: '1',
      regionId: 'cn-hangzhou',
      vpcId: 'vpc-a',
      acceptingAccountUid: '2',
      acceptingRegionId: 'cn-hangzhou',
      acceptingVpcId: 'vpc-b',
      name: 'no-review',
    });
    assert.ok(checked.ok);
    assert.equal((checked.action.args as { review?: boolean }).review, true);
    assert.ok(!('name' in checked.action.args));
    assert.equal(checkPageAction('vpcPeering.createPeerConnection', { review: false }).ok, false, 'review: false is refused');
  });

  it('refuses wrong types, missing required values, unknown commands and non-object arguments', () => {
    const refused: Array<[unknown, unknown, RegExp]> = [
      ['vpcPeering.deletePeerConnection', { connectionId: 42 }, /"connectionId" must be a string/],
      ['vpcPeering.deletePeerConnection', {}, /"connectionId" is required/],
      ['vpcPeering.deleteBgpPeer', { profileId: 'p', regionId: 'r' }, /"bgpPeerId" is required/],
      ['vpcPeering.diagnoseConnectivity', { vpcA: 'vpc-a' }, /"vpcA" must be an object/],
      ['vpcPeering.diagnoseConnectivity', { vpcA: { regionId: 'r' } }, /"vpcA.vpcId" is required/],
      ['vpcPeering.openInConsole', { kind: 'script', id: 'x' }, /"kind" may only be/],
      ['vpcPeering.exportTopology', { format: 'exe' }, /"format" may only be/],
      ['workbench.action.terminal.sendSequence', { text: 'rm -rf /' }, /may not run/],
      ['vpcPeering.cleanUpPeerConnections', { connectionIds: ['pcc-1'] }, /may not run/],
      ['vpcPeering.copyId', ['x'], /must be an object/],
      ['toString', {}, /may not run/],
    ];
    for (const [command, args, problem] of refused) {
      const checked = checkPageAction(command, args);
      assert.ok(!checked.ok, `${String(command)} ${JSON.stringify(args)}`);
      assert.match(checked.problem, problem);
    }
  });

  it('is applied on arrival: the host hears what was refused or dropped, and gets only what passed', () => {
    const problems: string[] = [];
    const message = parsePageMessage({ type: 'action', command: 'vpcPeering.deletePeerConnection', args: { connectionId: 'pcc-1', confirm: false } }, (p) => problems.push(p));
    assert.deepEqual(message, { type: 'action', command: 'vpcPeering.deletePeerConnection', args: { connectionId: 'pcc-1' } });
    assert.deepEqual(problems, ['vpcPeering.deletePeerConnection: dropped confirm']);
    assert.equal(parsePageMessage({ type: 'action', command: 'vpcPeering.deletePeerConnection', args: { connectionId: ['pcc-1'] } }, (p) => problems.push(p)), undefined);
    assert.match(problems[1], /"connectionId" must be a string/);
  });
});
