// "Delete BGP Group…": after a modal confirmation naming the group, its VBR and both AS numbers,
// deletes it (DeleteBgpGroup) and follows it until it is gone. The service refuses a group that
// still has BGP peers (DependencyViolation.BgpPeer), so a group whose peers are loaded is refused
// before anything is sent, naming them; peers still being deleted are followed until gone. From a BGP
// group node, the palette, or { profileId, regionId, bgpGroupId, skipConfirmation?: boolean }.
// Resolves to the deleted group's id.

import * as vscode from 'vscode';
import { valueOf } from '../inventory/loadState';
import { bgpGroupActions } from '../model/resourceActions';
import { argumentsObject, optionalBoolean } from './shared/arguments';
import { describeGroup, targetGroup } from './bgp/bgpTargets';
import { confirmed, type CommandDefinition } from './shared/commandContext';
import { bgpPeerTitle, titleOf } from './shared/resourceText';
import { followWrite } from './operation/followWrite';
import { clientFor, runOperation } from './operation/runOperation';
import { WizardCancelled } from './wizard/prompter';

export const deleteBgpGroup: CommandDefinition = {
  id: 'vpcPeering.deleteBgpGroup',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const located = await targetGroup(context, argument, (g) => bgpGroupActions(g).includes('delete'), vscode.l10n.t('Delete BGP Group'));
    const { group } = located;
    if (!bgpGroupActions(group).includes('delete')) {
      throw new Error(vscode.l10n.t('The BGP group {0} is {1}; it can be deleted only when Available.', titleOf(group), group.status));
    }
    const peers = valueOf(context.store.region(located.profileId, located.regionId))?.bgpPeers.filter((p) => p.bgpGroupId === group.id) ?? [];
    // Peers on their way out are no obstacle: the command follows them until they are gone, then deletes.
    const leaving = peers.filter((p) => p.status === 'Deleting');
    const staying = peers.filter((p) => p.status !== 'Deleting');
    if (staying.length > 0) {
      throw new Error(
        staying.length === 1
          ? vscode.l10n.t('The BGP group {0} still has the BGP peer {1}: delete it first (Delete BGP Peer), then delete the group.', titleOf(group), bgpPeerTitle(staying[0]))
          : vscode.l10n.t(
              'The BGP group {0} still has {1} BGP peers ({2}): delete them first (Delete BGP Peer), then delete the group.',
              titleOf(group),
              staying.length,
              staying.map(bgpPeerTitle).join(', '),
            ),
      );
    }
    const description = describeGroup(context.store, located);
    const detail = vscode.l10n.t('{0}\nAS{1} (Alibaba Cloud) ↔ AS{2} (peer), {3}. New BGP peers cannot be added to it afterwards.', description, group.localAsn, group.peerAsn, group.ipVersion);
    if (!(optionalBoolean(args, 'skipConfirmation') ?? false) && !(await confirmed(context, vscode.l10n.t('Delete the BGP group {0}?', titleOf(group)), detail, vscode.l10n.t('Delete')))) {
      throw new WizardCancelled();
    }
    const client = clientFor(context, located.profileId);
    try {
      return await runOperation(vscode.l10n.t('Deleting BGP group {0}', titleOf(group)), async (control) => {
        for (const peer of leaving) {
          await followWrite(context.store, control, { kind: 'bgpPeer', id: peer.id, profileId: located.profileId, regionId: located.regionId }, (resource) => resource === undefined);
        }
        await client.operations.deleteBgpGroup({ regionId: located.regionId, bgpGroupId: group.id }, { clientToken: control.clientToken, signal: control.signal });
        control.markSent();
        const ref = { kind: 'bgpGroup', id: group.id, profileId: located.profileId, regionId: located.regionId } as const;
        await followWrite(context.store, control, ref, (resource) => resource === undefined);
        context.log.info(`deleted BGP group ${description}`);
        return group.id;
      });
    } finally {
      await context.store.refreshRegion(located.profileId, located.regionId).catch(() => undefined);
    }
  },
};
