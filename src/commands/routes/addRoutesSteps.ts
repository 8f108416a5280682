// The questions of "Add Routes": which sides, which route tables on each reachable side (the
// system table unless custom ones are chosen), which destinations (the other VPC's blocks, its
// vSwitches' blocks, or typed ones), then a review of the plan before anything is sent.

import * as vscode from 'vscode';
import { contains, overlaps } from '../../model/cidr';
import { PEER_SIDES, type PeerSide } from '../../model/peerStatus';
import { hasBlockingConflicts, type RoutePlan } from '../../model/routePlan';
import { renderRoutePlanMarkdown } from '../../model/routePlanMarkdown';
import { titleOf } from '../../model/resourceTitle';
import type { RouteTable } from '../../model/types';
import type { TopologyStore } from '../../inventory/store';
import { countText } from '../../views/explorer/countText';
import type { CommandContext } from '../shared/commandContext';
import { namedItem } from '../shared/resourcePicks';
import { showReport } from '../shared/reportDocument';
import type { PickItem } from '../wizard/prompter';
import { inputStep, pickManyStep, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import { chosenSides, makePlan, type AddRoutesState } from './addRoutesState';
import { accountLabel, across, sideBlocks, vpcLabel } from './connectionAccess';
import { peerRouteDestinationProblem } from './routeArguments';

const TYPED = 'other CIDR blocks';

function title(): string {
  return vscode.l10n.t('Add Routes for Peer Connection');
}

function sideName(side: PeerSide): string {
  return side === 'requester' ? vscode.l10n.t('requester') : vscode.l10n.t('accepter');
}

function vpcTables(s: AddRoutesState, side: PeerSide): RouteTable[] {
  return (s.access?.[side].details?.routeTables ?? []).filter((t) => t.routerType === 'VRouter');
}

function reachable(s: AddRoutesState, side: PeerSide): boolean {
  return s.access?.[side].profileId !== undefined;
}

export function sidesStep(store: TopologyStore): WizardStep<AddRoutesState> {
  return pickManyStep<AddRoutesState, PeerSide>({
    when: (s) => !s.given.sides && !s.given.defaults,
    title,
    placeholder: () => vscode.l10n.t('Sides that should route to the other VPC'),
    items: (s) => {
      const access = s.access!;
      return PEER_SIDES.map((side): PickItem<PeerSide> => {
        const a = access[side];
        return {
          label: `${sideName(side)}: ${vpcLabel(a)}`,
          description: `${sideBlocks(a).join(', ')} · ${a.end.regionId}`,
          detail: a.profileId
            ? vscode.l10n.t('Routes to {0} are added with profile {1}', vpcLabel(across(access, side)), accountLabel(store, a))
            : vscode.l10n.t('No profile here holds account {0}: you get the commands its owner must run', a.end.accountUid),
          value: side,
          picked: true,
        };
      });
    },
    get: (s) => s.sides,
    set: (s, sides) => {
      s.sides = PEER_SIDES.filter((side) => sides.includes(side));
    },
  });
}

export function tablesStep(side: PeerSide): WizardStep<AddRoutesState> {
  return pickManyStep<AddRoutesState, string>({
    when: (s) => !s.given.defaults && chosenSides(s).includes(side) && reachable(s, side) && !s.given.routeTableIds?.[side] && vpcTables(s, side).length > 1,
    title: (s) => `${title()}: ${vpcLabel(s.access![side])}`,
    placeholder: () => vscode.l10n.t('Route tables of the {0} side to add the routes to', sideName(side)),
    items: (s) => {
      const vSwitches = s.access![side].details?.vSwitches ?? [];
      return vpcTables(s, side).map((table): PickItem<string> => {
        const bound = vSwitches.filter((v) => table.vSwitchIds.includes(v.id)).map((v) => `${v.name || v.id} ${v.cidrBlock}`);
        const detail =
          table.type === 'System'
            ? vscode.l10n.t('System table: every vSwitch without a custom table uses it')
            : bound.length
              ? vscode.l10n.t('Custom table of {0}', bound.join(', '))
              : vscode.l10n.t('Custom table, no vSwitch bound');
        return { ...namedItem(table, [table.type], detail), picked: table.type === 'System' };
      });
    },
    get: (s) => s.routeTableIds[side],
    set: (s, tableIds) => {
      s.routeTableIds[side] = tableIds;
    },
  });
}

/** Blocks of the other side offered as destinations: its VPC blocks, then its vSwitches' blocks. */
function destinationItems(s: AddRoutesState, side: PeerSide): PickItem<string>[] {
  const other = across(s.access!, side);
  const blocks = sideBlocks(other);
  const items: PickItem<string>[] = blocks.map((cidr) => ({
    label: cidr,
    description: vscode.l10n.t('address block of {0}', vpcLabel(other)),
    value: cidr,
    picked: true,
  }));
  for (const v of other.details?.vSwitches ?? []) {
    if (blocks.includes(v.cidrBlock)) continue;
    items.push({
      label: v.cidrBlock,
      description: vscode.l10n.t('vSwitch {0} ({1}, {2})', v.name || v.id, v.id, v.zoneId),
      value: v.cidrBlock,
    });
  }
  return items;
}

/** Problems of typed destinations: the API's limits, and the peer VPC's address space. */
export function typedDestinationsProblem(text: string, peerBlocks: readonly string[]): string | undefined {
  const values = text.split(/[\s,]+/).filter((v) => v !== '');
  if (values.length === 0) return vscode.l10n.t('Enter at least one CIDR block, e.g. 10.1.0.0/24.');
  for (const value of values) {
    const problem = peerRouteDestinationProblem(value);
    if (problem) return `${value}: ${problem}`;
    if (peerBlocks.length > 0 && !peerBlocks.some((block) => contains(block, value))) {
      const overlap = peerBlocks.some((block) => overlaps(block, value));
      return overlap
        ? vscode.l10n.t('{0} reaches beyond the peer VPC ({1}); choose a block inside it.', value, peerBlocks.join(', '))
        : vscode.l10n.t('{0} is not in the peer VPC ({1}); the connection reaches that VPC only.', value, peerBlocks.join(', '));
    }
  }
  return undefined;
}

const asksDestinations = (s: AddRoutesState, side: PeerSide): boolean =>
  !s.given.defaults && s.access !== undefined && chosenSides(s).includes(side) && !s.given.destinations?.[side] && destinationItems(s, side).length > 1;

/** The destinations of one side: the offered blocks, and "Other CIDR blocks…" to type some. */
export function destinationsStep(side: PeerSide): WizardStep<AddRoutesState> {
  return pickManyStep<AddRoutesState, string>({
    when: (s) => asksDestinations(s, side),
    title: (s) => `${title()}: ${vpcLabel(s.access![side])}`,
    placeholder: (s) => vscode.l10n.t('Destinations in {0} to route through the connection', vpcLabel(across(s.access!, side))),
    items: (s) => [
      ...destinationItems(s, side),
      { label: vscode.l10n.t('Other CIDR blocks…'), description: vscode.l10n.t('type blocks inside {0}', vpcLabel(across(s.access!, side))), value: TYPED },
    ],
    get: (s) => s.destinationChoices[side],
    set: (s, values) => {
      s.destinationChoices[side] = values;
      s.destinations[side] = values.filter((v) => v !== TYPED);
    },
  });
}

/** Blocks typed after choosing "Other CIDR blocks…", added to the chosen ones. */
export function typedDestinationsStep(side: PeerSide): WizardStep<AddRoutesState> {
  return inputStep<AddRoutesState>({
    when: (s) => asksDestinations(s, side) && (s.destinationChoices[side] ?? []).includes(TYPED),
    title: (s) => `${title()}: ${vpcLabel(s.access![side])}`,
    prompt: (s) => {
      const other = across(s.access!, side);
      return vscode.l10n.t('CIDR blocks inside {0}, separated by commas', `${vpcLabel(other)} (${sideBlocks(other).join(', ')})`);
    },
    placeholder: '10.1.16.0/20, 10.1.32.0/20',
    get: (s) => s.typedDestinations[side],
    validate: (text, s) => typedDestinationsProblem(text, sideBlocks(across(s.access!, side))),
    set: (s, text) => {
      s.typedDestinations[side] = text;
      const picked = (s.destinationChoices[side] ?? []).filter((v) => v !== TYPED);
      s.destinations[side] = [...new Set([...picked, ...text.split(/[\s,]+/).filter((v) => v !== '')])];
    },
  });
}

// ── review ─────────────────────────────────────────────────────────────────────────────────────

type ReviewChoice = 'apply' | 'nothing' | 'document';

/** `connection` names the next hop of every route: `name (pcc-…)`. */
function reviewItems(plan: RoutePlan, connection: string): PickItem<ReviewChoice>[] {
  const items: PickItem<ReviewChoice>[] = [];
  const blocking = hasBlockingConflicts(plan);
  if (blocking) {
    items.push({ label: `$(error) ${vscode.l10n.t('The plan cannot be applied')}`, detail: vscode.l10n.t('Go back and change the route tables or destinations, or fix the conflicts below first.'), value: 'document' });
  } else if (plan.toAdd.length > 0) {
    items.push({ label: `$(check) ${countText(plan.toAdd.length, vscode.l10n.t('Add 1 route entry'), vscode.l10n.t('Add {0} route entries', plan.toAdd.length))}`, description: plan.alreadyPresent.length ? vscode.l10n.t('{0} already present', plan.alreadyPresent.length) : undefined, value: 'apply' });
  } else {
    items.push({ label: `$(check) ${vscode.l10n.t('Nothing to add')}`, description: vscode.l10n.t('{0} already present', plan.alreadyPresent.length), value: 'nothing' });
  }
  items.push({ label: `$(markdown) ${vscode.l10n.t('Open the plan as a document')}`, value: 'document' });
  for (const r of plan.toAdd) {
    items.push({ label: `$(add) ${r.destination} → ${connection}`, description: `${r.routeTableId} · ${sideName(r.side)} ${r.vpcId}`, value: 'document' });
  }
  for (const r of plan.alreadyPresent) {
    items.push({ label: `$(pass) ${r.destination} → ${connection}`, description: vscode.l10n.t('{0} · already present ({1})', r.routeTableId, r.existingEntryId), value: 'document' });
  }
  for (const c of plan.blockers) items.push({ label: `$(error) ${c}`, value: 'document' });
  for (const c of plan.conflicts) {
    const icon = c.severity === 'error' ? '$(error)' : c.severity === 'warning' ? '$(warning)' : '$(info)';
    items.push({ label: `${icon} ${[c.routeTableId, c.destination].filter(Boolean).join(' ')}`.trim(), detail: c.message, value: 'document' });
  }
  for (const m of plan.manual) {
    items.push({ label: `$(person) ${countText(m.routes.length, vscode.l10n.t('Account {0} adds 1 route itself', m.accountUid), vscode.l10n.t('Account {0} adds {1} routes itself', m.accountUid, m.routes.length))}`, detail: m.summary, value: 'document' });
  }
  return items;
}

export function reviewStep(context: CommandContext): WizardStep<AddRoutesState> {
  const showPlan = (s: AddRoutesState) => showReport(context, `route-plan/${s.connection!.id}.md`, renderRoutePlanMarkdown(makePlan(s), s.connection!), { preview: true });
  return pickStep<AddRoutesState, ReviewChoice>({
    review: true,
    when: (s) => s.given.apply === undefined,
    title: (s) => vscode.l10n.t('Review: routes for {0}', titleOf(s.connection!)),
    placeholder: () => vscode.l10n.t('Nothing is sent until you choose to add'),
    items: (s) => reviewItems(makePlan(s), titleOf(s.connection!)),
    asksAgain: async (choice, s) => {
      if (choice !== 'document') return false;
      await showPlan(s);
      return true;
    },
    set: (s, choice) => {
      s.decision = choice as 'apply' | 'nothing';
    },
  });
}

export function addRoutesSteps(context: CommandContext, connectionStep: WizardStep<AddRoutesState>): WizardStep<AddRoutesState>[] {
  return [
    connectionStep,
    sidesStep(context.store),
    ...PEER_SIDES.flatMap((side) => [tablesStep(side), destinationsStep(side), typedDestinationsStep(side)]),
    reviewStep(context),
  ];
}
