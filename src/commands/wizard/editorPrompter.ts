// Prompts in the editor: QuickPick and InputBox with a Back button on every step after the
// first, validation as the person types, and Escape cancelling the whole wizard.

import * as vscode from 'vscode';
import { BACK, type Back, type InputOptions, type PickItem, type PickOptions, type Prompter, type SaveOptions, WizardCancelled } from './prompter';
import { UnfinishedWizards } from './unfinished';

/** The first line of a pick that shows what went wrong last time; choosing it does nothing. */
const PROBLEM = Symbol('problem');

export class EditorPrompter implements Prompter {
  readonly unfinished = new UnfinishedWizards();

  pick<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T | Back> {
    return this.showPick(items, options, false).then((r) => (r === BACK ? BACK : (r[0] as T)));
  }

  pickMany<T>(items: readonly PickItem<T>[], options: PickOptions): Promise<T[] | Back> {
    return this.showPick(items, options, true);
  }

  input(options: InputOptions): Promise<string | Back> {
    const box = vscode.window.createInputBox();
    box.title = options.title;
    box.prompt = options.problem ? `$(error) ${options.problem} — ${options.prompt}` : options.prompt;
    box.value = options.value ?? '';
    box.placeholder = options.placeholder;
    box.password = options.password ?? false;
    box.step = options.step;
    box.totalSteps = options.totalSteps;
    box.ignoreFocusOut = true;
    box.buttons = options.canGoBack ? [vscode.QuickInputButtons.Back] : [];
    return new Promise<string | Back>((resolve, reject) => {
      let settled = false;
      const finish = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
        box.dispose();
      };
      box.onDidChangeValue((value) => {
        box.validationMessage = options.validate?.(value);
      });
      box.onDidAccept(() => {
        const problem = options.validate?.(box.value);
        if (problem) {
          box.validationMessage = problem;
          return;
        }
        finish(() => resolve(box.value));
      });
      box.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) finish(() => resolve(BACK));
      });
      box.onDidHide(() => finish(() => reject(new WizardCancelled())));
      box.show();
      if (box.value) box.validationMessage = options.validate?.(box.value);
    });
  }

  async confirm(message: string, detail: string, buttons: readonly string[]): Promise<string | undefined> {
    return vscode.window.showWarningMessage(message, { modal: true, detail }, ...buttons);
  }

  async saveLocation(options: SaveOptions): Promise<string> {
    const uri = await vscode.window.showSaveDialog({ title: options.title, defaultUri: vscode.Uri.file(options.defaultPath), filters: options.filters });
    if (!uri) throw new WizardCancelled();
    return uri.fsPath;
  }

  private showPick<T>(items: readonly PickItem<T>[], options: PickOptions, many: boolean): Promise<T[] | Back> {
    type Item = vscode.QuickPickItem & { value: T | typeof PROBLEM };
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.step = options.step;
    pick.totalSteps = options.totalSteps;
    pick.canSelectMany = many;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.buttons = options.canGoBack ? [vscode.QuickInputButtons.Back] : [];
    const quickItems: Item[] = items.map((i) => ({ label: i.label, description: i.description, detail: i.detail, value: i.value }));
    // The refusal heads the list in full (a pick has no message line of its own).
    const problem: Item[] = options.problem && !many ? [{ label: `$(error) ${options.problem.split('. ')[0]}`, detail: options.problem, alwaysShow: true, value: PROBLEM }] : [];
    pick.items = [...problem, ...quickItems];
    if (many) pick.selectedItems = quickItems.filter((_, index) => items[index].picked);
    else {
      const active = quickItems.filter((_, index) => items[index].picked);
      if (active.length > 0) pick.activeItems = active.slice(0, 1);
    }
    return new Promise<T[] | Back>((resolve, reject) => {
      let settled = false;
      const finish = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
        pick.dispose();
      };
      pick.onDidAccept(() => {
        const chosen = (many ? pick.selectedItems : pick.activeItems.slice(0, 1)).filter((c) => c.value !== PROBLEM);
        if (!many && chosen.length === 0) return;
        finish(() => resolve(chosen.map((c) => c.value as T)));
      });
      pick.onDidTriggerButton((button) => {
        if (button === vscode.QuickInputButtons.Back) finish(() => resolve(BACK));
      });
      pick.onDidHide(() => finish(() => reject(new WizardCancelled())));
      pick.show();
    });
  }
}
