// The questions a wizard asks, behind one small interface: the editor's QuickPick and InputBox
// (with a Back button) in normal use, and a scripted driver that answers from a list in tests —
// the same wizard code runs either way.

import type { UnfinishedWizards } from './unfinished';

export const BACK = Symbol('back');
export type Back = typeof BACK;

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  /** Selected (several) or the active item (one): the earlier answer when going back. */
  picked?: boolean;
}

export interface PickOptions {
  title: string;
  placeholder?: string;
  step?: number;
  totalSteps?: number;
  canGoBack: boolean;
  /** What went wrong the last time these answers were sent, shown above the choices or with the prompt. */
  problem?: string;
}

/** A button beside a pick's title that is an action, not an answer ("Add an access key…"). */
export interface PickButton {
  id: string;
  /** A codicon name. */
  icon: string;
  tooltip: string;
}

/** The person pressed one of the pick's buttons instead of answering. */
export interface ButtonPressed {
  pressed: string;
}

/** An input box has what a pick has (title, placeholder, step, Back, problem), and: */
export interface InputOptions extends PickOptions {
  prompt: string;
  value?: string;
  password?: boolean;
  /** Returns the problem with the value, or undefined when it is fine. */
  validate?: (value: string) => string | undefined;
}

export interface SaveOptions {
  title: string;
  /** The file offered: folder and name, an absolute path. */
  defaultPath: string;
  /** Name of the file type, and the extensions it may have (without the dot). */
  filters: Record<string, string[]>;
}

/** Thrown when the person closes a prompt: the wizard stops and nothing is done. */
export class WizardCancelled extends Error {
  override readonly name = 'WizardCancelled';
  constructor() {
    super('Cancelled');
  }
}

export interface Prompter {
  /** Answers of wizards this person left unfinished (closed, or failed before anything was sent). */
  readonly unfinished: UnfinishedWizards;
  pick<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T | Back>;
  pickMany<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T[] | Back>;
  /** Several, with actions as title buttons beside the choices (never as choices themselves). */
  pickManyOrPress<T>(items: readonly PickItem<T>[], options: PickOptions, buttons: readonly PickButton[]): Promise<T[] | Back | ButtonPressed>;
  input(options: InputOptions): Promise<string | Back>;
  /** A modal question; resolves to the chosen button's label, or undefined when dismissed. */
  confirm(message: string, detail: string, buttons: readonly string[]): Promise<string | undefined>;
  /** Where to save a file: its absolute path. Throws WizardCancelled when the dialog is closed. */
  saveLocation(options: SaveOptions): Promise<string>;
}
