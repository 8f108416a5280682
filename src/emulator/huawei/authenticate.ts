// Who signed a Huawei call: checks the SDK-HMAC-SHA256 signature against the account's secret and
// the X-Sdk-Date window. Every failure is the API gateway's 401 `APIGW.0301` with the gateway's
// wording (reference §3 "Gateway rules", §9.2).

import { authenticationFailed } from './errors';
import type { HuaweiAccount } from './records';
import {
  huaweiStringToSign,
  parseHuaweiAuthorization,
  parseSdkDate,
  type SignedRequest,
} from './signature';
import { signaturesMatch, signString } from '../http/signature';

/** How far X-Sdk-Date may be from the server's clock. */
const DATE_WINDOW_MS = 15 * 60_000;

export function authenticateHuawei(
  request: SignedRequest,
  accountByKey: (accessKeyId: string) => HuaweiAccount | undefined,
  now: number,
): HuaweiAccount {
  const header = request.headers.authorization;
  const authorization = typeof header === 'string' ? parseHuaweiAuthorization(header) : undefined;
  if (!authorization) throw authenticationFailed('the Authorization header is missing or is not SDK-HMAC-SHA256');
  const account = accountByKey(authorization.accessKeyId);
  if (!account) throw authenticationFailed(`ak ${authorization.accessKeyId} not exist`);
  for (const required of ['host', 'x-sdk-date']) {
    if (!authorization.signedHeaders.includes(required)) throw authenticationFailed(`header ${required} is not signed`);
  }
  const date = parseSdkDate(String(request.headers['x-sdk-date'] ?? ''));
  if (date === undefined || Math.abs(now - date) > DATE_WINDOW_MS) throw authenticationFailed('signature expired');
  const expected = signString(account.secretAccessKey, huaweiStringToSign(request, authorization.signedHeaders));
  if (!signaturesMatch(expected, authorization.signature)) throw authenticationFailed('verify aksk signature fail');
  return account;
}
