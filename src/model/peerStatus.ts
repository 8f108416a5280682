// What a peer connection's status means and what a viewer may do with it.
//
// The viewer is the set of account UIDs the user has profiles for: the same person may hold both
// sides of a cross-account connection. The rules follow the state/operation matrix of the VpcPeer
// API (reference §2.2); cells the documentation leaves unconfirmed are decided here as follows:
// - Delete is offered in Accepting, Rejected and Expired to the requester only (it created the
//   record and is the one who has to clean it up before peering the pair again), and in Activated
//   to either side.
// - Modify is offered to either side while Activated (Terraform's accepter resource modifies too).
// - Nothing is offered while Creating, Updating or Deleting: the service refuses every write during
//   a transition (`IncorrectStatus.VpcPeer`).
// - Accept and Modify are withheld while BizStatus is not Normal (`IncorrectBusinessStatus.VpcPeer`),
//   Delete while a managed service owns the connection (`OperationDenied.ServiceManagedInstance`).

import { expiryHint } from './timeText';
import { isTransitionalStatus } from './transitions';
import { type PeerConnection, type PeerEnd, type PeerStatus } from './types';

export const PEER_ACTIONS = ['accept', 'reject', 'modify', 'delete', 'addRoutes', 'removeRoutes'] as const;
export type PeerAction = (typeof PEER_ACTIONS)[number];

/** Which side(s) of a connection the viewer's accounts hold. */
export type ViewerRole = 'requester' | 'accepter' | 'both' | 'none';

export type RegionScope = 'intraRegion' | 'interRegion';

/** The account UIDs the user has profiles for. */
export type ViewerAccounts = ReadonlySet<string> | readonly string[];

type ConnectionSides = Pick<PeerConnection, 'requester' | 'accepter'>;
type ConnectionState = Pick<PeerConnection, 'status' | 'bizStatus' | 'managedService' | 'requester' | 'accepter'>;

// ── statuses ────────────────────────────────────────────────────────────────────────────────────

/** An overdue payment locks a resource (`FinancialLocked`); an empty or `Normal` business status means payments are in order. */
export function isBusinessLocked(businessStatus: string): boolean {
  return businessStatus !== '' && businessStatus !== 'Normal';
}

/** Whether the connection can carry traffic (given routes on both sides). */
export function isUsable(status: PeerStatus): boolean {
  return status === 'Activated';
}

// ── sides ───────────────────────────────────────────────────────────────────────────────────────

function asSet(viewer: ViewerAccounts): ReadonlySet<string> {
  return viewer instanceof Set ? viewer : new Set(viewer as readonly string[]);
}

export function viewerRole(connection: ConnectionSides, viewer: ViewerAccounts): ViewerRole {
  const accounts = asSet(viewer);
  const isRequester = accounts.has(connection.requester.accountUid);
  const isAccepter = accounts.has(connection.accepter.accountUid);
  if (isRequester && isAccepter) return 'both';
  if (isRequester) return 'requester';
  if (isAccepter) return 'accepter';
  return 'none';
}

/** The ends of a connection, named by their roles. */
export const PEER_SIDES = ['requester', 'accepter'] as const;
export type PeerSide = (typeof PEER_SIDES)[number];

export function otherSide(side: PeerSide): PeerSide {
  return side === 'requester' ? 'accepter' : 'requester';
}

export function peerEnd(connection: ConnectionSides, side: PeerSide): PeerEnd {
  return side === 'requester' ? connection.requester : connection.accepter;
}

/** Where on a connection something happens: a side, and that end's account, region and VPC. */
export interface SidePlace {
  side: PeerSide;
  accountUid: string;
  regionId: string;
  vpcId: string;
}

export function sidePlace(connection: ConnectionSides, side: PeerSide): SidePlace {
  const { accountUid, regionId, vpcId } = peerEnd(connection, side);
  return { side, accountUid, regionId, vpcId };
}

export function isSameAccount(connection: ConnectionSides): boolean {
  return connection.requester.accountUid === connection.accepter.accountUid;
}

export function regionScope(regionId: string, otherRegionId: string): RegionScope {
  return regionId === otherRegionId ? 'intraRegion' : 'interRegion';
}

export function connectionRegionScope(connection: ConnectionSides): RegionScope {
  return regionScope(connection.requester.regionId, connection.accepter.regionId);
}

// ── actions ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Why the viewer cannot take `action` on the connection now, or `undefined` when it can.
 * The sentence is meant for the user ("Only the accepter's account … can accept it.").
 */
