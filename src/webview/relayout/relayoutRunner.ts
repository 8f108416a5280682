// Runs a re-layout for the page: in a worker when one can be started, else on the page one region
// per task. A run can be stopped; stopping a worker run ends the worker (a new one starts next time).

import type { Positions, TopologyGraph } from '../../model/graph';
import type { RelayoutEngine } from '../protocol';
import { relayoutAll, relayoutInput, type RelayoutInput, type RelayoutProgress } from './regionRelayout';
import { parseRelayoutReply, type RelayoutRequest } from './relayoutMessages';

export interface RelayoutResult {
  positions: Positions;
  engine: RelayoutEngine;
}

/** The person (or the host) stopped the run; nothing was applied. */
export class RelayoutStopped extends Error {
  constructor() {
    super('The re-layout was stopped.');
  }
}

export class RelayoutRunner {
  private worker: Promise<Worker | undefined> | undefined;
  private runs = 0;
  private stopCurrent: (() => void) | undefined;
  /** Why the last attempt to use a worker failed, if it did (shown in the host's log). */
  workerProblem: string | undefined;

  /** `workerUrl`: where the worker bundle is served; none means runs stay on the page. */
  constructor(private readonly workerUrl: string | undefined) {}

  get running(): boolean {
    return this.stopCurrent !== undefined;
  }

  async run(graph: TopologyGraph, positions: Positions, progress: RelayoutProgress): Promise<RelayoutResult> {
    if (this.running) throw new Error('A re-layout is already running.');
    const input = relayoutInput(graph);
    // Starting the worker takes a moment (fetch, parse); a Stop in that moment counts too.
    let stoppedWhileStarting = false;
    this.stopCurrent = () => {
      stoppedWhileStarting = true;
    };
    const worker = await this.startWorker();
    this.stopCurrent = undefined;
    if (stoppedWhileStarting) throw new RelayoutStopped();
    if (worker) {
      try {
        return { positions: await this.inWorker(worker, input, positions, progress), engine: 'worker' };
      } catch (error) {
        if (error instanceof RelayoutStopped) throw error;
        // The worker could not do it (its script failed to load, or it crashed): the page can.
        this.workerProblem = error instanceof Error ? error.message : String(error);
        worker.terminate();
        this.worker = Promise.resolve(undefined);
      }
    }
    return { positions: await this.onPage(input, positions, progress), engine: 'page' };
  }

  stop(): void {
    this.stopCurrent?.();
  }

  private startWorker(): Promise<Worker | undefined> {
    this.worker ??= this.createWorker();
    return this.worker;
  }

  private async createWorker(): Promise<Worker | undefined> {
    if (!this.workerUrl || typeof Worker === 'undefined' || typeof fetch === 'undefined') return undefined;
    try {
      // A webview serves extension files through its service worker, which a worker's own script
      // request does not go through; so the page fetches the script and starts it from a blob: URL
      // (the page's CSP allows exactly that: `connect-src` to its own files, `worker-src blob:`).
      const response = await fetch(this.workerUrl);
      if (!response.ok) throw new Error(`the worker script could not be loaded (HTTP ${response.status})`);
      const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
      const worker = new Worker(url, { name: 'topology re-layout' });
      const release = (event: MessageEvent) => {
        if (parseRelayoutReply(event.data)?.type !== 'ready') return;
        URL.revokeObjectURL(url);
        worker.removeEventListener('message', release);
      };
      worker.addEventListener('message', release);
      return worker;
    } catch (error) {
      this.workerProblem = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  }

  private inWorker(worker: Worker, input: RelayoutInput, positions: Positions, progress: RelayoutProgress): Promise<Positions> {
    const runId = ++this.runs;
    return new Promise<Positions>((resolve, reject) => {
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.stopCurrent = undefined;
      };
      const onMessage = (event: MessageEvent) => {
        const reply = parseRelayoutReply(event.data);
        if (!reply || reply.type === 'ready' || reply.runId !== runId) return;
        if (reply.type === 'progress') {
          progress(reply.done, reply.total, reply.regionId);
          return;
        }
        finish();
        if (reply.type === 'done') resolve(reply.positions);
        else reject(new Error(reply.message));
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        finish();
        reject(new Error(event.message || 'the re-layout worker could not start or stopped unexpectedly'));
      };
      this.stopCurrent = () => {
        finish();
        worker.terminate();
        this.worker = undefined;
        reject(new RelayoutStopped());
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: RelayoutRequest = { type: 'relayout', runId, input, positions };
      worker.postMessage(request);
    });
  }

  private async onPage(input: RelayoutInput, positions: Positions, progress: RelayoutProgress): Promise<Positions> {
    let stopped = false;
    this.stopCurrent = () => {
      stopped = true;
    };
    try {
      // Between regions, let the page paint the progress and handle input (and a Stop).
      return await relayoutAll(input, positions, progress, async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (stopped) throw new RelayoutStopped();
      });
    } finally {
      this.stopCurrent = undefined;
    }
  }
}
