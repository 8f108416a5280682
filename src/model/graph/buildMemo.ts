// Elements of the previous build, reused when everything they were built from is the very same
// object. The store never changes a value in place (a change replaces the object), so identity
// of the inputs means an identical element; a reused element is also the identical object, which
// lets the diff skip it at once. While a connection settles, the panel rebuilds the graph on each
// poll: with this, only the elements whose inputs changed are built and compared again.

interface Entry {
  inputs: readonly unknown[];
  value: unknown;
}

export class BuildMemo {
  private previous = new Map<string, Entry>();
  private current = new Map<string, Entry>();

  /** The element built last time under `key` from exactly these inputs, else undefined. */
  reuse<T>(key: string, inputs: readonly unknown[]): T | undefined {
    const entry = this.previous.get(key);
    if (!entry || !sameInputs(entry.inputs, inputs)) return undefined;
    this.current.set(key, entry);
    return entry.value as T;
  }

  remember<T>(key: string, inputs: readonly unknown[], value: T): T {
    this.current.set(key, { inputs, value });
    return value;
  }

  /** Ends a build: what it did not use is forgotten. */
  finish(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
