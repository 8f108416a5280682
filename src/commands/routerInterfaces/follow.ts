// Following router interfaces through their asynchronous states (Connecting → Active,
// Deactivating → Inactive, Deleting → gone), reporting each observed status in the progress
// notification.

import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { waitFor, waitUntilGone } from '../../cloud/waitFor';
import type { RouterInterface } from '../../model/types';
import type { OperationControl } from '../operation/operationControl';

/** Statuses an interface leaves by itself. */
const SETTLING = new Set(['Connecting', 'AcceptingConnecting', 'Activating', 'Deactivating', 'Modifying', 'Deleting']);

export function isSettling(ri: RouterInterface): boolean {
  return SETTLING.has(ri.status);
}

/** Poll timing: the cloud takes seconds to minutes; Terraform waits up to 2 min for Idle / Active. */
const TIMING = { initialDelayMs: 500, maxDelayMs: 5000, factor: 1.5 };

export interface InterfaceHandle {
  client: AccountClient;
  regionId: string;
  routerInterfaceId: string;
}

export async function readInterface(handle: InterfaceHandle, signal?: AbortSignal): Promise<RouterInterface | undefined> {
  const all = await handle.client.reader.listRouterInterfaces(handle.regionId, { signal });
  return all.find((ri) => ri.id === handle.routerInterfaceId);
}

/** Waits until the interface is in one of `statuses`; fails with WaitTimeout after `timeoutMs`. */
export async function followInterface(
  handle: InterfaceHandle,
  statuses: readonly string[],
  control: OperationControl,
  timeoutMs = 300_000,
): Promise<RouterInterface> {
  const found = await waitFor(
    (signal) => readInterface(handle, signal),
    (ri) => ri === undefined || statuses.includes(ri.status),
    {
      ...TIMING,
      timeoutMs,
      signal: control.signal,
      description: `${handle.routerInterfaceId} to be ${statuses.join(' or ')}`,
      onObserved: (ri) => control.report(vscode.l10n.t('{0}: {1}', handle.routerInterfaceId, ri?.status ?? vscode.l10n.t('gone'))),
    },
  );
  if (!found) throw new Error(vscode.l10n.t('The router interface {0} disappeared while waiting for it to be {1}.', handle.routerInterfaceId, statuses.join(' / ')));
  return found;
}

/** Waits until the interface is no longer in a state it leaves by itself; undefined when it is gone. */
export async function followUntilSettled(handle: InterfaceHandle, control: OperationControl): Promise<RouterInterface | undefined> {
  return waitFor(
    (signal) => readInterface(handle, signal),
    (ri) => ri === undefined || !isSettling(ri),
    {
      ...TIMING,
      signal: control.signal,
      description: `${handle.routerInterfaceId} to settle`,
      onObserved: (ri) => control.report(vscode.l10n.t('{0}: {1}', handle.routerInterfaceId, ri?.status ?? vscode.l10n.t('gone'))),
    },
  );
}

export async function followUntilGone(handle: InterfaceHandle, control: OperationControl): Promise<void> {
  await waitUntilGone((signal) => readInterface(handle, signal), {
    ...TIMING,
    signal: control.signal,
    description: `${handle.routerInterfaceId} to be deleted`,
    onObserved: (ri) => control.report(vscode.l10n.t('{0}: {1}', handle.routerInterfaceId, ri?.status ?? vscode.l10n.t('gone'))),
  });
}
