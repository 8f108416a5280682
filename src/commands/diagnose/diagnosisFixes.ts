// Turning a diagnosis' fixes into actions: each finding with a fix becomes a QuickPick item that
// runs the command that fixes it (accept, add routes, delete and re-create, create), or, for a
// more specific route that takes the traffic elsewhere, deletes that one entry after a modal
// confirmation.

import * as vscode from 'vscode';
import { vpcTitle, type ConnectivityDiagnosis, type Finding, type Fix } from '../../model/diagnosis';
import { titleOf } from '../../model/resourceTitle';
import { failureLine } from '../../views/failureText';
import { confirmed, type CommandContext } from '../shared/commandContext';
import { runOperation } from '../operation/runOperation';
import { removeRoutes as deleteEntries } from '../routes/routeWrites';
import { WizardCancelled, type Back, type PickItem } from '../wizard/prompter';

export interface FixCommand {
  command: string;
  args: Record<string, unknown>;
}

/**
 * The command (and its arguments object) that carries out a fix, when there is one. A new
 * connection is requested with the profile that holds the requester VPC, when one does.
 */
export function fixCommands(fix: Fix, profileOfVpc: (vpcId: string) => string | undefined = () => undefined): FixCommand[] {
  const a = fix.args;
  const withProfile = (create: Record<string, unknown>) => {
    const profileId = profileOfVpc(String(create.vpcId));
    return profileId ? { profileId, ...create } : create;
  };
  switch (fix.action) {
    case 'accept':
      return [{ command: 'vpcPeering.acceptPeerConnection', args: { connectionId: a.connectionId } }];
    case 'addRoutes': {
      const side = String(a.side);
      return [
        {
          command: 'vpcPeering.addRoutes',
          args: { connectionId: a.connectionId, sides: [side], routeTableIds: { [side]: [a.routeTableId] }, destinations: { [side]: a.destinations } },
        },
      ];
    }
    case 'deleteAndRecreate': {
      const { connectionId, ...create } = a;
      return [
        { command: 'vpcPeering.deletePeerConnection', args: { connectionId } },
        { command: 'vpcPeering.createPeerConnection', args: withProfile({ ...create, review: true }) },
      ];
    }
    case 'createPeerConnection':
      return [{ command: 'vpcPeering.createPeerConnection', args: withProfile({ ...a, review: true }) }];
    case 'removeRoute':
    case 'wait':
      return [];
  }
}

/** Names the ids a fix carries (`name (id)`) from what the diagnosis read; other ids as they are. */
type ResourceNames = (id: string) => string;

function namesIn(diagnosis: ConnectivityDiagnosis): ResourceNames {
  const titles = new Map<string, string>();
  if (diagnosis.connection) titles.set(diagnosis.connection.id, titleOf(diagnosis.connection));
  for (const vpc of [diagnosis.a, diagnosis.b]) {
    titles.set(vpc.vpcId, vpcTitle(vpc));
    for (const table of vpc.routeTables ?? []) titles.set(table.id, titleOf(table));
    for (const entry of vpc.routeEntries ?? []) titles.set(entry.id, titleOf({ id: entry.id, name: entry.name || entry.destination }));
  }
  return (id) => titles.get(id) ?? id;
}

function fixLabel(fix: Fix, names: ResourceNames): string | undefined {
  const a = fix.args;
  const list = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join(', ') : names(value ?? ''));
  switch (fix.action) {
    case 'accept':
      return vscode.l10n.t('Accept {0}', list(a.connectionId));
    case 'addRoutes':
      return vscode.l10n.t('Add routes {0} → {1} in {2}', list(a.destinations), list(a.connectionId), list(a.routeTableId));
    case 'deleteAndRecreate':
      return vscode.l10n.t('Delete {0} and request a new connection', list(a.connectionId));
    case 'createPeerConnection':
      return vscode.l10n.t('Create a peer connection {0} → {1}', list(a.vpcId), list(a.acceptingVpcId));
    case 'removeRoute':
      return vscode.l10n.t('Remove route entry {0} from {1}', list(a.routeEntryId), list(a.routeTableId));
    case 'wait':
      return undefined;
  }
}

