// The usual prompt steps, built from what they read and write: a typed value, one choice, or
// several. Each handles Back, shows the earlier answer when the person comes back to it (the text
// in the box, the choice highlighted or the choices selected), validates as the person types, and
// is skipped when `when` says there is nothing to ask (typically: the arguments object holds it).

import { BACK, type Back, type PickItem, type PickOptions, type Prompter } from './prompter';
import type { WizardStep } from './wizard';

/** A text fixed for the wizard, or one that depends on the answers so far. */
export type StepText<S> = string | ((state: S) => string);

function textOf<S>(text: StepText<S>, state: S): string;
function textOf<S>(text: StepText<S> | undefined, state: S): string | undefined;
function textOf<S>(text: StepText<S> | undefined, state: S): string | undefined {
  return typeof text === 'function' ? text(state) : text;
}

interface CommonStepOptions<S> {
  /** Whether to ask; by default always. */
  when?: (state: S) => boolean;
  title: StepText<S>;
  /** The review: a refused request comes back here (see runWizard). */
  review?: boolean;
}

export interface InputStepOptions<S> extends CommonStepOptions<S> {
  prompt: StepText<S>;
  placeholder?: StepText<S>;
  password?: boolean;
  /** The text in the box: the earlier answer, or a suggestion. */
  get(state: S): string | undefined;
  /** The problem with the text (usually the API's documented limit), or undefined when it is fine. */
  validate?(text: string, state: S): string | undefined;
  /** Stores the accepted text. */
  set(state: S, text: string): void | Promise<void>;
}

export function inputStep<S>(options: InputStepOptions<S>): WizardStep<S> {
  return {
    shouldPrompt: options.when ?? (() => true),
    review: options.review,
    async prompt(state, prompter, position) {
      const validate = options.validate;
      const text = await prompter.input({
        ...position,
        title: textOf(options.title, state),
        prompt: textOf(options.prompt, state),
        placeholder: textOf(options.placeholder, state),
        password: options.password,
        value: options.get(state),
        validate: validate && ((value) => validate(value, state)),
      });
      if (text === BACK) return BACK;
      await options.set(state, text);
    },
  };
}

interface ChoiceStepOptions<S, T> extends CommonStepOptions<S> {
  placeholder: StepText<S>;
  /** The choices (may throw when there is nothing to choose, with a message that says why). */
  items(state: S): readonly PickItem<T>[];
  /** Whether two values are the same choice; by default `===`. */
  same?(a: T, b: T): boolean;
}

export interface PickStepOptions<S, T> extends ChoiceStepOptions<S, T> {
  /** The earlier answer, highlighted when the person comes back. */
  get?(state: S): T | undefined;
  set(state: S, value: T): void | Promise<void>;
  /**
   * True when the choice only informs or shows something (a line of a review, "open as a
   * document"): the question is asked again.
   */
  asksAgain?(value: T, state: S): boolean | Promise<boolean>;
}

export function pickStep<S, T>(options: PickStepOptions<S, T>): WizardStep<S> {
  const same = options.same ?? ((a: T, b: T) => a === b);
  return choiceStep<S, T, T>(
    options,
    (state) => {
      const earlier = options.get?.(state);
      return earlier === undefined ? undefined : (value) => same(value, earlier);
    },
    (prompter, items, pickOptions) => prompter.pick(items, pickOptions),
    async (value, state) => {
      if (options.asksAgain && (await options.asksAgain(value, state))) return false;
      await options.set(state, value);
      return true;
    },
  );
}

export interface PickManyStepOptions<S, T> extends ChoiceStepOptions<S, T> {
  /** The earlier answer, selected when the person comes back; otherwise the items' own `picked`. */
  get?(state: S): readonly T[] | undefined;
  set(state: S, values: T[]): void | Promise<void>;
  /** Accept no choice at all; by default the question is asked again until something is chosen. */
  allowNone?: boolean;
}

export function pickManyStep<S, T>(options: PickManyStepOptions<S, T>): WizardStep<S> {
  const same = options.same ?? ((a: T, b: T) => a === b);
  return choiceStep<S, T, T[]>(
    options,
    (state) => {
      const earlier = options.get?.(state);
      return earlier === undefined ? undefined : (value) => earlier.some((e) => same(value, e));
    },
    (prompter, items, pickOptions) => prompter.pickMany(items, pickOptions),
    async (values, state) => {
      if (values.length === 0 && !options.allowNone) return false;
      await options.set(state, values);
      return true;
    },
  );
}

/**
 * What both choice steps do: mark the earlier answer (`chosen`, when there is one; otherwise the
 * items keep their own `picked`), ask, and ask again until `accept` takes the answer.
 */
function choiceStep<S, T, A>(
  options: ChoiceStepOptions<S, T>,
  chosen: (state: S) => ((value: T) => boolean) | undefined,
  ask: (prompter: Prompter, items: PickItem<T>[], pickOptions: PickOptions) => Promise<A | Back>,
  accept: (answer: A, state: S) => Promise<boolean>,
): WizardStep<S> {
  return {
    shouldPrompt: options.when ?? (() => true),
    review: options.review,
    async prompt(state, prompter, position) {
      const isChosen = chosen(state);
      const items = options.items(state).map((item) => (isChosen ? { ...item, picked: isChosen(item.value) } : item));
      for (;;) {
        const answer = await ask(prompter, items, { ...position, title: textOf(options.title, state), placeholder: textOf(options.placeholder, state) });
        if (answer === BACK) return BACK;
        if (await accept(answer, state)) return;
      }
    },
  };
}

/** Validation for optional text: empty means "none", anything else is trimmed and checked. */
export function optionalText(check: (text: string) => string | undefined): (text: string) => string | undefined {
  return (text) => (text.trim() === '' ? undefined : check(text.trim()));
}

/** What a wizard state holds for its optional texts: the answers, and what was given. */
interface OptionalTextState {
  programmatic: boolean;
  given: object;
}

/** The fields of the state that hold an optional text and can be given. */
type OptionalTextField<S extends OptionalTextState> = {
  [K in keyof S & keyof S['given']]-?: S[K] extends string | undefined ? K : never;
}[keyof S & keyof S['given']];

/**
 * The optional texts of one wizard (names, descriptions): each is asked only when a person runs
 * the wizard and nothing gave it; an empty answer means none, anything else is kept trimmed.
 * `problem` is the documented limit; `get` the text in the box, by default the earlier answer.
 */
export function optionalTextSteps<S extends OptionalTextState>(title: StepText<S>) {
  return (field: OptionalTextField<S>, prompt: StepText<S>, problem: (text: string) => string | undefined, get?: (state: S) => string | undefined): WizardStep<S> =>
    inputStep<S>({
      when: (s) => !s.programmatic && (s.given as Partial<S>)[field] === undefined,
      title,
      prompt,
      get: get ?? ((s) => s[field] as string | undefined),
      validate: optionalText(problem),
      set: (s, text) => {
        (s as Record<typeof field, string | undefined>)[field] = text.trim() || undefined;
      },
    });
}
