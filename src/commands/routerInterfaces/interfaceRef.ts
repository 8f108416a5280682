// A router interface as a write reaches it (the client of the profile that owns it, its region and
// id), and the same interface as the store follows it.

import type { AccountClient } from '../../cloud/accountClient';
import type { FollowRef } from '../../inventory/follow';

export interface InterfaceHandle {
  client: AccountClient;
  regionId: string;
  routerInterfaceId: string;
}

export function interfaceRef(handle: InterfaceHandle): FollowRef<'routerInterface'> {
  return { kind: 'routerInterface', id: handle.routerInterfaceId, profileId: handle.client.profile.id, regionId: handle.regionId };
}
