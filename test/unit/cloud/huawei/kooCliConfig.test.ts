import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kooCliConfigPath, kooCliCredentials, parseKooCliConfig, readKooCliConfig } from '../../../../src/cloud/huawei/kooCliConfig';

const SECRET = 'sk-THIS-MUST-NEVER-SHOW';

function config(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    authEncrypt: 'false',
    current: 'default',
    profiles: [
      { name: 'default', mode: 'AKSK', accessKeyId: 'HPUAEXAMPLEKEY0001', secretAccessKey: SECRET, region: 'cn-north-4' },
      { name: 'sso', mode: 'SSO', region: 'ap-southeast-1', ssoAuth: { stsToken: { accessKeyId: 'HSTSEXAMPLE0002', secretAccessKey: SECRET, securityToken: 'token' } } },
      { name: 'agency', mode: 'ecsAgency', region: 'cn-north-4' },
      { name: 'empty', mode: 'AKSK' },
    ],
    ...overrides,
  });
}

describe('KooCLI config', () => {
  it('lists the profiles with mode, region and a masked key, and which are usable', () => {
    const summary = parseKooCliConfig(config(), '/home/me/.hcloud/config.json');
    assert.equal(summary.current, 'default');
    const byName = new Map(summary.profiles.map((p) => [p.name, p]));
    assert.deepEqual(
      [...byName.values()].map((p) => [p.name, p.mode, p.supported]),
      [
        ['default', 'AKSK', true],
        ['sso', 'SSO', true],
        ['agency', 'ecsAgency', false],
        ['empty', 'AKSK', false],
      ],
    );
    assert.equal(byName.get('default')!.isCurrent, true);
    assert.equal(byName.get('default')!.regionId, 'cn-north-4');
    assert.match(byName.get('default')!.maskedAccessKeyId!, /^HPUA\*+0001$/);
    assert.match(byName.get('agency')!.unsupportedReason!, /ecsAgency/);
    assert.match(byName.get('empty')!.unsupportedReason!, /no access key/);
    assert.ok(!JSON.stringify(summary).includes(SECRET), 'no secret in a summary');
  });

  it('says why encrypted profiles cannot be used, and shows no key of them', () => {
    const summary = parseKooCliConfig(config({ authEncrypt: 'true' }), 'config.json');
    assert.ok(summary.profiles.every((p) => !p.supported && /cli-auth-encrypt=false/.test(p.unsupportedReason!) && p.maskedAccessKeyId === undefined));
  });

  it('refuses a file that is not a KooCLI config without quoting it', () => {
    assert.throws(() => parseKooCliConfig(`{"secret":"${SECRET}"`, 'config.json'), (error: Error) => /not valid JSON/.test(error.message) && !error.message.includes(SECRET));
    assert.throws(() => parseKooCliConfig('{"profiles":{}}', 'config.json'), /no "profiles" list/);
  });

  describe('credentials of a profile', () => {
    let home: string;
    before(() => {
      home = mkdtempSync(path.join(os.tmpdir(), 'koocli-'));
    });
    after(() => rmSync(home, { recursive: true, force: true }));
    const write = (text: string) => {
      const file = kooCliConfigPath(home);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    };

    it("reads the current profile's key, an SSO profile's temporary key, and refuses the rest", async () => {
      const file = write(config());
      assert.deepEqual(await kooCliCredentials(undefined, file), { accessKeyId: 'HPUAEXAMPLEKEY0001', secretAccessKey: SECRET });
      assert.deepEqual(await kooCliCredentials('sso', file), { accessKeyId: 'HSTSEXAMPLE0002', secretAccessKey: SECRET, securityToken: 'token' });
      await assert.rejects(kooCliCredentials('missing', file), /no profile named "missing"/);
      await assert.rejects(kooCliCredentials('empty', file), /no access key/);
      // A mode whose key is not the file's is refused even when the profile holds keys.
      write(config({ profiles: [{ name: 'agency', mode: 'ecsAgency', accessKeyId: 'HPUAEXAMPLEKEY0003', secretAccessKey: SECRET }] }));
      await assert.rejects(kooCliCredentials('agency', file), /ecsAgency/);
      write(config({ authEncrypt: 'true' }));
      await assert.rejects(kooCliCredentials(undefined, file), /encrypted/);
    });

    it('reads the file of a home for a picker, and says so when there is none', async () => {
      write(config());
      const summary = await readKooCliConfig(home);
      assert.equal(summary?.path, kooCliConfigPath(home));
      assert.deepEqual(summary?.profiles.map((p) => p.name), ['default', 'sso', 'agency', 'empty']);
      const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'koocli-none-'));
      try {
        assert.equal(await readKooCliConfig(elsewhere), undefined);
        await assert.rejects(kooCliCredentials(undefined, kooCliConfigPath(elsewhere)), /does not exist: run `hcloud configure init`/);
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
    });
  });
});
