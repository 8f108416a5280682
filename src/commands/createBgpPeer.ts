// "Create BGP Peer…": a peer in a BGP group of a virtual border router — its address (of the
// group's IP version), BFD on or off and, with BFD, the multi-hop count — then a review, then
// follows it until Available. A refusal returns to the review with its hint (see bgp/peerWizard.ts).
// From a BGP group node, a VBR node (then one of its groups is picked), the palette, or
// { profileId, regionId, bgpGroupId, peerIpAddress, ipVersion?, enableBfd?, bfdMultiHop? }.
// Resolves to the new `bgp-…` id. At most 8 peers fit on one VBR: the service's quota error says so.

import * as vscode from 'vscode';
import { isCloudError } from '../cloud/errors';
import { bgpGroupActions } from '../model/resourceActions';
import { describeGroup, targetGroup, type LocatedGroup } from './bgp/bgpTargets';
import { groupIpVersion, peerState, type PeerState } from './bgp/peerSteps';
import { runPeerWizard } from './bgp/peerWizard';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { bgpPeersOnVbr } from './shared/resourcePicks';
import { titleOf, vbrTitle } from './shared/resourceText';
import { clientFor } from './operation/runOperation';

/** Documented: at most 8 BGP peers per VBR. */
export const BGP_PEERS_PER_VBR = 8;

export const createBgpPeer: CommandDefinition = {
  id: 'vpcPeering.createBgpPeer',
  async run(context, argument): Promise<string> {
    const title = vscode.l10n.t('Create BGP Peer');
    const located = await targetGroup(context, argument, (g) => bgpGroupActions(g).includes('addPeer'), title);
    const { group } = located;
    const peer = await runPeerWizard(context, createBgpPeer.id, located, peerState(argument, located.regionId, group, title), {
      title: (s) => vscode.l10n.t('Creating BGP peer {0} in {1}', s.peerIpAddress ?? '', titleOf(group)),
      send: (s, control) => sendCreate(context, located, s, { clientToken: control.clientToken, signal: control.signal }),
    });
    context.log.info(`created BGP peer ${peer!.id} (${peer!.peerIpAddress}) in ${describeGroup(context.store, located)}: ${peer!.status}`);
    return peer!.id;
  },
};

/** CreateBgpPeer; a quota refusal says how many peers the VBR holds. */
async function sendCreate(context: CommandContext, located: LocatedGroup, s: PeerState, write: { clientToken: string; signal: AbortSignal }): Promise<string> {
  const { group } = located;
  const enableBfd = s.enableBfd ?? false;
  try {
    const created = await clientFor(context, located.profileId).operations.createBgpPeer(
      { regionId: located.regionId, bgpGroupId: group.id, peerIpAddress: s.peerIpAddress, ipVersion: groupIpVersion(group), enableBfd, bfdMultiHop: enableBfd ? s.bfdMultiHop : undefined },
      write,
    );
    return created.id;
  } catch (error) {
    if (!isCloudError(error) || !error.code.startsWith('QuotaExceeded')) throw error;
    const used = bgpPeersOnVbr(context.store, located.profileId, located.regionId, group.vbrId).length;
    const vbr = vbrTitle(context.store, located.profileId, located.regionId, group.vbrId);
    throw error.withHint(
      vscode.l10n.t(
        'A virtual border router holds at most {0} BGP peers, and {1} has {2}: delete a peer it no longer needs, or ask for a higher quota in the Quota Center.',
        BGP_PEERS_PER_VBR,
        vbr,
        used,
      ),
    );
  }
}
