// "Delete Route Entry…": one custom route entry of a route table (DeleteRouteEntry), after a modal
// confirmation that names the destination, where it pointed and the table's VPC; the store follows
// the entry until the table no longer lists it. System entries and entries still changing are
// refused before anything is sent (the service refuses them too).
//
// From a route entry row, or { profileId, regionId, vpcId, routeTableId, routeEntryId,
// confirm?: false } — an arguments object still asks unless it says `confirm: false`.
// Resolves to the deleted entry's id, or undefined when the person said no.

import * as vscode from 'vscode';
import { valueOf } from '../inventory/loadState';
import { isRemovableRouteEntry } from '../model/contextValue';
import { containerId } from '../model/resourceRef';
import { describeNextHop } from '../model/routeCoverage';
import { ROUTE_WRITE_SETTLED } from '../model/transitions';
import { ArgumentError, argumentsObject, optionalBoolean, optionalString } from './shared/arguments';
import { confirmed, type CommandDefinition } from './shared/commandContext';
import { givenResource } from './shared/resolveTarget';
import { loadedName, titleOf } from './shared/resourceText';
import { followWrite } from './operation/followWrite';
import { clientFor, runOperation } from './operation/runOperation';
import { proceedDespiteTerraform } from './terraform/managedWarning';

interface EntryPlace {
  profileId: string;
  regionId: string;
  vpcId: string;
  routeTableId: string;
  routeEntryId: string;
}

/** The entry a row or an arguments object names. */
function entryPlace(argument: unknown): EntryPlace {
  const given = givenResource(argument);
  if (given?.ref.kind === 'routeEntry' && given.profileId) {
    const vpcId = containerId(given.ref, 'vpc');
    const routeTableId = containerId(given.ref, 'routeTable');
    if (vpcId && routeTableId) return { profileId: given.profileId, regionId: given.ref.regionId, vpcId, routeTableId, routeEntryId: given.ref.id };
  }
  const args = argumentsObject(argument);
  const place = {
    profileId: optionalString(args, 'profileId'),
    regionId: optionalString(args, 'regionId'),
    vpcId: optionalString(args, 'vpcId'),
    routeTableId: optionalString(args, 'routeTableId'),
    routeEntryId: optionalString(args, 'routeEntryId'),
  };
  const missing = Object.entries(place).filter(([, value]) => !value).map(([key]) => key);
  if (missing.length > 0) {
    throw new ArgumentError(vscode.l10n.t('Delete Route Entry needs a route entry row, or {0} in its arguments.', missing.map((key) => `"${key}"`).join(', ')));
  }
  return place as EntryPlace;
}

export const deleteRouteEntry: CommandDefinition = {
  id: 'vpcPeering.deleteRouteEntry',
  async run(context, argument): Promise<string | undefined> {
    const place = entryPlace(argument);
    const ask = optionalBoolean(argumentsObject(argument), 'confirm') !== false;
    const details = await context.store.freshVpcDetails(place);
    const entry = details?.routeEntries.find((e) => e.id === place.routeEntryId && e.routeTableId === place.routeTableId);
    if (!entry) throw new Error(vscode.l10n.t('Route table {0} has no entry {1}; refresh the view if it changed just now.', place.routeTableId, place.routeEntryId));
    if (!isRemovableRouteEntry(entry)) {
      throw new Error(vscode.l10n.t('Only an Available custom route can be deleted; the route to {0} is a {1} route, {2}.', entry.destination, entry.type, entry.status || 'Available'));
    }
    const vpc = valueOf(context.store.region(place.profileId, place.regionId))?.vpcs.find((v) => v.id === place.vpcId);
    const tableTitle = titleOf(details?.routeTables.find((t) => t.id === place.routeTableId) ?? { id: place.routeTableId });
    const what = vscode.l10n.t('The route to {0} in {1}', entry.destination, tableTitle);
    if (!(await proceedDespiteTerraform(context, entry.id, what, { confirm: ask }))) return undefined;
    if (ask) {
      const deleted = await confirmed(
        context,
        vscode.l10n.t('Delete the route to {0}?', entry.destination),
        [
          vscode.l10n.t('Route table: {0}', tableTitle),
          vscode.l10n.t('VPC: {0}', titleOf(vpc ?? { id: place.vpcId })),
          vscode.l10n.t('Next hop: {0}', describeNextHop(entry, (id) => loadedName(context.store, id))),
          '',
          vscode.l10n.t('Traffic from this VPC to {0} no longer goes this way.', entry.destination),
        ].join('\n'),
        vscode.l10n.t('Delete'),
      );
      if (!deleted) return undefined;
    }
    const client = clientFor(context, place.profileId);
    await runOperation(vscode.l10n.t('Deleting the route to {0}', entry.destination), async (control) => {
      await client.operations.deleteRouteEntry({ regionId: place.regionId, routeTableId: place.routeTableId, routeEntryId: entry.id }, { clientToken: control.clientToken, signal: control.signal });
      control.markSent();
      const within = [{ kind: 'vpc', id: place.vpcId }, { kind: 'routeTable', id: place.routeTableId }] as const;
      await followWrite(context.store, control, { kind: 'routeEntry', id: entry.id, regionId: place.regionId, profileId: place.profileId, within }, ROUTE_WRITE_SETTLED.delete);
    });
    context.log.info(`deleted the route to ${entry.destination} (${entry.id}) from ${place.routeTableId}`);
    return entry.id;
  },
};
