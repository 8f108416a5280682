import assert from 'node:assert/strict';
import { sameNamed } from '../../../src/cloud/writeRequest';

describe('sameNamed: the fields a request takes from an input', () => {
  it('copies only the named fields, keeping an unset one as undefined', () => {
    // An input may carry more at run time than its type says; a request must not send it.
    const input = { regionId: 'cn-hangzhou', name: undefined as string | undefined, ownerId: 42 };
    const fields = sameNamed(input, ['regionId', 'name']);
    assert.deepEqual(fields, { regionId: 'cn-hangzhou', name: undefined });
    assert.ok(!('ownerId' in fields));
  });
});
