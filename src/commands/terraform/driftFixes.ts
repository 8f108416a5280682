// The fix each drift finding offers, picked from a list after the report: export an unmanaged
// connection with its import block into a Terraform file, open the block of a difference, or
// re-create a connection deleted outside Terraform from what state remembers of it.

import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { terraformExport } from './terraformExport';
import type { DriftReport } from '../../terraform/workspace/findDrift';
import { confirmed, type CommandContext } from '../shared/commandContext';
import { loadedTitle } from '../shared/resourceText';
import { BACK } from '../wizard/prompter';
import { countText } from '../../views/explorer/countText';
import { accountAccess, regionNames } from './accountAccess';

interface Fix {
  label: string;
  detail: string;
  apply(): Promise<unknown>;
}

/** After the report: a notice with "Fix…", which lists the fixes. */
export async function offerDriftFixes(context: CommandContext, report: DriftReport): Promise<void> {
  const count = fixesFor(context, report).length;
  if (!count) return;
  const fix = vscode.l10n.t('Fix…');
  const choice = await vscode.window.showInformationMessage(countText(count, vscode.l10n.t('1 Terraform finding can be fixed from here.'), vscode.l10n.t('{0} Terraform findings can be fixed from here.', count)), fix);
  if (choice === fix) await pickDriftFix(context, report);
}

/** The list of fixes, through the Prompter (so a script can choose one too); resolves to the fix applied. */
export async function pickDriftFix(context: CommandContext, report: DriftReport): Promise<string | undefined> {
  const fixes = fixesFor(context, report);
  if (!fixes.length) return undefined;
  const items = fixes.map((f) => ({ label: f.label, detail: f.detail, value: f }));
  const picked = await context.prompter().pick(items, { title: vscode.l10n.t('Fix a Terraform finding'), canGoBack: false });
  if (picked === BACK) return undefined;
  await picked.apply();
  return picked.label;
}

function fixesFor(context: CommandContext, report: DriftReport): Fix[] {
  const snapshot = context.store.snapshot();
  const connections = new Map(snapshot.regions.flatMap((r) => r.peerConnections).map((c) => [c.id, c]));
  const label = (id: string) => {
    const c = connections.get(id);
    return c?.name ? `${c.name} (${id})` : id;
  };
  const fixes: Fix[] = [];
  for (const missing of report.missing) {
    const owner = missing.id ? context.terraform.ownerOf(missing.id) : undefined;
    const state = owner?.state?.attributes;
    if (!state || owner?.type !== 'alicloud_vpc_peer_connection') continue;
    fixes.push({
      label: `$(add) ${vscode.l10n.t('Re-create {0}', String(state.peer_connection_name || missing.address))}`,
      detail: vscode.l10n.t('Deleted outside Terraform; state remembers {0} → {1}', String(state.vpc_id), String(state.accepting_vpc_id)),
      apply: () => recreate(context, state),
    });
  }
  for (const difference of report.differences) {
    fixes.push({
      label: `$(go-to-file) ${vscode.l10n.t('Open {0}', difference.address)}`,
      detail: vscode.l10n.t('{0}: {1} in code or state, {2} live — {3}', difference.attribute, difference.code, difference.live, label(difference.id)),
      apply: async () => {
        await vscode.commands.executeCommand('vpcPeering.goToTerraform', { resourceId: difference.id });
      },
    });
  }
  for (const id of report.unmanaged.filter((u) => connections.has(u))) {
    fixes.push({
      label: `$(export) ${vscode.l10n.t('Export {0} as HCL with its import block', label(id))}`,
      detail: vscode.l10n.t('Appends the connection and its routes to a Terraform file you pick'),
      apply: () => appendExport(context, id),
    });
  }
  return fixes;
}

async function appendExport(context: CommandContext, connectionId: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
  const picked = vscode.Uri.file(
    await context.prompter().saveLocation({
      title: vscode.l10n.t('Add to which Terraform file?'),
      defaultPath: path.join(folder, 'main.tf'),
      filters: { Terraform: ['tf'] },
    }),
  );
  let existing = '';
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked));
  } catch {
    // a new file
  }
  const snapshot = context.store.snapshot();
  const { buildTerraformPlan, renderHcl } = terraformExport();
  const plan = buildTerraformPlan({ snapshot, access: accountAccess(context, snapshot), regionName: regionNames(context), connectionIds: [connectionId], includeRoutes: true, importBlocks: true });
  const declared = new Set([...existing.matchAll(/alias\s*=\s*"([^"]+)"/g)].map((m) => m[1]));
  const missingProviders = new Set(plan.providers.map((p) => p.alias).filter((alias) => !declared.has(alias)));
  const addition = existing ? renderHcl(plan, { missingProviders }) : renderHcl(plan);
  const text = existing ? `${existing.replace(/\s*$/, '')}\n\n${addition}` : addition;
  await vscode.workspace.fs.writeFile(picked, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(picked);
}

async function recreate(context: CommandContext, state: Readonly<Record<string, unknown>>): Promise<void> {
  const vpcId = String(state.vpc_id ?? '');
  const place = context.store.snapshot().regions.find((r) => r.vpcs.some((v) => v.id === vpcId));
  if (!place) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not in any active profile: select the profile that owns it first.', loadedTitle(context.store, vpcId)));
    return;
  }
  const name = String(state.peer_connection_name || state.id);
  const question = vscode.l10n.t('Re-create {0} from {1} to {2}?', name, loadedTitle(context.store, vpcId), loadedTitle(context.store, String(state.accepting_vpc_id)));
  if (!(await confirmed(context, question, vscode.l10n.t('The create wizard shows its review before anything is sent.'), vscode.l10n.t('Re-create')))) return;
  const optional = (key: string) => (state[key] === null || state[key] === undefined || state[key] === '' ? undefined : state[key]);
  await vscode.commands.executeCommand('vpcPeering.createPeerConnection', {
    accountUid: place.accountUid,
    regionId: place.regionId,
    vpcId,
    acceptingAccountUid: String(state.accepting_ali_uid ?? place.accountUid),
    acceptingRegionId: String(state.accepting_region_id ?? place.regionId),
    acceptingVpcId: String(state.accepting_vpc_id ?? ''),
    name: optional('peer_connection_name'),
    description: optional('description'),
    bandwidthMbps: typeof state.bandwidth === 'number' && state.bandwidth > 0 && state.accepting_region_id !== place.regionId ? state.bandwidth : undefined,
    linkType: optional('link_type'),
    review: true,
  });
}
