import * as assert from 'node:assert/strict';
import { parse } from '@cdktf/hcl2json';
import type { InventorySnapshot, PeerConnection } from '../../../src/model/types';
import { buildTerraformPlan } from '../../../src/terraform/buildTerraformPlan';
import { renderHcl } from '../../../src/terraform/renderHcl';

const HUB = '1510203040506070';
const PARTNER = '1730405060708090';

function connection(overrides: Partial<PeerConnection>): PeerConnection {
  return {
    id: 'pcc-bp1aaaa',
    name: 'hub-to-partner',
    description: '',
    status: 'Activated',
    bizStatus: 'Normal',
    requester: { accountUid: HUB, regionId: 'cn-hangzhou', vpcId: 'vpc-bp1hub', ipv4Cidrs: ['10.0.0.0/16'], ipv6Cidrs: [] },
    accepter: { accountUid: PARTNER, regionId: 'cn-beijing', vpcId: 'vpc-2zepartner', ipv4Cidrs: ['192.168.0.0/16'], ipv6Cidrs: [] },
    bandwidthMbps: 100,
    tags: [],
    ...overrides,
  };
}

function snapshotOf(connections: PeerConnection[]): InventorySnapshot {
  return {
    accounts: [
      { uid: HUB, name: 'hub', profileId: 'p:hub' },
      { uid: PARTNER, name: 'partner', profileId: 'p:partner' },
    ],
    regions: [
      { accountUid: HUB, regionId: 'cn-hangzhou', vpcs: [], peerConnections: connections, routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] },
    ],
  };
}

const access = (uid: string) => (uid === HUB ? { profileName: 'hub', cliProfile: 'hub' } : uid === PARTNER ? { profileName: 'partner' } : undefined);

function exportOf(connections: PeerConnection[]): string {
  return renderHcl(buildTerraformPlan({ snapshot: snapshotOf(connections), access, includeRoutes: true, importBlocks: true }));
}

/**
 * hcl2json hands back a string holding a template escape as source text (`$${`, `%%{`): undo the
 * escapes to get the value Terraform sees.
 */
const templateValue = (parsed: string) => parsed.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

describe('terraform/renderHcl', () => {
  const hostile = [
    'quote " and backslash \\',
    'interpolation ${var.secret} and directive %{ if true }x%{ endif }',
    'line one\nline two\r\ttab',
    'invoice\u202egnp.exe',
    'dollar $$ and percent %% alone',
  ];

  for (const description of hostile) {
    it(`writes ${JSON.stringify(description)} as a literal string that means exactly that`, async () => {
      const hcl = exportOf([connection({ description, name: description.slice(0, 20) })]);
      assert.ok(!hcl.includes('\u202e'), 'no raw bidirectional control in the file');
      const parsed = (await parse('hostile.tf', hcl)) as { resource: Record<string, Record<string, Array<Record<string, string>>>> };
      const [body] = Object.values(parsed.resource.alicloud_vpc_peer_connection)[0];
      const value = templateValue(body.description);
      assert.equal(value, description);
    });
  }

  it('aligns the equals signs of one-line arguments as terraform fmt does, and ends a run at a map', () => {
    const hcl = exportOf([connection({ tags: [{ key: 'env', value: 'prod' }, { key: 'cost.center', value: 'net' }] })]);
    assert.match(hcl, /\n {2}provider {13}= alicloud\.hub_cn_hangzhou\n {2}peer_connection_name = "hub-to-partner"\n/);
    assert.match(hcl, /\n {2}tags = \{\n {4}"cost\.center" = "net"\n {4}env {11}= "prod"\n {2}\}\n|\n {2}tags = \{\n {4}env {11}= "prod"\n {4}"cost\.center" = "net"\n {2}\}\n/);
  });

  it('names blocks after the resources, deterministically, and never twice', async () => {
    const hcl = exportOf([
      connection({ id: 'pcc-bp1b', name: 'Hub → Partner (prod)' }),
      connection({ id: 'pcc-bp1a', name: 'hub partner prod' }),
      connection({ id: 'pcc-bp1c', name: '' }),
      connection({ id: 'pcc-bp1d', name: '2nd link' }),
    ]);
    const parsed = (await parse('names.tf', hcl)) as { resource: Record<string, Record<string, unknown>> };
    assert.deepEqual(Object.keys(parsed.resource.alicloud_vpc_peer_connection).sort(), ['hub_partner_prod', 'hub_partner_prod_2', 'pcc_bp1c', 'r_2nd_link']);
    assert.ok(hcl.indexOf('"hub_partner_prod"') < hcl.indexOf('"hub_partner_prod_2"'), 'the lower id gets the plain name');
    assert.equal(exportOf([connection({ id: 'pcc-bp1b', name: 'x' }), connection({ id: 'pcc-bp1a', name: 'x' })]), exportOf([connection({ id: 'pcc-bp1a', name: 'x' }), connection({ id: 'pcc-bp1b', name: 'x' })]));
  });

  it('writes account UIDs as numbers with every digit, and no bandwidth within a region', async () => {
    const hcl = exportOf([connection({ accepter: { accountUid: '9876543210987651', regionId: 'cn-hangzhou', vpcId: 'vpc-x', ipv4Cidrs: [], ipv6Cidrs: [] }, bandwidthMbps: -1 })]);
    assert.match(hcl, /accepting_ali_uid {4}= 9876543210987651\n/);
    assert.doesNotMatch(hcl, /bandwidth/);
  });

  it('leaves out rejected and expired requests and says so, and exports the accepter side in its own provider', () => {
    const hcl = exportOf([connection({ id: 'pcc-old', name: 'old', status: 'Rejected' }), connection({})]);
    assert.match(hcl, /# Left out \(1\), records that never became links: old \(pcc-old, Rejected\)/);
    assert.doesNotMatch(hcl, /"old"/);
    assert.match(hcl, /resource "alicloud_vpc_peer_connection_accepter" "hub_to_partner" \{\n {2}provider += alicloud\.partner_cn_beijing\n {2}instance_id += alicloud_vpc_peer_connection\.hub_to_partner\.id\n/);
  });

  it('exports only the requested connections, without router interfaces or BGP', () => {
    const plan = buildTerraformPlan({ snapshot: snapshotOf([connection({ id: 'pcc-a', name: 'a' }), connection({ id: 'pcc-b', name: 'b' })]), access, connectionIds: ['pcc-b'], includeRoutes: false, importBlocks: false });
    assert.deepEqual(plan.resources.map((r) => r.address.name), ['b', 'b']);
    assert.doesNotMatch(renderHcl(plan), /import \{/);
  });
});
