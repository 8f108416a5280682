// The HTTP front of the emulator, on 127.0.0.1 only. One call: read the body, verify the
// signature, find the action, settle due transitions, let fault injection have its say, run the
// handler (or replay the answer a ClientToken already got), then wait out the configured latency
// and answer JSON. Every answer, success or error, is JSON with a RequestId, because the SDK
// parses nothing else.
//
// The call runs when it arrives and its answer waits out the latency, as a remote service's
// answer travels back while the service serves other calls. Waiting first would run every call
// whose latency ends in the same moment back to back when their timers fire: under load each
// call then waited for the ones before it (50 ms of latency took ~105 ms on average in the
// 10,000-VPC inventory benchmark), a queue a service that serves calls side by side has not.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, invalidParameter } from '../errors';
import type { FaultInjector } from '../faults';
import { LatencySleeps } from '../latencySleeps';
import { RequestParams } from '../params';
import type { CallStats } from '../stats';
import type { AccessKeyRecord } from '../world/records';
import type { World } from '../world/world';
import { PRODUCT_HOSTS, type ActionResult, type CallContext } from '../api/context';
import { IdempotencyCache } from '../api/idempotency';
import { findAction, productOf } from '../api/registry';
import type { Authenticator } from './authenticator';
import { flattenJson, MalformedEncodingError, parseFormEncoded } from './formEncoding';
import { isRpcSigned } from './rpcSignature';
import { headerOf, readBody, sendJson, splitUrl } from './exchange';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ApiServerParts {
  world: World;
  authenticator: Authenticator<AccessKeyRecord>;
  faults: FaultInjector;
  stats: CallStats;
  /** Receives one line per call when set (never secrets, never bodies). */
  log?: (line: string) => void;
  /** Another cloud's APIs served by the same server (Huawei Cloud's), claimed by URL path. */
  otherApis?: MountedApis;
}

/** APIs that answer the paths they claim themselves; the Alibaba ones are all at `/`. */
export interface MountedApis {
  claims(path: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): void;
}

export class ApiServer {
  private readonly server: Server;
  private readonly idempotency = new IdempotencyCache();
  private readonly latency = new LatencySleeps();

  constructor(private readonly parts: ApiServerParts) {
    this.server = createServer((req, res) => {
      const other = this.parts.otherApis;
      if (other?.claims(splitUrl(req).path)) void other.handle(req, res);
      else void this.handle(req, res);
    });
    this.server.keepAliveTimeout = 5000;
  }

