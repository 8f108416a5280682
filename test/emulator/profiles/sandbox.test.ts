import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxHost, parseExternalEmulator } from '../../../src/profiles/sandbox';

describe('sandbox host', function () {
  this.timeout(20000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vpt-sandbox-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts the demo emulator in-process and keeps its state in the storage folder across restarts', async () => {
    const first = new SandboxHost({ storageDir: dir, transitionMs: 0, env: {} });
    const running = await first.start();
    assert.equal(running.owned, true);
    assert.match(running.endpoint, /^127\.0\.0\.1:\d+$/);
    assert.deepEqual(running.accounts.map((a) => a.name).sort(), ['app-team', 'network-hub', 'partner']);
    assert.deepEqual(running.huaweiAccounts.map((a) => a.name).sort(), ['hw-network', 'hw-partner'], 'the Huawei Cloud tenants too');
    assert.equal(await first.start(), running, 'a second start returns the running sandbox');
    await first.stop();
    assert.ok(fs.existsSync(path.join(dir, 'sandbox-state.json')), 'the state was saved');
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'sandbox-state.json'), 'utf8')) as { huawei?: { peerings?: Array<{ name: string }> } };
    assert.ok(saved.huawei?.peerings?.some((p) => p.name === 'hub-app'), 'the Huawei world with it');

    const second = new SandboxHost({ storageDir: dir, transitionMs: 0, env: {} });
    const again = await second.start();
    assert.deepEqual(again.huaweiAccounts, running.huaweiAccounts, 'the same Huawei tenants and keys after a restart');
    await second.stop();
  });

  it('starts when the storage folder does not exist yet, and makes it for the state', async () => {
    // The extension's global storage folder does not exist on a first start; nothing makes it before.
    const storageDir = path.join(dir, 'globalStorage', 'vpc-peering-topology');
    const host = new SandboxHost({ storageDir, transitionMs: 0, env: {} });
    await host.start();
    await host.stop();
    assert.ok(fs.existsSync(path.join(storageDir, 'sandbox-state.json')), 'the state was saved in the new folder');
  });

  it('moves an unreadable saved state aside and starts again from the demo', async () => {
    fs.writeFileSync(path.join(dir, 'sandbox-state.json'), '{"version": 1, "accounts": "not a list"}');
    const resets: string[] = [];
    const host = new SandboxHost({ storageDir: dir, transitionMs: 0, env: {}, onStateReset: (movedTo) => resets.push(movedTo) });
    const running = await host.start();
    assert.equal(running.accounts.length, 3);
    assert.equal(resets.length, 1);
    assert.ok(fs.existsSync(resets[0]), 'the unreadable file is kept for a bug report');
    await host.stop();
  });

  it('uses an external emulator when VPC_PEERING_EMULATOR holds its ready line', async () => {
    const line = JSON.stringify({ endpoint: '127.0.0.1:4567', accounts: [{ name: 'a', uid: '1', accessKeyId: 'k', accessKeySecret: 's' }] });
    const host = new SandboxHost({ storageDir: dir, transitionMs: 0, env: { VPC_PEERING_EMULATOR: line } });
    const running = await host.start();
    assert.equal(running.owned, false);
    assert.equal(running.endpoint, '127.0.0.1:4567');
    assert.deepEqual(running.huaweiAccounts, []);
    assert.equal(parseExternalEmulator('not json'), undefined);
    assert.equal(parseExternalEmulator(JSON.stringify({ endpoint: 'x', accounts: [{ name: 'a' }] })), undefined, 'accounts without keys are refused');
  });

  it("reads the Huawei Cloud tenants of the emulator's ready line apart from the Alibaba Cloud accounts", () => {
    const huawei = { name: 'hw', domainId: 'd'.repeat(32), accessKeyId: 'HK', secretAccessKey: 'HS', provider: 'huawei' };
    const line = JSON.stringify({ endpoint: '127.0.0.1:4567', accounts: [{ name: 'a', uid: '1', accessKeyId: 'k', accessKeySecret: 's', provider: 'alibaba' }, huawei, { name: 'broken', provider: 'huawei' }] });
    const ready = parseExternalEmulator(line)!;
    assert.deepEqual(ready.accounts.map((a) => a.name), ['a']);
    assert.deepEqual(ready.huaweiAccounts.map((a) => [a.name, a.domainId, a.secretAccessKey]), [['hw', 'd'.repeat(32), 'HS']], 'a tenant without its keys is left out');
  });
});
