// Errors the emulated APIs answer with. Codes, HTTP statuses and message wording follow the real
// services where the reference names them; every other choice is listed in docs/emulator.md.

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    /** Extra response headers, e.g. `x-acs-retry-after` on throttling. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function missingParameter(name: string, code = 'MissingParameter'): ApiError {
  return new ApiError(code, `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
}

export function invalidParameter(name: string, why: string, code = 'InvalidParameter'): ApiError {
  return new ApiError(code, `The specified parameter "${name}" is not valid: ${why}`);
}

export function dryRunPassed(): ApiError {
  return new ApiError('DryRunOperation', 'Request validation has been passed with DryRun flag set.');
}

export function throttled(): ApiError {
  return new ApiError('Throttling.User', 'Request was denied due to user flow control.', 400);
}

export function serviceUnavailable(): ApiError {
  return new ApiError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', 503);
}

export function quotaExceeded(code: string, quotaName: string, usage: number, limit: number): ApiError {
  return new ApiError(code, `The quota of ${quotaName} is exceeded, usage ${usage}/${limit}.`);
}
