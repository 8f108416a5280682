// Removing router interfaces one after the other: wait out any change in flight, deactivate an
// Active one (its opposite end follows), wait for Inactive, delete, wait until gone. Used by the
// delete command and to clean up after a connection that failed halfway. A failure says exactly
// which interfaces were deleted before it.

import * as vscode from 'vscode';
import { isCloudError } from '../../cloud/errors';
import { failureLine } from '../../views/failureText';
import type { OperationControl } from '../operation/operationControl';
import { GONE } from '../../inventory/follow';
import type { TopologyStore } from '../../inventory/store';
import { followToStatus, followWrite } from '../operation/followWrite';
import { followedTitle } from '../shared/resourceText';
import { type InterfaceHandle, interfaceRef } from './interfaceRef';
import { routesFirstHint } from './routesVia';

export interface TeardownTarget extends InterfaceHandle {
  /** How messages name it (id, name, router, region, account). */
  label: string;
}

export class TeardownFailed extends Error {
  override readonly name = 'TeardownFailed';
  /** `deletedTitles` and `failedTitle` name the interfaces in the message: `name (ri-…)`. */
  constructor(
    readonly deleted: readonly string[],
    readonly failedOn: TeardownTarget,
    readonly reason: unknown,
    deletedTitles: readonly string[] = deleted,
    failedTitle: string = failedOn.routerInterfaceId,
  ) {
    super(
      deleted.length
        ? vscode.l10n.t('Deleted {0}, then deleting {1} failed: {2}', deletedTitles.join(', '), failedTitle, failureLine(reason))
        : vscode.l10n.t('Deleting {0} failed: {1}', failedTitle, failureLine(reason)),
    );
  }
}

/** Deletes the targets in order; resolves to the ids deleted (or found gone already). */
export async function tearDown(store: TopologyStore, targets: readonly TeardownTarget[], control: OperationControl): Promise<string[]> {
  const deleted: string[] = [];
  // Named before they go: a deleted interface is no longer in the store to name it.
  const titles = targets.map((target) => followedTitle(store, interfaceRef(target)));
  for (const [index, target] of targets.entries()) {
    try {
      await tearDownOne(store, target, control, index, titles[index]);
      deleted.push(target.routerInterfaceId);
    } catch (error) {
      if (control.signal.aborted) throw error;
      throw new TeardownFailed(deleted, target, error, titles.slice(0, deleted.length), titles[index]);
    }
  }
  return deleted;
}

async function tearDownOne(store: TopologyStore, target: TeardownTarget, control: OperationControl, index: number, title: string): Promise<void> {
  const { client, regionId, routerInterfaceId } = target;
  const ref = { regionId, routerInterfaceId };
  const followed = interfaceRef(target);
  let ri = await followWrite(store, control, followed);
  if (ri === GONE) return;
  if (ri.status === 'Active') {
    control.report(vscode.l10n.t('Deactivating {0}…', title));
    await client.operations.deactivateRouterInterface(ref, { clientToken: `${control.clientToken}-d${index}`, signal: control.signal });
    control.markSent();
    ri = await followToStatus(store, control, followed, ['Inactive', 'Idle']);
  }
  if (ri.status !== 'Idle' && ri.status !== 'Inactive') {
    throw new Error(vscode.l10n.t('{0} is {1}; it can be deleted only when Idle or Inactive.', title, ri.status));
  }
  control.report(vscode.l10n.t('Deleting {0}…', title));
  try {
    await client.operations.deleteRouterInterface(ref, { clientToken: `${control.clientToken}-x${index}`, signal: control.signal });
  } catch (error) {
    if (isCloudError(error) && /RouteEntry/.test(error.code)) throw error.withHint(routesFirstHint());
    throw error;
  }
  control.markSent();
  await followWrite(store, control, followed, (resource) => resource === undefined);
}
