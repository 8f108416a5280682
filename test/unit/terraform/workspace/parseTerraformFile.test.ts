import * as assert from 'node:assert/strict';
import { parseTerraformFile, TerraformParseError } from '../../../../src/terraform/workspace/parseTerraformFile';

describe('terraform/workspace/parseTerraformFile', () => {
  it('finds each resource and import block with its line, in HCL', async () => {
    const text = [
      'provider "alicloud" {',
      '  region = "cn-hangzhou"',
      '}',
      '',
      'resource "alicloud_vpc_peer_connection" "hub" {',
      '  vpc_id           = "vpc-1"',
      '  accepting_vpc_id = alicloud_vpc.other.id',
      '  bandwidth        = 100',
      '}',
      '',
      'import {',
      '  to = alicloud_vpc_peer_connection.hub',
      '  id = "pcc-1"',
      '}',
    ].join('\n');
    const content = await parseTerraformFile('/w/main.tf', text);
    assert.deepEqual(content.resources.map((r) => [r.type, r.name, r.line, r.body.vpc_id, r.body.bandwidth, r.body.accepting_vpc_id]), [
      ['alicloud_vpc_peer_connection', 'hub', 5, 'vpc-1', 100, '${alicloud_vpc.other.id}'],
    ]);
    assert.deepEqual(content.imports, [{ to: 'alicloud_vpc_peer_connection.hub', id: 'pcc-1', file: '/w/main.tf', line: 11 }]);
  });

  it('reads the JSON syntax (as CDK for Terraform writes it) with its lines', async () => {
    const text = JSON.stringify({ resource: { alicloud_vpc_bgp_peer: { edge: { bgp_group_id: 'bgpg-1', provider: 'alicloud.hub' } } } }, null, 2);
    const content = await parseTerraformFile('/w/cdk.tf.json', text);
    assert.equal(content.resources[0].name, 'edge');
    assert.equal(text.split('\n')[content.resources[0].line - 1].trim(), '"edge": {');
  });

  it('says which file does not parse', async () => {
    await assert.rejects(parseTerraformFile('/w/broken.tf', 'resource "a" {'), (error: unknown) => error instanceof TerraformParseError && /broken\.tf/.test(error.message));
  });
});
