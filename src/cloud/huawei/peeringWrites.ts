// Writes on peerings (reference §4, §5, §14). Each says how to tell, after a failure that may have
// been applied, whether it was — Huawei takes no idempotency token, so that is what makes a repeat
// safe: a create looks for its peering by local VPC and name, accept and reject read the status,
// an update reads the name and description, a delete reads until the peering is gone.
// Accept and reject must be signed by the peer tenant, in its own project of the same region.

import type { PeerConnection } from '../../model/types';
import { isCloudError } from '../errors';
import { showPeeringWire, listPeeringWires } from './inventoryReads';
import { toPeerConnection } from './mapping';
import { runIn, sdkRequest, type RegionSession } from './regionSession';
import type { PeeringWire } from './wire';

export interface NewPeering {
  name: string;
  description?: string;
  /** The caller's VPC in this region. */
  localVpcId: string;
  peerVpcId: string;
  /** The peer's project in this region; absent for a VPC of the caller's own project. */
  peerProjectId?: string;
}

export interface PeeringChange {
  name?: string;
  description?: string;
}

export async function createPeering(session: RegionSession, input: NewPeering, signal?: AbortSignal): Promise<PeerConnection> {
  const peering: Record<string, unknown> = {
    name: input.name,
    request_vpc_info: { vpc_id: input.localVpcId },
    accept_vpc_info: input.peerProjectId ? { vpc_id: input.peerVpcId, tenant_id: input.peerProjectId } : { vpc_id: input.peerVpcId },
  };
  if (input.description !== undefined) peering.description = input.description;
  const wire = await runIn(
    session,
    {
      operation: 'createVpcPeering',
      kind: 'write',
      send: async () => ((await session.clients.vpc.createVpcPeering(sdkRequest({ body: { peering } }))) as unknown as { peering: PeeringWire }).peering,
      alreadyDone: async () => {
        const mine = await listPeeringWires(session, { vpcId: input.localVpcId, name: input.name }, signal);
        return mine.find((p) => p.request_vpc_info.vpc_id === input.localVpcId && p.accept_vpc_info.vpc_id === input.peerVpcId);
      },
    },
    signal,
  );
  return toPeerConnection(wire, session.view);
}

export function acceptPeering(session: RegionSession, peeringId: string, signal?: AbortSignal): Promise<PeerConnection> {
  return answerPeering(session, peeringId, 'accept', signal);
}

export function rejectPeering(session: RegionSession, peeringId: string, signal?: AbortSignal): Promise<PeerConnection> {
  return answerPeering(session, peeringId, 'reject', signal);
}

async function answerPeering(session: RegionSession, peeringId: string, verb: 'accept' | 'reject', signal?: AbortSignal): Promise<PeerConnection> {
  const settled = verb === 'accept' ? 'ACTIVE' : 'REJECTED';
  const wire = await runIn(
    session,
    {
      operation: `${verb}VpcPeering`,
      kind: 'write',
      // The answer is the peering's fields, not wrapped in `peering`.
      send: async () => {
        const request = sdkRequest<never>({ peering_id: peeringId });
        const answer = verb === 'accept' ? await session.clients.vpc.acceptVpcPeering(request) : await session.clients.vpc.rejectVpcPeering(request);
        return answer as unknown as PeeringWire;
      },
      alreadyDone: async () => {
        const current = await readOrUndefined(session, peeringId, signal);
        return current?.status === settled ? current : undefined;
      },
    },
    signal,
  );
  return toPeerConnection(wire, session.view);
}

export async function updatePeering(session: RegionSession, peeringId: string, change: PeeringChange, signal?: AbortSignal): Promise<PeerConnection> {
  const peering: Record<string, string> = {};
  if (change.name !== undefined) peering.name = change.name;
  if (change.description !== undefined) peering.description = change.description;
  const wire = await runIn(
    session,
    {
      operation: 'updateVpcPeering',
      kind: 'write',
      send: async () => ((await session.clients.vpc.updateVpcPeering(sdkRequest({ peering_id: peeringId, body: { peering } }))) as unknown as { peering: PeeringWire }).peering,
      alreadyDone: async () => {
        const current = await readOrUndefined(session, peeringId, signal);
        const applied = current && (change.name === undefined || current.name === change.name) && (change.description === undefined || current.description === change.description);
        return applied ? current : undefined;
      },
    },
    signal,
  );
  return toPeerConnection(wire, session.view);
}

/** Deletes from either side; the service removes the peering's routes in both VPCs. */
export async function deletePeering(session: RegionSession, peeringId: string, signal?: AbortSignal): Promise<void> {
  await runIn(
    session,
    {
      operation: 'deleteVpcPeering',
      kind: 'write',
      send: async () => {
        await session.clients.vpc.deleteVpcPeering(sdkRequest({ peering_id: peeringId }));
        return true as const;
      },
      alreadyDone: async () => {
        const current = await readOrUndefined(session, peeringId, signal, true);
        return current === 'gone' || current?.status === 'DELETED' ? (true as const) : undefined;
      },
    },
    signal,
  );
}

/** The peering now, undefined when it cannot be read (the repeat will tell), or 'gone' on 404 if asked. */
async function readOrUndefined(session: RegionSession, peeringId: string, signal: AbortSignal | undefined): Promise<PeeringWire | undefined>;
async function readOrUndefined(session: RegionSession, peeringId: string, signal: AbortSignal | undefined, goneOn404: true): Promise<PeeringWire | 'gone' | undefined>;
async function readOrUndefined(session: RegionSession, peeringId: string, signal: AbortSignal | undefined, goneOn404 = false): Promise<PeeringWire | 'gone' | undefined> {
  try {
    return await showPeeringWire(session, peeringId, signal);
  } catch (error) {
    if (goneOn404 && isCloudError(error) && error.httpStatus === 404) return 'gone';
    return undefined;
  }
}
