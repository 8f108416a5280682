// Requests that expect an answer, between the panel's host and its page. The asking side
// (`PendingRequests`) tags each request with an id, waits for the reply carrying that id, and
// ends the wait on a timeout, a cancellation or when the other side goes away; the answering
// side (`RequestAnswers`) runs the work, replies with its result or its error, and stops it when
// asked to. Both sides share these few message shapes; what a request asks for is the protocol's
// business (webview/protocol.ts), not this file's.

export interface RequestMessage<R> {
  type: 'request';
  requestId: string;
  request: R;
}

export interface CancelMessage {
  type: 'cancel';
  requestId: string;
}

/** The answer to one request: `result` when it was done, `error` (a sentence) when it failed. */
export interface ReplyMessage {
  type: 'reply';
  requestId: string;
  result?: unknown;
  error?: string;
}

/** What a cancellation source must offer; VS Code's CancellationToken has this shape. */
export interface CancelToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface RequestOptions {
  /** No reply within this time rejects with RequestTimedOut. Without it the wait has no limit. */
  timeoutMs?: number;
  /** Cancelling sends `cancel` to the answering side and waits `cancelGraceMs` for its reply. */
  token?: CancelToken;
  /** How long a cancelled request may still take to say how it ended (default 3 s). */
  cancelGraceMs?: number;
}

/** The other side did not reply in time. */
export class RequestTimedOut extends Error {
  override readonly name = 'RequestTimedOut';
}

/** The request ended without a reply: cancelled and not answered, or its answerer went away. */
export class RequestAbandoned extends Error {
  override readonly name: string = 'RequestAbandoned';
}

/** A cancelled request whose answerer did not say how it ended within the grace time. */
export class CancelUnanswered extends RequestAbandoned {
  override readonly name = 'CancelUnanswered';
}

/** The other side answered with an error. */
export class RequestFailed extends Error {
  override readonly name = 'RequestFailed';
}

const DEFAULT_CANCEL_GRACE_MS = 3000;

interface Pending {
  accept(result: unknown): void;
  fail(error: Error): void;
}

export class PendingRequests<R> {
  private readonly pending = new Map<string, Pending>();
  private sequence = 0;
  private readonly prefix = Math.random().toString(36).slice(2, 10);

  constructor(private readonly send: (message: RequestMessage<R> | CancelMessage) => void) {}

  get size(): number {
    return this.pending.size;
  }

  /**
   * Sends `request` and resolves with the reply's result once `isResult` accepts it; a reply
   * with an error, or with a result of another shape, rejects with RequestFailed.
   */
  request<T>(request: R, isResult: (value: unknown) => value is T, options: RequestOptions = {}): Promise<T> {
    const requestId = `${this.prefix}-${++this.sequence}`;
    return new Promise<T>((resolve, reject) => {
      if (options.token?.isCancellationRequested) {
        reject(new RequestAbandoned('The request was cancelled before it was sent.'));
        return;
      }
      const timers: ReturnType<typeof setTimeout>[] = [];
      const end = () => {
        this.pending.delete(requestId);
        for (const timer of timers) clearTimeout(timer);
        cancelled?.dispose();
      };
      const cancelled = options.token?.onCancellationRequested(() => {
        this.send({ type: 'cancel', requestId });
        timers.push(setTimeout(() => entry.fail(new CancelUnanswered('The other side did not answer the cancellation.')), options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS));
      });
      const entry: Pending = {
        accept: (result) => {
          end();
          if (isResult(result)) resolve(result);
          else reject(new RequestFailed('The reply was not of the expected shape.'));
        },
        fail: (error) => {
          end();
          reject(error);
        },
      };
      if (options.timeoutMs !== undefined) {
        timers.push(setTimeout(() => entry.fail(new RequestTimedOut(`No reply within ${options.timeoutMs} ms.`)), options.timeoutMs));
      }
      this.pending.set(requestId, entry);
      this.send({ type: 'request', requestId, request });
    });
  }

  /** Ends the wait of the request the reply names; replies to nothing pending are ignored. */
  settle(reply: ReplyMessage): void {
    const entry = this.pending.get(reply.requestId);
    if (!entry) return;
    if (reply.error !== undefined) entry.fail(new RequestFailed(reply.error));
    else entry.accept(reply.result);
  }

  /** Ends every wait: the answering side is gone (closed, reloaded) and will not reply. */
  abandonAll(reason: string): void {
    for (const entry of [...this.pending.values()]) entry.fail(new RequestAbandoned(reason));
  }
}

export class RequestAnswers {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly reply: (message: ReplyMessage) => void) {}

  /** Runs `work` and replies with what it returns or the message of what it throws. */
  answer(requestId: string, work: (signal: AbortSignal) => unknown): void {
    const controller = new AbortController();
    this.running.set(requestId, controller);
    Promise.resolve()
      .then(() => work(controller.signal))
      .then(
        (result) => this.reply({ type: 'reply', requestId, result }),
        (error: unknown) => this.reply({ type: 'reply', requestId, error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => this.running.delete(requestId));
  }

  /** Asks the work answering `requestId` to stop; it still replies, saying how it ended. */
  cancel(requestId: string): void {
    this.running.get(requestId)?.abort();
  }
}
