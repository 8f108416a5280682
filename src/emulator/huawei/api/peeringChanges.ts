// Accept, reject, update and delete of a peering (reference §4, §5). Accept and reject answer the
// peering's fields unwrapped; update wraps them in `peering`; delete answers 204 and removes the
// peering's routes in both VPCs.

import { invalidParameter } from '../errors';
import { checkDescription, checkName, optionalString, wrapped } from './body';
import { projectOf, type HuaweiAnswer, type HuaweiCall } from './context';
import { answerablePeering, changeablePeering } from './peeringAccess';
import { peeringWire } from './wire';

export const acceptPeering = (call: HuaweiCall): HuaweiAnswer => answerPeering(call, 'accept');
export const rejectPeering = (call: HuaweiCall): HuaweiAnswer => answerPeering(call, 'reject');

/** The peer tenant's answer to a request: it becomes ACTIVE or REJECTED and no longer expires. */
function answerPeering(call: HuaweiCall, answer: 'accept' | 'reject'): HuaweiAnswer {
  const peering = answerablePeering(call.world, projectOf(call), call.path.peering_id, answer);
  peering.status = answer === 'accept' ? 'ACTIVE' : 'REJECTED';
  peering.updatedAt = call.now;
  peering.expiresAt = undefined;
  return { status: 200, body: peeringWire(peering) };
}

export function updatePeering(call: HuaweiCall): HuaweiAnswer {
  const peering = changeablePeering(call.world, projectOf(call), call.path.peering_id);
  const input = wrapped(call.body, 'peering');
  const name = optionalString(input, 'name');
  const description = optionalString(input, 'description');
  if (name === undefined && description === undefined) throw invalidParameter('give name, description or both');
  if (name !== undefined) peering.name = checkName(name);
  if (description !== undefined) peering.description = checkDescription(description);
  peering.updatedAt = call.now;
  return { status: 200, body: { peering: peeringWire(peering) } };
}

export function deletePeering(call: HuaweiCall): HuaweiAnswer {
  const { world, now } = call;
  const peering = changeablePeering(world, projectOf(call), call.path.peering_id);
  world.removeRoutesTo(peering.id);
  if (world.settings.deleteWindowMs > 0) {
    peering.status = 'DELETED';
    peering.updatedAt = now;
    peering.expiresAt = undefined;
    peering.goneAt = now + world.settings.deleteWindowMs;
  } else {
    world.peerings.delete(peering.id);
  }
  return { status: 204 };
}
