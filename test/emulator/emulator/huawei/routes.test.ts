import assert from 'node:assert/strict';
import { CN_NORTH, DEMO, req, sdkFailure, tenant, useHuaweiEmulator, vpcClient, type Wire } from './fixture';

describe('huawei emulator: routes for a peering', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo' });
  const network = () => vpcClient(emulator(), tenant(emulator(), 'hw-network'), CN_NORTH).client;

  async function defaultTable(vpc: string): Promise<Wire> {
    const tables = (await network().listRouteTables(req({ vpc_id: vpc }))) as Wire;
    assert.equal(tables.routetables.length, 1);
    assert.equal(tables.routetables[0].default, true);
    return ((await network().showRouteTable(req({ routetable_id: tables.routetables[0].id }))) as Wire).routetable;
  }

  it('shows local routes and the peering routes of a VPC\'s default table', async () => {
    const table = await defaultTable(DEMO.app);
    assert.deepEqual(
      table.routes.map((r: Wire) => [r.type, r.destination, r.nexthop]),
      [
        ['local', '10.20.1.0/24', '-'],
        ['local', '100.64.0.0/10', '-'],
        ['local', '198.19.128.0/20', '-'],
        ['peering', '10.10.0.0/16', DEMO.hubApp],
      ],
    );
  });

  it('adds the missing side of a one-sided peering through the route table, checked first', async () => {
    // edge-app has its route on the partner side only; the app side adds one.
    const table = await defaultTable(DEMO.app);
    const updated = (await network().updateRouteTable(
      req({ routetable_id: table.id, body: { routetable: { routes: { add: [{ type: 'peering', destination: '172.31.0.0/16', nexthop: DEMO.edgeApp, description: 'to partner-edge' }] } } } }),
    )) as Wire;
    assert.ok(updated.routetable.routes.some((r: Wire) => r.destination === '172.31.0.0/16' && r.nexthop === DEMO.edgeApp));

    const add = (route: Wire) => network().updateRouteTable(req({ routetable_id: table.id, body: { routetable: { routes: { add: [route] } } } }));
    const duplicate = await sdkFailure(add({ type: 'peering', destination: '172.31.0.0/16', nexthop: DEMO.edgeApp }));
    assert.equal(duplicate.status, 400);
    const overlapsLocal = await sdkFailure(add({ type: 'peering', destination: '10.20.1.0/25', nexthop: DEMO.edgeApp }));
    assert.match(overlapsLocal.message, /overlaps the local route 10\.20\.1\.0\/24/);
    const hostBits = await sdkFailure(add({ type: 'peering', destination: '10.99.0.1/16', nexthop: DEMO.edgeApp }));
    assert.deepEqual([hostBits.status, hostBits.code], [400, 'VPC.0101']);
    const notThisVpc = await sdkFailure(add({ type: 'peering', destination: '10.98.0.0/16', nexthop: DEMO.legacyEdge }));
    assert.match(notThisVpc.message, /does not connect VPC/);
  });

  it('refuses a route through a peering that is not ACTIVE', async () => {
    const table = await defaultTable(DEMO.hub);
    const failure = await sdkFailure(
      network().updateRouteTable(req({ routetable_id: table.id, body: { routetable: { routes: { add: [{ type: 'peering', destination: '192.168.0.0/16', nexthop: DEMO.hubPartnerData }] } } } })),
    );
    assert.equal(failure.status, 400);
    assert.match(failure.message, /PENDING_ACCEPTANCE/);
  });

  it('serves the same routes through v2.0 /vpc/routes: create, list, show, delete', async () => {
    const created = (await network().createVpcRoute(req({ body: { route: { type: 'peering', nexthop: DEMO.hubApp, destination: '10.21.0.0/16', vpc_id: DEMO.hub } } }))) as Wire;
    assert.equal(created.route.vpc_id, DEMO.hub);
    const listed = (await network().listVpcRoutes(req({ vpc_id: DEMO.hub }))) as Wire;
    assert.deepEqual(listed.routes.map((r: Wire) => r.destination).sort(), ['10.20.0.0/16', '10.21.0.0/16']);
    const shown = (await network().showVpcRoute(req({ route_id: created.route.id }))) as Wire;
    assert.equal(shown.route.nexthop, DEMO.hubApp);
    await network().deleteVpcRoute(req({ route_id: created.route.id }));
    assert.equal((await sdkFailure(network().showVpcRoute(req({ route_id: created.route.id })))).status, 404);
  });

  it('deletes a route by destination and keeps local routes immutable', async () => {
    const table = await defaultTable(DEMO.app);
    const del = (destination: string) => network().updateRouteTable(req({ routetable_id: table.id, body: { routetable: { routes: { del: [{ destination }] } } } }));
    const local = await sdkFailure(del('10.20.1.0/24'));
    assert.match(local.message, /local route/);
    const after = (await del('172.31.0.0/16')) as Wire;
    assert.ok(!after.routetable.routes.some((r: Wire) => r.destination === '172.31.0.0/16'));
  });
});
