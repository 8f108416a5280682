// The tree menus of the peer connection commands, evaluated against the context values the
// explorer gives its nodes: each action appears exactly where the model allows it.
import * as assert from 'node:assert/strict';
import { peerConnectionContextValue } from '../../../src/model/contextValue';
import type { PeerConnection, PeerStatus } from '../../../src/model/types';
import { manifest } from '../support/extension';
import { inlineCommands, treeMenuCommands } from '../support/menus';

const REQUESTER = '1420304050607080';
const ACCEPTER = '1510203040506070';
const peerCommands = (commands: string[]) => commands.filter((c) => /PeerConnection/.test(c)).sort();

function connection(status: PeerStatus, accepterRegion = 'cn-hangzhou'): PeerConnection {
  return {
    id: 'pcc-menu',
    name: 'menu',
    description: '',
    status,
    bizStatus: 'Normal',
    requester: { accountUid: REQUESTER, regionId: 'cn-hangzhou', vpcId: 'vpc-a', ipv4Cidrs: [], ipv6Cidrs: [] },
    accepter: { accountUid: ACCEPTER, regionId: accepterRegion, vpcId: 'vpc-b', ipv4Cidrs: [], ipv6Cidrs: [] },
    bandwidthMbps: -1,
    tags: [],
  };
}

describe('peer connections: menus', () => {
  it('the accepter gets Accept (inline) and Reject on a waiting request, the requester only Delete', () => {
    const asAccepter = peerConnectionContextValue(connection('Accepting'), [ACCEPTER]);
    assert.deepEqual(peerCommands(treeMenuCommands(asAccepter)), ['vpcPeering.acceptPeerConnection', 'vpcPeering.rejectPeerConnection']);
    assert.deepEqual(peerCommands(inlineCommands(asAccepter)), ['vpcPeering.acceptPeerConnection']);
    const asRequester = peerConnectionContextValue(connection('Accepting'), [REQUESTER]);
    assert.deepEqual(peerCommands(treeMenuCommands(asRequester)), ['vpcPeering.deletePeerConnection']);
  });

  it('an activated connection offers Modify and Delete to either side', () => {
    for (const viewer of [REQUESTER, ACCEPTER]) {
      const value = peerConnectionContextValue(connection('Activated', 'cn-beijing'), [viewer]);
      assert.deepEqual(peerCommands(treeMenuCommands(value)), ['vpcPeering.deletePeerConnection', 'vpcPeering.modifyPeerConnection']);
    }
  });

  it('nothing while the connection is changing state; Delete for the requester of a rejected or expired one', () => {
    for (const status of ['Creating', 'Updating', 'Deleting'] as const) {
      assert.deepEqual(peerCommands(treeMenuCommands(peerConnectionContextValue(connection(status), [REQUESTER, ACCEPTER]))), [], status);
    }
    for (const status of ['Rejected', 'Expired'] as const) {
      assert.deepEqual(peerCommands(treeMenuCommands(peerConnectionContextValue(connection(status), [REQUESTER]))), ['vpcPeering.deletePeerConnection']);
      assert.deepEqual(peerCommands(treeMenuCommands(peerConnectionContextValue(connection(status), [ACCEPTER]))), []);
    }
  });

  it('Create starts from a VPC (inline too) or a region; Clean Up from an account', () => {
    assert.ok(treeMenuCommands('vpc').includes('vpcPeering.createPeerConnection'));
    assert.ok(inlineCommands('vpc').includes('vpcPeering.createPeerConnection'));
    assert.ok(treeMenuCommands('region:loaded').includes('vpcPeering.createPeerConnection'));
    assert.ok(treeMenuCommands('account:sandbox').includes('vpcPeering.cleanUpPeerConnections'));
    assert.ok(!treeMenuCommands('vpcX').includes('vpcPeering.createPeerConnection'));
  });

  it('every command is in the palette under VPC Peering while a profile is active', () => {
    const { commands, menus } = manifest().contributes as unknown as {
      commands: { command: string; category?: string; title: string }[];
      menus: { commandPalette: { command: string; when?: string }[] };
    };
    for (const id of ['create', 'accept', 'reject', 'modify', 'delete', 'cleanUp'].map((n) => `vpcPeering.${n}PeerConnection${n === 'cleanUp' ? 's' : ''}`)) {
      assert.equal(commands.find((c) => c.command === id)?.category, 'VPC Peering', id);
      assert.equal(menus.commandPalette.find((e) => e.command === id)?.when, '!vpcPeering.noActiveProfile', id);
    }
  });
});
