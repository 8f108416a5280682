// The answers of wizards left unfinished — closed with Escape, or stopped by an error before
// anything was sent — kept in memory per wizard, so that running the command again can offer to
// continue where the person left off. Held by the prompter: each person at the keyboard (or each
// test script) has their own.

export interface UnfinishedWizard {
  /** The answers so far (the wizard's state object). */
  state: unknown;
  /** The steps that asked something, in order (for Back). */
  history: number[];
  /** The step to ask next. */
  index: number;
}

export class UnfinishedWizards {
  private readonly saved = new Map<string, UnfinishedWizard>();

  remember(key: string, unfinished: UnfinishedWizard): void {
    this.saved.set(key, unfinished);
  }

  get(key: string): UnfinishedWizard | undefined {
    return this.saved.get(key);
  }

  forget(key: string): void {
    this.saved.delete(key);
  }
}
