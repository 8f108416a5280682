// The page's link to whoever hosts it. Inside VS Code that is the extension, reached through
// `acquireVsCodeApi()`; in an exported HTML file opened from disk there is no host: the graph comes
// from the JSON embedded in the file, state lives in memory, and exports become downloads.

import { parseHostMessage, type HostMessage, type PageMessage } from './protocol';

export interface HostBridge {
  /** True when nothing can act on the cloud: no actions, no position reports. */
  readonly standalone: boolean;
  post(message: PageMessage): void;
  onMessage(handler: (message: HostMessage) => void): void;
  getState<T>(): T | undefined;
  setState<T>(state: T): void;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The id of the `<script type="application/json">` element an exported file embeds its graph in. */
export const EMBEDDED_DATA_ID = 'topology-data';

export function connectToHost(window: Window): HostBridge {
  if (typeof acquireVsCodeApi === 'function') return vsCodeBridge(window, acquireVsCodeApi());
  return standaloneBridge(window);
}

function vsCodeBridge(window: Window, api: VsCodeApi): HostBridge {
  return {
    standalone: false,
    post: (message) => api.postMessage(message),
    onMessage(handler) {
      window.addEventListener('message', (event: MessageEvent) => {
        const message = parseHostMessage(event.data);
        if (message) handler(message);
      });
    },
    getState: <T>() => (api.getState() ?? undefined) as T | undefined,
    setState: (state) => api.setState(state),
  };
}

function standaloneBridge(window: Window): HostBridge {
  let state: unknown;
  return {
    standalone: true,
    post(message) {
      if (message.type === 'exported') download(window.document, message.format, message.data);
    },
    onMessage(handler) {
      const embedded = window.document.getElementById(EMBEDDED_DATA_ID);
      if (!embedded) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(embedded.textContent ?? '');
      } catch {
        return;
      }
      const message = parseHostMessage(parsed);
      if (message?.type === 'init') handler({ ...message, options: { ...message.options, readOnly: true } });
    },
    getState: <T>() => state as T | undefined,
    setState: (next) => {
      state = next;
    },
  };
}

function download(document: Document, format: 'png' | 'svg', data: string): void {
  const link = document.createElement('a');
  link.href = format === 'png' ? data : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(data)}`;
  link.download = `topology.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
}
