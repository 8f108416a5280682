// The page's link to whoever hosts it. Inside VS Code that is the extension, reached through
// `acquireVsCodeApi()`; in an exported HTML file opened from disk there is no host: the graph comes
// from the JSON embedded in the file, state lives in memory, and nothing is posted anywhere.

import { EMBEDDED_DATA_ID } from './pageDocument';
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
  const init = embeddedInit(window.document);
  return {
    standalone: true,
    post() {
      // No host listens: an exported file cannot act on anything.
    },
    onMessage(handler) {
      if (init) handler(init);
    },
    getState: <T>() => state as T | undefined,
    setState: (next) => {
      state = next;
    },
  };
}

/** The graph an exported file carries, read as text and validated like any host message. */
function embeddedInit(document: Document): HostMessage | undefined {
  const embedded = document.getElementById(EMBEDDED_DATA_ID);
  if (!embedded) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(embedded.textContent ?? '');
  } catch {
    return undefined;
  }
  const message = parseHostMessage(parsed);
  return message?.type === 'init' ? { ...message, options: { ...message.options, readOnly: true } } : undefined;
}
