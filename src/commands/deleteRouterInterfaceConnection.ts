// "Delete Router Interface Connection…": deactivates the link if it is Active, waits until it is
// Inactive, then deletes both interfaces (the opposite one too when an active profile reaches
// it), after a modal confirmation that names both. Routes whose next hop is one of the
// interfaces make the API refuse the delete, so they are looked up first and named.
// From a router interface node, the palette, or { profileId, regionId, routerInterfaceId,
// skipConfirmation?: boolean }. Resolves to { deleted: string[] }.

import * as vscode from 'vscode';
import { routerInterfaceActions } from '../model/resourceActions';
import { argumentsObject, optionalBoolean } from './shared/arguments';
import { confirmed, type CommandDefinition } from './shared/commandContext';
import { titleOf } from './shared/resourceText';
import { clientFor, runOperation } from './operation/runOperation';
import { describeInterface, oppositeOf, targetInterface, type LocatedInterface } from './routerInterfaces/located';
import { describeRoutes, routesFirstHint, routesVia } from './routerInterfaces/routesVia';
import { tearDown, type TeardownTarget } from './routerInterfaces/teardown';
import { WizardCancelled } from './wizard/prompter';

export class RoutesInTheWay extends Error {
  override readonly name = 'RoutesInTheWay';
}

export const deleteRouterInterfaceConnection: CommandDefinition = {
  id: 'vpcPeering.deleteRouterInterfaceConnection',
  async run(context, argument): Promise<{ deleted: string[] }> {
    const args = argumentsObject(argument);
    const skipConfirmation = optionalBoolean(args, 'skipConfirmation') ?? false;
    const { store } = context;
    const target = await targetInterface(
      context,
      argument,
      (ri) => routerInterfaceActions(ri).some((a) => a === 'deactivate' || a === 'delete'),
      vscode.l10n.t('Delete Router Interface Connection'),
    );
    const opposite = oppositeOf(store, target);
    const ends: LocatedInterface[] = [target, ...(opposite ? [opposite] : [])].sort((a, b) =>
      a.ri.role === b.ri.role ? 0 : a.ri.role === 'InitiatingSide' ? -1 : 1,
    );

    const routes = await routesVia(context, ends);
    if (routes.length > 0) {
      throw new RoutesInTheWay(
        vscode.l10n.t('Nothing was deleted. Routes point at the link: {0}. {1}', describeRoutes(routes), routesFirstHint()),
      );
    }

    if (!skipConfirmation) {
      const lines = ends.map((e) => `• ${describeInterface(store, e)} — ${e.ri.status}`);
      if (!opposite && target.ri.opposite.interfaceId) {
        lines.push(
          vscode.l10n.t(
            'The opposite interface {0} (account {1}) is not in an active profile: it is left as it is.',
            target.ri.opposite.interfaceId,
            target.ri.opposite.accountUid ?? '?',
          ),
        );
      }
      if (ends.some((e) => e.ri.status === 'Active')) lines.push(vscode.l10n.t('The link is deactivated first: traffic over it stops.'));
      const message =
        ends.length === 2
          ? vscode.l10n.t('Delete the router interfaces {0} and {1}?', titleOf(ends[0].ri), titleOf(ends[1].ri))
          : vscode.l10n.t('Delete the router interface {0}?', titleOf(ends[0].ri));
      if (!(await confirmed(context, message, lines.join('\n'), vscode.l10n.t('Delete')))) throw new WizardCancelled();
    }

    const targets: TeardownTarget[] = ends.map((e) => ({
      client: clientFor(context, e.profileId),
      regionId: e.regionId,
      routerInterfaceId: e.ri.id,
      label: describeInterface(store, e),
    }));
    try {
      const deleted = await runOperation(vscode.l10n.t('Deleting router interface connection {0}', ends.map((e) => titleOf(e.ri)).join(' ↔ ')), (control) =>
        tearDown(context.store, targets, control),
      );
      context.log.info(`deleted router interfaces ${deleted.join(', ')}`);
      return { deleted };
    } finally {
      await Promise.all(ends.map((e) => store.refreshRegion(e.profileId, e.regionId).catch(() => undefined)));
    }
  },
};
