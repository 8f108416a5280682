// Huawei Cloud credentials a person already has, added through the editor: a KooCLI profile of
// ~/.hcloud/config.json (in a temporary HOME), an access key typed into Add Access Key (after the
// cloud is chosen), and the environment variables through Select Profiles. Each profile's key is
// shown to reach the harness emulator's Huawei tenant through the cloud layer.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { VpcPeeringApi } from '../../src/extension';
import { createAccountClient, HuaweiTenantDirectory } from '../../src/cloud/createAccountClient';
import type { ProfileSpec } from '../../src/cloud/profiles';
import { activatedExtension } from './support/extension';
import { harnessSandbox } from './support/privateSandbox';

/** A command's result as a Promise (assert.rejects takes no Thenable). */
async function run<T = unknown>(command: string, ...args: unknown[]): Promise<T> {
  return vscode.commands.executeCommand<T>(command, ...args);
}

function tenant(name = 'hw-network') {
  const account = harnessSandbox().huaweiAccounts.find((a) => a.name === name);
  assert.ok(account, `the harness emulator serves the Huawei tenant ${name}`);
  return account;
}

/** The account a profile's credentials reach when its requests go to the harness emulator. */
async function accountReached(api: VpcPeeringApi, spec: ProfileSpec): Promise<string> {
  const [host, port] = harnessSandbox().endpoint.split(':');
  const client = createAccountClient({ ...spec, endpoint: { endpoint: `${host}:${port}`, protocol: 'http' } }, api.registry.secretProvider, { maxConcurrent: 1 }, new HuaweiTenantDirectory());
  try {
    return (await client.identity()).accountUid;
  } finally {
    client.close();
  }
}

