// Where each transitional status leads when the service finishes its work, for resources that
// start out in-flight (a scenario, the state file, an out-of-band change in a test).

import type { TransitionKind } from './transitionQueue';

const NEXT: Record<TransitionKind, Record<string, string>> = {
  peer: { Updating: 'Activated', Deleting: 'gone' },
  routeEntry: { Pending: 'Available', Creating: 'Available', Modifying: 'Available', Deleting: 'gone' },
  routerInterface: { Connecting: 'Active', AcceptingConnecting: 'Active', Activating: 'Active', Deactivating: 'Inactive', Deleting: 'gone' },
  bgpGroup: { Pending: 'Available', Modifying: 'Available', Deleting: 'gone' },
  bgpPeer: { Pending: 'Available', Modifying: 'Available', Deleting: 'gone' },
};

/**
 * The status `status` settles into, or undefined when it is not transitional. A `Creating` peer
 * connection becomes `Accepting` across accounts and `Activated` within one.
 */
export function settledStatus(kind: TransitionKind, status: string, crossAccount = false): string | undefined {
  if (kind === 'peer' && status === 'Creating') return crossAccount ? 'Accepting' : 'Activated';
  return NEXT[kind][status];
}
