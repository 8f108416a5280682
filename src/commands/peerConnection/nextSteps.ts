// What a person is offered once a connection has changed: "Add Routes…" when it is active (routes
// on both sides make it carry traffic), and running the command a message's button offers.

import * as vscode from 'vscode';
import { failureLine } from '../../views/failureText';

/** "… is active" with an "Add Routes…" button. */
export async function announceActive(title: string, connectionId: string): Promise<void> {
  const addRoutes = vscode.l10n.t('Add Routes…');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} is active. Add routes on both sides so traffic can flow.', title), addRoutes);
  if (answer === addRoutes) await runFollowUp('vpcPeering.addRoutes', { connectionId });
}

/**
 * Runs a command a message's button offered. Run with an arguments object, a command leaves
 * showing its failure to its caller: this shows it.
 */
export async function runFollowUp(command: string, args: Record<string, unknown>): Promise<void> {
  try {
    await vscode.commands.executeCommand(command, args);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationCancelled') return;
    void vscode.window.showErrorMessage(failureLine(error));
  }
}
