// Prompts in the editor: QuickPick and InputBox with a Back button on every step after the
// first, validation as the person types, and Escape cancelling the whole wizard.

import * as vscode from 'vscode';
import { BACK, type Back, type ButtonPressed, type InputOptions, type PickButton, type PickItem, type PickOptions, type Prompter, type SaveOptions, WizardCancelled } from './prompter';
import { UnfinishedWizards } from './unfinished';

/** The first line of a pick that shows what went wrong last time; choosing it does nothing. */
const PROBLEM = Symbol('problem');

export class EditorPrompter implements Prompter {
  readonly unfinished = new UnfinishedWizards();

  pick<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T | Back> {
    return this.showPick(items, options, false).then((r) => (r === BACK ? BACK : ((r as T[])[0] as T)));
  }

  pickMany<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T[] | Back> {
    return this.showPick(items, options, true) as Promise<T[] | Back>;
  }

  pickManyOrPress<T>(items: readonly PickItem<T>[], options: PickOptions, buttons: readonly PickButton[]): Promise<T[] | Back | ButtonPressed> {
    return this.showPick(items, options, true, buttons);
  }

  input(options: InputOptions): Promise<string | Back> {
    const box = vscode.window.createInputBox();
    setUpStep(box, options);
    box.prompt = options.problem ? `$(error) ${options.problem} — ${options.prompt}` : options.prompt;
    box.value = options.value ?? '';
    box.password = options.password ?? false;
    box.onDidChangeValue((value) => {
      box.validationMessage = options.validate?.(value);
    });
    const answer = untilAnswered(box, () => {
      const problem = options.validate?.(box.value);
      if (problem) box.validationMessage = problem;
      return problem ? undefined : box.value;
    });
    if (box.value) box.validationMessage = options.validate?.(box.value);
    return answer;
  }

  async confirm(message: string, detail: string, buttons: readonly string[]): Promise<string | undefined> {
    return vscode.window.showWarningMessage(message, { modal: true, detail }, ...buttons);
  }

  async saveLocation(options: SaveOptions): Promise<string> {
    const uri = await vscode.window.showSaveDialog({ title: options.title, defaultUri: vscode.Uri.file(options.defaultPath), filters: options.filters });
    if (!uri) throw new WizardCancelled();
    return uri.fsPath;
  }

  private showPick<T>(items: readonly PickItem<T>[], options: PickOptions, many: boolean, buttons: readonly PickButton[] = []): Promise<T[] | Back | ButtonPressed> {
    type Item = vscode.QuickPickItem & { value: T | typeof PROBLEM };
    const pick = vscode.window.createQuickPick<Item>();
    setUpStep(pick, options);
    const actions = buttons.map((b) => ({ id: b.id, iconPath: new vscode.ThemeIcon(b.icon), tooltip: b.tooltip }));
    pick.buttons = [...pick.buttons, ...actions];
    pick.canSelectMany = many;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    const quickItems: Item[] = items.map((i) => ({ label: i.label, description: i.description, detail: i.detail, value: i.value }));
    // The refusal heads the list in full (a pick has no message line of its own).
    const problem: Item[] = options.problem && !many ? [{ label: `$(error) ${options.problem.split('. ')[0]}`, detail: options.problem, alwaysShow: true, value: PROBLEM }] : [];
    pick.items = [...problem, ...quickItems];
    if (many) pick.selectedItems = quickItems.filter((_, index) => items[index].picked);
    else {
      const active = quickItems.filter((_, index) => items[index].picked);
      if (active.length > 0) pick.activeItems = active.slice(0, 1);
    }
    return untilAnswered<T[] | ButtonPressed>(
      pick,
      () => {
        const chosen = (many ? pick.selectedItems : pick.activeItems.slice(0, 1)).filter((c) => c.value !== PROBLEM);
        return !many && chosen.length === 0 ? undefined : chosen.map((c) => c.value as T);
      },
      (button) => {
        const action = actions.find((a) => a === button);
        return action && { pressed: action.id };
      },
    );
  }
}

/** What every step shows alike: its title and place in the wizard, and Back after the first. */
function setUpStep(prompt: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, options: PickOptions): void {
  prompt.title = options.title;
  prompt.placeholder = options.placeholder;
  prompt.step = options.step;
  prompt.totalSteps = options.totalSteps;
  // A wizard loses every answer when it closes: a click elsewhere in the editor must not close it.
  prompt.ignoreFocusOut = true;
  prompt.buttons = options.canGoBack ? [vscode.QuickInputButtons.Back] : [];
}

/**
 * Shows the prompt until it is answered: `accepted` reads the answer (undefined keeps the prompt
 * open), Back answers BACK, another title button answers what `pressed` makes of it, and hiding it (Escape) cancels the wizard. Only the first of these
 * counts (disposing the prompt hides it too); then the prompt is disposed.
 */
function untilAnswered<R>(
  prompt: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox,
  accepted: () => R | undefined,
  pressed: (button: vscode.QuickInputButton) => R | undefined = () => undefined,
): Promise<R | Back> {
  return new Promise<R | Back>((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      prompt.dispose();
    };
    prompt.onDidAccept(() => {
      const answer = accepted();
      if (answer !== undefined) finish(() => resolve(answer));
    });
    prompt.onDidTriggerButton((button) => {
      if (button === vscode.QuickInputButtons.Back) finish(() => resolve(BACK));
      const answer = pressed(button);
      if (answer !== undefined) finish(() => resolve(answer));
    });
    prompt.onDidHide(() => finish(() => reject(new WizardCancelled())));
    prompt.show();
  });
}
