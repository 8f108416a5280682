// Building blocks for the text rules Alibaba Cloud applies to names, descriptions and tokens.
// Each returns `undefined` when the value is fine, or a sentence naming the field and the limit;
// `field` is the field's wording at the start of that sentence ("The name", "Bandwidth").
// Lengths are counted in Unicode code points, as the console counts them (one Chinese character
// is one character).

export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

export function lengthProblem(field: string, value: string, min: number, max: number): string | undefined {
  const length = characterCount(value);
  if (length >= min && length <= max) return undefined;
  const range = min === 0 ? `at most ${max}` : `${min}–${max}`;
  return `${field} must be ${range} characters long; it has ${length}.`;
}

/** Numbers the API takes within documented bounds: `what` is the kind of number ("a whole number of months"). */
export function wholeNumberProblem(field: string, value: unknown, [low, high]: readonly [number, number], what = 'a whole number'): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high) return undefined;
  return `${field} must be ${what} from ${low} to ${high}; got ${String(value)}.`;
}

const LETTER_OR_HAN = /^[A-Za-z\p{Script=Han}]/u;

/** Alibaba Cloud's "must start with a letter or a Chinese character" rule. */
export function startsWithLetterProblem(field: string, value: string): string | undefined {
  if (value === '' || LETTER_OR_HAN.test(value)) return undefined;
  return `${field} must start with a letter or a Chinese character; it starts with "${[...value][0]}".`;
}

const NAME_CHARACTERS = /^[A-Za-z0-9_\-\p{Script=Han}]*$/u;

/** Names may hold letters, Chinese characters, digits, underscores and hyphens only. */
export function nameCharactersProblem(field: string, value: string): string | undefined {
  if (NAME_CHARACTERS.test(value)) return undefined;
  const offending = [...new Set([...value].filter((ch) => !NAME_CHARACTERS.test(ch)))].map((ch) => JSON.stringify(ch)).join(' ');
  return `${field} may contain only letters, Chinese characters, digits, underscores (_) and hyphens (-); it contains ${offending}.`;
}

const URL_PREFIX = /^https?:\/\//i;

/** Names and descriptions must not start with `http://` or `https://`. */
export function urlPrefixProblem(field: string, value: string): string | undefined {
  return URL_PREFIX.test(value) ? `${field} must not start with http:// or https://.` : undefined;
}

/** The first problem of several checks, in order. */
export function firstProblem(...problems: Array<() => string | undefined>): string | undefined {
  for (const check of problems) {
    const problem = check();
    if (problem !== undefined) return problem;
  }
  return undefined;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
