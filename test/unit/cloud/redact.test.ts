import assert from 'node:assert/strict';
import { describeProfile } from '../../../src/cloud/profiles';
import { maskAccessKeyId, redactSecrets } from '../../../src/cloud/redact';

describe('cloud: keeping secrets out of text', () => {
  it('masks an access key id to its first and last four characters', () => {
    assert.equal(maskAccessKeyId('LTAI5tAbCdEfGhIjabcd'), 'LTAI****abcd');
    assert.equal(maskAccessKeyId('short'), '****');
    assert.equal(maskAccessKeyId(undefined), '(none)');
  });

  it('replaces known secrets and secret-named fields in JSON, INI and query form', () => {
    const text = [
      'parse failed: {"access_key_id":"LTAI1","access_key_secret":"abc123secret","sts_token":"tok-999"}',
      'access_key_secret = plainsecret',
      'AuthKey=bgp-key-1&Name=x',
      'the value known-secret-42 leaked',
    ].join('\n');
    const out = redactSecrets(text, ['known-secret-42']);
    for (const s of ['abc123secret', 'tok-999', 'plainsecret', 'bgp-key-1', 'known-secret-42']) assert.ok(!out.includes(s), s);
    assert.ok(out.includes('LTAI1'), 'key ids are not secrets');
    assert.ok(out.includes('Name=x'));
  });

  it('describes a profile for logs without anything usable', () => {
    const line = describeProfile({
      id: 'p1',
      label: 'Prod',
      kind: 'accessKey',
      accessKeyId: 'LTAI5tAbCdEfGhIjabcd',
      endpoint: { endpoint: '127.0.0.1:9000', protocol: 'http' },
    });
    assert.equal(line, 'accessKey "Prod", key LTAI****abcd, endpoint http://127.0.0.1:9000');
    assert.match(describeProfile({ id: 'c', label: 'CLI', kind: 'aliyunCli', cliProfileName: 'work' }), /cli profile work/);
    assert.equal(describeProfile({ id: 'k', label: 'KooCLI · work', provider: 'huawei', kind: 'hcloudCli', cliProfileName: 'work' }), 'hcloudCli "KooCLI · work", provider huawei, cli profile work');
  });
});
