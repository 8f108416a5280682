import assert from 'node:assert/strict';
import { routeCoverage, worseCoverage } from '../../../../src/model/graph/peerRouteCoverage';
import type { RouteEntry, RouteTable } from '../../../../src/model/types';

function table(id: string, type: RouteTable['type'], vSwitchIds: string[] = []): RouteTable {
  return { id, name: '', type, regionId: 'cn-hangzhou', vpcId: 'vpc-a', routerId: 'vrt-a', routerType: 'VRouter', vSwitchIds, status: 'Available' };
}

function route(tableId: string, destination: string, nextHop = { type: 'VpcPeer', id: 'pcc-1' }, status = 'Available'): RouteEntry {
  return { id: `rte-${destination}`, routeTableId: tableId, regionId: 'cn-hangzhou', destination, type: 'Custom', status, name: '', description: '', nextHops: [nextHop] };
}

function coverage(tables: RouteTable[] | undefined, entries: RouteEntry[], destinations = ['10.1.0.0/16', '10.2.0.0/16']) {
  return routeCoverage({ connectionId: 'pcc-1', tables, entriesOf: (id) => entries.filter((e) => e.routeTableId === id), destinations });
}

describe('graph: route coverage of one side of a connection', () => {
  const system = table('vtb-sys', 'System');

  it('is unknown until the side’s tables are loaded', () => {
    assert.equal(coverage(undefined, []), 'unknown');
    assert.equal(coverage([], []), 'unknown');
  });

  it('is covered when routes through this connection contain every far block', () => {
    assert.equal(coverage([system], [route('vtb-sys', '10.0.0.0/8')]), 'covered');
    assert.equal(coverage([system], [route('vtb-sys', '10.1.0.0/16'), route('vtb-sys', '10.2.0.0/16')]), 'covered');
  });

  it('is partial when only some blocks, or part of one, go through it', () => {
    assert.equal(coverage([system], [route('vtb-sys', '10.1.0.0/16')]), 'partial');
    assert.equal(coverage([system], [route('vtb-sys', '10.1.0.0/17'), route('vtb-sys', '10.2.0.0/16')]), 'partial');
  });

  it('is missing when nothing goes through this connection', () => {
    assert.equal(coverage([system], [route('vtb-sys', '10.1.0.0/16', { type: 'VpcPeer', id: 'pcc-other' })]), 'missing');
    assert.equal(coverage([system], [route('vtb-sys', '10.1.0.0/16', { type: 'Instance', id: 'i-1' })]), 'missing');
    assert.equal(coverage([system], [route('vtb-sys', '10.0.0.0/8', undefined, 'Deleting')]), 'missing');
  });

  it('judges each block by the route that wins it, as the router does', () => {
    // A more specific route elsewhere takes 10.1.0.0/16 away from the /8 through the connection.
    assert.equal(coverage([system], [route('vtb-sys', '10.0.0.0/8'), route('vtb-sys', '10.1.0.0/16', { type: 'Instance', id: 'i-1' })]), 'partial');
  });

  it('counts a custom table only when vSwitches use it, and needs every used table to route', () => {
    const unbound = table('vtb-unbound', 'Custom');
    const bound = table('vtb-bound', 'Custom', ['vsw-1']);
    assert.equal(coverage([system, unbound], [route('vtb-sys', '10.0.0.0/8')]), 'covered');
    assert.equal(coverage([system, bound], [route('vtb-sys', '10.0.0.0/8')]), 'partial');
    assert.equal(coverage([system, bound], [route('vtb-sys', '10.0.0.0/8'), route('vtb-bound', '10.0.0.0/8')]), 'covered');
  });

  it('checks IPv4 blocks only', () => {
    assert.equal(coverage([system], [route('vtb-sys', '10.0.0.0/8')], ['10.1.0.0/16', '2408:4000::/56']), 'covered');
    assert.equal(coverage([system], [], ['2408:4000::/56']), 'unknown');
  });

  it('orders sides by how urgently they need a look', () => {
    assert.equal(worseCoverage('covered', 'missing'), 'missing');
    assert.equal(worseCoverage('unknown', 'partial'), 'partial');
    assert.equal(worseCoverage('covered', 'unknown'), 'unknown');
  });
});
