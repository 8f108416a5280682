// Runs a command's wizard in the editor: the prompter of the moment, the execute phase under
// runOperation's progress, a refusal by the service (or a value the request check refuses) sent
// back to the review in full, and the "continue where you left off" question.

import * as vscode from 'vscode';
import { isCloudError } from '../../cloud/errors';
import { failureLine } from '../../views/failureText';
import { runOperation } from '../operation/runOperation';
import { ArgumentError } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import type { Prompter } from './prompter';
import { runWizard, type Wizard } from './wizard';

/** Where a command keeps its unfinished answers: per command and per way it was started. */
export function unfinishedKey(commandId: string, given: unknown): string {
  return `${commandId} ${JSON.stringify(given ?? {})}`;
}

async function offerContinue(prompter: Prompter, title: string | undefined): Promise<boolean> {
  const choice = await prompter.pick(
    [
      { label: vscode.l10n.t('Continue where you left off'), detail: vscode.l10n.t('Your earlier answers are filled in'), value: true },
      { label: vscode.l10n.t('Start over'), value: false },
    ],
    { title: title ?? vscode.l10n.t('VPC Peering'), placeholder: vscode.l10n.t('You left this unfinished'), canGoBack: false },
  );
  return choice === true;
}

export function runCommandWizard<S extends object>(context: CommandContext, wizard: Wizard<S>, state: S): Promise<S> {
  return runWizard(wizard, state, {
    prompter: context.prompter(),
    runOperation: (title, work) => runOperation(title, work),
    revisable: (error) => (isCloudError(error) || error instanceof ArgumentError ? failureLine(error) : undefined),
    offerContinue,
  });
}
