import assert from 'node:assert/strict';
import {
  cidrEquals,
  contains,
  intersection,
  isIpAddress,
  longestPrefixMatch,
  moreSpecificWithin,
  normalizeCidr,
  overlappingPairs,
  overlaps,
  parseCidr,
  reservedRangeHits,
  reservedRangeOf,
  tryParseCidr,
} from '../../../src/model/cidr';

describe('cidr', () => {
  describe('parseCidr accepts and canonicalises', () => {
    const cases: Array<[input: string, text: string, hostBitsSet: boolean]> = [
      ['10.0.0.0/8', '10.0.0.0/8', false],
      ['0.0.0.0/0', '0.0.0.0/0', false],
      ['255.255.255.255/32', '255.255.255.255/32', false],
      ['192.168.1.7', '192.168.1.7/32', false],
      ['  172.16.0.0/12 ', '172.16.0.0/12', false],
      ['10.0.0.1/8', '10.0.0.0/8', true],
      ['10.1.2.3/0', '0.0.0.0/0', true],
      ['10.1.2.3/31', '10.1.2.2/31', true],
      ['::', '::/128', false],
      ['::/0', '::/0', false],
      ['::1', '::1/128', false],
      ['fe80::/10', 'fe80::/10', false],
      ['FE80::ABCD/64', 'fe80::/64', true],
      ['2001:0db8:0000:0000:0000:0000:0000:0001/128', '2001:db8::1/128', false],
      ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1/128', false],
      ['2001:db8::', '2001:db8::/128', false],
      ['2001:db8:1:2:3:4:5:6/128', '2001:db8:1:2:3:4:5:6/128', false],
      ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1/128', false],
      ['1:0:0:2:0:0:0:3', '1:0:0:2::3/128', false],
      ['::ffff:192.0.2.1', '::ffff:c000:201/128', false],
      ['2408:4000:100::/56', '2408:4000:100::/56', false],
      ['2408:4000:100::1/56', '2408:4000:100::/56', true],
    ];
    for (const [input, text, hostBitsSet] of cases) {
      it(`${JSON.stringify(input)} → ${text}`, () => {
        const parsed = parseCidr(input);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
        assert.equal(parsed.cidr.text, text);
        assert.equal(parsed.hostBitsSet, hostBitsSet);
      });
    }
  });

  describe('parseCidr rejects with a reason', () => {
    const cases: Array<[input: string, reasonPart: RegExp]> = [
      ['', /empty/],
      ['   ', /empty/],
      ['10.0.0/8', /four dot-separated/],
      ['10.0.0.0.0/8', /four dot-separated/],
      ['256.0.0.0/8', /greater than 255/],
      ['10.0.0.-1/8', /not a number/],
      ['10.0.0.a', /not a number/],
      ['010.0.0.0/8', /leading zero/],
      ['10.0.0.0/33', /0 to 32/],
      ['10.0.0.0/-1', /0 to 32/],
      ['10.0.0.0/08', /0 to 32/],
      ['10.0.0.0/', /0 to 32/],
      ['10.0.0.0/8/8', /0 to 32/],
      ['::/129', /0 to 128/],
      ['1::2::3', /only once/],
      ['1:2:3:4:5:6:7', /7 groups instead of 8/],
      ['1:2:3:4:5:6:7:8:9', /9 groups/],
      ['1:2:3:4::5:6:7:8', /at least one group/],
      ['12345::', /1–4 hex digits/],
      ['g::1', /1–4 hex digits/],
      [':1:2:3:4:5:6:7', /empty group/],
      ['1:2:3:4:5:6:7:', /empty group/],
      ['fe80::1%eth0', /zone/],
      ['::ffff:300.1.1.1', /embedded IPv4/],
      ['1.2.3.4::', /must come last/],
      ['1.2.3.4::1', /hex digits/],
    ];
    for (const [input, reasonPart] of cases) {
      it(JSON.stringify(input), () => {
        const parsed = parseCidr(input);
        assert.equal(parsed.ok, false);
        assert.match(parsed.ok ? '' : parsed.reason, reasonPart);
      });
    }
  });

  it('normalizeCidr refuses host bits and names the network', () => {
    const refused = normalizeCidr('10.0.0.1/8');
    assert.deepEqual(refused.ok ? undefined : refused.reason, '"10.0.0.1/8" has host bits set beyond /8; the network is 10.0.0.0/8.');
    const accepted = normalizeCidr('10.0.0.0/8');
    assert.equal(accepted.ok && accepted.cidr.text, '10.0.0.0/8');
    assert.equal(normalizeCidr('10.0.0.1').ok, true, 'a bare address has no host bits');
    assert.equal(normalizeCidr('nonsense').ok, false);
  });

  it('the relations throw for malformed text, with the reason; tryParseCidr returns undefined', () => {
    assert.throws(() => contains('10.0.0.0/40', '10.0.0.0/8'), /0 to 32/);
    assert.throws(() => overlaps('10.0.0.0/8', 'nonsense'), /"nonsense" is not an IPv4 address/);
    assert.equal(tryParseCidr('x'), undefined);
    assert.equal(tryParseCidr('10.0.0.0/8')?.prefix, 8);
  });

  it('isIpAddress', () => {
    assert.equal(isIpAddress('10.0.0.1'), true);
    assert.equal(isIpAddress('10.0.0.1/32'), false);
    assert.equal(isIpAddress('10.0.0.1', 4), true);
    assert.equal(isIpAddress('10.0.0.1', 6), false);
    assert.equal(isIpAddress('fe80::1', 6), true);
    assert.equal(isIpAddress('fe80::1', 4), false);
    assert.equal(isIpAddress('300.0.0.1'), false);
  });

  describe('contains', () => {
    const cases: Array<[outer: string, inner: string, expected: boolean]> = [
      ['10.0.0.0/8', '10.1.0.0/16', true],
      ['10.1.0.0/16', '10.0.0.0/8', false],
      ['10.0.0.0/8', '10.0.0.0/8', true],
      ['10.0.0.0/8', '10.255.255.255', true],
      ['10.0.0.0/8', '11.0.0.0', false],
      ['0.0.0.0/0', '255.255.255.255/32', true],
      ['10.0.0.1', '10.0.0.1/32', true],
      ['10.0.0.0/31', '10.0.0.1', true],
      ['10.0.0.0/32', '10.0.0.1', false],
      ['::/0', '10.0.0.0/8', false],
      ['0.0.0.0/0', '::/0', false],
      ['2001:db8::/32', '2001:db8:ffff::/48', true],
      ['2001:db8::/32', '2001:db9::/48', false],
      ['::/0', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', true],
    ];
    for (const [outer, inner, expected] of cases) {
      it(`${outer} ⊇ ${inner}: ${expected}`, () => assert.equal(contains(outer, inner), expected));
    }
  });

  describe('overlaps', () => {
    const cases: Array<[a: string, b: string, expected: boolean]> = [
      ['10.0.0.0/8', '10.1.0.0/16', true],
      ['10.1.0.0/16', '10.0.0.0/8', true],
      ['10.0.0.0/16', '10.1.0.0/16', false],
      ['10.0.0.0/24', '10.0.1.0/24', false],
      ['10.0.0.0/23', '10.0.1.0/24', true],
      ['192.168.0.0/16', '192.168.0.0/16', true],
      ['0.0.0.0/0', '8.8.8.8', true],
      ['10.0.0.0/8', 'fd00::/8', false],
      ['fd00::/8', 'fd12:3456::/32', true],
      ['fd00::/8', 'fe00::/8', false],
    ];
    for (const [a, b, expected] of cases) {
      it(`${a} ∩ ${b}: ${expected}`, () => assert.equal(overlaps(a, b), expected));
    }
  });

  it('intersection', () => {
    assert.equal(intersection('10.0.0.0/8', '10.2.0.0/16')?.text, '10.2.0.0/16');
    assert.equal(intersection('10.2.0.0/16', '10.0.0.0/8')?.text, '10.2.0.0/16');
    assert.equal(intersection('10.0.0.0/16', '10.1.0.0/16'), undefined);
  });

  it('cidrEquals compares networks, not spelling', () => {
    assert.equal(cidrEquals('2001:DB8::/32', '2001:0db8:0:0::/32'), true);
    assert.equal(cidrEquals('10.0.0.1', '10.0.0.1/32'), true);
    assert.equal(cidrEquals('10.0.0.0/8', '10.0.0.0/9'), false);
    assert.equal(cidrEquals('0.0.0.0/0', '::/0'), false);
  });

  describe('longestPrefixMatch', () => {
    const table = [
      { id: 'default', destination: '0.0.0.0/0' },
      { id: 'ten', destination: '10.0.0.0/8' },
      { id: 'ten-one', destination: '10.1.0.0/16' },
      { id: 'host', destination: '10.1.2.3' },
      { id: 'broken', destination: 'not-a-cidr' },
      { id: 'v6', destination: '2001:db8::/32' },
    ];
    const cases: Array<[destination: string, winner: string | undefined]> = [
      ['10.1.2.3', 'host'],
      ['10.1.2.4', 'ten-one'],
      ['10.1.0.0/16', 'ten-one'],
      ['10.0.0.0/15', 'ten'],
      ['10.2.0.0/16', 'ten'],
      ['11.0.0.0/8', 'default'],
      ['0.0.0.0/0', 'default'],
      ['2001:db8:1::1', 'v6'],
      ['2001:db9::1', undefined],
    ];
    for (const [destination, winner] of cases) {
      it(`${destination} → ${winner ?? 'no route'}`, () => {
        assert.equal(longestPrefixMatch(destination, table, (e) => e.destination)?.id, winner);
      });
    }
    it('the first of equal entries wins', () => {
      const tied = [
        { id: 'a', destination: '10.0.0.0/8' },
        { id: 'b', destination: '10.0.0.0/8' },
      ];
      assert.equal(longestPrefixMatch('10.0.0.1', tied, (e) => e.destination)?.id, 'a');
    });
    it('moreSpecificWithin lists the routes that take part of a block away', () => {
      const within = moreSpecificWithin('10.0.0.0/8', table, (e) => e.destination).map((e) => e.id);
      assert.deepEqual(within, ['ten-one', 'host']);
      assert.deepEqual(moreSpecificWithin('10.1.2.3', table, (e) => e.destination), []);
    });
  });

  describe('overlappingPairs', () => {
    it('finds every nested pair and nothing else', () => {
      const items = ['10.0.0.0/8', '192.168.0.0/16', '10.1.0.0/16', '10.1.2.0/24', '10.2.0.0/16', 'bad', 'fd00::/8', 'fd00:1::/32', '172.16.0.0/12'];
      const pairs = overlappingPairs(items, (x) => x).map(([a, b]) => `${a} > ${b}`).sort();
      assert.deepEqual(pairs, [
        '10.0.0.0/8 > 10.1.0.0/16',
        '10.0.0.0/8 > 10.1.2.0/24',
        '10.0.0.0/8 > 10.2.0.0/16',
        '10.1.0.0/16 > 10.1.2.0/24',
        'fd00::/8 > fd00:1::/32',
      ]);
    });
    it('reports equal blocks once, earlier item first', () => {
      const items = [
        { vpc: 'b', cidr: '10.0.0.0/16' },
        { vpc: 'a', cidr: '10.0.0.0/16' },
      ];
      assert.deepEqual(
        overlappingPairs(items, (x) => x.cidr).map(([x, y]) => [x.vpc, y.vpc]),
        [['b', 'a']],
      );
    });
    it('agrees with the pairwise check on a few thousand blocks', () => {
      let seed = 7;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return Math.floor((seed / 2147483648) * n); // the high bits: an LCG's low bits repeat quickly
      };
      const blocks: string[] = [];
      for (let i = 0; i < 3000; i++) blocks.push(`10.${random(256)}.${random(256)}.0/${20 + random(5)}`);
      const swept = overlappingPairs(blocks, (x) => x).length;
      let brute = 0;
      for (let i = 0; i < 600; i++) for (let j = i + 1; j < 600; j++) if (overlaps(blocks[i], blocks[j])) brute++;
      assert.equal(overlappingPairs(blocks.slice(0, 600), (x) => x).length, brute);
      assert.ok(swept >= brute && brute > 0);
    });
  });

  describe('reserved ranges', () => {
    const cases: Array<[cidr: string, kind: string | undefined]> = [
      ['100.64.0.0/10', 'sharedAddressSpace'],
      ['100.64.1.0/24', 'sharedAddressSpace'],
      ['100.128.0.0/10', undefined],
      ['127.0.0.1', 'loopback'],
      ['169.254.169.254', 'linkLocal'],
      ['224.0.0.0/4', 'multicast'],
      ['239.1.1.1', 'multicast'],
      ['255.255.255.255', 'futureUse'],
      ['0.0.0.0/8', 'thisNetwork'],
      ['10.0.0.0/8', undefined],
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'linkLocal'],
      ['ff02::1', 'multicast'],
      ['2001:db8::/32', undefined],
    ];
    for (const [cidr, kind] of cases) {
      it(`${cidr} → ${kind ?? 'not reserved'}`, () => assert.equal(reservedRangeOf(cidr)?.kind, kind));
    }
    it('tells equal, inside and contains apart', () => {
      assert.deepEqual(reservedRangeHits('100.64.0.0/10').map((h) => h.relation), ['equal']);
      assert.deepEqual(reservedRangeHits('100.64.0.0/11').map((h) => h.relation), ['inside']);
      assert.deepEqual(reservedRangeHits('100.0.0.0/8').map((h) => h.relation), ['contains']);
      assert.equal(reservedRangeHits('0.0.0.0/0').length, 6);
      assert.equal(reservedRangeHits('::/0').length, 4);
    });
  });
});
