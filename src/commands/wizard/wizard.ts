// A wizard is a list of small prompt steps over one state object, then execute steps that make
// the change. Each prompt step asks one question (or decides it has nothing to ask, e.g. because
// the arguments object already holds the value) and the person can go back to the previous step
// that asked something. The execute steps run as one operation: one ClientToken, one cancellable
// progress. When the service refuses the request before anything was sent, the wizard returns to
// its review with the refusal shown there and every answer kept, so one value can be fixed and
// the request tried again. A wizard closed or stopped before anything was sent keeps its answers
// (per prompter), and the next run offers to continue where it left off.
//
// Convention: `shouldPrompt` looks at what was GIVEN (the arguments object, the context), not at
// answers stored by earlier prompting — going Back re-asks a step even though its answer is set.
//
// No vscode here: the editor's progress, texts and error policy come in through WizardServices.

import { OperationCancelled, type OperationControl } from '../operation/operationControl';
import { BACK, type Back, type Prompter } from './prompter';

export interface StepPosition {
  step: number;
  totalSteps: number;
  canGoBack: boolean;
  /** On the review after a failed execute phase: what the service said, in full. */
  problem?: string;
}

export interface WizardStep<S> {
  /** False when this step has nothing to ask (its value was given, or it does not apply). */
  shouldPrompt(state: S): boolean;
  /** Asks and stores the answer in `state`; returns BACK when the person pressed Back. */
  prompt(state: S, prompter: Prompter, position: StepPosition): Promise<void | Back>;
  /** The review: a refused execute phase comes back here, with the refusal shown. */
  readonly review?: boolean;
}

export interface ExecuteStep<S> {
  /** False when these answers leave this step nothing to do. */
  shouldExecute?(state: S): boolean;
  /** The progress line while it runs. */
  progress?(state: S): string;
  execute(state: S, control: OperationControl): Promise<void>;
}

export interface Wizard<S> {
  promptSteps: readonly WizardStep<S>[];
  executeSteps?: readonly ExecuteStep<S>[];
  /** The progress title of the execute phase. */
  operationTitle?(state: S): string;
  /** Keeps unfinished answers under this key and offers to continue them; none: nothing is kept. */
  unfinishedKey?: string;
  /** The title of the "continue where you left off" question. */
  title?: string;
}

/** Runs the execute phase as one operation (one ClientToken, a cancellable progress). */
export type OperationRunner = <T>(title: string, work: (control: OperationControl) => Promise<T>) => Promise<T>;

export interface WizardServices {
  prompter: Prompter;
  runOperation: OperationRunner;
  /**
   * The failure in full when the person can fix it on the review (a refusal by the service);
   * undefined ends the wizard with the error.
   */
  revisable(error: unknown): string | undefined;
  /** Asks whether to continue an unfinished run (true) or start over (false). */
  offerContinue(prompter: Prompter, title: string | undefined): Promise<boolean>;
}

/** Where the prompt phase is: the step to ask, the steps that asked (for Back). */
interface Cursor {
  index: number;
  history: number[];
  /** The step at `index` is asked even if it would be skipped now (reached by Back). */
  revisiting: boolean;
}

/** Runs the prompt steps, then the execute steps; rejects with WizardCancelled when a prompt is closed. */
export async function runWizard<S extends object>(wizard: Wizard<S>, state: S, services: WizardServices): Promise<S> {
  const { prompter } = services;
  const key = wizard.unfinishedKey;
  const cursor: Cursor = { index: 0, history: [], revisiting: false };
  const earlier = key ? prompter.unfinished.get(key) : undefined;
  if (key && earlier) {
    if (await services.offerContinue(prompter, wizard.title)) {
      Object.assign(state, earlier.state);
      Object.assign(cursor, { index: earlier.index, history: [...earlier.history], revisiting: true });
    }
    prompter.unfinished.forget(key);
  }
  /** Keeps the answers when the person answered something; `index` is where to continue. */
  const remember = (index: number, history: number[]) => {
    if (key && cursor.history.length > 0) prompter.unfinished.remember(key, { state, index, history: [...history] });
  };

  let problem: string | undefined;
  for (;;) {
    try {
      await promptPhase(wizard.promptSteps, state, prompter, cursor, problem);
    } catch (error) {
      remember(cursor.index, cursor.history);
      throw error;
    }
    const executeSteps = wizard.executeSteps ?? [];
    const applies = (step: ExecuteStep<S>) => !step.shouldExecute || step.shouldExecute(state);
    if (!executeSteps.some(applies)) {
      if (key) prompter.unfinished.forget(key);
      return state;
    }

    let sent = false;
    try {
      await services.runOperation(wizard.operationTitle?.(state) ?? '', async (control) => {
        const tracked: OperationControl = {
          signal: control.signal,
          clientToken: control.clientToken,
          report: (message) => control.report(message),
          markSent: () => {
            sent = true;
            control.markSent();
          },
        };
        for (const step of executeSteps) {
          if (!applies(step)) continue;
          const line = step.progress?.(state);
          if (line) control.report(line);
          await step.execute(state, tracked);
        }
      });
      if (key) prompter.unfinished.forget(key);
      return state;
    } catch (error) {
      const reachedCloud = sent || (error instanceof OperationCancelled && error.sent);
      const at = lastReview(wizard.promptSteps, cursor.history);
      problem = !reachedCloud && at !== undefined ? services.revisable(error) : undefined;
      if (problem === undefined || at === undefined) {
        if (!reachedCloud) {
          const resume = at ?? cursor.history.length - 1;
          remember(cursor.history[resume] ?? 0, cursor.history.slice(0, resume));
        }
        throw error;
      }
      Object.assign(cursor, { index: cursor.history[at], history: cursor.history.slice(0, at), revisiting: true });
    }
  }
}

/** The position in `history` of the last review step that asked, if any. */
function lastReview<S>(steps: readonly WizardStep<S>[], history: readonly number[]): number | undefined {
  for (let at = history.length - 1; at >= 0; at--) if (steps[history[at]].review) return at;
  return undefined;
}

async function promptPhase<S>(steps: readonly WizardStep<S>[], state: S, prompter: Prompter, cursor: Cursor, problem: string | undefined): Promise<void> {
  let shown = problem;
  while (cursor.index < steps.length) {
    const step = steps[cursor.index];
    if (!cursor.revisiting && !step.shouldPrompt(state)) {
      cursor.index++;
      continue;
    }
    cursor.revisiting = false;
    const ahead = steps.slice(cursor.index + 1).filter((s) => s.shouldPrompt(state)).length;
    const result = await step.prompt(state, prompter, {
      step: cursor.history.length + 1,
      totalSteps: cursor.history.length + 1 + ahead,
      canGoBack: cursor.history.length > 0,
      problem: shown,
    });
    shown = undefined;
    if (result === BACK) {
      const previous = cursor.history.pop();
      if (previous !== undefined) {
        cursor.index = previous;
        cursor.revisiting = true;
      }
      continue;
    }
    cursor.history.push(cursor.index);
    cursor.index++;
  }
}
