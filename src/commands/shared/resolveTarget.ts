// Which resource a command acts on, answered once for every command. A command gets a tree row
// (menus), a ResourceRef (the topology page, another command), the documented arguments object
// (keybindings, tasks, tests: `{ profileId?, regionId?, accountUid?, <kind>Id }`, see
// docs/commands.md), or nothing — then the kind's picker asks.

import * as vscode from 'vscode';
import { isResourceRef, type ResourceKind, type ResourceRef } from '../../model/resourceRef';
import { valueOf } from '../../inventory/loadState';
import { ExplorerNode, PlaceNode } from '../../views/explorer/explorerNode';
import { BACK, type PickItem, WizardCancelled } from '../wizard/prompter';
import { ArgumentError, argumentsObject } from './arguments';
import type { CommandContext } from './commandContext';
import { findLoaded, type LoadedResource, loadedOnce, type TargetKind, type TargetResources } from './loadedResources';
import { pickItem } from './resourcePicks';
import { namedTarget } from './targetArguments';

/** What a command was given to act on. */
export interface GivenTarget {
  ref: ResourceRef;
  /** The profile it was named through: a tree row's, or the arguments' `profileId`. */
  profileId?: string;
  /** A tree row (it was loaded when the menu opened) or a ref / arguments object (typed by someone). */
  from: 'row' | 'named';
}

/** The resource a tree row or a ref stands for, of any kind (Copy ID, Open in Console, Reveal). */
export function givenResource(argument: unknown): GivenTarget | undefined {
  if (argument instanceof ExplorerNode) {
    const ref = argument.resource;
    return ref && { ref, profileId: argument instanceof PlaceNode ? argument.profileId : undefined, from: 'row' };
  }
  return isResourceRef(argument) ? { ref: argument, from: 'named' } : undefined;
}

/**
 * The resource of `kind` the argument names (see `namedTarget` for arguments objects); undefined
 * when it names none (a row of another kind, an arguments object without the kind's id, nothing).
 */
export function givenTarget(context: CommandContext, argument: unknown, kind: TargetKind): GivenTarget | undefined {
  const given = givenResource(argument);
  if (given) return given.ref.kind === kind ? given : undefined;
  const args = argumentsObject(argument);
  if (!args) return undefined;
  const named = namedTarget(args, kind, (profileId) => valueOf(context.store.account(profileId)?.identity ?? { status: 'idle' })?.accountUid);
  return named && { ...named, from: 'named' };
}

export interface TargetOptions<K extends TargetKind> {
  /** Which loaded resources the picker offers (all when absent). */
  eligible?: (resource: TargetResources[K], loaded: LoadedResource<K>) => boolean;
  title: string;
  placeholder: string;
  /** Said instead of showing an empty picker. */
  none: string;
}

/** The loaded resource the argument names, or the one the person picks. */
export async function resolveTarget<K extends TargetKind>(context: CommandContext, argument: unknown, kind: K, options: TargetOptions<K>): Promise<LoadedResource<K>> {
  const given = givenTarget(context, argument, kind);
  return given ? loadedTarget(context, kind, given) : pickTarget(context, kind, options);
}

/** The store's copy of a given resource; an error that says what to check when it has none. */
export function loadedTarget<K extends TargetKind>(context: CommandContext, kind: K, given: GivenTarget): LoadedResource<K> {
  const { ref, profileId } = given;
  if (profileId !== undefined && !context.store.account(profileId)) throw new ArgumentError(vscode.l10n.t('The profile "{0}" is not active.', profileId));
  const found = findLoaded(context.store, kind, ref, profileId);
  if (found) return found;
  if (given.from === 'row') throw new Error(vscode.l10n.t('The {0} {1} is no longer loaded: refresh the view.', kindName(kind), ref.id));
  const where = [ref.regionId, profileId ?? ref.accountUid].filter(Boolean).join(vscode.l10n.t(' of '));
  throw new ArgumentError(
    where
      ? vscode.l10n.t('There is no {0} {1} in {2}: check the id, or refresh.', kindName(kind), ref.id, where)
      : vscode.l10n.t('No active profile has loaded the {0} {1}: check the id, or refresh.', kindName(kind), ref.id),
  );
}

/** Picks one of the loaded resources `eligible` allows; closing the picker cancels the command. */
export async function pickTarget<K extends TargetKind>(context: CommandContext, kind: K, options: TargetOptions<K>): Promise<LoadedResource<K>> {
  const candidates = eligibleTargets(context, kind, options.eligible);
  if (candidates.length === 0) throw new Error(options.none);
  const items = candidates.map((loaded) => pickItem(context.store, kind, loaded));
  const picked = await context.prompter().pick(items, { title: options.title, placeholder: options.placeholder, canGoBack: false });
  const chosen = picked === BACK ? undefined : candidates.find((loaded) => loaded.resource.id === picked);
  if (!chosen) throw new WizardCancelled();
  return chosen;
}

/** The picker items (valued by id) for the loaded resources `eligible` allows, for a wizard step of its own. */
export function targetItems<K extends TargetKind>(context: Pick<CommandContext, 'store'>, kind: K, eligible?: TargetOptions<K>['eligible']): PickItem<string>[] {
  return eligibleTargets(context, kind, eligible).map((loaded) => pickItem(context.store, kind, loaded));
}

function eligibleTargets<K extends TargetKind>(context: Pick<CommandContext, 'store'>, kind: K, eligible?: TargetOptions<K>['eligible']): LoadedResource<K>[] {
  return loadedOnce(context.store, kind).filter((loaded) => !eligible || eligible(loaded.resource, loaded));
}

/** What a person calls each kind, in the editor's language (a function so it is localized when shown). */
const KIND_NAMES: Partial<Record<ResourceKind, () => string>> = {
  vpc: () => vscode.l10n.t('VPC'),
  peerConnection: () => vscode.l10n.t('peer connection'),
  routerInterface: () => vscode.l10n.t('router interface'),
  vbr: () => vscode.l10n.t('virtual border router'),
  bgpGroup: () => vscode.l10n.t('BGP group'),
  bgpPeer: () => vscode.l10n.t('BGP peer'),
};

function kindName(kind: ResourceKind): string {
  return KIND_NAMES[kind]?.() ?? kind;
}
