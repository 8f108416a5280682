// Errors that say more than the API did: the same code, message and request id with a hint
// about this situation — why an answer was refused, or what an earlier step already changed
// when a later one fails.

import { isCloudError } from '../../cloud/errors';
import { withHint } from '../shared/cloudErrorHint';

export { withHint };

/** A failure of a later step that also says what an earlier step already did. */
export function afterEarlierStep(error: unknown, done: string): unknown {
  if (isCloudError(error)) return withHint(error, `${done} ${error.hint}`);
  if (error instanceof Error && error.name === 'Error') return new Error(`${done} ${error.message}`);
  return error;
}
