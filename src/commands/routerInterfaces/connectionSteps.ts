// The questions of "Create Router Interface Connection": initiating end (a VPC or a VBR), accepting
// end (a VPC, same or another account or region), spec with its bandwidth, billing, names,
// description and — on a link with a VBR — the health check addresses. Each typed value is
// checked against the documented limit as it is typed.

import * as vscode from 'vscode';
import { ROUTER_INTERFACE_SPEC_MBPS } from '../../model/validation';
import {
  healthCheckIpProblem,
  ROUTER_INTERFACE_PERIODS,
  routerInterfaceDescriptionProblem,
  routerInterfaceNameProblem,
  routerInterfacePeriodProblem,
  type RouterInterfaceChargeType,
  type RouterInterfacePricingCycle,
} from '../../model/validation/routerInterfaceConnection';
import type { TopologyStore } from '../../inventory/store';
import { wholeNumberOrText } from '../shared/numberInput';
import { BACK, type PickItem } from '../wizard/prompter';
import type { WizardStep } from '../wizard/wizard';
import type { ConnectionState } from './connectionState';
import { endItem, existingLink, interfacesOnRouter, routerEnds, type RouterEnd } from './routerEnds';

/** Documented: at most five router interfaces per router. */
export const INTERFACES_PER_ROUTER = 5;

const title = (): string => vscode.l10n.t('Create Router Interface Connection');

function hasRoom(store: TopologyStore, end: RouterEnd): boolean {
  return interfacesOnRouter(store, end).length < INTERFACES_PER_ROUTER;
}

/** Optional text: empty means "none". */
function optional(check: (value: string) => string | undefined): (value: string) => string | undefined {
  return (value) => (value.trim() === '' ? undefined : check(value.trim()));
}

