// What the user can reach of a peer connection: for each side, the active profile that holds its
// account (if any), its VPC as the store knows it, and that VPC's route tables, entries and
// vSwitches — as fresh as the store keeps them for plans (read again when older), so the tree and
// the graph see what was read too.

import * as vscode from 'vscode';
import { otherSide, peerEnd, PEER_SIDES, type PeerSide } from '../../model/peerStatus';
import type { PeerConnection, PeerEnd, Vpc } from '../../model/types';
import type { TopologyStore, VpcPlace } from '../../inventory/store';
import type { VpcDetails } from '../../inventory/vpcDetails';
import { ArgumentError } from '../shared/arguments';
import { titleOf } from '../shared/resourceText';

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

/** Which sides the user can reach, with their route data loaded. */
export async function connectionAccess(store: TopologyStore, connection: PeerConnection): Promise<ConnectionAccess> {
  const sides = await Promise.all(
    PEER_SIDES.map(async (side): Promise<SideAccess> => {
      const end = peerEnd(connection, side);
      const resolved = store.resolveEnd(end);
      const profileId = resolved.kind === 'vpc' ? resolved.profileId : store.profileForAccount(end.accountUid);
      const vpc = resolved.kind === 'vpc' ? resolved.vpc : undefined;
      const details = profileId ? await store.freshVpcDetails({ profileId, regionId: end.regionId, vpcId: end.vpcId }) : undefined;
      return { side, end, profileId, vpc, details };
    }),
  );
  return { requester: sides[0], accepter: sides[1] };
}

/** "hub-transit-hz (vpc-…)" or just the id. */
export function vpcLabel(access: SideAccess): string {
  return titleOf({ id: access.end.vpcId, name: access.vpc?.name });
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

/** The VPCs of these sides that a profile here holds: what to read again after a run changed their routes. */
export function sideVpcs(access: ConnectionAccess, sides: Iterable<PeerSide>): VpcPlace[] {
  return [...new Set(sides)].flatMap((side) => {
    const { profileId, end } = access[side];
    return profileId ? [{ profileId, regionId: end.regionId, vpcId: end.vpcId }] : [];
  });
}
