import assert from 'node:assert/strict';
import Credential, { StaticAKCredentialsProvider } from '@alicloud/credentials';
import { ClientFactory } from '../../../src/cloud/clientFactory';

function factory(endpoint?: { endpoint: string; protocol: 'http' | 'https' }) {
  const credential = new Credential(null, StaticAKCredentialsProvider.builder().withAccessKeyId('LTAI5tExample0000abcd').withAccessKeySecret('unused-secret').build());
  return new ClientFactory({ credential, endpoint, connectTimeoutMs: 1_000, readTimeoutMs: 2_000 });
}

describe('cloud: client factory', () => {
  it("lets the VPC SDK's endpoint rules pick the host from the region", () => {
    const clients = factory();
    assert.equal(clients.endpointFor('vpc', 'cn-hangzhou'), 'vpc.aliyuncs.com');
    assert.equal(clients.endpointFor('vpc', 'cn-beijing'), 'vpc.cn-beijing.aliyuncs.com');
    assert.equal(clients.endpointFor('vpc', 'eu-central-1'), 'vpc.eu-central-1.aliyuncs.com');
  });

  it('sends VpcPeer and STS to their central endpoints', () => {
    const clients = factory();
    assert.equal(clients.endpointFor('vpcpeer'), 'vpcpeer.aliyuncs.com');
    assert.equal(clients.rpcClient('vpcpeer')._endpoint, 'vpcpeer.aliyuncs.com');
    assert.equal(clients.endpointFor('sts'), 'sts.aliyuncs.com');
    assert.equal(clients.rpcClient('sts')._endpoint, 'sts.aliyuncs.com');
  });

  it('keeps one VPC client per region', () => {
    const clients = factory();
    assert.equal(clients.vpc('cn-beijing'), clients.vpc('cn-beijing'));
    assert.notEqual(clients.vpc('cn-beijing'), clients.vpc('cn-shanghai'));
  });

  it('sends every product to an endpoint override over its protocol', () => {
    const clients = factory({ endpoint: '127.0.0.1:4567', protocol: 'http' });
    for (const client of [clients.vpc('cn-beijing'), clients.rpcClient('vpcpeer'), clients.rpcClient('sts')]) {
      assert.equal(client._endpoint, '127.0.0.1:4567');
      assert.equal(client._protocol, 'http');
    }
    assert.equal(clients.endpointFor('vpc', 'cn-beijing'), '127.0.0.1:4567');
  });

  it('passes the time limits on every request', () => {
    const runtime = factory().runtime();
    assert.equal(runtime.connectTimeout, 1_000);
    assert.equal(runtime.readTimeout, 2_000);
  });
});
