// A minimal typed event emitter. The store lives below the editor layer, so it cannot use
// vscode.EventEmitter; the views adapt these events to the editor's.

export interface Disposable {
  dispose(): void;
}

export type Listener<T> = (event: T) => void;

export class Emitter<T> {
  private listeners = new Set<Listener<T>>();

  /** Subscribe; the returned handle unsubscribes. */
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(event: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener must not stop the others nor the store's own work.
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
