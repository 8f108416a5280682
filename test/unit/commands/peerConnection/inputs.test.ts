import assert from 'node:assert/strict';
import { typedNumber } from '../../../../src/commands/peerConnection/numberText';
import { cidrOverlaps, connectionsBetween } from '../../../../src/commands/peerConnection/pairChecks';
import { formatTagsText, parseTagsText, tagsTextProblem } from '../../../../src/commands/peerConnection/tagsText';
import type { InventorySnapshot, PeerConnection, RegionInventory } from '../../../../src/model/types';

function connection(id: string, requesterVpc: string, accepterVpc: string, status: PeerConnection['status'] = 'Activated'): PeerConnection {
  const end = (vpcId: string) => ({ accountUid: '1', regionId: 'cn-hangzhou', vpcId, ipv4Cidrs: [], ipv6Cidrs: [] });
  return { id, name: '', description: '', status, bizStatus: 'Normal', requester: end(requesterVpc), accepter: end(accepterVpc), bandwidthMbps: -1, tags: [] };
}

function region(accountUid: string, peerConnections: PeerConnection[]): RegionInventory {
  return { accountUid, regionId: 'cn-hangzhou', vpcs: [], peerConnections, routerInterfaces: [], vbrs: [], bgpGroups: [], bgpPeers: [] };
}

describe('peer connection commands: pure helpers', () => {
  describe('parseTagsText', () => {
    it('reads key=value pairs separated by commas, trimming spaces', () => {
      assert.deepEqual(parseTagsText(' env = prod, owner=network-team ,'), {
        ok: true,
        tags: [
          { key: 'env', value: 'prod' },
          { key: 'owner', value: 'network-team' },
        ],
      });
    });
    it('reads an entry without = as a key with an empty value, and keeps = inside values', () => {
      assert.deepEqual(parseTagsText('critical, expr=a=b'), {
        ok: true,
        tags: [
          { key: 'critical', value: '' },
          { key: 'expr', value: 'a=b' },
        ],
      });
    });
    it('reads an empty line as no tags', () => {
      assert.deepEqual(parseTagsText('  '), { ok: true, tags: [] });
      assert.equal(tagsTextProblem(''), undefined);
    });
    it('refuses an entry without a key, naming its position', () => {
      assert.match(tagsTextProblem('env=prod, =x') ?? '', /Tag 2 has no key/);
    });
    it('applies the documented limits: 20 tags, reserved prefixes, unique keys, 128-character values', () => {
      const many = Array.from({ length: 21 }, (_, i) => `k${i}=v`).join(',');
      assert.match(tagsTextProblem(many) ?? '', /at most 20 tags; 21 are given/);
      assert.equal(tagsTextProblem(Array.from({ length: 20 }, (_, i) => `k${i}=v`).join(',')), undefined);
      assert.match(tagsTextProblem('aliyun-team=x') ?? '', /must not start with "aliyun" or "acs:"/);
      assert.match(tagsTextProblem('env=a, env=b') ?? '', /unique/);
      assert.match(tagsTextProblem(`env=${'v'.repeat(129)}`) ?? '', /at most 128 characters/);
    });
    it('formats tags back into the same line', () => {
      const text = 'env=prod, critical, expr=a=b';
      const parsed = parseTagsText(text);
      assert.ok(parsed.ok);
      assert.equal(formatTagsText(parsed.tags), text);
    });
  });

  describe('typedNumber', () => {
    it('turns plain decimals into numbers and leaves anything else as trimmed text', () => {
      assert.equal(typedNumber(' 250 '), 250);
      assert.equal(typedNumber('1.5'), 1.5);
      assert.equal(typedNumber('-3'), -3);
      assert.equal(typedNumber('1e3'), '1e3');
      assert.equal(typedNumber(' fast '), 'fast');
      assert.equal(typedNumber(''), '');
    });
  });

  describe('cidrOverlaps', () => {
    it('names each overlapping pair with the shared block', () => {
      assert.deepEqual(cidrOverlaps(['10.0.0.0/16', '10.100.0.0/16'], ['10.0.128.0/17', '192.168.0.0/16']), [
        { requester: '10.0.0.0/16', accepter: '10.0.128.0/17', shared: '10.0.128.0/17' },
      ]);
    });
    it('finds nothing for disjoint blocks, across IP versions, or for text that is not a CIDR', () => {
      assert.deepEqual(cidrOverlaps(['10.0.0.0/16'], ['10.1.0.0/16', '2408:4000::/56', 'garbage']), []);
    });
    it('compares IPv6 blocks too', () => {
      assert.deepEqual(cidrOverlaps(['2408:4000::/48'], ['2408:4000:0:1::/64']), [
        { requester: '2408:4000::/48', accepter: '2408:4000:0:1::/64', shared: '2408:4000:0:1::/64' },
      ]);
    });
  });

  describe('connectionsBetween', () => {
    it('finds connections of the pair in either direction, each once across regions and accounts', () => {
      const ab = connection('pcc-ab', 'vpc-a', 'vpc-b', 'Rejected');
      const ba = connection('pcc-ba', 'vpc-b', 'vpc-a');
      const other = connection('pcc-ac', 'vpc-a', 'vpc-c');
      const snapshot: InventorySnapshot = { accounts: [], regions: [region('1', [ab, other]), region('2', [ab, ba])] };
      assert.deepEqual(
        connectionsBetween(snapshot, 'vpc-a', 'vpc-b').map((c) => c.id),
        ['pcc-ab', 'pcc-ba'],
      );
      assert.deepEqual(connectionsBetween(snapshot, 'vpc-a', 'vpc-a'), []);
    });
  });
});
