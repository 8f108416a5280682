// A cloud error with a hint that fits the command better than the code's general one (e.g. the
// quota behind a bare `QuotaExceeded`, or what to remove before a delete can succeed).

import { CloudError, isCloudError } from '../cloud/errors';

export function withHint(error: CloudError, hint: string): CloudError {
  const mapped = new CloudError({
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
  mapped.attempts = error.attempts;
  return mapped;
}

/** Rethrows `error` with `hint` when `matches(code)`, unchanged otherwise. */
export function rethrowWithHint(error: unknown, matches: (code: string) => boolean, hint: string): never {
  if (isCloudError(error) && matches(error.code)) throw withHint(error, hint);
  throw error;
}
