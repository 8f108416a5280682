// The one error type the cloud layer rejects with. SDK errors (ClientError, ServerError,
// ThrottlingError), transport failures, timeouts, aborts and credential problems all become a
// `CloudError` carrying the API's code and message, where it happened, whether trying again
// can help, and a hint a person can act on. Secrets are scrubbed from the message on the way in.

import { lookupError, renderHint, type RetryClass } from './errorCatalog';
import { redactSecrets } from './redact';

/** Where the failure came from. */
export type CloudErrorKind =
  /** The service answered with an error code. */
  | 'api'
  /** The request never got an answer (connection refused, reset, DNS). */
  | 'network'
  /** Connect or read time limit reached. */
  | 'timeout'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** No usable credentials. */
  | 'credentials'
  /** The caller asked for something this layer refuses before sending (bad token, dry run not offered). */
  | 'client'
  /** The answer could not be understood (not JSON). */
  | 'response';

export interface CloudErrorInit {
  code: string;
  /** API action (e.g. `CreateVpcPeerConnection`) or local step (e.g. `ResolveCredentials`). */
  operation: string;
  /** The service's message, or a description of a local failure. Scrubbed of secrets. */
  apiMessage: string;
  kind: CloudErrorKind;
  requestId?: string;
  httpStatus?: number;
  /** Host the request went to (for hints about reachability). */
  endpoint?: string;
  /** Server-suggested wait before retrying (ThrottlingError), ms. */
  retryAfterMs?: number;
  /** Overrides the catalog's hint. */
  hint?: string;
  /** Overrides the catalog's retry class (another provider's codes are not in this catalog). */
  retryClass?: RetryClass;
  /** Extra secrets to scrub from the message (besides secret-named fields). */
  secrets?: readonly (string | undefined)[];
}

/**
 * Marks a CloudError. The cloud layer is a bundle of its own (scripts/bundles.mjs) and the
 * activation bundle has its own copy of this file, so `instanceof CloudError` there would miss
 * the errors the cloud bundle throws; the mark is the same in every copy.
 */
const CLOUD_ERROR_MARK = Symbol.for('vpcPeering.CloudError');

export class CloudError extends Error {
  override readonly name = 'CloudError';
  readonly [CLOUD_ERROR_MARK] = true;
  readonly code: string;
  readonly operation: string;
  readonly apiMessage: string;
  readonly kind: CloudErrorKind;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly endpoint?: string;
  readonly retryAfterMs?: number;
  /** What a person can do about it. */
  readonly hint: string;
  /** How the code behaves under retry (see errorCatalog.ts). */
  readonly retryClass: RetryClass;
  /** True when trying the same thing again later may succeed (transient or busy). */
  readonly retryable: boolean;
  /** How many attempts were made before giving up (set by the request runner). */
  attempts = 1;

  constructor(init: CloudErrorInit) {
    const apiMessage = redactSecrets(init.apiMessage, init.secrets ?? []);
    const info = lookupError(init.code);
    const retryClass: RetryClass =
      init.retryClass ?? info?.retry ?? (init.kind === 'network' || init.kind === 'timeout' || (init.httpStatus ?? 0) >= 500 ? 'transient' : 'final');
    const hint = init.hint ?? renderHint(info?.hint ?? 'The request failed; see the message and the request id.', {
      endpoint: init.endpoint,
      action: init.operation,
    });
    const requestPart = init.requestId ? ` (request id ${init.requestId})` : '';
    super(`${init.operation}: ${init.code}: ${apiMessage}${requestPart}`);
    this.code = init.code;
    this.operation = init.operation;
    this.apiMessage = apiMessage;
    this.kind = init.kind;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.endpoint = init.endpoint;
    this.retryAfterMs = init.retryAfterMs;
    this.hint = hint;
    this.retryClass = retryClass;
    this.retryable = retryClass !== 'final';
  }

  /** The same error (code, message, request id, attempts) with a hint that fits the situation better. */
  withHint(hint: string): CloudError {
    // Every field of the init is kept on the error under its own name.
    const copy = new CloudError({ ...this, hint });
    copy.attempts = this.attempts;
    return copy;
  }

  /** Plain data for logs and webview messages. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      operation: this.operation,
      message: this.apiMessage,
      kind: this.kind,
      requestId: this.requestId,
      httpStatus: this.httpStatus,
      retryable: this.retryable,
      hint: this.hint,
      attempts: this.attempts,
    };
  }
}

export function isCloudError(error: unknown): error is CloudError {
  return typeof error === 'object' && error !== null && (error as { [CLOUD_ERROR_MARK]?: unknown })[CLOUD_ERROR_MARK] === true;
}

/** Context for translating a thrown value. */
export interface ErrorContext {
  operation: string;
  endpoint?: string;
  secrets?: readonly (string | undefined)[];
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'ETIMEDOUT',
  'EPROTO',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

interface ThrownShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
  retryAfter?: unknown;
  data?: unknown;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value === 'undefined' || value === 'null') return undefined;
  return value;
}

/** The service's own message from the parsed error body, else the SDK's composed message. */
function serviceMessage(shape: ThrownShape): string {
  const data = shape.data as { Message?: unknown; message?: unknown } | undefined;
  const fromBody = text(data?.Message) ?? text(data?.message);
  if (fromBody) return fromBody;
  const composed = text(shape.message) ?? '';
  // The SDK composes `<Code>: code: 400, <Message> request id: <id>`; keep the middle.
  const match = /^(?:\S+: )?code: \d+, ([\s\S]*?)(?: request id: \S*)?$/.exec(composed);
  return match ? match[1] : composed;
}

/** Translates anything thrown by the SDK, the credentials package or the network into a CloudError. */
export function toCloudError(error: unknown, context: ErrorContext): CloudError {
  if (error instanceof CloudError) return error;
  const shape: ThrownShape = typeof error === 'object' && error !== null ? (error as ThrownShape) : { message: String(error) };
  const name = text(shape.name) ?? '';
  const code = text(shape.code);
  const base = { operation: context.operation, endpoint: context.endpoint, secrets: context.secrets };

  if (typeof shape.statusCode === 'number' && code && ['ClientError', 'ServerError', 'ThrottlingError'].includes(name)) {
    return new CloudError({
      ...base,
      code,
      kind: 'api',
      apiMessage: serviceMessage(shape),
      httpStatus: shape.statusCode,
      requestId: text(shape.requestId),
      retryAfterMs: typeof shape.retryAfter === 'number' && shape.retryAfter >= 0 ? shape.retryAfter : undefined,
    });
  }
  const message = text(shape.message) ?? String(error);
  if (name === 'RequestTimeoutError') {
    return new CloudError({ ...base, code: 'RequestTimeout', kind: 'timeout', apiMessage: message });
  }
  if ((code && NETWORK_CODES.has(code)) || /ECONNREFUSED|ECONNRESET|socket hang up|ENOTFOUND|EAI_AGAIN/.test(message)) {
    return new CloudError({ ...base, code: 'NetworkError', kind: 'network', apiMessage: message });
  }
  if (error instanceof SyntaxError) {
    return new CloudError({ ...base, code: 'InvalidResponse', kind: 'response', apiMessage: 'The answer was not valid JSON.' });
  }
  if (name === 'ClientError' && code) {
    // SDK-side client errors without an HTTP status, e.g. InvalidCredentials when no credential is set.
    return new CloudError({ ...base, code, kind: code === 'InvalidCredentials' ? 'credentials' : 'client', apiMessage: serviceMessage(shape) });
  }
  return new CloudError({ ...base, code: 'Unknown', kind: 'client', apiMessage: message });
}
