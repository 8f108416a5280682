// "Modify BGP Peer…": the peer's address, BFD on or off, and the multi-hop count (asked only with
// BFD on), then a review of what changes (old → new); only what changed is sent, then the peer is
// followed until Available again. A refusal returns to the review (see bgp/peerWizard.ts). From a
// BGP peer node, the palette, or { profileId, regionId, bgpPeerId, peerIpAddress?, enableBfd?,
// bfdMultiHop? }. Resolves to the peer's id.

import * as vscode from 'vscode';
import { bgpPeerActions } from '../model/resourceActions';
import { describePeer, targetPeer } from './bgp/bgpTargets';
import { changesAnything } from './bgp/peerChanges';
import { peerState } from './bgp/peerSteps';
import { changesOf, runPeerWizard } from './bgp/peerWizard';
import type { CommandDefinition } from './shared/commandContext';
import { bgpPeerTitle } from './shared/resourceText';
import { clientFor } from './operation/runOperation';

export const modifyBgpPeer: CommandDefinition = {
  id: 'vpcPeering.modifyBgpPeer',
  async run(context, argument): Promise<string> {
    const title = vscode.l10n.t('Modify BGP Peer');
    const located = await targetPeer(context, argument, (p) => bgpPeerActions(p).includes('modify'), title);
    const { peer } = located;
    if (!bgpPeerActions(peer).includes('modify')) {
      throw new Error(vscode.l10n.t('The BGP peer {0} is {1}; it can be changed only when Available.', bgpPeerTitle(peer), peer.status));
    }
    const group = located.group;
    if (!group) throw new Error(vscode.l10n.t('The BGP group {0} of {1} is not loaded: refresh the view.', peer.bgpGroupId, bgpPeerTitle(peer)));
    const after = await runPeerWizard(context, modifyBgpPeer.id, located, peerState(argument, located.regionId, group, title, peer), {
      title: () => vscode.l10n.t('Modifying BGP peer {0}', bgpPeerTitle(peer)),
      applies: (s) => changesAnything(changesOf(s)),
      async send(s, control) {
        const changes = changesOf(s);
        await clientFor(context, located.profileId).operations.modifyBgpPeer(
          { regionId: located.regionId, bgpPeerId: peer.id, bgpGroupId: peer.bgpGroupId, ...changes },
          { clientToken: control.clientToken, signal: control.signal },
        );
        return peer.id;
      },
    });
    if (!after) context.log.info(`modify BGP peer ${peer.id}: nothing to change`);
    else context.log.info(`modified BGP peer ${describePeer(context.store, located)}: ${after.peerIpAddress}, BFD ${after.enableBfd ? `on, multi-hop ${after.bfdMultiHop}` : 'off'}`);
    return peer.id;
  },
};
