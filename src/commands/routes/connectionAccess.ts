// What the user can reach of a peer connection: for each side, the active profile that holds its
// account (if any), its VPC as the store knows it, and that VPC's route tables, entries and
// vSwitches — loaded through the store when missing or stale, so the tree and graph see them too.

import * as vscode from 'vscode';
import { otherSide, peerEnd, PEER_SIDES, type PeerSide } from '../../model/peerStatus';
import type { PeerConnection, PeerEnd, Vpc } from '../../model/types';
import type { TopologyStore } from '../../inventory/store';
import type { VpcDetails } from '../../inventory/vpcDetails';
import { ArgumentError } from '../shared/arguments';

/** Details older than this are read again before a plan or a diagnosis is made from them. */
export const DETAILS_MAX_AGE_MS = 15_000;

export interface SideAccess {
  side: PeerSide;
  end: PeerEnd;
  /** The active profile holding the side's account; absent when nobody here holds it. */
  profileId?: string;
  /** The side's VPC, when its region is loaded. */
  vpc?: Vpc;
  /** Route tables, entries and vSwitches of the VPC (only with a profile). */
  details?: VpcDetails;
}

export type ConnectionAccess = Record<PeerSide, SideAccess>;

/** The freshest copy of a connection the active profiles see. */
export function findConnection(store: TopologyStore, connectionId: string): PeerConnection | undefined {
  const copies = store.findPeerConnection(connectionId);
  return copies[0]?.connection;
}

/** Re-reads the connection in every profile that sees it; fails when none does. */
export async function currentConnection(store: TopologyStore, connectionId: string): Promise<PeerConnection> {
  if (store.findPeerConnection(connectionId).length > 0) await store.refreshPeerConnection(connectionId);
  const connection = findConnection(store, connectionId);
  if (!connection) {
    throw new ArgumentError(
      vscode.l10n.t('No active profile sees the peer connection {0}. Check the id, or activate the profile of its requester or accepter.', connectionId),
    );
  }
  return connection;
}

/** The VPC details of one VPC: the store's when fresh, else loaded again. */
export async function freshVpcDetails(store: TopologyStore, profileId: string, regionId: string, vpcId: string): Promise<VpcDetails | undefined> {
  const state = store.vpcDetails(profileId, vpcId);
  if (state.status === 'loaded' && Date.now() - state.loadedAt < DETAILS_MAX_AGE_MS) return state.value;
  return store.loadVpcDetails(profileId, regionId, vpcId);
}

/** Which sides the user can reach, with their route data loaded. */
export async function connectionAccess(store: TopologyStore, connection: PeerConnection): Promise<ConnectionAccess> {
  const sides = await Promise.all(
    PEER_SIDES.map(async (side): Promise<SideAccess> => {
      const end = peerEnd(connection, side);
      const resolved = store.resolveEnd(end);
      const profileId = resolved.kind === 'vpc' ? resolved.profileId : store.profileForAccount(end.accountUid);
      const vpc = resolved.kind === 'vpc' ? resolved.vpc : undefined;
      const details = profileId ? await freshVpcDetails(store, profileId, end.regionId, end.vpcId) : undefined;
      return { side, end, profileId, vpc, details };
    }),
  );
  return { requester: sides[0], accepter: sides[1] };
}

/** "hub-transit-hz (vpc-…)" or just the id. */
export function vpcLabel(access: SideAccess): string {
  return access.vpc?.name ? `${access.vpc.name} (${access.end.vpcId})` : access.end.vpcId;
}

/** The address blocks of a side: its VPC's when loaded, else what the connection reports. */
export function sideBlocks(access: SideAccess): string[] {
  if (access.vpc) return [access.vpc.cidrBlock, ...access.vpc.secondaryCidrs].filter((c) => c !== '');
  return [...access.end.ipv4Cidrs];
}

/** The side across the connection. */
export function across(access: ConnectionAccess, side: PeerSide): SideAccess {
  return access[otherSide(side)];
}

/** The profile label, or the account UID. */
export function accountLabel(store: TopologyStore, access: SideAccess): string {
  const label = access.profileId ? store.account(access.profileId)?.profile.label : undefined;
  return label ?? access.end.accountUid;
}

/**
 * Reads the route tables of the given sides again (those a profile here holds), so the tree and
 * the graph show what a run changed. A failed read is only logged: the run itself is done.
 */
export async function rereadRouteTables(store: TopologyStore, log: vscode.LogOutputChannel, access: ConnectionAccess, sides: Iterable<PeerSide>): Promise<void> {
  await Promise.all(
    [...new Set(sides)].map(async (side) => {
      const a = access[side];
      if (!a.profileId) return;
      try {
        await store.loadVpcDetails(a.profileId, a.end.regionId, a.end.vpcId);
      } catch (error) {
        log.warn(`reading the route tables of ${a.end.vpcId} again failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}