export function actionBlocker(connection: ConnectionState, action: PeerAction, viewer: ViewerAccounts): string | undefined {
  const role = viewerRole(connection, viewer);
  const status = connection.status;
  const holdsAccepter = role === 'accepter' || role === 'both';
  const holdsRequester = role === 'requester' || role === 'both';
  if (role === 'none') return 'None of your profiles is the requester or the accepter account of this connection.';
  if (status === 'Deleting' || status === 'Deleted') return `The connection is ${status}.`;
  if (isTransitionalStatus('peerConnection', status)) return `The connection is ${status}; wait until the change completes.`;
  const settleFirst = isBusinessLocked(connection.bizStatus) ? `The connection's business status is ${connection.bizStatus}; settle the account first.` : undefined;

  switch (action) {
    case 'accept':
    case 'reject': {
      const verb = action === 'accept' ? 'accepted' : 'rejected';
      if (status !== 'Accepting') return `Only a connection waiting for acceptance can be ${verb}; this one is ${status}.`;
      if (!holdsAccepter) return `Only the accepter's account (${connection.accepter.accountUid}) can ${action} it.`;
      return action === 'accept' ? settleFirst : undefined;
    }
    case 'modify':
      if (status !== 'Activated') return `Only an activated connection can be modified; this one is ${status}.`;
      return settleFirst;
    case 'delete':
      if (connection.managedService) return `The connection is managed by ${connection.managedService}; delete it there.`;
      if (status === 'Activated') return undefined;
      if (!holdsRequester) return `Only the requester's account (${connection.requester.accountUid}) can delete a connection that is ${status}.`;
      return undefined;
    case 'addRoutes':
    case 'removeRoutes':
      if (status !== 'Activated') return `Routes can point at an activated connection only; this one is ${status}.`;
      return undefined;
  }
}

export function canPerform(connection: ConnectionState, action: PeerAction, viewer: ViewerAccounts): boolean {
  return actionBlocker(connection, action, viewer) === undefined;
}

export function allowedActions(connection: ConnectionState, viewer: ViewerAccounts): PeerAction[] {
  const accounts = asSet(viewer);
  return PEER_ACTIONS.filter((action) => canPerform(connection, action, accounts));
}

// ── explanations ────────────────────────────────────────────────────────────────────────────────

/** One sentence on where the connection stands and who has to act, for tooltips and details. */
export function statusExplanation(connection: ConnectionState & Pick<PeerConnection, 'expiresAt'>, viewer: ViewerAccounts, now: number = Date.now()): string {
  const role = viewerRole(connection, viewer);
  const until = connection.expiresAt ? ` (${expiryHint(connection.expiresAt, now) ?? connection.expiresAt})` : '';
  switch (connection.status) {
    case 'Creating':
      return 'Being created; this takes a moment.';
    case 'Accepting':
      if (role === 'accepter' || role === 'both') return `Waiting for you to accept or reject it${until}.`;
      return `Waiting for account ${connection.accepter.accountUid} to accept it${until}.`;
    case 'Updating':
      return 'Being updated; this takes a moment.';
    case 'Activated':
      return isSameAccount(connection) || role === 'both'
        ? 'Active; traffic flows once both VPCs route to each other through it.'
        : 'Active; traffic flows once both sides route to each other through it (each account adds its own routes).';
    case 'Rejected':
      return 'Rejected by the accepter; delete it and create a new request to try again.';
    case 'Expired':
      return 'Expired without being accepted; delete it and create a new request to try again.';
    case 'Deleting':
      return 'Being deleted.';
    case 'Deleted':
      return 'Deleted.';
  }
}

// ── waiting requests ────────────────────────────────────────────────────────────────────────────

/** Requests that wait for acceptance, seen from one account: those it must accept, and its own. */
export interface AwaitingAcceptance {
  /** The account is the accepter: it can accept or reject them. */
  yours: number;
  /** The account asked; the other account has to accept. */
  theirs: number;
}

/**
 * Counts each waiting connection once (a connection across regions is listed in both), as yours
 * when the account is the accepter — also when it is both ends — and as theirs otherwise.
 */
export function awaitingAcceptance(connections: Iterable<PeerConnection>, accountUid: string): AwaitingAcceptance {
  const counted = new Set<string>();
  const result: AwaitingAcceptance = { yours: 0, theirs: 0 };
  for (const connection of connections) {
    if (connection.status !== 'Accepting' || counted.has(connection.id)) continue;
    counted.add(connection.id);
    if (connection.accepter.accountUid === accountUid) result.yours++;
    else if (connection.requester.accountUid === accountUid) result.theirs++;
  }
  return result;
}
