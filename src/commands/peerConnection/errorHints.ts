// An error that says more than the API did: the same code, message and request id, with what an
// earlier step already changed when a later one fails.

import { isCloudError } from '../../cloud/errors';

/** A failure of a later step that also says what an earlier step already did. */
export function afterEarlierStep(error: unknown, done: string): unknown {
  if (isCloudError(error)) return error.withHint(`${done} ${error.hint}`);
  if (error instanceof Error && error.name === 'Error') return new Error(`${done} ${error.message}`);
  return error;
}
