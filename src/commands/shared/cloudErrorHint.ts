// A cloud error with a hint that fits the command better than the code's general one (e.g. the
// quota behind a bare `QuotaExceeded`, or what to remove before a delete can succeed).

import { type CloudError, isCloudError } from '../../cloud/errors';

export function withHint(error: CloudError, hint: string): CloudError {
  return error.withHint(hint);
}

/** Rethrows `error` with `hint` when `matches(code)`, unchanged otherwise. */
export function rethrowWithHint(error: unknown, matches: (code: string) => boolean, hint: string): never {
  if (isCloudError(error) && matches(error.code)) throw withHint(error, hint);
  throw error;
}
