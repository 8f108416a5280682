// The result of validating a whole arguments object: one message per field that has a problem.
// Commands show the messages beside the fields they belong to, or all of them at once.

export type FieldProblems<F extends string> = Partial<Record<F, string>>;

export function hasProblems<F extends string>(problems: FieldProblems<F>): boolean {
  return Object.keys(problems).length > 0;
}

/** The messages in field order, for a single notification. */
export function problemMessages<F extends string>(problems: FieldProblems<F>): string[] {
  return Object.values<string | undefined>(problems).filter((message): message is string => message !== undefined);
}

/** Records `problem` under `field` unless the field already has one (the first problem is the one to fix first). */
export function addProblem<F extends string>(problems: FieldProblems<F>, field: F, problem: string | undefined): void {
  if (problem !== undefined && problems[field] === undefined) problems[field] = problem;
}