export function connectionSteps(store: TopologyStore): WizardStep<ConnectionState>[] {
  return [
    {
      shouldPrompt: (s) => !s.given.initiator,
      async prompt(s, prompter, position) {
        const ends = routerEnds(store).filter((e) => (e.routerType === 'VRouter' || e.status === 'active') && hasRoom(store, e));
        if (ends.length === 0) throw new Error(vscode.l10n.t('No loaded VPC or active VBR has room for another router interface (at most {0} per router).', INTERFACES_PER_ROUTER));
        const picked = await prompter.pick(ends.map(endItem), {
          ...position,
          title: title(),
          placeholder: vscode.l10n.t('Initiating side: a VPC or a virtual border router (a VBR can only initiate)'),
        });
        if (picked === BACK) return BACK;
        s.initiator = picked;
      },
    },
    {
      shouldPrompt: (s) => !s.given.acceptor,
      async prompt(s, prompter, position) {
        const initiator = s.initiator!;
        const ends = routerEnds(store).filter(
          (e) => e.routerType === 'VRouter' && e.routerId !== initiator.routerId && hasRoom(store, e) && !existingLink(store, initiator, e),
        );
        if (ends.length === 0) throw new Error(vscode.l10n.t('No loaded VPC can accept a connection from {0}.', initiator.name || initiator.routerId));
        const picked = await prompter.pick(ends.map(endItem), {
          ...position,
          title: title(),
          placeholder: vscode.l10n.t('Accepting side: a VPC in this or another active account or region'),
        });
        if (picked === BACK) return BACK;
        s.acceptor = picked;
      },
    },
    {
      shouldPrompt: (s) => !s.given.spec,
      async prompt(s, prompter, position) {
        const items: PickItem<string>[] = Object.entries(ROUTER_INTERFACE_SPEC_MBPS).map(([spec, mbps]) => ({
          label: spec,
          description: vscode.l10n.t('{0} Mbit/s', mbps.toLocaleString('en-US')),
          value: spec,
        }));
        const picked = await prompter.pick(items, {
          ...position,
          title: title(),
          placeholder: vscode.l10n.t('Spec of the initiating side (the accepting side uses Negative)'),
        });
        if (picked === BACK) return BACK;
        s.spec = picked;
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && !s.given.chargeType,
      async prompt(s, prompter, position) {
        const items: PickItem<RouterInterfaceChargeType>[] = [
          { label: vscode.l10n.t('Pay-as-you-go'), description: 'PostPaid', detail: vscode.l10n.t('Billed by the hour; no commitment'), value: 'PostPaid' },
          { label: vscode.l10n.t('Subscription'), description: 'PrePaid', detail: vscode.l10n.t('Paid up front for months or years, from the account balance'), value: 'PrePaid' },
        ];
        const picked = await prompter.pick(items, { ...position, title: title(), placeholder: vscode.l10n.t('Billing of the initiating side') });
        if (picked === BACK) return BACK;
        s.chargeType = picked;
      },
    },
    {
      shouldPrompt: (s) => s.chargeType === 'PrePaid' && !s.given.pricingCycle,
      async prompt(s, prompter, position) {
        const items: PickItem<RouterInterfacePricingCycle>[] = (['Month', 'Year'] as const).map((cycle) => ({
          label: cycle,
          description: vscode.l10n.t('{0}–{1}', ROUTER_INTERFACE_PERIODS[cycle][0], ROUTER_INTERFACE_PERIODS[cycle][1]),
          value: cycle,
        }));
        const picked = await prompter.pick(items, { ...position, title: title(), placeholder: vscode.l10n.t('Subscription billed per') });
        if (picked === BACK) return BACK;
        s.pricingCycle = picked;
      },
    },
    {
      shouldPrompt: (s) => s.chargeType === 'PrePaid' && s.given.period === undefined,
      async prompt(s, prompter, position) {
        const cycle = s.pricingCycle ?? 'Month';
        const [low, high] = ROUTER_INTERFACE_PERIODS[cycle];
        const value = await prompter.input({
          ...position,
          title: title(),
          prompt: cycle === 'Month' ? vscode.l10n.t('Subscription length in months ({0}–{1})', low, high) : vscode.l10n.t('Subscription length in years ({0}–{1})', low, high),
          value: s.period !== undefined ? String(s.period) : '1',
          validate: (text) => routerInterfacePeriodProblem(wholeNumberOrText(text), cycle),
        });
        if (value === BACK) return BACK;
        s.period = Number(value.trim());
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && s.given.name === undefined,
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: title(),
          prompt: vscode.l10n.t('Name of the initiating interface (optional; 2–128 characters, starting with a letter)'),
          value: s.name,
          validate: optional(routerInterfaceNameProblem),
        });
        if (value === BACK) return BACK;
        s.name = value.trim() || undefined;
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && s.given.acceptorName === undefined,
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: title(),
          prompt: vscode.l10n.t('Name of the accepting interface (optional; 2–128 characters, starting with a letter)'),
          value: s.acceptorName ?? s.name,
          validate: optional(routerInterfaceNameProblem),
        });
        if (value === BACK) return BACK;
        s.acceptorName = value.trim() || undefined;
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && s.given.description === undefined,
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: title(),
          prompt: vscode.l10n.t('Description of both interfaces (optional; 2–256 characters, starting with a letter)'),
          value: s.description,
          validate: optional(routerInterfaceDescriptionProblem),
        });
        if (value === BACK) return BACK;
        s.description = value.trim() || undefined;
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && s.initiator?.routerType === 'VBR' && s.given.healthCheckSourceIp === undefined,
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: title(),
          prompt: vscode.l10n.t('Health check source IP: an unused address in the VPC (optional; leave empty for no health check)'),
          value: s.healthCheckSourceIp,
          validate: optional((v) => healthCheckIpProblem('source', v)),
        });
        if (value === BACK) return BACK;
        s.healthCheckSourceIp = value.trim() || undefined;
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && s.healthCheckSourceIp !== undefined && s.given.healthCheckTargetIp === undefined,
      async prompt(s, prompter, position) {
        const value = await prompter.input({
          ...position,
          title: title(),
          prompt: vscode.l10n.t('Health check target IP: the customer-side device (required with a source IP)'),
          value: s.healthCheckTargetIp,
          validate: (v) => (v.trim() === '' ? vscode.l10n.t('The health check target IP is required with a health check source IP.') : healthCheckIpProblem('target', v.trim())),
        });
        if (value === BACK) return BACK;
        s.healthCheckTargetIp = value.trim();
      },
    },
  ];
}
