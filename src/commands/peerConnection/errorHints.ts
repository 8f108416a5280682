// Errors that say more than the API did: the same code, message and request id with a hint
// about this situation — why an answer was refused, or what an earlier step already changed
// when a later one fails.

import { CloudError, isCloudError } from '../../cloud/errors';

/** The cloud error with another hint. */
export function withHint(error: CloudError, hint: string): CloudError {
  return new CloudError({
    code: error.code,
    operation: error.operation,
    apiMessage: error.apiMessage,
    kind: error.kind,
    requestId: error.requestId,
    httpStatus: error.httpStatus,
    endpoint: error.endpoint,
    retryAfterMs: error.retryAfterMs,
    hint,
  });
}

/** A failure of a later step that also says what an earlier step already did. */
export function afterEarlierStep(error: unknown, done: string): unknown {
  if (isCloudError(error)) return withHint(error, `${done} ${error.hint}`);
  if (error instanceof Error && error.name === 'Error') return new Error(`${done} ${error.message}`);
  return error;
}
