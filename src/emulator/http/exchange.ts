// What both API fronts (the Alibaba and the Huawei one) read from a request and how they answer:
// the path and query of its URL, a header, the body up to a limit, and a JSON answer.

import type { IncomingMessage, ServerResponse } from 'node:http';

/** The path and the raw query (without `?`) of a request's URL. */
export function splitUrl(req: IncomingMessage): { path: string; query: string } {
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  return queryStart < 0 ? { path: url, query: '' } : { path: url.slice(0, queryStart), query: url.slice(queryStart + 1) };
}

/** A header's (first) value. */
export function headerOf(req: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Writes a JSON answer (no body for `undefined`): its content type and length, then the other headers. */
export function sendJson(res: ServerResponse, status: number, body: Record<string, unknown> | undefined, contentType: string, headers: Record<string, string>): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/**
 * A request's body, up to a limit: a larger one is refused with the API's own error (each front
 * says which) and the connection dropped, so a runaway client cannot fill the emulator's memory.
 */
export function readBody(req: IncomingMessage, maxBytes: number, tooLarge: (maxBytes: number) => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(tooLarge(maxBytes));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
