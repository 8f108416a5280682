import assert from 'node:assert/strict';
import { planRoutes, type RouteSideView } from '../../../src/model/routePlan';
import { fencedBlock } from '../../../src/model/diagnosisMarkdown';
import { renderOwnerInstructionsMarkdown, renderRoutePlanMarkdown } from '../../../src/model/routePlanMarkdown';
import { ACCEPTER_UID, peerConnection, routeEntry, routeTable, vpc, vSwitch } from './fixtures';

const PCC = 'pcc-hubspoke';

function hubView(): RouteSideView {
  return {
    vpc: vpc('vpc-hub', { cidrBlock: '10.0.0.0/16' }),
    routeTables: [routeTable('vtb-hub', 'vpc-hub'), routeTable('vtb-hub-custom', 'vpc-hub', { type: 'Custom', vSwitchIds: ['vsw-h2'] })],
    routeEntries: [routeEntry('vtb-hub', '10.0.1.0/24', 'local', ''), routeEntry('vtb-hub', '10.1.8.0/24', 'Instance', 'i-proxy')],
    vSwitches: [vSwitch('vsw-h1', 'vpc-hub', '10.0.1.0/24'), vSwitch('vsw-h2', 'vpc-hub', '10.0.2.0/24', { routeTableId: 'vtb-hub-custom' })],
  };
}

describe('renderRoutePlanMarkdown', () => {
  it('lists the entries to add, the conflicts by severity and the commands for the other owner', () => {
    const connection = peerConnection('Activated');
    const plan = planRoutes({ connection, sides: { requester: hubView() } });
    const markdown = renderRoutePlanMarkdown(plan, connection);

    assert.match(markdown, /^# Routes for peer connection hub-to-spoke \(`pcc-hubspoke`\)$/m);
    assert.match(markdown, /^## To add: 1 route$/m);
    assert.match(markdown, /^\| requester \| `vpc-hub` \| `vtb-hub` \| `10\.1\.0\.0\/16` \| VpcPeer `pcc-hubspoke` \|$/m);
    assert.match(markdown, /^- ⚠️ warning \(requester · vtb-hub · 10\.1\.0\.0\/16\): The more specific route 10\.1\.8\.0\/24/m);
    assert.match(markdown, /^- ℹ️ note \(requester · vtb-hub-custom\): vSwitches vsw-h2 use custom route table/m);
    assert.match(markdown, new RegExp(`^## For the owner of account ${ACCEPTER_UID} \\(accepter, \`vpc-spoke\` in cn-shanghai\\)$`, 'm'));
    const block = /```sh\n([\s\S]*?)\n```/.exec(markdown);
    assert.ok(block, 'a fenced shell block');
    assert.match(block[1], /^aliyun vpc DescribeRouteTableList --RegionId cn-shanghai --VpcId vpc-spoke --RouteTableType System$/m);
    assert.match(block[1], /^aliyun vpc CreateRouteEntry --RegionId cn-shanghai --RouteTableId '<system route table of vpc-spoke>' --DestinationCidrBlock 10\.0\.0\.0\/16 --NextHopType VpcPeer --NextHopId pcc-hubspoke/m);
  });

  it('lists entries already present and says when nothing is left to add', () => {
    const connection = peerConnection('Activated');
    const view = hubView();
    const present = { ...view, routeEntries: [...view.routeEntries.slice(0, 1), routeEntry('vtb-hub', '10.1.0.0/16', 'VpcPeer', PCC, { id: 'rte-present' })] };
    const markdown = renderRoutePlanMarkdown(planRoutes({ connection, sides: { requester: present }, options: { sides: ['requester'] } }), connection);
    assert.match(markdown, /^## To add: 0 routes\n\nNothing to add\.$/m);
    assert.match(markdown, /^\| requester \| `vtb-hub` \| `10\.1\.0\.0\/16` \| `rte-present` \|$/m);
    assert.doesNotMatch(markdown, /For the owner/);
  });

  it('names what blocks the plan', () => {
    const connection = peerConnection('Accepting');
    const markdown = renderRoutePlanMarkdown(planRoutes({ connection, sides: { requester: hubView() } }), connection);
    assert.match(markdown, /^## Nothing can be added\n\n- Routes can point at an activated connection only; hub-to-spoke \(pcc-hubspoke\) is Accepting\.$/m);
  });

  it('renders names from the cloud as text, never as Markdown or HTML', () => {
    const connection = peerConnection('Activated', { name: '<img src=x onerror=alert(1)> *bold* [link](http://x)' });
    const markdown = renderRoutePlanMarkdown(planRoutes({ connection, sides: {} }), connection);
    const title = markdown.split('\n')[0];
    assert.doesNotMatch(title, /(^|[^\\])<img/, 'no raw tag');
    assert.match(title, /\\<img src=x onerror=alert\(1\)\\> \\\*bold\\\* \\\[link\\\]\(http:\/\/x\)/);
  });
});

describe('owner instructions and fenced blocks', () => {
  it('renders only the given instructions under an escaped title', () => {
    const markdown = renderOwnerInstructionsMarkdown('Routes for # pcc-1', [
      { side: 'accepter', accountUid: ACCEPTER_UID, regionId: 'cn-shanghai', vpcId: 'vpc-spoke', summary: 'Add 1 route.', commands: ['aliyun vpc CreateRouteEntry --RegionId cn-shanghai'] },
    ]);
    assert.equal(markdown.split('\n')[0], '# Routes for # pcc-1');
    assert.match(markdown, /^Add 1 route\.$/m);
    assert.match(markdown, /^```sh\naliyun vpc CreateRouteEntry --RegionId cn-shanghai\n```$/m);
  });

  it('a fence is longer than any backtick run inside it', () => {
    assert.deepEqual(fencedBlock('echo ```x````', 'sh'), ['`````sh', 'echo ```x````', '`````']);
    assert.deepEqual(fencedBlock('plain'), ['```', 'plain', '```']);
  });
});
