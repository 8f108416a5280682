// "Create BGP Peer…": a peer in a BGP group of a virtual border router — its address (of the
// group's IP version), BFD on or off and, with BFD, the multi-hop count — then follows it until
// Available. From a BGP group node, a VBR node (then one of its groups is picked), the palette, or
// { profileId, regionId, bgpGroupId, peerIpAddress, ipVersion?, enableBfd?, bfdMultiHop? }.
// Resolves to the new `bgp-…` id. At most 8 peers fit on one VBR: the service's quota error says so.

import * as vscode from 'vscode';
import { isCloudError } from '../cloud/errors';
import { bgpGroupActions } from '../model/resourceActions';
import { argumentsObject } from './shared/arguments';
import { describeGroup, peersOnVbr, targetGroup, vbrLabel } from './bgp/bgpTargets';
import { groupIpVersion, peerSteps, peerValuesFromArguments, type PeerState } from './bgp/peerSteps';
import { withHint } from './shared/cloudErrorHint';
import type { CommandDefinition } from './shared/commandContext';
import { followToStatus } from './operation/followWrite';
import { clientFor, runOperation } from './operation/runOperation';
import { runCommandWizard } from './wizard/commandWizard';

/** Documented: at most 8 BGP peers per VBR. */
export const BGP_PEERS_PER_VBR = 8;

export const createBgpPeer: CommandDefinition = {
  id: 'vpcPeering.createBgpPeer',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const title = vscode.l10n.t('Create BGP Peer');
    const located = await targetGroup(context, argument, (g) => bgpGroupActions(g).includes('addPeer'), title);
    const { group } = located;
    const given = args ? peerValuesFromArguments(args, located.regionId, group) : {};
    const state = await runCommandWizard<PeerState>(context, { promptSteps: peerSteps() }, { ...given, given, programmatic: !!args, group, title });
    const enableBfd = state.enableBfd ?? false;
    const client = clientFor(context, located.profileId);
    const vbr = vbrLabel(context.store, located, group.vbrId);
    try {
      return await runOperation(vscode.l10n.t('Creating BGP peer {0} in {1}', state.peerIpAddress ?? '', group.name || group.id), async (control) => {
        let created;
        try {
          created = await client.operations.createBgpPeer(
            {
              regionId: located.regionId,
              bgpGroupId: group.id,
              peerIpAddress: state.peerIpAddress,
              ipVersion: groupIpVersion(group),
              enableBfd,
              bfdMultiHop: enableBfd ? state.bfdMultiHop : undefined,
            },
            { clientToken: control.clientToken, signal: control.signal },
          );
        } catch (error) {
          if (isCloudError(error) && error.code.startsWith('QuotaExceeded')) {
            const used = peersOnVbr(context.store, located, group.vbrId).length;
            throw withHint(
              error,
              vscode.l10n.t(
                'A virtual border router holds at most {0} BGP peers, and {1} has {2}: delete a peer it no longer needs, or ask for a higher quota in the Quota Center.',
                BGP_PEERS_PER_VBR,
                vbr,
                used,
              ),
            );
          }
          throw error;
        }
        control.markSent();
        const bgpPeerId = created.id;
        await context.store.refreshRegion(located.profileId, located.regionId);
        const peer = await followToStatus(context.store, control, { kind: 'bgpPeer', id: bgpPeerId, profileId: located.profileId, regionId: located.regionId }, ['Available']);
        context.log.info(`created BGP peer ${bgpPeerId} (${peer.peerIpAddress}) in ${describeGroup(context.store, located)}: ${peer.status}`);
        return bgpPeerId;
      });
    } finally {
      await context.store.refreshRegion(located.profileId, located.regionId).catch(() => undefined);
    }
  },
};
