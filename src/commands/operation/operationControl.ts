// What a running write sees of its operation (the cancel signal, the ClientToken, the progress
// line, "the request reached the cloud") and what cancelling means. No vscode: the wizard engine
// and plain-Node tests use these as they are.

export interface OperationControl {
  /** Aborted when the person cancels the progress notification. */
  readonly signal: AbortSignal;
  /** The idempotency token of this operation. */
  readonly clientToken: string;
  /** Shows a line in the progress notification (e.g. "Status: Updating"). */
  report(message: string): void;
  /** Call once the write reached the cloud: cancelling after this only stops following it. */
  markSent(): void;
}

export class OperationCancelled extends Error {
  override readonly name = 'OperationCancelled';
  constructor(readonly sent: boolean) {
    super(
      sent
        ? 'Stopped following the operation; it continues in the cloud and the explorer keeps showing its state.'
        : 'Cancelled before anything was sent.',
    );
  }
}
