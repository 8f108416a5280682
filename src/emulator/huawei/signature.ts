// SDK-HMAC-SHA256, the signature of Huawei Cloud's SDKs (reference §3), recomputed from what
// arrived on the wire: each raw path segment strictly percent-encoded plus a trailing `/`, the
// decoded query re-encoded strictly and sorted by key then value, the headers the client listed
// with their received values, and the SHA-256 of the raw body. No key derivation: the HMAC key is
// the secret itself.

// HMAC-SHA256 in hex, SHA-256 of the payload, the strict percent-encoding, the Authorization
// fields and the constant-time comparison are the ACS3 signature's own (http/signature.ts); what
// differs is the canonical request and string to sign.
import { authorizationFields, percentEncode, sha256Hex } from '../http/signature';

export const HUAWEI_ALGORITHM = 'SDK-HMAC-SHA256';

export type HuaweiAuthorization = NonNullable<ReturnType<typeof authorizationFields>>;

export interface SignedRequest {
  method: string;
  /** The path as received, still percent-encoded. */
  rawPath: string;
  /** The query string as received, without `?`. */
  rawQuery: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

/** Parses `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`; undefined when malformed. */
export function parseHuaweiAuthorization(value: string): HuaweiAuthorization | undefined {
  return value.startsWith(`${HUAWEI_ALGORITHM} `) ? authorizationFields(value.slice(HUAWEI_ALGORITHM.length + 1), 'Access') : undefined;
}

function canonicalUri(rawPath: string): string {
  const encoded = rawPath.split('/').map(percentEncode).join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

function decodeQueryPart(part: string): string {
  return decodeURIComponent(part.replace(/\+/g, ' '));
}

/** Decoded `[key, value]` pairs of a raw query string. Throws URIError on a malformed escape. */
export function decodeQuery(rawQuery: string): Array<[string, string]> {
  if (!rawQuery) return [];
  return rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [decodeQueryPart(part), ''] : [decodeQueryPart(part.slice(0, eq)), decodeQueryPart(part.slice(eq + 1))];
    });
}

function canonicalQuery(rawQuery: string): string {
  // The SDK sorts keys, and the values of a repeated key, before encoding them.
  const pairs = decodeQuery(rawQuery).sort(([ka, va], [kb, vb]) => (ka === kb ? compare(va, vb) : compare(ka, kb)));
  return pairs.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function headerValue(headers: SignedRequest['headers'], name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** The string the client signed, rebuilt from the request as received. */
export function huaweiStringToSign(request: SignedRequest, signedHeaders: readonly string[]): string {
  const headers = signedHeaders.map((name) => `${name}:${headerValue(request.headers, name)}\n`).join('');
  const payloadHash = headerValue(request.headers, 'x-sdk-content-sha256') || sha256Hex(request.body);
  const canonicalRequest = [
    request.method,
    canonicalUri(request.rawPath),
    canonicalQuery(request.rawQuery),
    headers,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  return [HUAWEI_ALGORITHM, headerValue(request.headers, 'x-sdk-date'), sha256Hex(canonicalRequest)].join('\n');
}

/** `20261202T015231Z` → epoch ms; undefined when malformed. */
export function parseSdkDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isNaN(ms) ? undefined : ms;
}
