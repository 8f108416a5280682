// Before the extension changes something Terraform manages (modify, delete, add or remove its
// routes), the person hears it first: the change will show as drift in their code.

import * as vscode from 'vscode';
import { confirmed, type CommandContext } from '../shared/commandContext';
import { ownershipText } from '../../views/terraform/terraformWorkspace';

/**
 * Resolves to true when the change may go ahead: nothing in the workspace manages the resource,
 * the caller said `confirm: false`, or the person chose to continue.
 */
export async function proceedDespiteTerraform(
  context: CommandContext,
  resourceId: string,
  what: string,
  options: { confirm?: boolean } = {},
): Promise<boolean> {
  await context.terraform.ready();
  const owner = context.terraform.ownerOf(resourceId);
  if (!owner) return true;
  context.log.info(`${what} is managed by Terraform (${ownershipText(owner)})`);
  if (options.confirm === false) return true;
  return confirmed(
    context,
    vscode.l10n.t('{0} is managed by Terraform ({1}); the change will show as drift.', what, ownershipText(owner)),
    vscode.l10n.t('Change it in the Terraform code instead to keep code and cloud in step.'),
    vscode.l10n.t('Change It Anyway'),
  );
}
