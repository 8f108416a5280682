// Pending status changes ordered by due time (a binary min-heap), so each request settles only
// what has come due since the last one instead of scanning every resource.

export type TransitionKind = 'peer' | 'routeEntry' | 'routerInterface' | 'bgpGroup' | 'bgpPeer';

export interface QueuedTransition {
  at: number;
  kind: TransitionKind;
  id: string;
  /** Tie-breaker keeping transitions due at the same moment in the order they were scheduled. */
  order: number;
}

export class TransitionQueue {
  private readonly heap: QueuedTransition[] = [];
  private counter = 0;

  push(at: number, kind: TransitionKind, id: string): void {
    this.heap.push({ at, kind, id, order: this.counter++ });
    this.siftUp(this.heap.length - 1);
  }

  /** Removes and returns the earliest transition due at or before `now`. */
  popDue(now: number): QueuedTransition | undefined {
    if (this.heap.length === 0 || this.heap[0].at > now) return undefined;
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private before(a: QueuedTransition, b: QueuedTransition): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(this.heap[i], this.heap[parent])) break;
      [this.heap[i], this.heap[parent]] = [this.heap[parent], this.heap[i]];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.before(this.heap[left], this.heap[smallest])) smallest = left;
      if (right < this.heap.length && this.before(this.heap[right], this.heap[smallest])) smallest = right;
      if (smallest === i) return;
      [this.heap[i], this.heap[smallest]] = [this.heap[smallest], this.heap[i]];
      i = smallest;
    }
  }
}
