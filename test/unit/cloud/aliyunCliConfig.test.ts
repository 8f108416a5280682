import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aliyunCliConfigPath, parseAliyunCliConfig, readAliyunCliConfig } from '../../../src/cloud/aliyunCliConfig';

const CONFIG = {
  current: 'work',
  profiles: [
    { name: 'work', mode: 'AK', access_key_id: 'LTAI5tWorkKey0001abcd', access_key_secret: 'work-secret-value', region_id: 'cn-hangzhou' },
    { name: 'temp', mode: 'StsToken', access_key_id: 'STS.tempkey12345678', access_key_secret: 's', sts_token: 'tok', region_id: 'cn-beijing' },
    { name: 'role', mode: 'RamRoleArn', access_key_id: 'LTAI5tRoleKey0001wxyz', access_key_secret: 's', ram_role_arn: 'acs:ram::1:role/x', region_id: 'eu-central-1' },
    { name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'r', region_id: 'cn-shanghai' },
    { name: 'chain', mode: 'ChainableRamRoleArn', source_profile: 'work', ram_role_arn: 'acs:ram::1:role/y' },
    { name: 'sso', mode: 'OAuth', region_id: 'cn-hangzhou' },
    { name: 'chainToOauth', mode: 'ChainableRamRoleArn', source_profile: 'sso' },
    { name: 'loopA', mode: 'ChainableRamRoleArn', source_profile: 'loopB' },
    { name: 'loopB', mode: 'ChainableRamRoleArn', source_profile: 'loopA' },
    { name: 'proc', mode: 'External' },
  ],
};

describe('cloud: aliyun CLI configuration', () => {
  it('lists every profile with its mode, region, masked key and whether it is current', () => {
    const summary = parseAliyunCliConfig(JSON.stringify(CONFIG), '/h/.aliyun/config.json');
    assert.equal(summary.current, 'work');
    const work = summary.profiles.find((p) => p.name === 'work');
    assert.deepEqual(work, {
      name: 'work',
      mode: 'AK',
      regionId: 'cn-hangzhou',
      maskedAccessKeyId: 'LTAI****abcd',
      isCurrent: true,
      supported: true,
      unsupportedReason: undefined,
    });
    const supported = summary.profiles.filter((p) => p.supported).map((p) => p.name);
    assert.deepEqual(supported, ['work', 'temp', 'role', 'ecs', 'chain']);
    assert.equal(summary.profiles.find((p) => p.name === 'ecs')?.maskedAccessKeyId, undefined);
  });

  it('refuses modes that would make the credentials package rewrite the file', () => {
    const summary = parseAliyunCliConfig(JSON.stringify(CONFIG), 'cfg');
    const reason = (name: string) => summary.profiles.find((p) => p.name === name)?.unsupportedReason ?? '';
    assert.match(reason('sso'), /rewriting config.json/);
    assert.match(reason('proc'), /rewriting config.json/);
    assert.match(reason('chainToOauth'), /source profile mode OAuth/);
    assert.match(reason('loopA'), /loops/);
  });

  it('never quotes the file in its error (it holds secrets)', () => {
    const broken = '{"profiles": [{"access_key_secret": "do-not-show-me"';
    assert.throws(
      () => parseAliyunCliConfig(broken, '/h/.aliyun/config.json'),
      (e: Error) => /not valid JSON/.test(e.message) && !e.message.includes('do-not-show-me'),
    );
    assert.throws(() => parseAliyunCliConfig('{"current":"x"}', 'cfg'), /no "profiles" list/);
  });

  it('reads the file under the given home, leaves it unchanged, and answers undefined when absent', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'cloud-cli-'));
    try {
      assert.equal(await readAliyunCliConfig(home), undefined);
      mkdirSync(path.join(home, '.aliyun'));
      const text = JSON.stringify(CONFIG, null, 2);
      writeFileSync(aliyunCliConfigPath(home), text);
      const summary = await readAliyunCliConfig(home);
      assert.equal(summary?.profiles.length, CONFIG.profiles.length);
      assert.equal(readFileSync(aliyunCliConfigPath(home), 'utf8'), text);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('follows HOME by default', () => {
    const saved = process.env.HOME;
    process.env.HOME = '/tmp/some-home';
    try {
      assert.equal(aliyunCliConfigPath(), path.join('/tmp/some-home', '.aliyun', 'config.json'));
    } finally {
      process.env.HOME = saved;
    }
  });
});
