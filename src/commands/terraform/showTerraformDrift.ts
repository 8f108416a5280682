// "Show Terraform Drift": compares the workspace's Terraform (code and local state) with the live
// inventory and opens the report rendered. Resolves to { managed, unmanaged, missing,
// differences }. Run without an arguments object, it then offers each finding's fix: export an
// unmanaged connection as HCL with its import block into a file the person picks, open the block
// of a difference, or re-create a missing connection from what state remembers of it. Arguments
// object { fix?: true } lists the fixes at once (through the prompts), for a keybinding or a test.

import * as vscode from 'vscode';
import type { DriftReport } from '../../terraform/workspace/findDrift';
import { argumentsObject, optionalBoolean } from '../shared/arguments';
import type { CommandContext, CommandDefinition } from '../shared/commandContext';
import { showReport } from '../shared/reportDocument';
import { offerDriftFixes, pickDriftFix } from './driftFixes';
import { terraformExport } from './terraformExport';

export const showTerraformDrift: CommandDefinition = {
  id: 'vpcPeering.showTerraformDrift',
  async run(context, argument): Promise<DriftReport> {
    const args = argumentsObject(argument);
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Comparing Terraform with what is live…') },
      () => driftOf(context),
    );
    const markdown = terraformExport().driftMarkdown({
      report,
      snapshot: context.store.snapshot(),
      generatedAt: new Date().toLocaleString(),
      relativePath: (file) => vscode.workspace.asRelativePath(file),
      filesRead: context.terraform.filesRead,
      problems: context.terraform.problems,
    });
    await showReport(context, 'terraform/drift.md', markdown, { preview: true });
    context.log.info(`Terraform drift: ${report.managed.length} managed, ${report.missing.length} missing, ${report.differences.length} differences, ${report.unmanaged.length} unmanaged`);
    if (optionalBoolean(args, 'fix')) await pickDriftFix(context, report);
    else if (!args) void offerDriftFixes(context, report);
    return report;
  },
};

async function driftOf(context: CommandContext): Promise<DriftReport> {
  await context.store.whenIdle();
  const index = await context.terraform.rescan();
  return terraformExport().findDrift(index, context.store.snapshot());
}
