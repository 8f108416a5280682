// "Export as Terraform…": the live peer connections (with their routes, router interface links
// and BGP) as the alicloud provider's resources, in HCL or as CDK for Terraform, with import
// blocks so `terraform plan` adopts what exists instead of creating it again. Arguments object
// { format?: 'hcl' | 'cdktf', path?: string, connectionIds?: string[] (or connectionId, as the
// graph sends it), includeRoutes?: boolean, importBlocks?: boolean } (defaults: hcl, every
// active profile, routes and import blocks); resolves to the path written, or without `path`
// opens the result in an editor (and resolves to its untitled URI).

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InventorySnapshot } from '../../model/types';
import type { TerraformFormat } from '../../terraform/exportOptions';
import { terraformExport } from './terraformExport';
import { ArgumentError, argumentsObject, optionalBoolean, optionalString, optionalStringArray } from '../shared/arguments';
import type { CommandContext, CommandDefinition } from '../shared/commandContext';
import { givenResource } from '../shared/resolveTarget';
import { accountAccess, regionNames } from './accountAccess';
import { connectionsInScope } from './exportScope';
import { capabilitiesOf } from '../../model/capabilities';

export interface TerraformExportRequest {
  format: TerraformFormat;
  connectionIds?: string[];
  includeRoutes: boolean;
  importBlocks: boolean;
}

export const exportTerraform: CommandDefinition = {
  id: 'vpcPeering.exportTerraform',
  async run(context, argument): Promise<string | undefined> {
    const args = argumentsObject(argument);
    const format = optionalString(args, 'format') ?? 'hcl';
    if (format !== 'hcl' && format !== 'cdktf') throw new ArgumentError(vscode.l10n.t('"format" must be hcl or cdktf.'));
    const target = optionalString(args, 'path');
    if (target !== undefined && !path.isAbsolute(target)) throw new ArgumentError(vscode.l10n.t('"path" must be an absolute file path.'));
    const given = givenResource(argument)?.ref;
    const cloud = capabilitiesOf(given?.provider);
    if (!cloud.terraform) throw new ArgumentError(vscode.l10n.t('{0} resources are not exported: the Terraform export writes the alicloud provider\'s resources.', cloud.displayName));
    const scope = connectionsInScope(given, context.store.snapshot());
    const request: TerraformExportRequest = {
      format,
      connectionIds: optionalStringArray(args, 'connectionIds') ?? oneConnection(optionalString(args, 'connectionId')) ?? scope,
      includeRoutes: optionalBoolean(args, 'includeRoutes') ?? true,
      importBlocks: optionalBoolean(args, 'importBlocks') ?? true,
    };
    const text = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting as Terraform…'), cancellable: true },
      (_progress, token) => terraformText(context, request, token),
    );
    if (text === undefined) return undefined;
    if (target) {
      await vscode.workspace.fs.writeFile(vscode.Uri.file(target), new TextEncoder().encode(text));
      context.log.info(`exported ${request.connectionIds ? `${request.connectionIds.length} connection(s)` : 'the inventory'} as ${format} to ${target}`);
      return target;
    }
    const document = await vscode.workspace.openTextDocument({ language: format === 'hcl' ? 'terraform' : 'typescript', content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    return document.uri.toString();
  },
};

/** `connectionId` (what the graph sends) is a list of one. */
function oneConnection(id: string | undefined): string[] | undefined {
  return id === undefined ? undefined : [id];
}

/** The export's text; route tables of the exported connections' VPCs are read first if needed. */
export async function terraformText(context: CommandContext, request: TerraformExportRequest, token?: vscode.CancellationToken): Promise<string | undefined> {
  if (request.includeRoutes) await loadRouteDetails(context, context.store.snapshot(), request.connectionIds);
  if (token?.isCancellationRequested) return undefined;
  const snapshot = context.store.snapshot();
  const { buildTerraformPlan, renderCdktf, renderHcl } = terraformExport();
  const plan = buildTerraformPlan({
    snapshot,
    access: accountAccess(context, snapshot),
    regionName: regionNames(context),
    connectionIds: request.connectionIds,
    includeRoutes: request.includeRoutes,
    importBlocks: request.importBlocks,
  });
  return request.format === 'hcl' ? renderHcl(plan) : renderCdktf(plan);
}

/** Route entries load per VPC on demand: read those of every VPC at an end of an exported connection. */
async function loadRouteDetails(context: CommandContext, snapshot: InventorySnapshot, connectionIds: readonly string[] | undefined): Promise<void> {
  const wanted = connectionIds && new Set(connectionIds);
  const places = new Map<string, { profileId: string; regionId: string; vpcId: string }>();
  for (const region of snapshot.regions) {
    const profileId = snapshot.accounts.find((a) => a.uid === region.accountUid)?.profileId;
    if (!profileId) continue;
    for (const connection of region.peerConnections) {
      if (wanted && !wanted.has(connection.id)) continue;
      for (const end of [connection.requester, connection.accepter]) {
        if (end.accountUid === region.accountUid && end.regionId === region.regionId) {
          places.set(`${profileId}/${end.vpcId}`, { profileId, regionId: end.regionId, vpcId: end.vpcId });
        }
      }
    }
  }
  await Promise.all([...places.values()].map((place) => context.store.freshVpcDetails(place, { maxAgeMs: 60_000 })));
}
