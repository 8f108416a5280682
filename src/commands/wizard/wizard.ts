// A wizard is a list of small steps over one state object. Each step asks one question (or
// decides it has nothing to ask, e.g. because the arguments object already holds the value) and
// the person can go back to the previous step that asked something.
//
// Convention: `shouldPrompt` looks at what was GIVEN (the arguments object, the context), not at
// answers stored by earlier prompting — going Back re-asks a step even though its answer is set.

import { BACK, type Back, type Prompter } from './prompter';

export interface StepPosition {
  step: number;
  totalSteps: number;
  canGoBack: boolean;
}

export interface WizardStep<S> {
  /** False when this step has nothing to ask (its value was given, or it does not apply). */
  shouldPrompt(state: S): boolean;
  /** Asks and stores the answer in `state`; returns BACK when the person pressed Back. */
  prompt(state: S, prompter: Prompter, position: StepPosition): Promise<void | Back>;
}

/** Runs the steps in order with Back support; rejects with WizardCancelled when a prompt is closed. */
export async function runWizard<S>(steps: readonly WizardStep<S>[], state: S, prompter: Prompter): Promise<S> {
  const history: number[] = [];
  let index = 0;
  let revisiting = false;
  while (index < steps.length) {
    const step = steps[index];
    if (!revisiting && !step.shouldPrompt(state)) {
      index++;
      continue;
    }
    revisiting = false;
    const ahead = steps.slice(index + 1).filter((s) => s.shouldPrompt(state)).length;
    const result = await step.prompt(state, prompter, {
      step: history.length + 1,
      totalSteps: history.length + 1 + ahead,
      canGoBack: history.length > 0,
    });
    if (result === BACK) {
      const previous = history.pop();
      if (previous !== undefined) {
        index = previous;
        revisiting = true;
      }
      continue;
    }
    history.push(index);
    index++;
  }
  return state;
}
