// ACS3-HMAC-SHA256, the request signature of Alibaba Cloud's current SDKs, computed from what
// arrived on the wire: the canonical query re-encodes each decoded value with the stricter
// RFC 3986 rules (the client's URL leaves `*()!'` bare, its canonical string does not), the signed
// headers are exactly those the client listed, and the payload hash is taken over the raw body.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ALGORITHM = 'ACS3-HMAC-SHA256';

export interface AuthorizationHeader {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

export interface ReceivedRequest {
  method: string;
  /** The URL path as received, e.g. `/`. */
  path: string;
  /** Decoded query pairs. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Header values by lower-case name, as Node's `IncomingMessage.headers` has them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`; undefined when malformed. */
export function parseAuthorization(value: string): AuthorizationHeader | undefined {
  const space = value.indexOf(' ');
  if (space < 0) return undefined;
  const fields = authorizationFields(value.slice(space + 1), 'Credential');
  if (!fields) return undefined;
  return { algorithm: value.slice(0, space), ...fields, signedHeaders: fields.signedHeaders.map((h) => h.trim().toLowerCase()) };
}

/**
 * The key id (in the field `keyField`), signed headers and signature of an Authorization header's
 * `Name=value` pairs after its algorithm, as ACS3 and Huawei's SDK-HMAC-SHA256 both write them;
 * undefined when malformed.
 */
export function authorizationFields(text: string, keyField: string): { accessKeyId: string; signedHeaders: string[]; signature: string } | undefined {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get(keyField);
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}

/** `encodeURIComponent` plus the five characters it leaves alone but the signature escapes. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function canonicalQueryString(query: ReadonlyArray<readonly [string, string]>): string {
  return [...query]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${percentEncode(value)}`)
    .join('&');
}

function headerValue(headers: ReceivedRequest['headers'], name: string): string {
  const value = headers[name];
  if (value === undefined) return '';
  return (Array.isArray(value) ? [...value].map((v) => v.trim()).sort().join(',') : value).trim();
}

export function canonicalRequest(request: ReceivedRequest, signedHeaders: readonly string[]): string {
  const names = [...signedHeaders].sort();
  const canonicalHeaders = names.map((name) => `${name}:${headerValue(request.headers, name)}\n`).join('');
  const path = request.path.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
  return [request.method.toUpperCase(), path, canonicalQueryString(request.query), canonicalHeaders, names.join(';'), sha256Hex(request.body)].join('\n');
}

export function stringToSign(canonical: string): string {
  return `${ALGORITHM}\n${sha256Hex(canonical)}`;
}

export function signString(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('hex');
}

/** Constant-time comparison of two hex signatures. */
export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
