import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { buildTerraformPlan } from '../../../src/terraform/buildTerraformPlan';
import { renderHcl } from '../../../src/terraform/renderHcl';
import { PROVIDER_SCHEMA, TERRAFORM_META_ARGUMENTS } from '../../unit/terraform/providerSchema';
import { loadDemo, type LoadedDemo } from './demoExport';

const golden = path.resolve(__dirname, '../../../../test/emulator/terraform/demo.golden.tf');
const SETTLED_OUT = new Set(['Rejected', 'Expired', 'Deleting', 'Deleted']);

type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

describe('Terraform export of the demo sandbox (HCL)', function () {
  this.timeout(60000);
  let demo: LoadedDemo;
  let hcl: string;
  let parsed: { resource: Blocks; import: Array<{ to: string; id: string }>; provider: { alicloud: Array<Record<string, unknown>> } };

  before(async () => {
    demo = await loadDemo();
    const plan = buildTerraformPlan({
      snapshot: demo.snapshot,
      access: demo.access,
      regionName: demo.regionName,
      includeRoutes: true,
      importBlocks: true,
    });
    hcl = renderHcl(plan);
    parsed = (await parse('demo.tf', hcl)) as typeof parsed;
  });
  after(async () => demo?.close());

  it('matches the golden file (VPT_UPDATE_GOLDEN=1 rewrites it after a deliberate change)', () => {
    if (process.env.VPT_UPDATE_GOLDEN === '1') writeFileSync(golden, hcl);
    assert.equal(hcl, readFileSync(golden, 'utf8'));
  });

  it('read back by HashiCorp’s parser, imports exactly the live connections and the routes that point at them', () => {
    const world = demo.emulator.world;
    const live = new Map<string, string>();
    const routes = new Set<string>();
    for (const account of demo.emulator.accounts) {
      for (const regionId of world.regions()) {
        const inventory = world.inventory(account.uid, regionId);
        for (const c of inventory.peerConnections) if (!SETTLED_OUT.has(c.status)) live.set(c.id, c.status);
        for (const entry of inventory.routeEntries ?? []) {
          const hop = entry.nextHops.find((h) => h.type === 'VpcPeer');
          if (!hop) continue;
          const table = inventory.routeTables?.find((t) => t.id === entry.routeTableId);
          routes.add(`${entry.routeTableId}:${table?.routerId}:${entry.destination.replace(/:/g, '_')}:VpcPeer:${hop.id}`);
        }
      }
    }
    const imports = (type: string) =>
      parsed.import.filter((i) => i.to.startsWith(`\${${type}.`)).map((i) => i.id).sort();
    assert.deepEqual(imports('alicloud_vpc_peer_connection'), [...live.keys()].filter((id) => requesterIsLive(id)).sort());
    const routeImports = imports('alicloud_route_entry');
    const expectedRoutes = [...routes].filter((id) => live.has(id.split(':').at(-1) as string)).sort();
    assert.ok(expectedRoutes.length >= 3, 'the demo has routes through its connections');
    assert.deepEqual(routeImports, expectedRoutes);
    // Each imported address has its resource block, and each block its import.
    for (const { to } of parsed.import) {
      const [type, name] = to.slice(2, -1).split('.');
      assert.ok(parsed.resource[type]?.[name], `a block for ${to}`);
    }
    const blockCount = Object.values(parsed.resource).reduce((n, byName) => n + Object.keys(byName).length, 0);
    assert.equal(parsed.import.length, blockCount);

    function requesterIsLive(id: string): boolean {
      return demo.snapshot.regions.some((r) => r.peerConnections.some((c) => c.id === id));
    }
  });

  it('writes only arguments of the provider’s schema, with the schema’s value types', () => {
    for (const [type, byName] of Object.entries(parsed.resource)) {
      const schema = PROVIDER_SCHEMA[type];
      assert.ok(schema, `${type} is a resource the reference describes`);
      for (const [name, [body]] of Object.entries(byName)) {
        for (const [argument, value] of Object.entries(body)) {
          if (TERRAFORM_META_ARGUMENTS.includes(argument)) continue;
          const expected = schema[argument];
          assert.ok(expected, `${type}.${name}: ${argument} is in the schema`);
          const isReference = typeof value === 'string' && value.startsWith('${');
          if (!isReference) assert.equal(kindOf(value), expected, `${type}.${name}.${argument}`);
        }
      }
    }
  });

  it('refers to exported blocks instead of repeating their ids, and names each provider by profile and region', () => {
    const routes = Object.values(parsed.resource.alicloud_route_entry);
    const exportedConnections = new Set(Object.keys(parsed.resource.alicloud_vpc_peer_connection));
    for (const [route] of routes) {
      const hop = String(route.nexthop_id);
      if (hop.startsWith('${')) assert.ok(exportedConnections.has(hop.split('.')[1]), hop);
      else assert.ok(!demo.snapshot.regions.some((r) => r.peerConnections.some((c) => c.id === hop && r.accountUid === c.requester.accountUid)), `${hop} is exported, so it should be a reference`);
    }
    const aliases = parsed.provider.alicloud.map((p) => p.alias);
    assert.ok(aliases.includes('sandbox_network_hub_cn_hangzhou'), aliases.join(', '));
    assert.equal(new Set(aliases).size, aliases.length);
    assert.ok(!/secret|access_key/i.test(hcl), 'no credentials in the export');
  });
});

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'block';
  if (typeof value === 'object' && value !== null) return 'map';
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'bool' : 'string';
}
