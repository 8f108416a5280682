// Following a write under its operation: the store follows the resource (and keeps the tree and
// the graph up to date meanwhile), the operation's cancel stops following, and each new status
// becomes the progress line. Commands never poll themselves; this is how they wait.

import * as vscode from 'vscode';
import { type FollowedResources, type FollowRef, GONE, type Gone, type SettledWhen } from '../../inventory/follow';
import type { TopologyStore } from '../../inventory/store';
import type { FollowedKind } from '../../model/transitions';
import { failureLine } from '../../views/failureText';
import { followedTitle } from '../shared/resourceText';
import type { OperationControl } from './operationControl';

/** Follows `ref` until `until` holds (default: settled or gone), showing each status in the progress. */
export function followWrite<K extends FollowedKind>(
  store: TopologyStore,
  control: OperationControl,
  ref: FollowRef<K>,
  until?: SettledWhen<K>,
  timeoutMs?: number,
): Promise<FollowedResources[K] | Gone> {
  // Named before the first read: a resource that goes is no longer in the store to name it.
  const title = followedTitle(store, ref);
  return store.follow(ref, until, {
    signal: control.signal,
    timeoutMs,
    onStatus: (status) => control.report(status === GONE ? vscode.l10n.t('{0} is gone', title) : vscode.l10n.t('{0}: {1}', title, status)),
  });
}

/**
 * Follows `ref` until it is in one of `statuses`. A resource that disappears meanwhile is an error
 * that says so, as is running out of time (`timeoutMs`, default 5 min).
 */
export async function followToStatus<K extends FollowedKind>(
  store: TopologyStore,
  control: OperationControl,
  ref: FollowRef<K>,
  statuses: readonly string[],
  timeoutMs?: number,
): Promise<FollowedResources[K]> {
  const title = followedTitle(store, ref);
  const reached = await followWrite(store, control, ref, (resource) => resource === undefined || statuses.includes(resource.status), timeoutMs);
  if (reached === GONE) throw new Error(DISAPPEARED[ref.kind](title, statuses.join(' / ')));
  return reached;
}

/**
 * Follows a write the service has taken. Following is a courtesy then: when it fails (not when it
 * is cancelled) the person is told the change went through, and the store's polling shows the
 * rest. Resolves to the settled resource, GONE, or undefined when following failed.
 */
export async function followTakenWrite<K extends FollowedKind>(
  context: { store: TopologyStore; log: vscode.LogOutputChannel },
  control: OperationControl,
  ref: FollowRef<K>,
  until?: SettledWhen<K>,
): Promise<FollowedResources[K] | Gone | undefined> {
  const title = followedTitle(context.store, ref);
  try {
    return await followWrite(context.store, control, ref, until);
  } catch (error) {
    if (control.signal.aborted) throw error;
    const line = failureLine(error);
    context.log.warn(`following ${ref.id} failed: ${line}`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The change to {0} was sent, but following its status failed: {1} The explorer keeps showing its state.', title, line),
    );
    return undefined;
  }
}

/** Each kind's sentence, given the resource's title (`name (id)`) and the statuses waited for. */
const DISAPPEARED: Record<FollowedKind, (title: string, statuses: string) => string> = {
  peerConnection: (id, statuses) => vscode.l10n.t('The peer connection {0} disappeared while waiting for it to be {1}.', id, statuses),
  routeEntry: (id, statuses) => vscode.l10n.t('The route entry {0} disappeared while waiting for it to be {1}.', id, statuses),
  routerInterface: (id, statuses) => vscode.l10n.t('The router interface {0} disappeared while waiting for it to be {1}.', id, statuses),
  bgpGroup: (id, statuses) => vscode.l10n.t('The BGP group {0} disappeared while waiting for it to be {1}.', id, statuses),
  bgpPeer: (id, statuses) => vscode.l10n.t('The BGP peer {0} disappeared while waiting for it to be {1}.', id, statuses),
};
