import assert from 'node:assert/strict';
import {
  CancelUnanswered,
  PendingRequests,
  RequestAbandoned,
  RequestAnswers,
  RequestFailed,
  RequestTimedOut,
  type CancelMessage,
  type CancelToken,
  type ReplyMessage,
  type RequestMessage,
} from '../../../src/webview/requestReply';

type Sent = RequestMessage<string> | CancelMessage;
const isText = (value: unknown): value is string => typeof value === 'string';

function cancelSource(): { token: CancelToken; cancel(): void } {
  const listeners: (() => void)[] = [];
  let cancelled = false;
  return {
    token: {
      get isCancellationRequested() {
        return cancelled;
      },
      onCancellationRequested(listener) {
        listeners.push(listener);
        return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
      },
    },
    cancel() {
      cancelled = true;
      for (const listener of [...listeners]) listener();
    },
  };
}

describe('request/reply between host and page', () => {
  it('pairs each reply with its own request, whatever the order of the replies', async () => {
    const sent: Sent[] = [];
    const requests = new PendingRequests<string>((m) => sent.push(m));
    const first = requests.request('first', isText);
    const second = requests.request('second', isText);
    const [a, b] = sent as RequestMessage<string>[];
    assert.notEqual(a.requestId, b.requestId);
    requests.settle({ type: 'reply', requestId: b.requestId, result: 'two' });
    requests.settle({ type: 'reply', requestId: a.requestId, result: 'one' });
    assert.deepEqual(await Promise.all([first, second]), ['one', 'two']);
    assert.equal(requests.size, 0);
  });

  it('carries the answering side\'s error back, and refuses a result of the wrong shape', async () => {
    const sent: Sent[] = [];
    const requests = new PendingRequests<string>((m) => sent.push(m));
    const failing = requests.request('x', isText);
    requests.settle({ type: 'reply', requestId: sent[0].requestId, error: 'Nothing is drawn yet.' });
    await assert.rejects(failing, (e: unknown) => e instanceof RequestFailed && e.message === 'Nothing is drawn yet.');
    const malformed = requests.request('y', isText);
    requests.settle({ type: 'reply', requestId: sent[1].requestId, result: 42 });
    await assert.rejects(malformed, RequestFailed);
  });

  it('times out when no reply comes, and ignores a reply that comes later', async () => {
    const sent: Sent[] = [];
    const requests = new PendingRequests<string>((m) => sent.push(m));
    await assert.rejects(requests.request('slow', isText, { timeoutMs: 20 }), RequestTimedOut);
    requests.settle({ type: 'reply', requestId: sent[0].requestId, result: 'late' });
    assert.equal(requests.size, 0);
  });

  it('sends a cancel and still takes the reply that says how the work ended', async () => {
    const sent: Sent[] = [];
    const requests = new PendingRequests<string>((m) => sent.push(m));
    const source = cancelSource();
    const pending = requests.request('relayout', isText, { token: source.token, cancelGraceMs: 1000 });
    source.cancel();
    assert.deepEqual(sent[1], { type: 'cancel', requestId: sent[0].requestId });
    requests.settle({ type: 'reply', requestId: sent[0].requestId, result: 'stopped' });
    assert.equal(await pending, 'stopped');
  });

  it('ends a cancelled wait that is never answered after the grace time, and one cancelled before it was sent at once', async () => {
    const sent: Sent[] = [];
    const requests = new PendingRequests<string>((m) => sent.push(m));
    const source = cancelSource();
    const pending = requests.request('relayout', isText, { token: source.token, cancelGraceMs: 20 });
    source.cancel();
    await assert.rejects(pending, CancelUnanswered);
    await assert.rejects(requests.request('again', isText, { token: source.token }), RequestAbandoned);
    assert.equal(sent.filter((m) => m.type === 'request').length, 1, 'the second request was never sent');
  });

  it('abandons every wait when the answering side goes away', async () => {
    const requests = new PendingRequests<string>(() => undefined);
    const waits = [requests.request('a', isText), requests.request('b', isText)];
    requests.abandonAll('The topology panel was closed.');
    for (const wait of waits) await assert.rejects(wait, (e: unknown) => e instanceof RequestAbandoned && e.message === 'The topology panel was closed.');
    assert.equal(requests.size, 0);
  });

  it('answers with the work\'s result or its error, and aborts the work on cancel', async () => {
    const replies: ReplyMessage[] = [];
    const answers = new RequestAnswers((m) => replies.push(m));
    answers.answer('1', () => 'drawn');
    answers.answer('2', () => {
      throw new Error('Nothing is drawn yet.');
    });
    answers.answer('3', (signal) => (signal.aborted ? 'stopped' : new Promise((resolve) => signal.addEventListener('abort', () => resolve('stopped')))));
    answers.cancel('3');
    answers.cancel('unknown');
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(
      replies.sort((a, b) => a.requestId.localeCompare(b.requestId)),
      [
        { type: 'reply', requestId: '1', result: 'drawn' },
        { type: 'reply', requestId: '2', error: 'Nothing is drawn yet.' },
        { type: 'reply', requestId: '3', result: 'stopped' },
      ],
    );
  });
});
