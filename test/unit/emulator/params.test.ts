import assert from 'node:assert/strict';
import { ApiError } from '../../../src/emulator/errors';
import { flattenJson, parseFormEncoded } from '../../../src/emulator/http/formEncoding';
import { RequestParams } from '../../../src/emulator/params';

function params(record: Record<string, string>): RequestParams {
  return RequestParams.fromRecord(record);
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ApiError);
    return error.code;
  }
  return 'no error';
}

describe('emulator unit: request parameters', () => {
  it('decodes form bodies and query strings', () => {
    assert.deepEqual(parseFormEncoded('a=1&b=x%20y+z&c&Tag.1.Key=%E7%BD%91'), [
      ['a', '1'],
      ['b', 'x y z'],
      ['c', ''],
      ['Tag.1.Key', '网'],
    ]);
    assert.throws(() => parseFormEncoded('a=%E0%A4%A'));
  });

  it('flattens JSON bodies into the dotted keys of a form body', () => {
    assert.deepEqual(flattenJson({ RegionId: 'x', Tag: [{ Key: 'k', Value: 'v' }], ResourceId: ['a', 'b'], Force: true, Skip: null }), [
      ['RegionId', 'x'],
      ['Tag.1.Key', 'k'],
      ['Tag.1.Value', 'v'],
      ['ResourceId.1', 'a'],
      ['ResourceId.2', 'b'],
      ['Force', 'true'],
    ]);
  });

  it('reads repeated, structured and filter parameters in index order', () => {
    const p = params({ 'ResourceId.2': 'b', 'ResourceId.1': 'a', 'ResourceId.10': 'j', 'Tag.2.Key': 'k2', 'Tag.1.Key': 'k1', 'Tag.1.Value': 'v1', 'Filter.1.Key': 'Status', 'Filter.1.Value.2': 'Idle', 'Filter.1.Value.1': 'Active', VpcId: 'vpc-a, vpc-b,,' });
    assert.deepEqual(p.list('ResourceId'), ['a', 'b', 'j']);
    assert.deepEqual(p.tags('Tag'), [
      { key: 'k1', value: 'v1' },
      { key: 'k2', value: '' },
    ]);
    assert.deepEqual(p.filters('Filter'), [{ key: 'Status', values: ['Active', 'Idle'] }]);
    assert.deepEqual(p.commaList('VpcId'), ['vpc-a', 'vpc-b']);
    assert.equal(code(() => params({ 'Tag.1.Value': 'v' }).tags('Tag')), 'MissingParameter');
  });

  it('answers the service codes for missing and malformed values', () => {
    const p = params({ Empty: '', Size: '12', Bad: '1.5', Flag: 'TRUE', Odd: 'yes', Kind: 'Gold' });
    assert.equal(p.string('Empty'), undefined);
    assert.equal(code(() => p.requiredString('Empty')), 'MissingParameter');
    assert.equal(code(() => p.requiredString('Absent', 'MissingAbsent')), 'MissingAbsent');
    assert.equal(p.integer('Size', { min: 1, max: 50 }), 12);
    assert.equal(code(() => p.integer('Size', { max: 10 })), 'InvalidParameter');
    assert.equal(code(() => p.integer('Bad')), 'InvalidParameter');
    assert.equal(p.boolean('Flag'), true);
    assert.equal(code(() => p.boolean('Odd')), 'InvalidParameter');
    assert.equal(p.enumValue('Kind', ['Gold', 'Silver']), 'Gold');
    assert.equal(code(() => p.enumValue('Kind', ['Platinum'])), 'InvalidParameter');
    assert.equal(code(() => p.requiredEnum('Absent', ['Platinum'])), 'MissingParameter');
  });
});
