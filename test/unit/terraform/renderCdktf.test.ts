import * as assert from 'node:assert/strict';
import ts from 'typescript';
import type { InventorySnapshot } from '../../../src/model/types';
import { buildTerraformPlan } from '../../../src/terraform/buildTerraformPlan';
import { bindingName, renderCdktf } from '../../../src/terraform/renderCdktf';

const HUB = '1510203040506070';
const PARTNER = '1730405060708090';

const snapshot: InventorySnapshot = {
  accounts: [
    { uid: HUB, name: 'hub', profileId: 'p:hub' },
    { uid: PARTNER, name: 'partner', profileId: 'p:partner' },
  ],
  regions: [
    {
      accountUid: HUB,
      regionId: 'cn-hangzhou',
      vpcs: [],
      peerConnections: [
        {
          id: 'pcc-bp1aaaa',
          name: 'hub-to-partner',
          description: 'costs ${var.x} and %{ if y }',
          status: 'Activated',
          bizStatus: 'Normal',
          requester: { accountUid: HUB, regionId: 'cn-hangzhou', vpcId: 'vpc-bp1hub', ipv4Cidrs: [], ipv6Cidrs: [] },
          accepter: { accountUid: PARTNER, regionId: 'cn-beijing', vpcId: 'vpc-2ze', ipv4Cidrs: [], ipv6Cidrs: [] },
          bandwidthMbps: 100,
          linkType: 'Gold',
          tags: [{ key: 'env', value: 'prod' }],
        },
      ],
      routeTables: [{ id: 'vtb-1', name: 'main', type: 'System', regionId: 'cn-hangzhou', vpcId: 'vpc-bp1hub', routerId: 'vrt-1', routerType: 'VRouter', vSwitchIds: [], status: 'Available' }],
      routeEntries: [
        { id: 'rte-1', routeTableId: 'vtb-1', regionId: 'cn-hangzhou', destination: '192.168.0.0/16', type: 'Custom', status: 'Available', name: '', description: '', nextHops: [{ type: 'VpcPeer', id: 'pcc-bp1aaaa' }] },
      ],
      routerInterfaces: [],
      vbrs: [],
      bgpGroups: [],
      bgpPeers: [],
    },
  ],
};

describe('terraform/renderCdktf', () => {
  const source = renderCdktf(
    buildTerraformPlan({
      snapshot,
      access: (uid) => (uid === HUB ? { profileName: 'hub', cliProfile: 'hub' } : { profileName: 'partner' }),
      includeRoutes: true,
      importBlocks: true,
    }),
  );
  const file = ts.createSourceFile('main.ts', source, ts.ScriptTarget.ES2022, true);

  it('is TypeScript without a syntax error', () => {
    const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    assert.deepEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
  });

  it('constructs the bindings’ classes with their providers, keeps the HCL names and imports each resource', () => {
    assert.match(source, /const providerHubCnHangzhou = new alicloud\.provider\.AlicloudProvider\(this, "hub_cn_hangzhou", \{\n {6}alias: "hub_cn_hangzhou",\n {6}region: "cn-hangzhou",\n {6}profile: "hub",/);
    assert.match(source, /new alicloud\.vpcPeerConnection\.VpcPeerConnection\(this, "vpcPeerConnectionHubToPartner", \{\n {6}provider: providerHubCnHangzhou,/);
    assert.match(source, /acceptingAliUid: 1730405060708090,/);
    assert.match(source, /tags: \{ "env": "prod" \},/);
    assert.match(source, /vpcPeerConnectionHubToPartner\.overrideLogicalId\("hub_to_partner"\);\n {4}vpcPeerConnectionHubToPartner\.importFrom\("pcc-bp1aaaa"\);/);
    assert.match(source, /instanceId: vpcPeerConnectionHubToPartner\.id,/);
    assert.match(source, /nexthopId: vpcPeerConnectionHubToPartner\.id,/);
    assert.match(source, /importFrom\("vtb-1:vrt-1:192\.168\.0\.0\/16:VpcPeer:pcc-bp1aaaa"\)/);
  });

  it('doubles template introducers so the synthesised value is the literal text', () => {
    const literals: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node)) literals.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
    assert.ok(literals.includes('costs $${var.x} and %%{ if y }'), literals.join(' | '));
  });

  it('names bindings as cdktf get generates them', () => {
    assert.deepEqual(bindingName('alicloud_vpc_peer_connection'), { namespace: 'vpcPeerConnection', className: 'VpcPeerConnection' });
    assert.deepEqual(bindingName('alicloud_route_entry'), { namespace: 'routeEntry', className: 'RouteEntry' });
  });
});
