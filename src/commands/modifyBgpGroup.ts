// "Modify BGP Group…": name, description, peer ASN, local ASN, authentication key (new or
// removed), fake ASN and route limit of a group (ModifyBgpGroupAttribute); only what differs
// from the group is sent, then the group is followed until it is Available with the change. From
// a BGP group node, the palette, or { profileId, regionId, bgpGroupId, name?, description?,
// peerAsn?, localAsn?, authKey?, clearAuthKey?, isFakeAsn?, routeQuota? } (only the group named:
// the changes are asked). Resolves to the group's id.

import * as vscode from 'vscode';
import { bgpGroupActions } from '../model/resourceActions';
import type { BgpGroup } from '../model/types';
import { type BgpGroupChange, bgpGroupChangeProblem, effectiveBgpGroupChange } from '../model/validation';
import { GONE } from '../inventory/follow';
import { ArgumentError, argumentsObject, optionalBoolean, optionalNumber, optionalString } from './shared/arguments';
import { describeGroup, targetGroup } from './bgp/bgpTargets';
import { askedChange, groupChangeSteps, type GroupChangeState } from './bgp/groupChangeSteps';
import type { CommandDefinition } from './shared/commandContext';
import { titleOf } from './shared/resourceText';
import { followWrite } from './operation/followWrite';
import { clientFor } from './operation/runOperation';
import { runCommandWizard } from './wizard/commandWizard';
import type { ExecuteStep } from './wizard/wizard';

function changeFromArguments(args: Record<string, unknown>, group: BgpGroup): BgpGroupChange {
  const change: BgpGroupChange = {
    name: optionalString(args, 'name'),
    description: optionalString(args, 'description'),
    peerAsn: optionalNumber(args, 'peerAsn'),
    localAsn: optionalNumber(args, 'localAsn'),
    authKey: optionalString(args, 'authKey'),
    clearAuthKey: optionalBoolean(args, 'clearAuthKey'),
    isFakeAsn: optionalBoolean(args, 'isFakeAsn'),
    routeQuota: optionalNumber(args, 'routeQuota'),
  };
  const problem = bgpGroupChangeProblem(change, group);
  if (problem) throw new ArgumentError(problem);
  return change;
}

/** The group as the service reports it once it took `change` (the key only as "set" or not). */
function shows(group: BgpGroup, change: BgpGroupChange): boolean {
  return (
    group.status === 'Available' &&
    (change.name === undefined || group.name === change.name) &&
    (change.description === undefined || group.description === change.description) &&
    (change.peerAsn === undefined || group.peerAsn === change.peerAsn) &&
    (change.localAsn === undefined || group.localAsn === change.localAsn) &&
    (change.authKey === undefined || group.hasAuthKey) &&
    (change.clearAuthKey !== true || !group.hasAuthKey) &&
    (change.isFakeAsn === undefined || (group.isFakeAsn ?? false) === change.isFakeAsn) &&
    (change.routeQuota === undefined || group.routeLimit === change.routeQuota)
  );
}

/** What changed, for the log: never the key itself. */
function changeLine(change: BgpGroupChange): string {
  return Object.entries(change)
    .map(([field, value]) => (field === 'authKey' ? 'authKey=(new key)' : `${field}=${JSON.stringify(value)}`))
    .join(', ');
}

export const modifyBgpGroup: CommandDefinition = {
  id: 'vpcPeering.modifyBgpGroup',
  async run(context, argument): Promise<string> {
    const args = argumentsObject(argument);
    const title = vscode.l10n.t('Modify BGP Group');
    const located = await targetGroup(context, argument, (g) => bgpGroupActions(g).includes('modify'), title);
    const { group } = located;
    if (!bgpGroupActions(group).includes('modify')) {
      throw new Error(vscode.l10n.t('The BGP group {0} is {1}; it can be changed only when Available.', titleOf(group), group.status));
    }
    const given = args ? changeFromArguments(args, group) : {};
    // An arguments object that only names the group (the graph, a keybinding) answers nothing: ask, as from the tree.
    const programmatic = Object.values(given).some((value) => value !== undefined);
    const client = clientFor(context, located.profileId);
    const described = describeGroup(context.store, located);
    let changed: BgpGroupChange = {};
    const modify: ExecuteStep<GroupChangeState> = {
      shouldExecute: (state) => Object.keys(effectiveBgpGroupChange(askedChange(state), group)).length > 0,
      async execute(state, control) {
        changed = effectiveBgpGroupChange(askedChange(state), group);
        await client.operations.modifyBgpGroup(
          { regionId: located.regionId, bgpGroupId: group.id, ...changed },
          { clientToken: control.clientToken, signal: control.signal },
        );
        control.markSent();
        const ref = { kind: 'bgpGroup', id: group.id, profileId: located.profileId, regionId: located.regionId } as const;
        const after = await followWrite(context.store, control, ref, (resource) => resource === undefined || shows(resource, changed));
        if (after === GONE) throw new Error(vscode.l10n.t('The BGP group {0} disappeared while it was being changed.', titleOf(group)));
        context.log.info(`modified BGP group ${described}: ${changeLine(changed)}`);
      },
    };
    try {
      await runCommandWizard<GroupChangeState>(
        context,
        {
          promptSteps: groupChangeSteps(),
          executeSteps: [modify],
          operationTitle: () => vscode.l10n.t('Modifying BGP group {0}', titleOf(group)),
          title,
        },
        { ...given, group, programmatic },
      );
      if (Object.keys(changed).length === 0) context.log.info(`modify BGP group ${titleOf(group)}: nothing to change`);
      return group.id;
    } finally {
      await context.store.refreshRegion(located.profileId, located.regionId).catch(() => undefined);
    }
  },
};
