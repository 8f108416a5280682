import assert from 'node:assert/strict';
import {
  actionBlocker,
  allowedActions,
  awaitingAcceptance,
  canPerform,
  connectionRegionScope,
  isSameAccount,
  isUsable,
  statusExplanation,
  viewerRole,
  type PeerAction,
} from '../../../src/model/peerStatus';
import { isTransitionalStatus } from '../../../src/model/transitions';
import { PEER_STATUSES, type PeerStatus } from '../../../src/model/types';
import { ACCEPTER_UID, peerConnection, REQUESTER_UID } from './fixtures';

const REQUESTER = REQUESTER_UID;
const ACCEPTER = ACCEPTER_UID;
const connection = peerConnection;

describe('peerStatus', () => {
  it('classifies every status', () => {
    const table: Record<PeerStatus, [transitional: boolean, usable: boolean]> = {
      Creating: [true, false],
      Accepting: [false, false],
      Updating: [true, false],
      Rejected: [false, false],
      Expired: [false, false],
      Activated: [false, true],
      Deleting: [true, false],
      Deleted: [false, false],
    };
    for (const status of PEER_STATUSES) {
      const [transitional, usable] = table[status];
      assert.equal(isTransitionalStatus('peerConnection', status), transitional, `${status} transitional`);
      assert.equal(isUsable(status), usable, `${status} usable`);
    }
  });

  it('tells which side the viewer holds', () => {
    const c = connection('Activated');
    assert.equal(viewerRole(c, [REQUESTER]), 'requester');
    assert.equal(viewerRole(c, new Set([ACCEPTER])), 'accepter');
    assert.equal(viewerRole(c, [REQUESTER, ACCEPTER]), 'both');
    assert.equal(viewerRole(c, ['3333']), 'none');
    assert.equal(viewerRole(c, []), 'none');
    const same = connection('Activated', { accepter: { ...c.accepter, accountUid: REQUESTER } });
    assert.equal(isSameAccount(same), true);
    assert.equal(viewerRole(same, [REQUESTER]), 'both');
    assert.equal(isSameAccount(c), false);
  });

  it('tells intra- from inter-region', () => {
    const c = connection('Activated');
    assert.equal(connectionRegionScope(c), 'interRegion');
    assert.equal(connectionRegionScope(connection('Activated', { accepter: { ...c.accepter, regionId: 'cn-hangzhou' } })), 'intraRegion');
  });

  describe('allowedActions by status and side', () => {
    const table: Array<[status: PeerStatus, requester: PeerAction[], accepter: PeerAction[], both: PeerAction[]]> = [
      ['Creating', [], [], []],
      ['Accepting', ['delete'], ['accept', 'reject'], ['accept', 'reject', 'delete']],
      ['Updating', [], [], []],
      ['Activated', ['modify', 'delete', 'addRoutes', 'removeRoutes'], ['modify', 'delete', 'addRoutes', 'removeRoutes'], ['modify', 'delete', 'addRoutes', 'removeRoutes']],
      ['Rejected', ['delete'], [], ['delete']],
      ['Expired', ['delete'], [], ['delete']],
      ['Deleting', [], [], []],
      ['Deleted', [], [], []],
    ];
    for (const [status, requester, accepter, both] of table) {
      it(status, () => {
        const c = connection(status);
        assert.deepEqual(allowedActions(c, [REQUESTER]), requester, 'requester');
        assert.deepEqual(allowedActions(c, [ACCEPTER]), accepter, 'accepter');
        assert.deepEqual(allowedActions(c, [REQUESTER, ACCEPTER]), both, 'both');
        assert.deepEqual(allowedActions(c, ['999']), [], 'stranger');
      });
    }
  });

  it('canPerform agrees with allowedActions', () => {
    const accepting = connection('Accepting');
    assert.equal(canPerform(accepting, 'accept', [ACCEPTER]), true);
    assert.equal(canPerform(accepting, 'accept', [REQUESTER]), false);
    assert.equal(canPerform(accepting, 'reject', [ACCEPTER]), true);
    assert.equal(canPerform(accepting, 'delete', [REQUESTER]), true);
    assert.equal(canPerform(accepting, 'modify', [REQUESTER]), false);
    assert.equal(canPerform(connection('Activated'), 'addRoutes', [ACCEPTER]), true);
    assert.equal(canPerform(accepting, 'addRoutes', [REQUESTER, ACCEPTER]), false);
  });

  it('withholds accept and modify while financially locked, but still allows reject and delete', () => {
    const locked = connection('Accepting', { bizStatus: 'FinancialLocked' });
    assert.deepEqual(allowedActions(locked, [ACCEPTER]), ['reject']);
    assert.match(actionBlocker(locked, 'accept', [ACCEPTER]) ?? '', /business status is FinancialLocked/);
    const lockedActive = connection('Activated', { bizStatus: 'FinancialLocked' });
    assert.deepEqual(allowedActions(lockedActive, [REQUESTER]), ['delete', 'addRoutes', 'removeRoutes']);
  });

  it('does not offer delete on a connection a managed service owns', () => {
    const managed = connection('Activated', { managedService: 'SWAS' });
    assert.equal(canPerform(managed, 'delete', [REQUESTER]), false);
    assert.match(actionBlocker(managed, 'delete', [REQUESTER]) ?? '', /managed by SWAS/);
  });

  it('explains why an action is blocked', () => {
    assert.match(actionBlocker(connection('Accepting'), 'accept', [REQUESTER]) ?? '', new RegExp(`Only the accepter's account \\(${ACCEPTER}\\) can accept it`));
    assert.match(actionBlocker(connection('Activated'), 'accept', [ACCEPTER]) ?? '', /waiting for acceptance can be accepted; this one is Activated/);
    assert.match(actionBlocker(connection('Updating'), 'modify', [REQUESTER]) ?? '', /Updating; wait/);
    assert.match(actionBlocker(connection('Rejected'), 'delete', [ACCEPTER]) ?? '', /Only the requester's account/);
    assert.match(actionBlocker(connection('Activated'), 'modify', ['x']) ?? '', /None of your profiles/);
    assert.equal(actionBlocker(connection('Activated'), 'modify', [ACCEPTER]), undefined);
  });

  it('explains each status from the viewer’s side', () => {
    const accepting = connection('Accepting', { expiresAt: '2024-05-01T09:02:36Z' });
    const threeDaysBefore = Date.parse('2024-04-28T09:02:36Z');
    assert.equal(statusExplanation(accepting, [ACCEPTER], threeDaysBefore), 'Waiting for you to accept or reject it (expires in 3 days).');
    assert.equal(statusExplanation(accepting, [REQUESTER], threeDaysBefore), `Waiting for account ${ACCEPTER} to accept it (expires in 3 days).`);
    assert.equal(statusExplanation(accepting, [ACCEPTER], Date.parse('2024-05-01T11:02:36Z')), 'Waiting for you to accept or reject it (expired 2 hours ago).');
    assert.match(statusExplanation(connection('Activated'), [REQUESTER]), /each account adds its own routes/);
    assert.match(statusExplanation(connection('Activated'), [REQUESTER, ACCEPTER]), /both VPCs route/);
    for (const status of PEER_STATUSES) assert.ok(statusExplanation(connection(status), [REQUESTER]).length > 0, status);
  });

  it('counts waiting requests once each: to accept as the accepter (also of both ends), asked as the requester', () => {
    const waiting = connection('Accepting');
    const listedTwice = [waiting, { ...waiting }];
    const ownBothEnds = connection('Accepting', { id: 'pcc-own', accepter: { ...waiting.accepter, accountUid: REQUESTER } });
    const others = [connection('Activated', { id: 'pcc-active' }), connection('Expired', { id: 'pcc-old' }), connection('Accepting', { id: 'pcc-else', requester: { ...waiting.requester, accountUid: '1999' }, accepter: { ...waiting.accepter, accountUid: '1998' } })];
    assert.deepEqual(awaitingAcceptance([...listedTwice, ...others], ACCEPTER), { yours: 1, theirs: 0 });
    assert.deepEqual(awaitingAcceptance([...listedTwice, ownBothEnds, ...others], REQUESTER), { yours: 1, theirs: 1 });
    assert.deepEqual(awaitingAcceptance(others, REQUESTER), { yours: 0, theirs: 0 });
  });
});
