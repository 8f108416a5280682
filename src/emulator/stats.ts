// Counts of API calls, for tests ("the loader made one DescribeVpcs call per region") and for the
// benchmarks (how many calls an inventory load costs and how many ran at once).

export class CallStats {
  total = 0;
  byAction: Record<string, number> = {};
  /** Answers that were errors, by error code. */
  errorsByCode: Record<string, number> = {};
  inFlight = 0;
  /** Most calls in progress at the same moment since the last reset. */
  peakInFlight = 0;

  started(action: string): void {
    this.total += 1;
    this.byAction[action] = (this.byAction[action] ?? 0) + 1;
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
  }

  finished(errorCode?: string): void {
    this.inFlight -= 1;
    if (errorCode) this.errorsByCode[errorCode] = (this.errorsByCode[errorCode] ?? 0) + 1;
  }

  reset(): void {
    this.total = 0;
    this.byAction = {};
    this.errorsByCode = {};
    this.peakInFlight = this.inFlight;
  }
}
