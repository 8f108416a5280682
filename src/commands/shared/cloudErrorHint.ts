// A cloud error with a hint that fits the command better than the code's general one (e.g. the
// quota behind a bare `QuotaExceeded`, or what to remove before a delete can succeed).

import { type CloudError } from '../../cloud/errors';

export function withHint(error: CloudError, hint: string): CloudError {
  return error.withHint(hint);
}
