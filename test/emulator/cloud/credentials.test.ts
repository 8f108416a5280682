import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAccountClient } from '../../../src/cloud/createAccountClient';
import { isCloudError } from '../../../src/cloud/errors';
import type { ProfileSpec } from '../../../src/cloud/profiles';
import { FAST_RETRY, secretOf, useEmulator, type Emulator } from './fixture';

const SOLO_UID = '1999000011112222';
const STS = { accessKeyId: 'STS.NUk7emulatortoken01', accessKeySecret: 'sts-secret-for-tests-0001', securityToken: 'CAIS-token-for-tests-0001' };

/** Environment variables the credentials package reads; cleared around each test. */
const CREDENTIAL_ENV = [
  'HOME',
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_CLI_PROFILE_DISABLED',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_CREDENTIALS_URI',
  'ALIBABA_CLOUD_ECS_METADATA',
  'ALIBABA_CLOUD_ECS_METADATA_DISABLED',
];

function cliConfig(emulator: Emulator, secretOverride?: string) {
  const solo = emulator.accounts[0];
  return {
    current: 'emu',
    profiles: [
      { name: 'emu', mode: 'AK', access_key_id: solo.accessKeyId, access_key_secret: secretOverride ?? solo.accessKeySecret, region_id: 'cn-hangzhou' },
      { name: 'temp', mode: 'StsToken', access_key_id: STS.accessKeyId, access_key_secret: STS.accessKeySecret, sts_token: STS.securityToken, region_id: 'cn-hangzhou' },
      { name: 'web', mode: 'OAuth', oauth_site_type: 'CN', region_id: 'cn-hangzhou' },
    ],
  };
}

describe('cloud (emulator): credentials from the CLI, the environment and the default chain', () => {
  const emulator = useEmulator({
    port: 0,
    scenario: {
      version: 1,
      regions: ['cn-hangzhou'],
      accounts: [{ name: 'solo', uid: SOLO_UID, stsCredentials: [STS] }],
    },
  });
  let home: string;
  const saved: Record<string, string | undefined> = {};

  beforeEach(() => {
    for (const name of CREDENTIAL_ENV) {
      saved[name] = process.env[name];
      delete process.env[name];
    }
    home = mkdtempSync(path.join(os.tmpdir(), 'cloud-home-'));
    process.env.HOME = home;
  });
  afterEach(() => {
    for (const name of CREDENTIAL_ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    rmSync(home, { recursive: true, force: true });
  });

  function writeCliConfig(config: unknown): string {
    mkdirSync(path.join(home, '.aliyun'));
    const file = path.join(home, '.aliyun', 'config.json');
    writeFileSync(file, JSON.stringify(config));
    return file;
  }

  function profile(extra: Partial<ProfileSpec>): ProfileSpec {
    return { id: 'p', label: 'Test', kind: 'defaultChain', endpoint: { endpoint: emulator().endpoint, protocol: 'http' }, ...extra };
  }

  const client = (spec: ProfileSpec) => createAccountClient(spec, secretOf(undefined), { retry: FAST_RETRY });

  it('signs with an AK profile of the aliyun CLI under HOME, named or current, and leaves the file as it was', async () => {
    const file = writeCliConfig(cliConfig(emulator()));
    const before = readFileSync(file, 'utf8');
    assert.equal((await client(profile({ kind: 'aliyunCli', cliProfileName: 'emu' })).identity()).accountUid, SOLO_UID);
    assert.equal((await client(profile({ kind: 'aliyunCli' })).identity()).accountUid, SOLO_UID);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('signs with a StsToken profile of the aliyun CLI', async () => {
    writeCliConfig(cliConfig(emulator()));
    const identity = await client(profile({ kind: 'aliyunCli', cliProfileName: 'temp' })).identity();
    assert.equal(identity.accountUid, SOLO_UID);
    assert.equal(identity.identityType, 'AssumedRoleUser');
  });

  it('maps a wrong secret in the CLI profile to SignatureDoesNotMatch, without the secret in the error', async () => {
    writeCliConfig(cliConfig(emulator(), 'wrong-secret-in-config'));
    await assert.rejects(client(profile({ kind: 'aliyunCli', cliProfileName: 'emu' })).identity(), (e: unknown) => {
      assert.ok(isCloudError(e));
      assert.equal(e.code, 'SignatureDoesNotMatch');
      assert.match(e.hint, /profile's keys/);
      assert.ok(!e.message.includes('wrong-secret-in-config'));
      return true;
    });
  });

  it('refuses an OAuth profile (it would rewrite config.json) and an unknown profile, saying why', async () => {
    const file = writeCliConfig(cliConfig(emulator()));
    const before = readFileSync(file, 'utf8');
    await assert.rejects(client(profile({ kind: 'aliyunCli', cliProfileName: 'web' })).identity(), (e: unknown) => isCloudError(e) && e.code === 'CredentialsUnavailable' && /rewriting config.json/.test(e.apiMessage));
    await assert.rejects(client(profile({ kind: 'aliyunCli', cliProfileName: 'nope' })).identity(), (e: unknown) => isCloudError(e) && e.code === 'CredentialsUnavailable' && /no profile "nope"/.test(e.apiMessage));
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('does not quote a malformed config.json (it holds secrets)', async () => {
    mkdirSync(path.join(home, '.aliyun'));
    writeFileSync(path.join(home, '.aliyun', 'config.json'), '{"profiles":[{"access_key_secret":"leak-me-not"');
    await assert.rejects(client(profile({ kind: 'aliyunCli' })).identity(), (e: unknown) => isCloudError(e) && e.code === 'CredentialsUnavailable' && !e.message.includes('leak-me-not'));
  });

  it('signs with environment variables, as the environment profile and through the default chain', async () => {
    const solo = emulator().accounts[0];
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = solo.accessKeyId;
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = solo.accessKeySecret;
    assert.equal((await client(profile({ kind: 'environment' })).identity()).accountUid, SOLO_UID);
    assert.equal((await client(profile({ kind: 'defaultChain' })).identity()).accountUid, SOLO_UID);
  });

  it('signs with STS credentials from the environment', async () => {
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = STS.accessKeyId;
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = STS.accessKeySecret;
    process.env.ALIBABA_CLOUD_SECURITY_TOKEN = STS.securityToken;
    assert.equal((await client(profile({ kind: 'environment' })).identity()).identityType, 'AssumedRoleUser');
  });

  it('gives up quickly when the default chain finds nothing (the ECS metadata step is off)', async () => {
    const started = Date.now();
    await assert.rejects(client(profile({ kind: 'defaultChain' })).identity(), (e: unknown) => isCloudError(e) && e.code === 'CredentialsUnavailable');
    assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
    assert.equal(process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED, undefined, 'the switch was restored');
  });

  it('signs with an explicit access key whose secret comes from the caller', async () => {
    const solo = emulator().accounts[0];
    const spec = profile({ kind: 'accessKey', accessKeyId: solo.accessKeyId });
    const identity = await createAccountClient(spec, secretOf(solo.accessKeySecret), { retry: FAST_RETRY }).identity();
    assert.equal(identity.accountUid, SOLO_UID);
  });
});
