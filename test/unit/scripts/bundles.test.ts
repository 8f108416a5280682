// What the build puts in each extension-side bundle, read from esbuild's metafile through
// scripts/bundle-inputs.mjs (the real build options; nothing is written to dist/). Activation
// parses dist/extension.js only: the SDKs, the emulator and the topology panel's host must be in
// bundles of their own, required by their loader modules and by nothing else.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

// Compiled to out/test/unit/scripts.
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

interface BundleReport {
  file: string;
  extensionSide: boolean;
  bytes: number;
  inputs: string[];
  requires: { from: string; path: string; kind: string }[];
}

/** The lazy bundles: file required at run time → the only module allowed to require it, and its entry. */
const LAZY = {
  './cloud.js': { loader: 'src/profiles/cloudLayer.ts', entry: 'src/cloud/createAccountClient.ts' },
  './emulator.js': { loader: 'src/profiles/emulatorBundle.ts', entry: 'src/emulator/index.ts' },
  './topology-panel.js': { loader: 'src/views/topology/lazyTopologyPanel.ts', entry: 'src/views/topology/topologyPanel.ts' },
  './terraform-export.js': { loader: 'src/commands/terraform/terraformExport.ts', entry: 'src/terraform/exportText.ts' },
};

describe('bundles: what activation loads and what waits for first need', function () {
  this.timeout(120_000);
  let report: Record<string, BundleReport>;

  before(async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/bundle-inputs.mjs', 'extension', 'cloud', 'emulator', 'topologyPanel', 'terraformExport'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    report = JSON.parse(stdout) as Record<string, BundleReport>;
  });

  it('the activation bundle holds no Alibaba Cloud SDK, no emulator and no topology panel host', () => {
    const inputs = report.extension.inputs;
    assert.deepEqual(inputs.filter((input) => input.includes('node_modules/@alicloud/')), []);
    assert.deepEqual(inputs.filter((input) => input.includes('node_modules/@huaweicloud/') || input.startsWith('src/cloud/huawei/')), []);
    assert.deepEqual(inputs.filter((input) => input.startsWith('src/emulator/')), []);
    assert.deepEqual(inputs.filter((input) => Object.values(LAZY).some((bundle) => bundle.entry === input)), []);
    assert.deepEqual(inputs.filter((input) => input.startsWith('src/views/topology/') && !/\/(lazyTopologyPanel|viewType|standaloneHtml)\.ts$/.test(input)), []);
    // The Terraform export (plan and its HCL / CDK for Terraform text) waits for the first export.
    assert.deepEqual(inputs.filter((input) => /^src\/terraform\/(buildTerraformPlan|renderHcl|renderCdktf)\.ts$/.test(input)), []);
  });

  it('each lazy bundle is required only by its loader, and inside it at the point of use', () => {
    for (const [name, bundle] of Object.entries(report)) {
      for (const required of bundle.requires.filter((r) => r.path in LAZY)) {
        const lazy = LAZY[required.path as keyof typeof LAZY];
        assert.equal(required.from, lazy.loader, `${name}: ${required.path} is required from ${required.from}`);
        // A `require()` call, not an import statement: an import would run when the bundle loads.
        assert.equal(required.kind, 'require-call', `${name}: ${required.path} is loaded by ${required.kind}`);
      }
    }
    const requiredByActivation = report.extension.requires.filter((r) => r.path in LAZY).map((r) => r.path);
    assert.deepEqual([...new Set(requiredByActivation)].sort(), Object.keys(LAZY).sort());
  });

  it('each lazy bundle holds its own entry and no other lazy bundle', () => {
    const entries: Record<string, string> = {
      cloud: LAZY['./cloud.js'].entry,
      emulator: LAZY['./emulator.js'].entry,
      topologyPanel: LAZY['./topology-panel.js'].entry,
      terraformExport: LAZY['./terraform-export.js'].entry,
    };
    for (const [name, entry] of Object.entries(entries)) {
      const inputs = report[name].inputs;
      assert.ok(inputs.includes(entry), `${name} holds ${entry}`);
      for (const other of Object.values(entries).filter((e) => e !== entry)) assert.ok(!inputs.includes(other), `${name} also holds ${other}`);
    }
    assert.deepEqual(report.topologyPanel.inputs.filter((input) => input.includes('node_modules/@alicloud/')), []);
    assert.deepEqual(report.emulator.inputs.filter((input) => input.includes('node_modules/@alicloud/')), []);
  });

  it('the cloud bundle holds only the VPC client models the extension uses', () => {
    const models = report.cloud.inputs.filter((input) => input.includes('node_modules/@alicloud/vpc20160428/dist/models/'));
    assert.ok(models.length > 0, 'the VPC SDK is in the cloud bundle');
    // The SDK has ~1,200 model files; the extension calls a few dozen actions.
    assert.ok(models.length < 200, `${models.length} VPC SDK model files bundled`);
    assert.ok(!report.cloud.inputs.includes('node_modules/@alicloud/vpc20160428/dist/models/model.js'), 'the index of every model is not bundled');
  });

  it('the cloud bundle holds the Huawei client with only the SDK request models it sends, and none of the extras cut', () => {
    const inputs = report.cloud.inputs;
    assert.ok(inputs.includes('src/cloud/huawei/createHuaweiAccountClient.ts'), 'the Huawei account client is in the cloud layer');
    // VPC and IAM have ~5,000 model files; the client methods src/cloud/huawei calls need a dozen.
    const models = inputs.filter((input) => /node_modules\/@huaweicloud\/huaweicloud-sdk-(vpc|iam)\/v\d\/model\//.test(input));
    assert.ok(models.length > 0 && models.length < 30, `${models.length} Huawei SDK model files bundled`);
    // scripts/sdkExtrasCut.mjs: the SDK's log4js logger, form-data's multipart (with mime-db) and the Alibaba runtime's WebSocket packages.
    const cut = /node_modules\/(log4js|streamroller|form-data|mime-db|mime-types|ws|socks|socks-proxy-agent|http-proxy-agent|ip-address|smart-buffer)\//;
    assert.deepEqual(inputs.filter((input) => cut.test(input)), []);
  });
});
