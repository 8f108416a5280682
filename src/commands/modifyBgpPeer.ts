// "Modify BGP Peer…": the peer's address, BFD on or off, and the multi-hop count (asked only with
// BFD on); only what changed is sent, then the peer is followed until Available again. From a
// BGP peer node, the palette, or { profileId, regionId, bgpPeerId, peerIpAddress?, enableBfd?,
// bfdMultiHop? }. Resolves to the peer's id.

import * as vscode from 'vscode';
import { bgpPeerActions } from '../model/resourceActions';
import { argumentsObject } from './shared/arguments';
import { describePeer, targetPeer } from './bgp/bgpTargets';
import { peerSteps, peerValuesFromArguments, type PeerState } from './bgp/peerSteps';
import type { CommandDefinition } from './shared/commandContext';
import { followToStatus } from './operation/followWrite';
import { clientFor, runOperation } from './operation/runOperation';
import { runCommandWizard } from './wizard/commandWizard';

export const modifyBgpPeer: CommandDefinition = {
  id: 'vpcPeering.modifyBgpPeer',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const title = vscode.l10n.t('Modify BGP Peer');
    const located = await targetPeer(context, argument, (p) => bgpPeerActions(p).includes('modify'), title);
    const { peer } = located;
    if (!bgpPeerActions(peer).includes('modify')) {
      throw new Error(vscode.l10n.t('The BGP peer {0} is {1}; it can be changed only when Available.', peer.id, peer.status));
    }
    const group = located.group;
    if (!group) throw new Error(vscode.l10n.t('The BGP group {0} of {1} is not loaded: refresh the view.', peer.bgpGroupId, peer.id));
    const given = args ? peerValuesFromArguments(args, located.regionId, group, peer) : {};
    // An arguments object that only names the peer (the graph's Modify…) answers nothing: ask, as from the tree.
    const programmatic = Object.values(given).some((value) => value !== undefined);
    const state = await runCommandWizard<PeerState>(context, { promptSteps: peerSteps() }, { ...given, given, programmatic, group, current: peer, title });

    const enableBfd = state.enableBfd ?? peer.enableBfd;
    const bfdMultiHop = enableBfd ? (state.bfdMultiHop ?? peer.bfdMultiHop) : undefined;
    const peerIpAddress = state.peerIpAddress !== undefined && state.peerIpAddress !== peer.peerIpAddress ? state.peerIpAddress : undefined;
    const bfdChanged = enableBfd !== peer.enableBfd || (enableBfd && bfdMultiHop !== peer.bfdMultiHop);
    if (peerIpAddress === undefined && !bfdChanged) {
      context.log.info(`modify BGP peer ${peer.id}: nothing to change`);
      return peer.id;
    }
    const client = clientFor(context, located.profileId);
    try {
      return await runOperation(vscode.l10n.t('Modifying BGP peer {0}', peer.peerIpAddress || peer.id), async (control) => {
        await client.operations.modifyBgpPeer(
          {
            regionId: located.regionId,
            bgpPeerId: peer.id,
            bgpGroupId: peer.bgpGroupId,
            peerIpAddress,
            enableBfd: bfdChanged ? enableBfd : undefined,
            bfdMultiHop: bfdChanged ? bfdMultiHop : undefined,
          },
          { clientToken: control.clientToken, signal: control.signal },
        );
        control.markSent();
        await context.store.refreshRegion(located.profileId, located.regionId);
        const after = await followToStatus(context.store, control, { kind: 'bgpPeer', id: peer.id, profileId: located.profileId, regionId: located.regionId }, ['Available']);
        context.log.info(`modified BGP peer ${describePeer(context.store, located)}: ${after.peerIpAddress}, BFD ${after.enableBfd ? `on, multi-hop ${after.bfdMultiHop}` : 'off'}`);
        return peer.id;
      });
    } finally {
      await context.store.refreshRegion(located.profileId, located.regionId).catch(() => undefined);
    }
  },
};
