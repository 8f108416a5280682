// "Delete BGP Peer…": after a modal confirmation naming the peer, its group and VBR, deletes it
// and follows it until it is gone. From a BGP peer node, the palette, or { profileId, regionId,
// bgpPeerId, skipConfirmation?: boolean }. Resolves to the deleted peer's id.

import * as vscode from 'vscode';
import { bgpPeerActions } from '../model/resourceActions';
import { argumentsObject, optionalBoolean } from './shared/arguments';
import { describePeer, targetPeer } from './bgp/bgpTargets';
import { confirmed, type CommandDefinition } from './shared/commandContext';
import { bgpPeerTitle } from './shared/resourceText';
import { followWrite } from './operation/followWrite';
import { clientFor, runOperation } from './operation/runOperation';
import { WizardCancelled } from './wizard/prompter';

export const deleteBgpPeer: CommandDefinition = {
  id: 'vpcPeering.deleteBgpPeer',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const located = await targetPeer(context, argument, (p) => bgpPeerActions(p).includes('delete'), vscode.l10n.t('Delete BGP Peer'));
    const { peer } = located;
    if (!bgpPeerActions(peer).includes('delete')) {
      throw new Error(vscode.l10n.t('The BGP peer {0} is {1}; it can be deleted only when Available.', bgpPeerTitle(peer), peer.status));
    }
    const description = describePeer(context.store, located);
    const detail = vscode.l10n.t('{0}\nSession: {1}. Routes learned from this peer are withdrawn.', description, peer.bgpStatus);
    if (!(optionalBoolean(args, 'skipConfirmation') ?? false) && !(await confirmed(context, vscode.l10n.t('Delete the BGP peer {0}?', bgpPeerTitle(peer)), detail, vscode.l10n.t('Delete')))) {
      throw new WizardCancelled();
    }
    const client = clientFor(context, located.profileId);
    try {
      return await runOperation(vscode.l10n.t('Deleting BGP peer {0}', bgpPeerTitle(peer)), async (control) => {
        await client.operations.deleteBgpPeer({ regionId: located.regionId, bgpPeerId: peer.id }, { clientToken: control.clientToken, signal: control.signal });
        control.markSent();
        await context.store.refreshRegion(located.profileId, located.regionId);
        const ref = { kind: 'bgpPeer', id: peer.id, profileId: located.profileId, regionId: located.regionId } as const;
        await followWrite(context.store, control, ref, (resource) => resource === undefined);
        context.log.info(`deleted BGP peer ${description}`);
        return peer.id;
      });
    } finally {
      await context.store.refreshRegion(located.profileId, located.regionId).catch(() => undefined);
    }
  },
};
