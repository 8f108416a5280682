// Answers prompts from a script, for tests: each answer is consumed by the next prompt, and a
// prompt that gets an answer of the wrong kind, or no answer, fails loudly with what it asked.
// Validation runs on scripted input exactly as on typed input, so tests can check that a bad
// value is refused with the documented limit in the message.

import { BACK, type Back, type ButtonPressed, type InputOptions, type PickButton, type PickItem, type PickOptions, type Prompter, type SaveOptions, WizardCancelled } from './prompter';
import { UnfinishedWizards } from './unfinished';

export type ScriptedAnswer =
  | { pick: string } // the label (or value, when it is a string) to choose
  | { pickMany: string[] }
  | { press: string } // a pick's title button, by its id
  | { input: string }
  | { back: true }
  | { escape: true } // closes the prompt, as Escape does
  | { confirm: string | undefined }
  | { save: string }; // the absolute path chosen in a save dialog

export interface PromptRecord {
  kind: 'pick' | 'pickMany' | 'input' | 'confirm' | 'save';
  title: string;
  /** For input: the validation message the answer got, if it was refused. */
  refused?: string;
  /** For input: the text the box held when it opened; for save: the path offered; for confirm: its detail. */
  value?: string;
  /** For picks: the labels selected (or highlighted) when the prompt opened. */
  preselected?: string[];
  /** For picks: the labels of every choice offered; for confirm: its buttons. */
  offered?: string[];
  /** What went wrong the last time, as the prompt showed it. */
  problem?: string;
  /** For picks with title buttons: their ids. */
  buttons?: string[];
}

export class ScriptedPrompter implements Prompter {
  readonly asked: PromptRecord[] = [];
  readonly unfinished = new UnfinishedWizards();

  constructor(private readonly answers: ScriptedAnswer[]) {}

  get remaining(): number {
    return this.answers.length;
  }

  async pick<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T | Back> {
    this.asked.push({ kind: 'pick', title: options.title, preselected: preselected(items), offered: items.map((i) => i.label), problem: options.problem });
    const answer = this.next('pick', options.title);
    if ('back' in answer) return BACK;
    if (!('pick' in answer)) throw new Error(`"${options.title}" asked to pick one, the script says ${JSON.stringify(answer)}`);
    return findItem(items, answer.pick, options.title).value;
  }

  async pickMany<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T[] | Back> {
    this.asked.push({ kind: 'pickMany', title: options.title, preselected: preselected(items), problem: options.problem });
    const answer = this.next('pickMany', options.title);
    if ('back' in answer) return BACK;
    if (!('pickMany' in answer)) throw new Error(`"${options.title}" asked to pick several, the script says ${JSON.stringify(answer)}`);
    return answer.pickMany.map((wanted) => findItem(items, wanted, options.title).value);
  }

  async pickManyOrPress<T>(items: readonly PickItem<T>[], options: PickOptions, buttons: readonly PickButton[]): Promise<T[] | Back | ButtonPressed> {
    const ids = buttons.map((b) => b.id);
    if (this.answers[0] && 'press' in this.answers[0]) {
      const { press } = this.answers.shift() as { press: string };
      this.asked.push({ kind: 'pickMany', title: options.title, preselected: preselected(items), problem: options.problem, buttons: ids });
      if (!ids.includes(press)) throw new Error(`"${options.title}" has no button "${press}" (has: ${ids.join(', ')})`);
      return { pressed: press };
    }
    const answer = await this.pickMany(items, options);
    this.asked[this.asked.length - 1].buttons = ids;
    return answer;
  }

  async input(options: InputOptions): Promise<string | Back> {
    const record: PromptRecord = { kind: 'input', title: options.title, value: options.value, problem: options.problem };
    this.asked.push(record);
    const answer = this.next('input', options.title);
    if ('back' in answer) return BACK;
    if (!('input' in answer)) throw new Error(`"${options.title}" asked for text, the script says ${JSON.stringify(answer)}`);
    const problem = options.validate?.(answer.input);
    if (problem) {
      record.refused = problem;
      // A refused password is never repeated in the error (it may end up in the log).
      throw new InputRefused(options.title, options.password ? '••••' : answer.input, problem);
    }
    return answer.input;
  }

  async confirm(message: string, detail: string, buttons: readonly string[]): Promise<string | undefined> {
    this.asked.push({ kind: 'confirm', title: message, value: detail, offered: [...buttons] });
    if (this.answers[0] && 'escape' in this.answers[0]) {
      this.answers.shift();
      return undefined; // a dismissed dialog
    }
    const answer = this.next('confirm', message);
    if (!('confirm' in answer)) throw new Error(`"${message}" asked to confirm, the script says ${JSON.stringify(answer)}`);
    return answer.confirm;
  }

  async saveLocation(options: SaveOptions): Promise<string> {
    this.asked.push({ kind: 'save', title: options.title, value: options.defaultPath });
    const answer = this.next('save', options.title);
    if (!('save' in answer)) throw new Error(`"${options.title}" asked where to save, the script says ${JSON.stringify(answer)}`);
    return answer.save;
  }

  private next(kind: string, title: string): Exclude<ScriptedAnswer, { escape: true }> {
    const answer = this.answers.shift();
    if (!answer) throw new Error(`no scripted answer left for ${kind} "${title}"`);
    if ('escape' in answer) throw new WizardCancelled();
    return answer;
  }
}

/** A scripted value that the prompt's validation refused (as a person would see it refused). */
export class InputRefused extends Error {
  override readonly name = 'InputRefused';
  constructor(
    readonly title: string,
    readonly value: string,
    readonly problem: string,
  ) {
    super(`"${title}" refused ${JSON.stringify(value)}: ${problem}`);
  }
}

function preselected<T>(items: readonly PickItem<T>[]): string[] | undefined {
  const labels = items.filter((i) => i.picked).map((i) => i.label);
  return labels.length > 0 ? labels : undefined;
}

function findItem<T>(items: readonly PickItem<T>[], wanted: string, title: string): PickItem<T> {
  const item = items.find((i) => i.label === wanted || (typeof i.value === 'string' && i.value === wanted));
  if (!item) throw new Error(`"${title}" has no item "${wanted}" (has: ${items.map((i) => i.label).join(', ')})`);
  return item;
}
