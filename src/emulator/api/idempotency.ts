// ClientToken: a write repeated with the same token by the same account returns the first call's
// answer and creates nothing new, so a client can retry after a timeout or a lost response.
// The same token with different parameters is refused, as the service does.

import { ApiError, invalidParameter } from '../errors';
import type { RequestParams } from '../params';
import type { ActionResult } from './context';

interface Remembered {
  fingerprint: string;
  result: ActionResult;
  at: number;
}

const KEEP_MS = 24 * 60 * 60 * 1000;
const IGNORED = new Set(['ClientToken', 'DryRun']);

export class IdempotencyCache {
  private readonly entries = new Map<string, Remembered>();

  /** The earlier answer for this token, if there was one. */
  lookup(accountUid: string, action: string, params: RequestParams, now: number): ActionResult | undefined {
    const token = params.string('ClientToken');
    if (token === undefined) return undefined;
    if (token.length > 64) throw invalidParameter('ClientToken', `it must be at most 64 ASCII characters, not ${token.length}.`);
    const key = cacheKey(accountUid, action, token);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (now - hit.at > KEEP_MS) {
      this.entries.delete(key);
      return undefined;
    }
    if (hit.fingerprint !== fingerprint(params)) {
      throw new ApiError('IdempotentParameterMismatch', `The ClientToken "${token}" was already used with different parameters.`);
    }
    return hit.result;
  }

  remember(accountUid: string, action: string, params: RequestParams, result: ActionResult, now: number): void {
    const token = params.string('ClientToken');
    if (token === undefined) return;
    if (this.entries.size >= 50_000) this.forgetOlderThan(now - KEEP_MS);
    this.entries.set(cacheKey(accountUid, action, token), { fingerprint: fingerprint(params), result, at: now });
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [key, entry] of this.entries) if (entry.at < cutoff) this.entries.delete(key);
  }
}

function cacheKey(accountUid: string, action: string, token: string): string {
  return `${accountUid}|${action}|${token}`;
}

function fingerprint(params: RequestParams): string {
  return JSON.stringify(params.entries().filter(([name]) => !IGNORED.has(name)));
}
