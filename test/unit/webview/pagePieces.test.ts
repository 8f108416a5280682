import assert from 'node:assert/strict';
import { buildGraph, type GraphEdge, type GraphNode } from '../../../src/model/graph';
import type { AggregateEdge } from '../../../src/model/graph/levelOfDetail';
import { actionsFor } from '../../../src/webview/elementActions';
import { describeElement } from '../../../src/webview/elementDetails';
import { escapeXml, svgDocument } from '../../../src/webview/export/svgDocument';
import { nearestInDirection, readingOrder } from '../../../src/webview/keyboard/spatialNavigation';
import { HUB, demoSnapshot } from '../model/graph/fixtures/demoSnapshot';

describe('graph page pieces: actions, details, SVG, keyboard order', () => {
  const graph = buildGraph(demoSnapshot());
  const element = (id: string): GraphNode | GraphEdge => {
    const found = [...graph.nodes, ...graph.edges].find((e) => e.id === id);
    assert.ok(found, id);
    return found;
  };
  const profileOf = (uid: string) => {
    const account = graph.nodes.find((n) => n.kind === 'account' && n.accountUid === uid);
    return account?.kind === 'account' ? account.profileId : undefined;
  };
  const actions = (id: string, readOnly = false) => actionsFor(element(id), readOnly, profileOf);
  const commands = (id: string, readOnly = false) => actions(id, readOnly).map((a) => a.run?.command ?? a.local);

  it('offers per-status actions from the model’s rules', () => {
    assert.deepEqual(commands('peer:pcc-app-test'), [
      'details',
      'vpcPeering.acceptPeerConnection',
      'vpcPeering.rejectPeerConnection',
      'vpcPeering.deletePeerConnection',
      'vpcPeering.copyId',
      'vpcPeering.exportTerraform',
      'vpcPeering.openInConsole',
    ]);
    assert.ok(commands('peer:pcc-hub-dr').includes('vpcPeering.addRoutes'));
    assert.ok(commands('peer:pcc-hub-dr').includes('vpcPeering.diagnoseConnectivity'));
    assert.deepEqual(commands('peer:pcc-data-lake'), ['details', 'vpcPeering.copyId', 'vpcPeering.exportTerraform', 'vpcPeering.openInConsole']);
    assert.deepEqual(actions('peer:pcc-data-lake').find((a) => a.run?.command === 'vpcPeering.exportTerraform')?.run?.args, { connectionId: 'pcc-data-lake' });
    // The partner requested it; only the hub (accepter) is ours: accept or reject, never delete.
    assert.deepEqual(commands('peer:pcc-partner').slice(0, 3), ['details', 'vpcPeering.acceptPeerConnection', 'vpcPeering.rejectPeerConnection']);
    assert.ok(!commands('peer:pcc-partner').includes('vpcPeering.deletePeerConnection'));
    assert.deepEqual(commands('peer:pcc-hub-dr', true), ['details']);
  });

  it('sends the ids a command needs under the names it reads, with the profile that owns the resource', () => {
    // The command picks the acting side of a connection (the accepter's profile to accept), as from the tree.
    const accept = actions('peer:pcc-partner').find((a) => a.run?.command === 'vpcPeering.acceptPeerConnection');
    assert.deepEqual(accept?.run?.args, { connectionId: 'pcc-partner' });
    assert.deepEqual(actions('bgp:bgp-idc-2').find((a) => a.run?.command === 'vpcPeering.deleteBgpPeer')?.run?.args, {
      profileId: 'hub',
      regionId: 'cn-hangzhou',
      bgpPeerId: 'bgp-idc-2',
    });
    const create = actions('vpc:vpc-hub-prod').find((a) => a.run?.command === 'vpcPeering.createPeerConnection');
    assert.deepEqual(create?.run?.args, { accountUid: HUB, regionId: 'cn-hangzhou', vpcId: 'vpc-hub-prod' });
    const diagnose = actions('vpc:vpc-hub-prod').find((a) => a.run?.command === 'vpcPeering.diagnoseConnectivity');
    assert.deepEqual(diagnose?.run?.args, { vpcA: { vpcId: 'vpc-hub-prod', regionId: 'cn-hangzhou', accountUid: HUB } });
    const link = actions('vpc:vpc-hub-prod').find((a) => a.run?.command === 'vpcPeering.createRouterInterfaceConnection');
    assert.deepEqual(link?.run?.args, { initiator: { profileId: 'hub', regionId: 'cn-hangzhou', vpcId: 'vpc-hub-prod' } });
  });

  it('offers no command that needs a profile on a resource of an account without one', () => {
    const noProfiles = (id: string) => actionsFor(element(id), false, () => undefined).map((a) => a.run?.command ?? a.local);
    assert.ok(!noProfiles('bgp:bgp-idc-2').includes('vpcPeering.deleteBgpPeer'));
    assert.ok(!noProfiles('vpc:vpc-hub-prod').includes('vpcPeering.createRouterInterfaceConnection'));
    assert.ok(noProfiles('vpc:vpc-hub-prod').includes('vpcPeering.createPeerConnection'), 'the command finds the profile by account');
  });

  it('describes a connection with both sides, routes and what happens next', () => {
    const details = describeElement(element('peer:pcc-hub-dr'), (uid) => (uid === HUB ? 'network-hub' : undefined));
    const rows = Object.fromEntries(details.rows);
    assert.equal(details.kindName, 'Peer connection');
    assert.equal(details.title, 'hub-dr (pcc-hub-dr)');
    assert.match(rows.Requester, /^[^ ]+ \(vpc-hub-prod\) · cn-hangzhou$/, 'the VPC by name, then id');
    assert.equal(rows['Accepter routes'], 'missing');
    assert.equal(rows['Requester account'], `network-hub (${HUB})`);
    assert.equal(rows.Bandwidth, '100 Mbps');
    assert.match(rows['What next'], /Active/);
    assert.equal(details.warnings.length, 1);
  });

  it('names the ends of a group of links by their titles and counts links in the singular or plural', () => {
    const group = (total: number): AggregateEdge => ({ id: 'agg', kind: 'aggregate', source: 'vpc:vpc-hub-prod', target: 'summary:cn-shanghai', label: '', total, counts: {}, attentionCount: 0, tone: 'ok', fontSize: 16, width: 1, toDetail: true });
    const titles = (id: string) => (id === 'vpc:vpc-hub-prod' ? 'hub-prod (vpc-hub-prod)' : undefined);
    const one = describeElement(group(1), () => undefined, Date.now(), titles);
    assert.equal(one.title, '1 link');
    assert.equal(Object.fromEntries(one.rows).Between, 'hub-prod (vpc-hub-prod) and summary:cn-shanghai');
    assert.equal(describeElement(group(3), () => undefined).title, '3 links');
  });

  it('writes well-formed SVG with every string escaped', () => {
    const svg = svgDocument({
      left: 0,
      top: 0,
      width: 100,
      height: 50,
      background: '#000',
      fontFamily: 'A "quoted" font',
      boxes: [{ x: 1, y: 2, width: 30, height: 20, shape: 'roundrect', fill: '#111', stroke: '#222', strokeWidth: 1 }],
      lines: [{ start: { x: 0, y: 0 }, controls: [{ x: 5, y: 5 }], end: { x: 10, y: 0 }, color: '#0f0', width: 2, dash: [4, 2], arrow: 'triangle' }],
      texts: [{ x: 5, y: 5, lines: ['<img src=x onerror=alert(1)>', 'a & b'], fontSize: 12, color: '#fff', placement: 'middle', background: '#ff0' }],
    });
    assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(svg.includes('a &amp; b'));
    assert.ok(svg.includes('font-family="A &quot;quoted&quot; font"'));
    assert.ok(svg.includes('d="M0,0 Q5,5 10,0"'));
    assert.ok(svg.includes('stroke-dasharray="4 2"'));
    assert.equal(escapeXml(`'"<>&`), '&apos;&quot;&lt;&gt;&amp;');
  });

  it('moves keyboard focus to the nearest node in a direction, and Tabs in reading order', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 300, y: 10 },
      { id: 'c', x: 40, y: 200 },
      { id: 'd', x: 600, y: -300 },
    ];
    assert.equal(nearestInDirection(nodes[0], nodes, 'right'), 'b');
    assert.equal(nearestInDirection(nodes[0], nodes, 'down'), 'c');
    assert.equal(nearestInDirection(nodes[0], nodes, 'up'), 'd');
    assert.equal(nearestInDirection(nodes[0], nodes, 'left'), undefined);
    assert.deepEqual(readingOrder(nodes, [{ id: 'e2', source: 'a' }, { id: 'e1', source: 'a' }, { id: 'e3', source: 'c' }], 75), ['d', 'a', 'e1', 'e2', 'b', 'c', 'e3']);
  });
});
