// Activate / deactivate an existing router interface (the two ends of a link change together):
// check the state allows it, send the change, follow both ends until they settle, refresh.
// Arguments object: { profileId, regionId, routerInterfaceId, skipConfirmation?: boolean }.

import * as vscode from 'vscode';
import { routerInterfaceActions } from '../../model/resourceActions';
import { argumentsObject, optionalBoolean } from '../shared/arguments';
import { confirmed, type CommandContext } from '../shared/commandContext';
import { titleOf } from '../shared/resourceText';
import { clientFor, runOperation } from '../operation/runOperation';
import { WizardCancelled } from '../wizard/prompter';
import { followToStatus } from '../operation/followWrite';
import { describeInterface, oppositeOf, targetInterface } from './located';

export type Toggle = 'activate' | 'deactivate';

export interface ToggleResult {
  routerInterfaceId: string;
  status: string;
  oppositeInterfaceId?: string;
  oppositeStatus?: string;
}

export async function toggleActive(context: CommandContext, argument: unknown, action: Toggle): Promise<ToggleResult> {
  const args = argumentsObject(argument);
  const { store } = context;
  const title = action === 'activate' ? vscode.l10n.t('Activate Router Interface') : vscode.l10n.t('Deactivate Router Interface');
  const target = await targetInterface(context, argument, (ri) => routerInterfaceActions(ri).includes(action), title);
  if (!routerInterfaceActions(target.ri).includes(action)) {
    const needs =
      action === 'activate'
        ? vscode.l10n.t('it can be activated only when Inactive, with payments in order (business status {0}).', target.ri.businessStatus || 'Normal')
        : vscode.l10n.t('it can be deactivated only when Active.');
    throw new Error(vscode.l10n.t('{0} is {1}; {2}', titleOf(target.ri), target.ri.status, needs));
  }
  const opposite = oppositeOf(store, target);
  if (action === 'deactivate' && !(optionalBoolean(args, 'skipConfirmation') ?? false)) {
    const detail = [target, ...(opposite ? [opposite] : [])].map((e) => `• ${describeInterface(store, e)}`).join('\n');
    const question = vscode.l10n.t('Deactivate {0}? Traffic over the link stops until it is activated again.', titleOf(target.ri));
    if (!(await confirmed(context, question, detail, vscode.l10n.t('Deactivate')))) throw new WizardCancelled();
  }
  const settled = action === 'activate' ? ['Active'] : ['Inactive'];
  const client = clientFor(context, target.profileId);
  // The tree shows the transitional state at once; the store's poller follows it from there.
  const refreshBoth = () =>
    Promise.all([target, ...(opposite ? [opposite] : [])].map((e) => store.refreshRegion(e.profileId, e.regionId).catch(() => undefined)));
  try {
    return await runOperation(action === 'activate' ? vscode.l10n.t('Activating {0}', titleOf(target.ri)) : vscode.l10n.t('Deactivating {0}', titleOf(target.ri)), async (control) => {
      const ref = { regionId: target.regionId, routerInterfaceId: target.ri.id };
      const options = { clientToken: control.clientToken, signal: control.signal };
      if (action === 'activate') await client.operations.activateRouterInterface(ref, options);
      else await client.operations.deactivateRouterInterface(ref, options);
      control.markSent();
      await refreshBoth();
      const result = await followToStatus(store, control, { kind: 'routerInterface', id: target.ri.id, profileId: target.profileId, regionId: target.regionId }, settled);
      let oppositeStatus: string | undefined;
      if (opposite) {
        const oppositeRef = { kind: 'routerInterface', id: opposite.ri.id, profileId: opposite.profileId, regionId: opposite.regionId } as const;
        oppositeStatus = (await followToStatus(store, control, oppositeRef, settled)).status;
      }
      context.log.info(`${action} ${target.ri.id}: ${result.status}${opposite ? `, opposite ${opposite.ri.id}: ${oppositeStatus}` : ''}`);
      return { routerInterfaceId: target.ri.id, status: result.status, oppositeInterfaceId: opposite?.ri.id, oppositeStatus };
    });
  } finally {
    await refreshBoth();
  }
}
