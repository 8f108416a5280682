// Who may see and change a peering: either side's project sees it and may rename or delete it;
// only the accepter's project answers a request (reference §4, §5).

import { peeringConflict, peeringNotFound } from '../errors';
import type { HuaweiPeering, HuaweiProject } from '../records';
import type { HuaweiWorld } from '../world';

/** The peering as the caller's project sees it; 404 when it is on neither side. */
export function visiblePeering(world: HuaweiWorld, project: HuaweiProject, peeringId: string): HuaweiPeering {
  const peering = world.peerings.get(peeringId);
  if (!peering || !isSide(peering, project)) throw peeringNotFound(peeringId);
  return peering;
}

export function isSide(peering: HuaweiPeering, project: HuaweiProject): boolean {
  return peering.request.projectId === project.id || peering.accept.projectId === project.id;
}

/** Accept and reject: the accepter's project, while the request waits. */
export function answerablePeering(world: HuaweiWorld, project: HuaweiProject, peeringId: string, verb: 'accept' | 'reject'): HuaweiPeering {
  const peering = visiblePeering(world, project, peeringId);
  if (peering.accept.projectId !== project.id) {
    throw peeringConflict(`Peering ${peering.id} can only be ${verb}ed by the peer tenant (project ${peering.accept.projectId}).`);
  }
  if (peering.status !== 'PENDING_ACCEPTANCE') {
    throw peeringConflict(`Peering ${peering.id} is ${peering.status}; only a PENDING_ACCEPTANCE request can be ${verb}ed.`);
  }
  return peering;
}

/** Update and delete: either side, in any status but DELETED (then it is still going away). */
export function changeablePeering(world: HuaweiWorld, project: HuaweiProject, peeringId: string): HuaweiPeering {
  const peering = visiblePeering(world, project, peeringId);
  if (peering.status === 'DELETED') throw peeringConflict(`Peering ${peering.id} is being deleted.`);
  return peering;
}
