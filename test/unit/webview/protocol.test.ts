import assert from 'node:assert/strict';
import { buildGraph, diffGraph, layoutGraph, NO_FILTERS } from '../../../src/model/graph';
import { parseHostMessage, parsePageMessage } from '../../../src/webview/protocol';
import { demoSnapshot } from '../model/graph/fixtures/demoSnapshot';

describe('graph page protocol: validation on both sides', () => {
  const graph = buildGraph(demoSnapshot());
  const positions = layoutGraph(graph);

  it('accepts every host message the host sends', () => {
    const delta = diffGraph(graph, buildGraph(demoSnapshot({ hostileNames: true })));
    const messages = [
      { type: 'init', graph, positions, theme: 'dark', filters: NO_FILTERS, options: { readOnly: false, detailBudget: 800 } },
      { type: 'delta', delta, positions: {} },
      { type: 'select', id: 'vpc-hub-prod' },
      { type: 'reveal', id: 'peer:pcc-hub-app' },
      { type: 'filters', filters: { ...NO_FILTERS, hiddenStatuses: ['Rejected'], hiddenEdgeKinds: ['bgp'] } },
      { type: 'request', requestId: '7', request: { method: 'export', format: 'svg' } },
      { type: 'request', requestId: '8', request: { method: 'relayout' } },
      { type: 'cancel', requestId: '8' },
    ];
    for (const message of messages) assert.deepEqual(parseHostMessage(message), message, message.type);
  });

  it('drops host messages of unknown type or shape', () => {
    const bad: unknown[] = [
      null,
      'init',
      { type: 'runScript', code: 'alert(1)' },
      { type: 'init', graph: { nodes: [{ id: 'x' }], edges: [] }, positions },
      { type: 'init', graph, positions: { a: { x: 'NaN', y: 0 } } },
      { type: 'init', graph, positions, theme: 'neon' },
      { type: 'init', graph, positions, options: { detailBudget: -1 } },
      { type: 'delta', delta: { addedNodes: [], addedEdges: [], removedNodes: [], removedEdges: [], changed: [{ id: 'a', group: 'edges', set: { source: 'b' }, unset: [] }] }, positions: {} },
      { type: 'delta', delta: { addedNodes: [], addedEdges: [], removedNodes: [], removedEdges: [], changed: [{ id: 'a', group: 'nodes', set: { label: 42 }, unset: [] }] }, positions: {} },
      { type: 'filters', filters: { ...NO_FILTERS, hiddenStatuses: ['Bogus'] } },
      { type: 'request', requestId: '1', request: { method: 'export', format: 'pdf' } },
      { type: 'request', request: { method: 'relayout' } },
      { type: 'request', requestId: '2', request: { method: 'runScript' } },
      { type: 'cancel' },
      { type: 'select' },
    ];
    for (const message of bad) assert.equal(parseHostMessage(message), undefined, JSON.stringify(message)?.slice(0, 120));
  });

  it('accepts what the page sends and drops anything else', () => {
    const good = [
      { type: 'ready', protocol: 1 },
      { type: 'selected' },
      { type: 'selected', elementId: 'vpc:vpc-a', kind: 'vpc', resourceId: 'vpc-a', regionId: 'cn-hangzhou', accountUid: '1' },
      { type: 'selected', elementId: 'vpc:vpc-a', kind: 'vpc', ref: { provider: 'alibaba', accountUid: '1', regionId: 'cn-hangzhou', kind: 'vpc', id: 'vpc-a' } },
      { type: 'action', command: 'vpcPeering.acceptPeerConnection', args: { connectionId: 'pcc-1' } },
      { type: 'positionsChanged', positions: { 'vpc:vpc-a': { x: 1, y: 2 } }, reason: 'drag' },
      { type: 'reply', requestId: '7', result: 'data:image/png;base64,AAAA' },
      { type: 'reply', requestId: '8', error: 'Nothing is drawn yet.' },
      { type: 'relayoutDone', outcome: 'done', engine: 'worker', moved: 12 },
      { type: 'relayoutDone', outcome: 'failed', engine: 'page', moved: 0, message: 'fcose failed' },
      { type: 'error', message: 'boom' },
    ];
    for (const message of good) assert.deepEqual(parsePageMessage(message), message);
    // An action keeps only the keys its command's page arguments have.
    assert.deepEqual(parsePageMessage({ type: 'action', command: 'vpcPeering.acceptPeerConnection', args: { connectionId: 'pcc-1', force: false, bandwidth: 10 } }), {
      type: 'action',
      command: 'vpcPeering.acceptPeerConnection',
      args: { connectionId: 'pcc-1' },
    });
    const bad: unknown[] = [
      { type: 'action', command: 'workbench.action.terminal.sendSequence', args: { text: 'rm -rf /' } },
      { type: 'action', command: 'vpcPeering.deletePeerConnection', args: { nested: { x: 1 } } },
      { type: 'selected', elementId: 'x', kind: 'script' },
      { type: 'selected', elementId: 'vpc:vpc-a', kind: 'vpc', ref: { kind: 'vpc', id: 'vpc-a' } },
      { type: 'selected', elementId: 'vpc:vpc-a', kind: 'vpc', ref: { provider: 'alibaba', accountUid: '1', regionId: 'cn-hangzhou', kind: 'script', id: 'x' } },
      { type: 'positionsChanged', positions: {}, reason: 'because' },
      { type: 'reply', result: 'data:image/png;base64,AAAA' },
      { type: 'reply', requestId: '7', error: { stack: 'x' } },
      { type: 'relayoutDone', outcome: 'maybe', moved: 1 },
      { type: 'relayoutDone', outcome: 'done', engine: 'gpu', moved: 1 },
      { type: 'relayoutDone', outcome: 'done', moved: '1' },
      { type: 'ready' },
    ];
    for (const message of bad) assert.equal(parsePageMessage(message), undefined, JSON.stringify(message));
  });
});