  /** Starts listening on 127.0.0.1; resolves with the port (a free one when `port` is 0). */
  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  /** Stops accepting calls, drops calls still waiting out their latency, and closes every connection. */
  async close(): Promise<void> {
    this.parts.otherApis?.close();
    this.latency.wakeAll();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const requestId = randomUUID().toUpperCase();
    // The ACS3 clients name the API in headers; RPC-signed ones (aliyun CLI, Terraform) in the
    // parameters, which for a POST are in the body.
    let action = headerOf(req, 'x-acs-action');
    let version = headerOf(req, 'x-acs-version');
    const { stats, log } = this.parts;
    let answer: { status: number; body: Record<string, unknown>; headers?: Record<string, string> };
    let callerUid = '-';
    let counted = false;
    try {
      const body = await readBody(req, MAX_BODY_BYTES, (max) => new ApiError('InvalidParameter', `The request body is larger than ${max} bytes.`, 413));
      const incoming = readParams(req, body);
      action ??= paramOf(incoming.all, 'Action');
      version ??= paramOf(incoming.all, 'Version');
      stats.started(action ?? '(no action)');
      counted = true;
      const { result, accountUid } = this.call(req, body, incoming, requestId, action, version);
      callerUid = accountUid;
      answer = { status: 200, body: { RequestId: requestId, ...result } };
    } catch (error) {
      if (!counted) stats.started(action ?? '(no action)');
      const apiError = error instanceof ApiError ? error : internalError(error);
      const product = productOf(action, version) ?? 'Vpc';
      answer = {
        status: apiError.httpStatus,
        headers: apiError.headers,
        body: {
          RequestId: requestId,
          HostId: PRODUCT_HOSTS[product],
          Code: apiError.code,
          Message: apiError.message,
          Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(apiError.code)}&product=${product}&requestId=${requestId}`,
        },
      };
    }
    await this.latency.sleep(this.parts.faults.latencyMs);
    if (this.latency.closing) {
      res.destroy();
      stats.finished('Closed');
      return;
    }
    const code = answer.status === 200 ? undefined : String(answer.body.Code);
    stats.finished(code);
    log?.(`${new Date().toISOString()} ${action ?? '-'} ${version ?? '-'} account=${callerUid} -> ${answer.status}${code ? ` ${code}` : ''} ${Date.now() - started} ms`);
    sendJson(res, answer.status, answer.body, 'application/json;charset=utf-8', { 'x-acs-request-id': requestId, ...answer.headers });
  }

  private call(
    req: IncomingMessage,
    body: Buffer,
    incoming: IncomingParams,
    requestId: string,
    action: string | undefined,
    version: string | undefined,
  ): { result: ActionResult; accountUid: string } {
    const { world, authenticator, faults } = this.parts;
    const received = { method: req.method ?? 'GET', path: incoming.path, query: incoming.query, headers: req.headers, body };
    const key = authenticator.authenticate(received, incoming.all);
    const caller = world.account(key.accountUid)!;

    if (!action) throw new ApiError('MissingAction', 'The x-acs-action header (or Action parameter) that names the API to call is missing.');
    const definition = findAction(action, version ?? '');
    const rpcSigned = isRpcSigned(incoming.all);
    const params = new RequestParams(new Map(rpcSigned ? incoming.all.filter(([name]) => !RPC_ENVELOPE.has(name)) : incoming.all));

    world.advance();
    const facts = { action, regionId: params.string('RegionId'), accountUid: caller.uid };
    const early = faults.beforeApply(facts);
    if (early) throw early;

    const ctx: CallContext = { requestId, action, caller, key, params, world, now: world.now() };
    if (!definition.writes) return { result: definition.handler(ctx), accountUid: caller.uid };

    let result = this.idempotency.lookup(caller.uid, action, params, ctx.now);
    if (result === undefined) {
      result = definition.handler(ctx);
      this.idempotency.remember(caller.uid, action, params, result, ctx.now);
      world.changed();
    }
    const late = faults.afterApply(facts);
    if (late) throw late;
    return { result, accountUid: caller.uid };
  }
}

/** The RPC signature's own parameters: they say how the call was signed, not what it asks. */
const RPC_ENVELOPE = new Set([
  'Action', 'Version', 'Format', 'Timestamp', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce',
  'AccessKeyId', 'Signature', 'SecurityToken',
]);

interface IncomingParams {
  path: string;
  query: Array<[string, string]>;
  /** Query then body parameters, decoded. */
  all: Array<[string, string]>;
}

/** Decodes the query and the form or JSON body; a malformed encoding is the caller's error. */
function readParams(req: IncomingMessage, body: Buffer): IncomingParams {
  const { path, query: rawQuery } = splitUrl(req);
  const query = decodeOrRefuse(() => parseFormEncoded(rawQuery));
  return { path, query, all: [...query, ...decodeOrRefuse(() => bodyParams(req, body))] };
}

function paramOf(params: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  return params.find(([key]) => key === name)?.[1];
}

function bodyParams(req: IncomingMessage, body: Buffer): Array<[string, string]> {
  if (body.length === 0) return [];
  const type = (headerOf(req, 'content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    try {
      return flattenJson(JSON.parse(body.toString('utf8')));
    } catch {
      throw new ApiError('InvalidParameter', 'The request body is not valid JSON.');
    }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) return parseFormEncoded(body.toString('utf8'));
  return [];
}

function decodeOrRefuse<T>(decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof MalformedEncodingError) throw invalidParameter('(encoding)', error.message);
    throw error;
  }
}

function internalError(error: unknown): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError('InternalError', `The request processing has failed due to some unknown error: ${detail}`, 500);
}
