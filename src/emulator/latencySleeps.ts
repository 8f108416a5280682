// Calls waiting out their injected latency, so that closing the emulator can drop them at once
// instead of waiting (both the Alibaba and the Huawei front wait this way).

export class LatencySleeps {
  private readonly sleeping = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  /** Set by `wakeAll`: the front is closing, and the calls that waited are to be dropped. */
  closing = false;

  /** Resolves after `ms`, or as soon as `wakeAll` is called. */
  sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const sleeper = {
        timer: setTimeout(() => {
          this.sleeping.delete(sleeper);
          resolve();
        }, ms),
        wake: resolve,
      };
      this.sleeping.add(sleeper);
    });
  }

  /** Ends every sleep now; the callers see that the emulator is closing and drop their call. */
  wakeAll(): void {
    this.closing = true;
    for (const sleeper of this.sleeping) {
      clearTimeout(sleeper.timer);
      sleeper.wake();
    }
    this.sleeping.clear();
  }
}
