// Checks who is calling: the ACS3 signature against the secret of the AccessKeyId in
// `Credential=` (or, for older clients such as the aliyun CLI and Terraform, the RPC HMAC-SHA1
// signature in the parameters), the request date (15 minutes either way), a nonce that must not
// repeat within that window, and for keys issued as STS credentials, the security token that goes
// with them.

import { ApiError } from '../errors';
import type { Clock } from '../clock';
import { headerOf } from './exchange';
import {
  ALGORITHM,
  canonicalRequest,
  parseAuthorization,
  signaturesMatch,
  signString,
  stringToSign,
  type ReceivedRequest,
} from './signature';
import { RPC_SIGNATURE_METHOD, RPC_SIGNATURE_VERSION, isRpcSigned, rpcSign, rpcSignaturesMatch, rpcStringToSign } from './rpcSignature';

export interface KnownKey {
  accessKeyId: string;
  accessKeySecret: string;
  /** Set for STS credentials: requests must carry this `x-acs-security-token`. */
  securityToken?: string;
}

const DATE_WINDOW_MS = 15 * 60 * 1000;
const REQUIRED_SIGNED_HEADERS = ['host', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];

export class Authenticator<K extends KnownKey = KnownKey> {
  /** Nonces seen within the date window, with the time each may be forgotten. */
  private readonly nonces = new Map<string, number>();
  private readonly nonceExpiry: Array<{ nonce: string; at: number }> = [];

  constructor(
    private readonly findKey: (accessKeyId: string) => K | undefined,
    private readonly clock: Clock,
  ) {}

  /**
   * The key that signed the request; throws the service's error otherwise. `params` are the
   * request's parameters (query and form body), which the RPC signature covers.
   */
  authenticate(request: ReceivedRequest, params: ReadonlyArray<readonly [string, string]> = request.query): K {
    const header = headerOf(request, 'authorization');
    if (!header && isRpcSigned(params)) return this.authenticateRpc(request.method, params);
    if (!header) throw new ApiError('IncompleteSignature', 'The request signature does not conform to Aliyun standards: the Authorization header is missing.');
    const auth = parseAuthorization(header);
    if (!auth) throw new ApiError('IncompleteSignature', 'The request signature does not conform to Aliyun standards: the Authorization header is malformed.');
    if (auth.algorithm !== ALGORITHM) {
      throw new ApiError('IncompleteSignature', `The request signature does not conform to Aliyun standards: signature algorithm "${auth.algorithm}" is not supported here, only ${ALGORITHM}.`);
    }
    for (const name of REQUIRED_SIGNED_HEADERS) {
      if (!auth.signedHeaders.includes(name) || !headerOf(request, name)) {
        throw new ApiError('IncompleteSignature', `The request signature does not conform to Aliyun standards: header "${name}" must be present and signed.`);
      }
    }

    const key = this.findKey(auth.accessKeyId);
    if (!key) throw new ApiError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);

    const toSign = stringToSign(canonicalRequest(request, auth.signedHeaders));
    if (!signaturesMatch(signString(key.accessKeySecret, toSign), auth.signature)) {
      throw new ApiError('SignatureDoesNotMatch', `The request signature does not conform to Aliyun standards. server string to sign is:${toSign}`);
    }

    this.checkDate(headerOf(request, 'x-acs-date') ?? '');
    this.checkSecurityToken(key, headerOf(request, 'x-acs-security-token'));
    this.useNonce(headerOf(request, 'x-acs-signature-nonce') ?? '');
    return key;
  }

  private authenticateRpc(method: string, params: ReadonlyArray<readonly [string, string]>): K {
    const param = (name: string) => params.find(([key]) => key === name)?.[1];
    const signatureMethod = param('SignatureMethod');
    if (signatureMethod !== RPC_SIGNATURE_METHOD) {
      throw new ApiError('IncompleteSignature', `The request signature does not conform to Aliyun standards: SignatureMethod "${signatureMethod ?? ''}" is not supported, only ${RPC_SIGNATURE_METHOD}.`);
    }
    if (param('SignatureVersion') !== RPC_SIGNATURE_VERSION) {
      throw new ApiError('IncompleteSignature', `The request signature does not conform to Aliyun standards: SignatureVersion must be ${RPC_SIGNATURE_VERSION}.`);
    }
    for (const name of ['AccessKeyId', 'Timestamp', 'SignatureNonce']) {
      if (!param(name)) throw new ApiError(`Missing${name}`, `${name} is mandatory for this action.`);
    }
    const key = this.findKey(param('AccessKeyId')!);
    if (!key) throw new ApiError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
    const toSign = rpcStringToSign(method, params);
    if (!rpcSignaturesMatch(rpcSign(key.accessKeySecret, toSign), param('Signature') ?? '')) {
      throw new ApiError('SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${toSign}`);
    }
    this.checkDate(param('Timestamp')!);
    this.checkSecurityToken(key, param('SecurityToken'));
    this.useNonce(param('SignatureNonce')!);
    return key;
  }

  private checkDate(value: string): void {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new ApiError('InvalidTimeStamp.Format', `Specified time stamp or date value is not well formatted: "${value}".`);
    }
    if (Math.abs(this.clock.now() - Date.parse(value)) > DATE_WINDOW_MS) {
      throw new ApiError('InvalidTimeStamp.Expired', `Specified time stamp or date value is expired: ${value} is more than 15 minutes from the server time.`);
    }
  }

  private checkSecurityToken(key: K, token: string | undefined): void {
    if (key.securityToken === undefined) return;
    if (!token) throw new ApiError('MissingSecurityToken', 'The STS credential needs its security token (x-acs-security-token).');
    if (token !== key.securityToken) {
      throw new ApiError('InvalidSecurityToken.MismatchWithAccessKey', 'The security token does not belong to this access key.');
    }
  }

  private useNonce(nonce: string): void {
    const now = this.clock.now();
    while (this.nonceExpiry.length > 0 && this.nonceExpiry[0].at <= now) {
      const { nonce: old, at } = this.nonceExpiry.shift()!;
      if (this.nonces.get(old) === at) this.nonces.delete(old);
    }
    if (this.nonces.has(nonce)) throw new ApiError('SignatureNonceUsed', 'Specified signature nonce was used already.');
    const at = now + 2 * DATE_WINDOW_MS;
    this.nonces.set(nonce, at);
    this.nonceExpiry.push({ nonce, at });
  }
}