/** Fix items, valued by action (the first of each) or `action-2`, `action-3`, … */
export function fixItems(diagnosis: ConnectivityDiagnosis): Array<PickItem<string> & { finding: Finding }> {
  const items: Array<PickItem<string> & { finding: Finding }> = [];
  const seen = new Map<string, number>();
  const names = namesIn(diagnosis);
  for (const finding of diagnosis.findings) {
    if (!finding.fix) continue;
    const label = fixLabel(finding.fix, names);
    if (!label) continue;
    const count = (seen.get(finding.fix.action) ?? 0) + 1;
    seen.set(finding.fix.action, count);
    items.push({ label: `$(wrench) ${label}`, description: finding.title, detail: finding.detail, value: count === 1 ? finding.fix.action : `${finding.fix.action}-${count}`, finding });
  }
  return items;
}

/**
 * Offers the fixes and runs the one chosen. Resolves once it ran (or none was chosen); a failing
 * fix is shown, not thrown, so the diagnosis is still the command's result.
 */
export async function offerFixes(
  context: CommandContext,
  diagnosis: ConnectivityDiagnosis,
  owners: { table: TableOwner; vpc: (vpcId: string) => string | undefined },
  again: () => void,
): Promise<void> {
  const items = fixItems(diagnosis);
  if (items.length === 0) return;
  let chosen: string | Back;
  try {
    chosen = await context.prompter().pick([...items, { label: `$(close) ${vscode.l10n.t('Close')}`, value: 'close' }], {
      title: vscode.l10n.t('Fix: {0}', diagnosis.summary),
      placeholder: vscode.l10n.t('Run a fix, or close'),
      canGoBack: false,
    });
  } catch (error) {
    if (error instanceof WizardCancelled) return;
    throw error;
  }
  const item = items.find((i) => i.value === chosen);
  if (!item?.finding.fix) return;
  const fix = item.finding.fix;
  try {
    if (fix.action === 'removeRoute') {
      if (!(await removeOneRoute(context, fix, owners.table, namesIn(diagnosis)))) return;
    } else {
      for (const [index, step] of fixCommands(fix, owners.vpc).entries()) {
        if (index > 0 && !previousStepDone(context, fix)) return;
        await vscode.commands.executeCommand(step.command, step.args);
      }
    }
  } catch (error) {
    context.log.error(`fix ${fix.action} failed: ${failureLine(error)}`);
    void vscode.window.showErrorMessage(failureLine(error));
    return;
  }
  const diagnoseAgain = vscode.l10n.t('Diagnose Again');
  void vscode.window.showInformationMessage(vscode.l10n.t('Fix done: {0}', item.label.replace(/^\$\(wrench\) /, '')), diagnoseAgain).then((answer) => {
    if (answer === diagnoseAgain) again();
  });
}

/** For "delete and re-create": go on to create only once the old connection is going or gone. */
function previousStepDone(context: CommandContext, fix: Fix): boolean {
  const id = String(fix.args.connectionId);
  return context.store.findPeerConnection(id).every((copy) => copy.connection.status === 'Deleting' || copy.connection.status === 'Deleted');
}

/** Who can change a route table: the profile, and the VPC whose details to read again. */
export type TableOwner = (routeTableId: string) => { profileId: string; regionId: string; vpcId: string } | undefined;

/** Deletes the one route entry that diverts the traffic, after a modal confirmation. */
async function removeOneRoute(context: CommandContext, fix: Fix, tableOwner: TableOwner, names: ResourceNames): Promise<boolean> {
  const routeTableId = String(fix.args.routeTableId);
  const routeEntryId = String(fix.args.routeEntryId);
  const regionId = String(fix.args.regionId);
  const owner = tableOwner(routeTableId);
  if (!owner) throw new Error(vscode.l10n.t('No active profile can change route table {0}.', names(routeTableId)));
  const profileId = owner.profileId;
  const question = vscode.l10n.t('Remove route entry {0} from {1}?', names(routeEntryId), names(routeTableId));
  if (!(await confirmed(context, question, vscode.l10n.t('Traffic it carries follows the less specific routes of the table afterwards.'), vscode.l10n.t('Remove')))) return false;
  const outcome = await runOperation(vscode.l10n.t('Removing route entry {0}', names(routeEntryId)), (control) =>
    deleteEntries(
      context,
      [{ side: 'requester', accountUid: '', regionId, vpcId: owner.vpcId, routeTableId, routeEntryId, destination: '', nextHopType: '', nextHopId: '', name: '', description: '', sharedWithOtherNextHops: false }],
      () => profileId,
      control,
    ),
  );
  await context.store.loadVpcDetails(owner.profileId, owner.regionId, owner.vpcId).catch(() => undefined);
  if (outcome.failures.length > 0) throw outcome.failures[0].error;
  return true;
}