describe('Huawei Cloud profiles: KooCLI, access key, environment credentials', function () {
  this.timeout(60_000);
  let api: VpcPeeringApi;
  let previousActive: string[];
  let savedHome: string | undefined;
  let home: string;
  const added: string[] = [];

  before(async () => {
    api = (await activatedExtension()).exports as VpcPeeringApi;
    previousActive = api.registry.activeIds();
    savedHome = process.env.HOME;
    home = mkdtempSync(path.join(os.tmpdir(), 'vpt-koocli-home-'));
    process.env.HOME = home;
  });
  after(async () => {
    for (const id of added) await api.registry.remove(id);
    await api.registry.setActive(previousActive);
    process.env.HOME = savedHome;
    rmSync(home, { recursive: true, force: true });
  });

  const writeKooCliConfig = (authEncrypt: string): void => {
    const file = path.join(home, '.hcloud', 'config.json');
    mkdirSync(path.dirname(file), { recursive: true });
    const key = tenant();
    writeFileSync(file, JSON.stringify({
      authEncrypt,
      current: 'default',
      profiles: [
        { name: 'default', mode: 'AKSK', accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, region: 'cn-north-4' },
        { name: 'agency', mode: 'ecsAgency', region: 'cn-north-4' },
      ],
    }));
  };

  describe('Use KooCLI Profile', () => {
    it('lists the file’s profiles, adds the chosen one labelled as KooCLI’s, and its key is read from the file at the first request', async () => {
      writeKooCliConfig('false');
      const script = api.useScriptedPrompts([{ pick: 'default' }]);
      const id = await run<string>('vpcPeering.useKooCliProfile');
      added.push(id);
      assert.equal(id, 'hcloudCli:default');
      assert.deepEqual(script.asked.map((a) => [a.kind, a.title]), [['pick', `KooCLI profiles in ${path.join(home, '.hcloud', 'config.json')}`]]);
      const spec = api.registry.get(id);
      assert.ok(spec);
      assert.deepEqual({ label: spec.label, provider: spec.provider, kind: spec.kind, cliProfileName: spec.cliProfileName, regionHint: spec.regionHint },
        { label: 'KooCLI · default', provider: 'huawei', kind: 'hcloudCli', cliProfileName: 'default', regionHint: 'cn-north-4' });
      assert.ok(api.registry.activeIds().includes(id), 'made active');
      await api.registry.setActive(previousActive);
      assert.ok(!JSON.stringify(spec).includes(tenant().secretAccessKey), 'no secret in the saved profile');
      assert.equal(await accountReached(api, spec), tenant().domainId);
    });

    it('refuses an unusable profile with its reason, and an encrypted file with what to do instead', async () => {
      writeKooCliConfig('false');
      await assert.rejects(run('vpcPeering.useKooCliProfile', { name: 'agency' }), /cannot be used: .*ecsAgency/);
      await assert.rejects(run('vpcPeering.useKooCliProfile', { name: 'nobody' }), /no KooCLI profile named "nobody"/);
      writeKooCliConfig('true');
      await assert.rejects(run('vpcPeering.useKooCliProfile', { name: 'default' }), /encrypted.*cli-auth-encrypt=false/);
      // A profile added before the file was encrypted fails at its first request, saying why.
      const spec = api.registry.get('hcloudCli:default');
      assert.ok(spec);
      await assert.rejects(accountReached(api, spec), /encrypted/);
    });

    it('with no KooCLI file, offers to add a Huawei Cloud access key instead', async () => {
      rmSync(path.join(home, '.hcloud'), { recursive: true, force: true });
      const script = api.useScriptedPrompts([{ confirm: undefined }]);
      assert.equal(await vscode.commands.executeCommand('vpcPeering.useKooCliProfile'), undefined);
      assert.equal(script.asked[0].kind, 'confirm');
      assert.match(script.asked[0].title, /No KooCLI profiles were found/);
      await assert.rejects(run('vpcPeering.useKooCliProfile', { name: 'default' }), /No KooCLI profiles were found/);
    });
  });

  describe('Add Access Key for Huawei Cloud', () => {
    it('asks which cloud first, goes back to it, and checks the key id in the chosen cloud’s form', async () => {
      const back = api.useScriptedPrompts([{ pick: 'Huawei Cloud' }, { back: true }, { pick: 'Alibaba Cloud' }, { escape: true }]);
      assert.equal(await vscode.commands.executeCommand('vpcPeering.addAccessKey'), undefined);
      assert.deepEqual(back.asked.map((a) => [a.kind, a.title]), [
        ['pick', 'Add Access Key Profile'],
        ['input', 'Add Access Key Profile · Huawei Cloud'],
        ['pick', 'Add Access Key Profile'],
        ['input', 'Add Access Key Profile · Alibaba Cloud'],
      ]);
      assert.deepEqual(back.asked[2].preselected, ['Huawei Cloud'], 'the earlier answer is highlighted');

      const refused = api.useScriptedPrompts([{ pick: 'Huawei Cloud' }, { input: 'LTAI5tAlibabaShapedKey' }]);
      await vscode.commands.executeCommand('vpcPeering.addAccessKey');
      assert.match(refused.asked[1].refused ?? '', /20 upper-case letters and digits/);
      await assert.rejects(run('vpcPeering.addAccessKey', { provider: 'huawei', accessKeyId: tenant().accessKeyId, accessKeySecret: 'too-short' }),
        /secret access key \(SK\) is 40 letters and digits/,
      );
      await assert.rejects(run('vpcPeering.addAccessKey', { provider: 'aws' }), /"provider" must be "alibaba" or "huawei"/);
    });

    it('keeps the secret in secret storage only, names the profile as a Huawei Cloud key, and the key reaches its tenant', async () => {
      const key = tenant('hw-partner');
      const id = await vscode.commands.executeCommand<string>('vpcPeering.addAccessKey', {
        provider: 'huawei', accessKeyId: key.accessKeyId, accessKeySecret: key.secretAccessKey, verify: false,
      });
      added.push(id);
      await api.registry.setActive(previousActive);
      const spec = api.registry.get(id);
      assert.ok(spec);
      assert.equal(spec.provider, 'huawei');
      assert.equal(spec.kind, 'accessKey');
      assert.match(spec.label, /^Huawei Cloud key · HW[A-Z0-9]{2}\*+[A-Z0-9]{4}$/);
      assert.ok(!JSON.stringify(api.registry.configured()).includes(key.secretAccessKey), 'no secret among the saved profiles');
      assert.equal(await api.registry.secretProvider.accessKeySecret(spec), key.secretAccessKey);
      assert.equal(await accountReached(api, spec), key.domainId);
    });

    it('checks the key by reading the account’s projects, and saves nothing when that fails, naming the key only masked', async () => {
      const accessKeyId = 'HPUANOTAKEY000000001';
      const before = api.registry.configured().length;
      const error = await vscode.commands
        .executeCommand('vpcPeering.addAccessKey', { provider: 'huawei', label: 'unreachable', accessKeyId, accessKeySecret: 'A'.repeat(40) })
        .then(() => undefined, (e: unknown) => e as Error);
      assert.ok(error, 'the command refused the key');
      assert.match(error.message, /The access key was not saved: checking it with Huawei Cloud failed/);
      assert.ok(!error.message.includes(accessKeyId) && !error.message.includes('A'.repeat(40)), error.message);
      assert.equal(api.registry.configured().length, before);
    });
  });

  describe('Huawei Cloud environment credentials', () => {
    const names = ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK'] as const;
    let saved: Record<string, string | undefined>;
    before(() => {
      saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
      process.env.HUAWEICLOUD_SDK_AK = tenant().accessKeyId;
      process.env.HUAWEICLOUD_SDK_SK = tenant().secretAccessKey;
    });
    after(async () => {
      for (const n of names) {
        if (saved[n] === undefined) delete process.env[n];
        else process.env[n] = saved[n];
      }
    });

    it('Select Profiles offers them while HUAWEICLOUD_SDK_AK is set; pressing it adds the profile, whose key is the environment’s', async () => {
      const script = api.useScriptedPrompts([{ press: 'huaweiEnvironment' }]);
      await vscode.commands.executeCommand('vpcPeering.selectProfiles');
      assert.ok(script.asked[0].buttons?.includes('kooCli'), 'adding a KooCLI profile is offered too');
      added.push('huawei-environment');
      const spec = api.registry.get('huawei-environment');
      assert.ok(spec);
      assert.deepEqual([spec.label, spec.provider, spec.kind], ['Huawei Cloud environment credentials', 'huawei', 'environment']);
      assert.ok(api.registry.activeIds().includes('huawei-environment'));
      await api.registry.setActive(previousActive);
      assert.equal(await accountReached(api, spec), tenant().domainId);

      // Once added, the button is gone; the arguments object names it by its id.
      const again = api.useScriptedPrompts([{ pickMany: [] }]);
      await vscode.commands.executeCommand('vpcPeering.selectProfiles');
      assert.ok(!again.asked[0].buttons?.includes('huaweiEnvironment'));
      await api.registry.remove('huawei-environment');
      assert.deepEqual(await vscode.commands.executeCommand('vpcPeering.selectProfiles', { profileIds: ['huawei-environment'] }), ['huawei-environment']);
      assert.equal(api.registry.get('huawei-environment')?.provider, 'huawei');
      await api.registry.setActive(previousActive);
    });
  });
});
