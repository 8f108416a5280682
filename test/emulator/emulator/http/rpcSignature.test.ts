// The emulator answers the older RPC signature (HMAC-SHA1) that the aliyun CLI and Terraform's
// provider send, checked with `@alicloud/pop-core`, the RPC client on the npm registry.

import assert from 'node:assert/strict';
import RPCClient from '@alicloud/pop-core';
import { accountOf, useEmulator, type Body } from '../fixture';

interface RpcError extends Error {
  code?: string;
}

describe('emulator: RPC HMAC-SHA1 signatures (pop-core)', () => {
  const emulator = useEmulator({ scenario: 'demo', transitionMs: 0 });

  function client(name: string, apiVersion = '2016-04-28', secret?: string): RPCClient {
    const account = accountOf(emulator(), name);
    return new RPCClient({
      endpoint: `http://${emulator().endpoint}`,
      apiVersion,
      accessKeyId: account.accessKeyId,
      accessKeySecret: secret ?? account.accessKeySecret,
    });
  }

  async function rejection(call: Promise<unknown>): Promise<RpcError> {
    try {
      await call;
    } catch (error) {
      return error as RpcError;
    }
    assert.fail('the call was accepted');
  }

  it('answers a signed GET with the caller’s own VPCs', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const body = await client('network-hub').request<Body>('DescribeVpcs', { RegionId: 'cn-hangzhou', PageSize: 50 });
    const vpcs = body.Vpcs.Vpc as Body[];
    const expected = emulator().world.inventory(hub.uid, 'cn-hangzhou').vpcs.map((v) => v.id).sort();
    assert.deepEqual(vpcs.map((v) => v.VpcId).sort(), expected);
    assert.ok(expected.length > 0);
  });

  it('answers a signed POST whose parameters are all in the form body, VpcPeer included', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const body = await client('network-hub', '2022-01-01').request<Body>('ListVpcPeerConnections', { RegionId: 'cn-hangzhou', MaxResults: 50 }, { method: 'POST' });
    const ids = (body.VpcPeerConnects as Body[]).map((c) => c.InstanceId);
    const world = emulator().world.inventory(hub.uid, 'cn-hangzhou').peerConnections.filter((c) => c.requester.accountUid === hub.uid || c.accepter.accountUid === hub.uid);
    assert.ok(ids.length > 0 && ids.every((id) => world.some((c) => c.id === id)), ids.join(', '));
  });

  it('refuses a wrong secret with SignatureDoesNotMatch and the server’s string to sign', async () => {
    const error = await rejection(client('network-hub', '2016-04-28', 'not-the-secret').request('DescribeVpcs', { RegionId: 'cn-hangzhou' }));
    assert.equal(error.code, 'SignatureDoesNotMatch');
    assert.match(error.message, /server string to sign is:GET&%2F&/);
  });

  it('refuses an unknown access key', async () => {
    const stranger = new RPCClient({ endpoint: `http://${emulator().endpoint}`, apiVersion: '2016-04-28', accessKeyId: 'LTAInobody', accessKeySecret: 'x' });
    assert.equal((await rejection(stranger.request('DescribeVpcs', { RegionId: 'cn-hangzhou' }))).code, 'InvalidAccessKeyId.NotFound');
  });

  it('refuses a stale timestamp and a reused nonce, as the service does', async () => {
    const rpc = client('network-hub');
    const stale = await rejection(rpc.request('DescribeVpcs', { RegionId: 'cn-hangzhou', Timestamp: '2020-01-01T00:00:00Z' }));
    assert.equal(stale.code, 'InvalidTimeStamp.Expired');
    await rpc.request('DescribeVpcs', { RegionId: 'cn-hangzhou', SignatureNonce: 'fixed-nonce-1' });
    const reused = await rejection(rpc.request('DescribeVpcs', { RegionId: 'cn-hangzhou', SignatureNonce: 'fixed-nonce-1' }));
    assert.equal(reused.code, 'SignatureNonceUsed');
  });

  it('refuses another signature method instead of ignoring it', async () => {
    const error = await rejection(client('network-hub').request('DescribeVpcs', { RegionId: 'cn-hangzhou', SignatureMethod: 'HMAC-MD5' }));
    assert.equal(error.code, 'IncompleteSignature');
  });

  it('writes through the RPC path with the same rules: a route entry with a ClientToken is created once', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const world = emulator().world;
    const region = world.regions().find((r) => world.inventory(hub.uid, r).peerConnections.some((c) => c.status === 'Activated' && c.requester.accountUid === hub.uid))!;
    const inventory = world.inventory(hub.uid, region);
    const connection = inventory.peerConnections.find((c) => c.status === 'Activated' && c.requester.accountUid === hub.uid)!;
    const vpc = inventory.vpcs.find((v) => v.id === connection.requester.vpcId)!;
    const request = { RegionId: region, RouteTableId: vpc.routeTableIds[0], DestinationCidrBlock: '100.80.0.0/24', NextHopType: 'VpcPeer', NextHopId: connection.id, ClientToken: 'rpc-route-once' };
    const first = await client('network-hub').request<Body>('CreateRouteEntry', request, { method: 'POST' });
    const second = await client('network-hub').request<Body>('CreateRouteEntry', request, { method: 'POST' });
    assert.equal(first.RouteEntryId, second.RouteEntryId);
    const entries = world.inventory(hub.uid, region).routeEntries?.filter((e) => e.destination === '100.80.0.0/24') ?? [];
    assert.equal(entries.length, 1);
  });
});
