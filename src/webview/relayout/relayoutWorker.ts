// Entry point of the re-layout worker bundle (dist/webview/relayout-worker.js). Force layout of a
// busy region takes hundreds of milliseconds; here it runs off the page's thread, so the graph can
// still be panned, zoomed and clicked while it works.

import { relayoutAll } from './regionRelayout';
import type { RelayoutReply, RelayoutRequest } from './relayoutMessages';

/** The parts of a dedicated worker's global scope used here (the bundle is typed against the DOM). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RelayoutRequest>) => void) | null;
  postMessage(message: RelayoutReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'relayout') return;
  const { runId } = request;
  relayoutAll(request.input, request.positions, (done, total, regionId) => scope.postMessage({ type: 'progress', runId, done, total, regionId })).then(
    (positions) => scope.postMessage({ type: 'done', runId, positions }),
    (error: unknown) => scope.postMessage({ type: 'failed', runId, message: error instanceof Error ? error.message : String(error) }),
  );
};

scope.postMessage({ type: 'ready' });
