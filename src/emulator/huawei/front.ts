// The HTTP front of the Huawei APIs, mounted in the emulator's one server: every path under
// /v1/, /v2.0/ or /v3/ comes here. One call: read the body, find the
// API, verify the SDK-HMAC-SHA256 signature, settle what time decided, place the call in the
// caller's project, let fault injection have its say, run the handler, then wait out the configured
// latency and answer (as http/server.ts does, and why). Errors are
// `{error_msg, error_code, request_id}` with the request id also in `X-Request-Id`.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LatencySleeps } from '../latencySleeps';
import type { CallStats } from '../stats';
import { authenticateHuawei } from './authenticate';
import type { HuaweiCall } from './api/context';
import { matchEndpoint, type MatchedEndpoint } from './api/endpoints';
import { Query } from './api/query';
import { foreignProject, HuaweiApiError, invalidParameter, noSuchApi, projectMismatch } from './errors';
import type { HuaweiFaults } from './faults';
import type { HuaweiAccount, HuaweiProject } from './records';
import { decodeQuery } from './signature';
import type { HuaweiWorld } from './world';
import { headerOf, readBody, sendJson, splitUrl } from '../http/exchange';

const MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface HuaweiFrontParts {
  world: HuaweiWorld;
  faults: HuaweiFaults;
  stats: CallStats;
  log?: (line: string) => void;
}

export class HuaweiFront {
  private readonly latency = new LatencySleeps();

  constructor(private readonly parts: HuaweiFrontParts) {}

  /** Answers one request; never rejects. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const requestId = randomUUID().replace(/-/g, '');
    const { stats, log } = this.parts;
    const { path: rawPath, query: rawQuery } = splitUrl(req);
    const method = req.method ?? 'GET';
    const matched = matchEndpoint(method, safeDecode(rawPath));
    const operation = matched?.endpoint.operation ?? `${method} ${rawPath}`;
    stats.started(operation);
    let status: number;
    let body: Record<string, unknown> | undefined;
    let caller = '-';
    try {
      const raw = await readBody(req, MAX_BODY_BYTES, (max) => invalidParameter(`the request body is larger than ${max} bytes`));
      if (!matched) throw noSuchApi(method, rawPath);
      // The signature's date is checked against the wall clock the SDK signs with, not the world's
      // clock, which tests move by days to expire requests.
      const account = authenticateHuawei({ method, rawPath, rawQuery, headers: req.headers, body: raw }, (ak) => this.parts.world.accountByKey(ak), Date.now());
      caller = account.domainId;
      ({ status, body } = this.run(matched, req, account, rawQuery, raw, requestId));
    } catch (error) {
      const apiError = error instanceof HuaweiApiError ? error : new HuaweiApiError(500, 'InternalError', `The emulator failed: ${(error as Error).message}`);
      status = apiError.httpStatus;
      body = { error_msg: apiError.message, error_code: apiError.code, request_id: requestId };
    }
    // As the Alibaba Cloud front does (http/server.ts): the call ran on arrival, its answer waits out the latency.
    await this.latency.sleep(this.parts.faults.latencyMs);
    if (this.latency.closing) {
      res.destroy();
      stats.finished('Closed');
      return;
    }
    const code = status < 400 ? undefined : String(body?.error_code);
    stats.finished(code);
    log?.(`${new Date().toISOString()} huawei ${operation} account=${caller} -> ${status}${code ? ` ${code}` : ''} ${Date.now() - started} ms`);
    sendJson(res, status, body, 'application/json;charset=UTF-8', { 'x-request-id': requestId });
  }

  /** Drops calls still waiting out their latency. */
  close(): void {
    this.latency.wakeAll();
  }

  private run(
    matched: MatchedEndpoint,
    req: IncomingMessage,
    account: HuaweiAccount,
    rawQuery: string,
    raw: Buffer,
    requestId: string,
  ): { status: number; body?: Record<string, unknown> } {
    const { world, faults } = this.parts;
    world.settle();
    const project = matched.endpoint.scope === 'project' ? this.projectOf(req, matched, account) : this.checkDomain(req, account);
    const facts = { operation: matched.endpoint.operation, domainId: account.domainId };
    const early = faults.beforeApply(facts);
    if (early) throw early;
    const call: HuaweiCall = {
      requestId,
      account,
      project,
      path: matched.path,
      query: new Query(decodeOrRefuse(rawQuery)),
      body: parseJson(raw),
      world,
      now: world.now(),
    };
    const answer = matched.endpoint.handle(call);
    // A write that got this far changed the world (handlers check everything before they change
    // anything); the state file saves after it.
    if (req.method !== 'GET') world.changed();
    const late = faults.afterApply(facts);
    if (late) throw late;
    return answer;
  }

  /** The project the call acts in: `{project_id}` of the path and X-Project-Id must agree and be the caller's. */
  private projectOf(req: IncomingMessage, matched: MatchedEndpoint, account: HuaweiAccount): HuaweiProject {
    const header = headerOf(req, 'x-project-id');
    const inPath = matched.path.project_id;
    if (inPath !== undefined && header !== undefined && inPath !== header) throw projectMismatch();
    const id = inPath ?? header;
    if (!id) throw invalidParameter('the X-Project-Id header is missing');
    const project = this.parts.world.projects.get(id);
    if (!project || project.domainId !== account.domainId) throw foreignProject(id);
    return project;
  }

  /** IAM calls signed with X-Domain-Id (GlobalCredentials) must name the caller's account. */
  private checkDomain(req: IncomingMessage, account: HuaweiAccount): undefined {
    const domain = headerOf(req, 'x-domain-id');
    if (domain !== undefined && domain !== account.domainId) throw new HuaweiApiError(403, 'Forbidden', `The account is not allowed to act in domain ${domain}.`);
    return undefined;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function decodeOrRefuse(rawQuery: string): Array<[string, string]> {
  try {
    return decodeQuery(rawQuery);
  } catch {
    throw invalidParameter('the query string is not valid percent-encoding');
  }
}

/** The SDK sends JSON, `{}` even on some GETs; an empty body is no body. */
function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw invalidParameter('the request body is not valid JSON');
  }
}

