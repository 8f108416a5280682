import assert from 'node:assert/strict';
import { scenarioProjectId } from '../../../../src/emulator/huawei/scenario';
import { CN_NORTH, iamClient, req, sdkFailure, SINGAPORE, tenant, useHuaweiEmulator, vpcClient, vpcClientInProject, type Wire } from './fixture';

describe('huawei emulator: IAM projects and SDK-HMAC-SHA256', () => {
  const emulator = useHuaweiEmulator({ scenario: 'demo' });

  it('lets the SDK find the region project through IAM (GET /v3/projects?name=) and act in it', async () => {
    const network = tenant(emulator(), 'hw-network');
    const { client, credentials } = vpcClient(emulator(), network, SINGAPORE);
    const vpcs = (await client.listVpcs(req({}))) as Wire;
    assert.equal(credentials.projectId, scenarioProjectId('hw-network', SINGAPORE));
    assert.deepEqual(vpcs.vpcs.map((v: Wire) => v.name), ['sg-hub']);
    assert.equal(emulator().huawei.stats.byAction.keystoneListProjects, 1);
  });

  it('lists an account and its projects, one per region, named like the region', async () => {
    const partner = tenant(emulator(), 'hw-partner');
    const iam = iamClient(emulator(), partner);
    const domains = (await iam.keystoneListAuthDomains()) as Wire;
    assert.deepEqual(domains.domains.map((d: Wire) => d.id), [partner.domainId]);
    const projects = (await iam.keystoneListAuthProjects()) as Wire;
    assert.deepEqual(projects.projects.map((p: Wire) => p.name).sort(), [SINGAPORE, CN_NORTH].sort());
    for (const project of projects.projects) {
      assert.equal(project.domain_id, partner.domainId);
      assert.equal(project.id, scenarioProjectId('hw-partner', project.name));
      assert.match(project.id, /^[0-9a-f]{32}$/);
    }
  });

  it('refuses a wrong secret with the gateway 401 APIGW.0301 and a request id', async () => {
    const network = tenant(emulator(), 'hw-network');
    const { client } = vpcClient(emulator(), network, CN_NORTH, 'not-the-secret');
    const failure = await sdkFailure(client.listVpcPeerings(req({})));
    assert.equal(failure.exception, 'ClientRequestException');
    assert.equal(failure.status, 401);
    assert.equal(failure.code, 'APIGW.0301');
    assert.match(failure.message, /verify aksk signature fail/);
    assert.match(failure.requestId, /^[0-9a-f]{32}$/);
  });

  it('refuses an unknown access key', async () => {
    const network = tenant(emulator(), 'hw-network');
    const stranger = { ...network, accessKeyId: 'HWUNKNOWNKEY00000000' };
    const failure = await sdkFailure(vpcClientInProject(emulator(), stranger, scenarioProjectId('hw-network', CN_NORTH)).listVpcPeerings(req({})));
    assert.deepEqual([failure.status, failure.code], [401, 'APIGW.0301']);
    assert.match(failure.message, /ak HWUNKNOWNKEY00000000 not exist/);
  });

  it("refuses a call in another tenant's project with 403", async () => {
    const network = tenant(emulator(), 'hw-network');
    const failure = await sdkFailure(vpcClientInProject(emulator(), network, scenarioProjectId('hw-partner', CN_NORTH)).listVpcPeerings(req({})));
    assert.deepEqual([failure.status, failure.code], [403, 'VPC.0010']);
  });

  it('answers an unknown path with APIGW.0101', async () => {
    const network = tenant(emulator(), 'hw-network');
    const { client } = vpcClient(emulator(), network, CN_NORTH);
    const failure = await sdkFailure(client.showVpcPeering(req({ peering_id: 'a/b' })));
    assert.deepEqual([failure.status, failure.code], [404, 'APIGW.0101']);
  });
});
