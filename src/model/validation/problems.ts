// The result of validating a whole arguments object: one message per field that has a problem.
// Commands show the messages beside the fields they belong to, or all of them at once.

import { describeType } from './text';

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

/**
 * The field checks of one untyped arguments object, recording into one `problems` object: `text`
 * for a text field (absent is a problem only when required; present, it must be text and pass
 * `check`), and `flag` for a field that must be true or false when given (`apiName` is how the API
 * spells it).
 */
export function fieldChecks<F extends string>(input: Readonly<Record<string, unknown>>) {
  const problems: FieldProblems<F> = {};
  const text = (field: F, subject: string, check: (value: string) => string | undefined, required = false): void => {
    const value = input[field];
    if (value === undefined) {
      if (required) addProblem(problems, field, `${subject} is required.`);
      return;
    }
    addProblem(problems, field, typeof value === 'string' ? check(value) : `${subject} must be text, not ${describeType(value)}.`);
  };
  const flag = (field: F, apiName: string): void => {
    const value = input[field];
    if (value !== undefined && typeof value !== 'boolean') addProblem(problems, field, `${apiName} must be true or false, not ${describeType(value)}.`);
  };
  return { problems, text, flag };
}
