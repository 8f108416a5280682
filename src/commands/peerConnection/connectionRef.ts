// A peer connection as one profile follows it: under the region of the end that profile's account
// holds (the requester's when it holds both, or when its identity is not known yet).

import type { FollowRef } from '../../inventory/follow';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import type { PeerConnection } from '../../model/types';

export function connectionRef(store: TopologyStore, connection: Pick<PeerConnection, 'id' | 'requester' | 'accepter'>, profileId: string): FollowRef<'peerConnection'> {
  const identity = store.account(profileId)?.identity;
  const accountUid = identity ? valueOf(identity)?.accountUid : undefined;
  const end = connection.requester.accountUid !== accountUid && connection.accepter.accountUid === accountUid ? connection.accepter : connection.requester;
  return { kind: 'peerConnection', id: connection.id, profileId, regionId: end.regionId };
}
