// Turns any failure into what a person reads: a title, the API's code, the hint that says what
// to do, and the request id to quote to support. Cloud errors carry all of these already.

import { isCloudError } from '../cloud/errors';

export interface FailureText {
  title: string;
  code?: string;
  hint?: string;
  requestId?: string;
}

export function describeFailure(error: unknown): FailureText {
  if (isCloudError(error)) {
    return { title: error.apiMessage || error.message, code: error.code, hint: error.hint, requestId: error.requestId };
  }
  return { title: error instanceof Error ? error.message : String(error) };
}

/** One line for notifications: "Message (Code). Hint" */
export function failureLine(error: unknown): string {
  const failure = describeFailure(error);
  const code = failure.code ? ` (${failure.code})` : '';
  return `${failure.title}${code}${failure.hint ? `. ${failure.hint}` : ''}`;
}
