import assert from 'node:assert/strict';
import { GroupIndex } from '../../../../src/emulator/world/groupIndex';

describe('emulator: group index', () => {
  it('hands out the same list of a group until the group changes, then a fresh one in insertion order', () => {
    const index = new GroupIndex<{ id: string }>();
    const a = { id: 'a' };
    const b = { id: 'b' };
    index.add('k', a);
    index.add('k', b);
    const first = index.get('k');
    assert.deepEqual(first, [a, b]);
    assert.equal(index.get('k'), first, 'a page walk reads the group without copying it again');

    index.add('other', { id: 'c' });
    assert.equal(index.get('k'), first, 'another group changing leaves it be');

    const c = { id: 'c' };
    index.add('k', c);
    const afterAdd = index.get('k');
    assert.deepEqual(afterAdd, [a, b, c]);
    assert.deepEqual(first, [a, b], 'a list handed out earlier does not change under its reader');

    index.remove('k', 'a');
    assert.deepEqual(index.get('k'), [b, c]);
    index.remove('k', 'missing');
    assert.deepEqual(index.get('k'), [b, c]);
    index.remove('k', 'b');
    index.remove('k', 'c');
    assert.deepEqual(index.get('k'), []);
    assert.equal(index.count('k'), 0);
  });
});
