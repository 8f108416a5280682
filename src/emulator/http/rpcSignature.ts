// The older RPC signature (HMAC-SHA1, signature version 1.0) that the aliyun CLI, the Terraform
// provider's RPC calls and `@alicloud/pop-core` still send: every parameter of the query and the
// form body except `Signature`, sorted by name, percent-encoded, joined, and signed as
// `METHOD&%2F&ENC(joined)` with the key `secret&`; the signature travels base64 in a parameter.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { percentEncode } from './signature';

export const RPC_SIGNATURE_METHOD = 'HMAC-SHA1';
export const RPC_SIGNATURE_VERSION = '1.0';

/** Whether a request is signed the RPC way (its parameters carry a `Signature`). */
export function isRpcSigned(params: ReadonlyArray<readonly [string, string]>): boolean {
  return params.some(([name]) => name === 'Signature');
}

export function rpcStringToSign(method: string, params: ReadonlyArray<readonly [string, string]>): string {
  const canonical = params
    .filter(([name]) => name !== 'Signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

export function rpcSign(secret: string, stringToSign: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}

/** Constant-time comparison of two base64 signatures. */
export function rpcSignaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
