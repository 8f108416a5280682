import assert from 'node:assert/strict';
import { countOf } from '../../../src/model/countText';

describe('countOf', () => {
  it('counts with whole singular and plural forms', () => {
    assert.equal(countOf(1, 'VPC', 'VPCs'), '1 VPC');
    assert.equal(countOf(2, 'VPC', 'VPCs'), '2 VPCs');
    assert.equal(countOf(0, 'route', 'routes'), '0 routes');
  });
});
