// Context values that drive menus in the tree (and actions in the graph). Grammar:
//   peerConnection:<Status>:<role>[:can<Action>…]
// where role is requester | accepter | both (same account). `when` clauses match with regular
// expressions, e.g. `viewItem =~ /^peerConnection:.*:canAccept/`.

import type { PeerConnection } from '../model/types';

export function peerConnectionMenuContext(connection: PeerConnection, viewerUid: string): string {
  const isRequester = connection.requester.accountUid === viewerUid;
  const isAccepter = connection.accepter.accountUid === viewerUid;
  const role = isRequester && isAccepter ? 'both' : isRequester ? 'requester' : 'accepter';
  const can: string[] = [];
  const status = connection.status;
  if (status === 'Accepting' && isAccepter) can.push('canAccept', 'canReject');
  if (status === 'Activated') can.push('canModify', 'canAddRoutes', 'canRemoveRoutes', 'canDiagnose');
  if (['Activated', 'Accepting', 'Rejected', 'Expired'].includes(status)) can.push('canDelete');
  return ['peerConnection', status, role, ...can].join(':');
}
