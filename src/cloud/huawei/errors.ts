// Anything the Huawei SDK throws, as the cloud layer's one error type: `CloudError` with the
// service's code and message (or `Http<status>` where the body carries none the SDK can parse),
// the request id of `X-Request-Id`, and the hint and retry class of the Huawei catalog.

import { CloudError, type ErrorContext } from '../errors';
import { huaweiErrorInfo } from './errorCatalog';

interface HuaweiThrown {
  name?: unknown;
  message?: unknown;
  httpStatusCode?: unknown;
  errorCode?: unknown;
  errorMsg?: unknown;
  requestId?: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value !== 'undefined' ? value : undefined;
}

export function huaweiCloudError(error: unknown, context: ErrorContext): CloudError {
  if (error instanceof CloudError) return error;
  const thrown: HuaweiThrown = typeof error === 'object' && error !== null ? (error as HuaweiThrown) : { message: String(error) };
  const base = { operation: context.operation, endpoint: context.endpoint, secrets: context.secrets };
  const status = typeof thrown.httpStatusCode === 'number' ? thrown.httpStatusCode : undefined;
  const message = text(thrown.errorMsg) ?? text(thrown.message) ?? String(error);

  if (status !== undefined) {
    const code = text(thrown.errorCode) ?? `Http${status}`;
    const info = huaweiErrorInfo(code, status);
    return new CloudError({
      ...base,
      code,
      kind: 'api',
      apiMessage: message,
      httpStatus: status,
      requestId: text(thrown.requestId),
      hint: info.hint.replace('{endpoint}', context.endpoint ?? 'the endpoint'),
      retryClass: info.retry,
    });
  }
  // No status: the SDK wraps transport failures in ServiceResponseException with axios' message.
  if (/timeout of \d+ms exceeded|ETIMEDOUT/.test(message)) {
    return new CloudError({ ...base, code: 'RequestTimeout', kind: 'timeout', apiMessage: message });
  }
  if (/ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOTFOUND|EAI_AGAIN|socket hang up|EHOSTUNREACH|ENETUNREACH/.test(message)) {
    return new CloudError({ ...base, code: 'NetworkError', kind: 'network', apiMessage: message });
  }
  if (text(thrown.name) === 'RequiredError') {
    return new CloudError({ ...base, code: 'MissingParameter', kind: 'client', apiMessage: message, hint: 'A required parameter was not given; this is a bug in the caller.' });
  }
  return new CloudError({ ...base, code: 'Unknown', kind: 'client', apiMessage: message });
}

/** The gateway's flow control: refused before the service looked at the request, so any call may repeat. */
export function isThrottled(error: CloudError): boolean {
  return error.httpStatus === 429 || error.code === 'APIG.0308' || error.code === 'APIGW.0308';
}
