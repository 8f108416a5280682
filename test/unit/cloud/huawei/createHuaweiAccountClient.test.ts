import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SecretProvider } from '../../../../src/cloud/accountClient';
import { createAccountClient, createHuaweiAccountClient, HuaweiTenantDirectory } from '../../../../src/cloud/createAccountClient';
import { HUAWEI_CLOUD_ENDPOINTS } from '../../../../src/cloud/huawei/credentials';
import { huaweiEndpoints, huaweiProfileCredentials } from '../../../../src/cloud/huawei/createHuaweiAccountClient';
import type { ProfileSpec } from '../../../../src/cloud/profiles';
import { cloudFailure } from '../../../support/cloudFailure';

const NO_SECRET: SecretProvider = { accessKeySecret: async () => undefined };
const STORED: SecretProvider = { accessKeySecret: async () => 'stored-secret' };

function profile(overrides: Partial<ProfileSpec> = {}): ProfileSpec {
  return { id: 'p1', label: 'tenant', provider: 'huawei', kind: 'accessKey', accessKeyId: 'HPUAEXAMPLEKEY', ...overrides };
}


describe('huawei: a profile’s access key and endpoints', () => {
  // The SDK writes ~/.huaweicloud/application_id when it first builds a client: not in the real HOME.
  let home: string;
  let savedHome: string | undefined;
  before(() => {
    savedHome = process.env.HOME;
    home = mkdtempSync(path.join(os.tmpdir(), 'huawei-sdk-home-'));
    process.env.HOME = home;
  });
  after(() => {
    process.env.HOME = savedHome;
    rmSync(home, { recursive: true, force: true });
  });

  it('sandbox and access-key profiles: the key id of the profile and the secret the SecretProvider keeps', async () => {
    assert.deepEqual(await huaweiProfileCredentials(profile(), STORED), { accessKeyId: 'HPUAEXAMPLEKEY', secretAccessKey: 'stored-secret' });
    assert.deepEqual(await huaweiProfileCredentials(profile({ kind: 'sandbox' }), STORED), { accessKeyId: 'HPUAEXAMPLEKEY', secretAccessKey: 'stored-secret' });
    const missing = await cloudFailure(huaweiProfileCredentials(profile(), NO_SECRET));
    assert.equal(missing.code, 'MissingSecret');
    assert.equal(missing.kind, 'credentials');
    assert.equal((await cloudFailure(huaweiProfileCredentials(profile({ accessKeyId: undefined }), STORED))).code, 'CredentialsUnavailable');
  });

  it("environment profiles: the SDK's HUAWEICLOUD_SDK_* variables first, else Terraform's HW_*", async () => {
    const env = { HUAWEICLOUD_SDK_AK: 'sdk-ak', HUAWEICLOUD_SDK_SK: 'sdk-sk', HW_ACCESS_KEY: 'hw-ak', HW_SECRET_KEY: 'hw-sk', HW_SECURITY_TOKEN: 'hw-token' };
    const environment = profile({ kind: 'environment', accessKeyId: undefined });
    assert.deepEqual(await huaweiProfileCredentials(environment, NO_SECRET, env), { accessKeyId: 'sdk-ak', secretAccessKey: 'sdk-sk' });
    assert.deepEqual(await huaweiProfileCredentials(environment, NO_SECRET, { ...env, HUAWEICLOUD_SDK_SECURITY_TOKEN: 'sdk-token' }), { accessKeyId: 'sdk-ak', secretAccessKey: 'sdk-sk', securityToken: 'sdk-token' });
    // A pair is taken whole: an SDK key id without its secret does not borrow Terraform's.
    assert.deepEqual(await huaweiProfileCredentials(environment, NO_SECRET, { ...env, HUAWEICLOUD_SDK_SK: '' }), { accessKeyId: 'hw-ak', secretAccessKey: 'hw-sk', securityToken: 'hw-token' });
    const none = await cloudFailure(huaweiProfileCredentials(environment, NO_SECRET, {}));
    assert.equal(none.code, 'CredentialsUnavailable');
    assert.match(none.message, /HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/);
    assert.match(none.message, /HW_ACCESS_KEY and HW_SECRET_KEY/);
  });

  it('KooCLI profiles: the named profile of ~/.hcloud/config.json, read at the first request; an encrypted file refused with what to do', async () => {
    const file = path.join(home, '.hcloud', 'config.json');
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = 'koocli-secret-never-shown';
    const write = (authEncrypt: string) => writeFileSync(file, JSON.stringify({
      authEncrypt,
      current: 'default',
      profiles: [
        { name: 'default', mode: 'AKSK', accessKeyId: 'HPUAKOOCLI0000000001', secretAccessKey: secret, region: 'cn-north-4' },
        { name: 'work', mode: 'AKSK', accessKeyId: 'HPUAKOOCLI0000000002', secretAccessKey: secret, securityToken: 'koocli-token' },
      ],
    }));
    write('false');
    const koo = profile({ kind: 'hcloudCli', accessKeyId: undefined, cliProfileName: 'work' });
    assert.deepEqual(await huaweiProfileCredentials(koo, NO_SECRET, {}, file), { accessKeyId: 'HPUAKOOCLI0000000002', secretAccessKey: secret, securityToken: 'koocli-token' });
    assert.deepEqual(await huaweiProfileCredentials({ ...koo, cliProfileName: undefined }, NO_SECRET, {}, file), { accessKeyId: 'HPUAKOOCLI0000000001', secretAccessKey: secret });
    // The default file is the one of the home at call time (HOME is this test's).
    assert.equal((await huaweiProfileCredentials(koo, NO_SECRET, {})).accessKeyId, 'HPUAKOOCLI0000000002');
    const missing = await cloudFailure(huaweiProfileCredentials({ ...koo, cliProfileName: 'gone' }, NO_SECRET, {}, file));
    assert.equal(missing.code, 'CredentialsUnavailable');
    assert.match(missing.message, /KooCLI profile "gone".*no profile named "gone"/);
    write('true');
    const encrypted = await cloudFailure(huaweiProfileCredentials(koo, NO_SECRET, {}, file));
    assert.equal(encrypted.kind, 'credentials');
    assert.match(encrypted.message, /encrypted.*cli-auth-encrypt=false/);
    assert.ok(!encrypted.message.includes(secret) && !JSON.stringify(encrypted).includes(secret), 'no secret in the refusal');
  });

  it("refuses Alibaba's credential sources for a Huawei profile", async () => {
    const refused = await cloudFailure(huaweiProfileCredentials(profile({ kind: 'aliyunCli' }), STORED));
    assert.equal(refused.code, 'CredentialsUnavailable');
    assert.match(refused.message, /aliyunCli/);
  });

  it("an endpoint override (the sandbox emulator's host:port) serves IAM and every region's VPC API", () => {
    const emulator = huaweiEndpoints(profile({ endpoint: { endpoint: '127.0.0.1:4567', protocol: 'http' } }));
    assert.equal(emulator.iam, 'http://127.0.0.1:4567');
    assert.equal(emulator.vpc('cn-north-4'), 'http://127.0.0.1:4567');
    assert.equal(huaweiEndpoints(profile()), HUAWEI_CLOUD_ENDPOINTS);
  });

  it('building a client does no I/O and registers it with the session’s directory; a failed key is asked again', async () => {
    let asked = 0;
    const later: SecretProvider = { accessKeySecret: async () => (++asked === 1 ? undefined : 'stored-later') };
    const directory = new HuaweiTenantDirectory();
    const client = createHuaweiAccountClient(profile({ endpoint: { endpoint: '127.0.0.1:9', protocol: 'http' } }), later, { retry: { maxAttempts: 1 } }, directory);
    assert.equal(asked, 0, 'nothing is asked while building');
    assert.equal((await cloudFailure(client.identity())).code, 'MissingSecret');
    // The second attempt gets the secret, then fails to connect (nothing listens on port 9).
    assert.notEqual((await cloudFailure(client.identity())).code, 'MissingSecret');
    assert.equal(asked, 2);
    client.close();
  });

  it('createAccountClient builds a Huawei client for a Huawei profile, and needs the directory for it', () => {
    const client = createAccountClient(profile(), STORED, {}, new HuaweiTenantDirectory());
    assert.equal((client as { capabilities?: { displayName: string } }).capabilities?.displayName, 'Huawei Cloud');
    client.close();
    assert.throws(() => createAccountClient(profile(), STORED), /HuaweiTenantDirectory/);
  });
});
