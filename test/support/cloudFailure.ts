// The CloudError a call rejects with; fails the test when it resolves or rejects with anything else.
import assert from 'node:assert/strict';
import { isCloudError, type CloudError } from '../../src/cloud/errors';

export async function cloudFailure(call: Promise<unknown>): Promise<CloudError> {
  try {
    await call;
  } catch (error) {
    assert.ok(isCloudError(error), `expected a CloudError, got ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}
