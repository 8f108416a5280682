// An existing router interface as the store knows it, with the profile that reaches it; its
// opposite end when an active profile sees that too; and the ways a command gets one: a tree
// node, an arguments object `{ profileId, regionId, routerInterfaceId }`, or a picker.

import * as vscode from 'vscode';
import { regionIdProblem, resourceIdProblem } from '../../model/validation';
import type { RouterInterface } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { RouterInterfaceNode } from '../../views/explorer/routerInterfaceNodes';
import { ArgumentError, argumentsObject, optionalString } from '../shared/arguments';
import type { CommandContext } from '../shared/commandContext';
import { resourceIdOf } from '../shared/resourceOfNode';
import { BACK, type PickItem, WizardCancelled } from '../wizard/prompter';

export interface LocatedInterface {
  profileId: string;
  regionId: string;
  ri: RouterInterface;
}

export function locateInterface(store: TopologyStore, profileId: string, regionId: string, id: string): LocatedInterface | undefined {
  const ri = valueOf(store.region(profileId, regionId))?.routerInterfaces.find((r) => r.id === id);
  return ri && { profileId, regionId, ri };
}

/** Every router interface the active profiles have loaded. */
export function allInterfaces(store: TopologyStore): LocatedInterface[] {
  const found: LocatedInterface[] = [];
  for (const account of store.accounts()) {
    for (const region of valueOf(account.regions) ?? []) {
      for (const ri of valueOf(store.region(account.profile.id, region.id))?.routerInterfaces ?? []) {
        found.push({ profileId: account.profile.id, regionId: region.id, ri });
      }
    }
  }
  return found;
}

/** The other end of the link, when an active profile sees it. */
export function oppositeOf(store: TopologyStore, located: LocatedInterface): LocatedInterface | undefined {
  const { opposite } = located.ri;
  if (!opposite.interfaceId || !opposite.regionId) return undefined;
  const profileId = opposite.accountUid ? store.profileForAccount(opposite.accountUid) : located.profileId;
  return profileId ? locateInterface(store, profileId, opposite.regionId, opposite.interfaceId) : undefined;
}

/** What the router behind an interface is called: the VPC's or VBR's name and id. */
function routerName(store: TopologyStore, located: LocatedInterface): string {
  const inventory = valueOf(store.region(located.profileId, located.regionId));
  const { ri } = located;
  if (ri.routerType === 'VBR') {
    const vbr = inventory?.vbrs.find((v) => v.id === ri.routerId);
    return vbr?.name ? `${vbr.name} (${vbr.id})` : ri.routerId;
  }
  const vpc = inventory?.vpcs.find((v) => v.id === ri.vpcId || v.vRouterId === ri.routerId);
  return vpc ? (vpc.name ? `${vpc.name} (${vpc.id})` : vpc.id) : ri.routerId;
}

/** `ri-… "name" on hub-transit-hz (vpc-…) in cn-hangzhou, Sandbox · network-hub`. */
export function describeInterface(store: TopologyStore, located: LocatedInterface): string {
  const account = store.account(located.profileId)?.profile.label ?? located.profileId;
  const name = located.ri.name ? ` "${located.ri.name}"` : '';
  return vscode.l10n.t('{0}{1} on {2} in {3}, {4}', located.ri.id, name, routerName(store, located), located.regionId, account);
}

function interfaceItem(store: TopologyStore, located: LocatedInterface): PickItem<LocatedInterface> {
  const { ri } = located;
  const role = ri.role === 'InitiatingSide' ? vscode.l10n.t('initiating') : vscode.l10n.t('accepting');
  const opposite = ri.opposite.vpcId ?? ri.opposite.routerId ?? vscode.l10n.t('no opposite set');
  return {
    label: ri.name || ri.id,
    description: `${ri.id} · ${ri.status} · ${role} · ${ri.spec}`,
    detail: `${routerName(store, located)} → ${opposite} (${ri.opposite.regionId ?? '?'}) · ${located.regionId} · ${store.account(located.profileId)?.profile.label ?? ''}`,
    value: located,
  };
}

/**
 * The interface a command works on: the tree node it was run from, the arguments object's
 * `{ profileId, regionId, routerInterfaceId }`, or one picked from those `eligible` allows.
 */
export async function targetInterface(
  context: CommandContext,
  argument: unknown,
  eligible: (ri: RouterInterface) => boolean,
  title: string,
): Promise<LocatedInterface> {
  if (argument instanceof RouterInterfaceNode) {
    const ref = resourceIdOf(argument);
    const located = ref?.profileId && ref.regionId ? locateInterface(context.store, ref.profileId, ref.regionId, ref.id) : undefined;
    if (!located) throw new Error(vscode.l10n.t('The router interface {0} is no longer loaded: refresh the view.', argument.routerInterfaceId));
    return located;
  }
  const args = argumentsObject(argument);
  if (args) {
    const profileId = optionalString(args, 'profileId');
    const regionId = optionalString(args, 'regionId');
    const id = optionalString(args, 'routerInterfaceId');
    if (!profileId) throw new ArgumentError(vscode.l10n.t('"profileId" is required: the profile whose account owns the router interface.'));
    if (regionId === undefined) throw new ArgumentError(vscode.l10n.t('"regionId" is required.'));
    if (id === undefined) throw new ArgumentError(vscode.l10n.t('"routerInterfaceId" is required.'));
    const problem = regionIdProblem(regionId, '"regionId"') ?? resourceIdProblem('routerInterface', id, '"routerInterfaceId"');
    if (problem) throw new ArgumentError(problem);
    if (!context.store.account(profileId)) throw new ArgumentError(vscode.l10n.t('The profile "{0}" is not active.', profileId));
    const located = locateInterface(context.store, profileId, regionId, id);
    if (!located) throw new ArgumentError(vscode.l10n.t('There is no router interface {0} in {1} of {2}: check the id, or refresh.', id, regionId, profileId));
    return located;
  }
  const candidates = allInterfaces(context.store).filter((l) => eligible(l.ri));
  if (candidates.length === 0) throw new Error(vscode.l10n.t('No loaded router interface allows this now.'));
  const picked = await context.prompter().pick(
    candidates.map((l) => interfaceItem(context.store, l)),
    { title, placeholder: vscode.l10n.t('Router interface (name, id, status, role, spec)'), canGoBack: false },
  );
  if (picked === BACK) throw new WizardCancelled();
  return picked;
}
