// Route changes on a side nobody here holds a profile for: the owner of that account has to make
// them. The sentence and the exact `aliyun` commands open in an untitled Markdown document (the
// route table placeholder can be filled in there) and a notification offers to copy the commands.

import * as vscode from 'vscode';
import type { OwnerInstructions } from '../../model/routeCli';
import { renderOwnerInstructionsMarkdown } from '../../model/routePlanMarkdown';
import { showUntitledMarkdown } from '../shared/reportDocument';

/** Opens the instructions and offers "Copy"; resolves once the document is open (not on the button). */
export async function showOwnerInstructions(title: string, items: readonly OwnerInstructions[]): Promise<vscode.TextDocument | undefined> {
  const relevant = items.filter((item) => item.commands.length > 0);
  if (relevant.length === 0) return undefined;
  const document = await showUntitledMarkdown(renderOwnerInstructionsMarkdown(title, relevant));
  const copy = vscode.l10n.t('Copy Commands');
  const accounts = [...new Set(relevant.map((item) => item.accountUid))].join(', ');
  void vscode.window.showInformationMessage(vscode.l10n.t('The owner of account {0} must make these route changes; the commands are in the document beside.', accounts), copy).then(async (answer) => {
    if (answer === copy) await vscode.env.clipboard.writeText(relevant.flatMap((item) => [`# ${item.summary}`, ...item.commands]).join('\n'));
  });
  return document;
}
