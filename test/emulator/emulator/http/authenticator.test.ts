import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock, startEmulator, type RunningEmulator } from '../../../../src/emulator';
import { emptyScenario } from '../../../../src/emulator/scenario/empty';
import { accountOf, expectApiError, genericClient, peerCall, rawVpcCall, stsCall, useEmulator, vpcClient, type Body } from '../fixture';
import { DescribeVpcsRequest } from '@alicloud/vpc20160428';

interface CapturedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Lets the real SDK sign a call against a stand-in server and returns the request exactly as it
 * went over the wire, so tests can replay or tamper with it independently of the emulator's code.
 */
async function captureSignedRequest(send: (endpoint: string) => Promise<unknown>): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      captured = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"RequestId":"captured"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await send(`127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  assert.ok(captured, 'the SDK sent nothing');
  return captured;
}

/** Sends a captured request (possibly altered) to the emulator; resolves with status and JSON body. */
function replay(emulator: RunningEmulator, req: CapturedRequest, change: Partial<CapturedRequest> = {}): Promise<{ status: number; body: Body }> {
  const final = { ...req, ...change };
  return new Promise((resolve, reject) => {
    const { 'transfer-encoding': _chunked, ...rest } = final.headers;
    const headers = { ...rest, 'content-length': String(final.body.length) };
    const outgoing = httpRequest({ host: '127.0.0.1', port: emulator.port, method: final.method, path: final.url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body }));
    });
    outgoing.on('error', reject);
    outgoing.end(final.body);
  });
}

describe('emulator: ACS3-HMAC-SHA256 signatures', () => {
  const emulator = useEmulator({ scenario: 'demo', transitionMs: 0 });

  it('accepts calls the real VPC and generic clients sign, and tells each key its account', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const vpcs = await vpcClient(emulator(), hub).describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
    assert.ok(vpcs.body!.vpcs!.vpc!.length > 0);
    const identity = await stsCall(genericClient(emulator(), hub), 'GetCallerIdentity');
    assert.equal(identity.AccountId, hub.uid);
    assert.equal(identity.IdentityType, 'Account');
    assert.equal(identity.Arn, `acs:ram::${hub.uid}:root`);
    assert.match(String(identity.RequestId), /^[0-9A-F]{8}-[0-9A-F]{4}-/);
  });

  it('verifies query values that need the stricter encoding (spaces, * ( ) ! \' and non-ASCII)', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const body = await rawVpcCall(genericClient(emulator(), hub), 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcName: "core (prod)*!' 网络 a+b=c/d~" });
    assert.equal(body.TotalCount, 0);
  });

  it('verifies a form body with flattened lists', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const body = await peerCall(genericClient(emulator(), hub), 'ListVpcPeerConnections', { RegionId: 'cn-hangzhou', MaxResults: 3 }, { Tags: [{ Key: 'env', Value: 'prod' }] });
    assert.ok(Array.isArray(body.VpcPeerConnects));
  });

  it('answers SignatureDoesNotMatch for a wrong secret, with the server string to sign', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const client = vpcClient(emulator(), { ...hub, accessKeySecret: `${hub.accessKeySecret}x` });
    const error = await expectApiError(client.describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' })), 'SignatureDoesNotMatch', 400);
    assert.match(error.message, /server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}/);
    assert.ok(!error.message.includes(hub.accessKeySecret), 'the secret never appears in an answer');
  });

  it('answers InvalidAccessKeyId.NotFound (404) for an unknown key', async () => {
    const client = vpcClient(emulator(), { name: 'x', uid: '1', accessKeyId: 'LTAI5tUnknownKey000000', accessKeySecret: 'whatever-secret-value' });
    await expectApiError(client.describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' })), 'InvalidAccessKeyId.NotFound', 404);
  });

  it('refuses a tampered body, a tampered query and a replayed nonce', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const captured = await captureSignedRequest((endpoint) =>
      peerCall(genericClient({ ...emulator(), endpoint }, hub), 'ListVpcPeerConnections', { RegionId: 'cn-hangzhou', MaxResults: 5 }, { ResourceGroupId: 'rg-a' }),
    );
    const tamperedBody = Buffer.from(captured.body.toString('utf8').replace('MaxResults=5', 'MaxResults=6'));
    assert.notDeepEqual(tamperedBody, captured.body);
    assert.equal((await replay(emulator(), captured, { body: tamperedBody })).body.Code, 'SignatureDoesNotMatch');
    assert.equal((await replay(emulator(), captured, { url: captured.url.replace('rg-a', 'rg-b') })).body.Code, 'SignatureDoesNotMatch');

    const first = await replay(emulator(), captured);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const again = await replay(emulator(), captured);
    assert.equal(again.status, 400);
    assert.equal(again.body.Code, 'SignatureNonceUsed');
    assert.ok(again.body.RequestId && again.body.Message && again.body.HostId, 'errors carry RequestId, Message and HostId');
  });

  it('answers IncompleteSignature when the Authorization header is missing or malformed', async () => {
    const hub = accountOf(emulator(), 'network-hub');
    const captured = await captureSignedRequest((endpoint) => stsCall(genericClient({ ...emulator(), endpoint }, hub), 'GetCallerIdentity'));
    const { authorization: _dropped, ...headers } = captured.headers;
    assert.equal((await replay(emulator(), captured, { headers })).body.Code, 'IncompleteSignature');
    const garbled = { ...captured.headers, authorization: 'ACS3-HMAC-SHA256 nonsense' };
    assert.equal((await replay(emulator(), captured, { headers: garbled })).body.Code, 'IncompleteSignature');
  });

  it('answers InvalidAction.NotFound for an unknown action and InvalidVersion for the wrong API version', async () => {
    const client = genericClient(emulator(), accountOf(emulator(), 'network-hub'));
    await expectApiError(rawVpcCall(client, 'DescribeNothing', {}), 'InvalidAction.NotFound', 404);
    await expectApiError(rawVpcCall(client, 'ListVpcPeerConnections', {}), 'InvalidVersion', 400);
  });
});

describe('emulator: request dates and STS credentials', () => {
  it('answers InvalidTimeStamp.Expired when the request date is more than 15 minutes off', async () => {
    const clock = new ManualClock(Date.now() + 16 * 60_000);
    const emulator = await startEmulator({ scenario: 'empty', clock });
    try {
      const client = vpcClient(emulator, emulator.accounts[0]);
      await expectApiError(client.describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' })), 'InvalidTimeStamp.Expired', 400);
      clock.set(Date.now() + 14 * 60_000);
      await client.describeVpcs(new DescribeVpcsRequest({ regionId: 'cn-hangzhou' }));
    } finally {
      await emulator.close();
    }
  });

  it('accepts an STS key only with its security token', async () => {
    const document = emptyScenario();
    document.accounts[0].stsCredentials = [{ accessKeyId: 'STS.NUgYrLnoC37mZZCNnAbez2', accessKeySecret: 'sts-secret-0123456789', securityToken: 'CAIS-token-of-the-role' }];
    const emulator = await startEmulator({ scenario: document });
    try {
      const sts = { name: 'role', uid: '', accessKeyId: 'STS.NUgYrLnoC37mZZCNnAbez2', accessKeySecret: 'sts-secret-0123456789' };
      const identity = await stsCall(genericClient(emulator, sts, { securityToken: 'CAIS-token-of-the-role' }), 'GetCallerIdentity');
      assert.equal(identity.AccountId, emulator.accounts[0].uid);
      assert.equal(identity.IdentityType, 'AssumedRoleUser');
      await expectApiError(stsCall(genericClient(emulator, sts, { securityToken: 'CAIS-another-token' }), 'GetCallerIdentity'), 'InvalidSecurityToken.MismatchWithAccessKey');
      await expectApiError(stsCall(genericClient(emulator, sts), 'GetCallerIdentity'), 'MissingSecurityToken');
    } finally {
      await emulator.close();
    }
  });
});
