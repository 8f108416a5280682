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
} from '../../model/validation/routerInterfaceConnection';
import type { RouterInterfaceChargeType, RouterInterfacePricingCycle } from '../../model/validation/routerInterfaceConnection';
import type { TopologyStore } from '../../inventory/store';
import { wholeNumberOrText } from '../shared/numberInput';
import { inputStep, optionalText, optionalTextSteps, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import type { ConnectionState } from './connectionState';
import { endItem, existingLink, interfacesOnRouter, routerEnds, type RouterEnd } from './routerEnds';

/** Documented: at most five router interfaces per router. */
export const INTERFACES_PER_ROUTER = 5;

export const connectionWizardTitle = (): string => vscode.l10n.t('Create Router Interface Connection');
const title = connectionWizardTitle;
const optionalTextStep = optionalTextSteps<ConnectionState>(title);

function hasRoom(store: TopologyStore, end: RouterEnd): boolean {
  return interfacesOnRouter(store, end).length < INTERFACES_PER_ROUTER;
}

const sameEnd = (a: RouterEnd, b: RouterEnd): boolean => a.routerId === b.routerId;

/** The question for one end of the link, among the ends `candidates` offers. */
function endStep(side: 'initiator' | 'acceptor', placeholder: () => string, candidates: (s: ConnectionState) => RouterEnd[]): WizardStep<ConnectionState> {
  return pickStep<ConnectionState, RouterEnd>({
    when: (s) => !s.given[side],
    title,
    placeholder,
    items: (s) => candidates(s).map(endItem),
    get: (s) => s[side],
    same: sameEnd,
    set: (s, end) => {
      s[side] = end;
    },
  });
}

export function connectionSteps(store: TopologyStore): WizardStep<ConnectionState>[] {
  return [
    endStep('initiator', () => vscode.l10n.t('Initiating side: a VPC or a virtual border router (a VBR can only initiate)'), () => {
      const ends = routerEnds(store).filter((e) => (e.routerType === 'VRouter' || e.status === 'active') && hasRoom(store, e));
      if (ends.length === 0) throw new Error(vscode.l10n.t('No loaded VPC or active VBR has room for another router interface (at most {0} per router).', INTERFACES_PER_ROUTER));
      return ends;
    }),
    endStep('acceptor', () => vscode.l10n.t('Accepting side: a VPC in this or another active account or region'), (s) => {
      const initiator = s.initiator!;
      const ends = routerEnds(store).filter((e) => e.routerType === 'VRouter' && e.routerId !== initiator.routerId && hasRoom(store, e) && !existingLink(store, initiator, e));
      if (ends.length === 0) throw new Error(vscode.l10n.t('No loaded VPC can accept a connection from {0}.', initiator.name || initiator.routerId));
      return ends;
    }),
    pickStep<ConnectionState, string>({
      when: (s) => !s.given.spec,
      title,
      placeholder: () => vscode.l10n.t('Spec of the initiating side (the accepting side uses Negative)'),
      items: () =>
        Object.entries(ROUTER_INTERFACE_SPEC_MBPS).map(([spec, mbps]) => ({
          label: spec,
          description: vscode.l10n.t('{0} Mbit/s', mbps.toLocaleString('en-US')),
          value: spec,
        })),
      get: (s) => s.spec,
      set: (s, spec) => {
        s.spec = spec;
      },
    }),
    pickStep<ConnectionState, RouterInterfaceChargeType>({
      when: (s) => !s.programmatic && !s.given.chargeType,
      title,
      placeholder: () => vscode.l10n.t('Billing of the initiating side'),
      items: () => [
        { label: vscode.l10n.t('Pay-as-you-go'), description: 'PostPaid', detail: vscode.l10n.t('Billed by the hour; no commitment'), value: 'PostPaid' },
        { label: vscode.l10n.t('Subscription'), description: 'PrePaid', detail: vscode.l10n.t('Paid up front for months or years, from the account balance'), value: 'PrePaid' },
      ],
      get: (s) => s.chargeType,
      set: (s, chargeType) => {
        s.chargeType = chargeType;
      },
    }),
    pickStep<ConnectionState, RouterInterfacePricingCycle>({
      when: (s) => s.chargeType === 'PrePaid' && !s.given.pricingCycle,
      title,
      placeholder: () => vscode.l10n.t('Subscription billed per'),
      items: () =>
        (['Month', 'Year'] as const).map((cycle) => ({
          label: cycle,
          description: vscode.l10n.t('{0}–{1}', ROUTER_INTERFACE_PERIODS[cycle][0], ROUTER_INTERFACE_PERIODS[cycle][1]),
          value: cycle,
        })),
      get: (s) => s.pricingCycle,
      set: (s, cycle) => {
        s.pricingCycle = cycle;
      },
    }),
    inputStep<ConnectionState>({
      when: (s) => s.chargeType === 'PrePaid' && s.given.period === undefined,
      title,
      prompt: (s) => {
        const cycle = s.pricingCycle ?? 'Month';
        const [low, high] = ROUTER_INTERFACE_PERIODS[cycle];
        return cycle === 'Month' ? vscode.l10n.t('Subscription length in months ({0}–{1})', low, high) : vscode.l10n.t('Subscription length in years ({0}–{1})', low, high);
      },
      get: (s) => (s.period !== undefined ? String(s.period) : '1'),
      validate: (text, s) => routerInterfacePeriodProblem(wholeNumberOrText(text), s.pricingCycle ?? 'Month'),
      set: (s, text) => {
        s.period = Number(text.trim());
      },
    }),
    optionalTextStep('name', () => vscode.l10n.t('Name of the initiating interface (optional; 2–128 characters, starting with a letter)'), routerInterfaceNameProblem),
    optionalTextStep(
      'acceptorName',
      () => vscode.l10n.t('Name of the accepting interface (optional; 2–128 characters, starting with a letter)'),
      routerInterfaceNameProblem,
      (s) => s.acceptorName ?? s.name,
    ),
    optionalTextStep('description', () => vscode.l10n.t('Description of both interfaces (optional; 2–256 characters, starting with a letter)'), routerInterfaceDescriptionProblem),
    inputStep<ConnectionState>({
      when: (s) => !s.programmatic && s.initiator?.routerType === 'VBR' && s.given.healthCheckSourceIp === undefined,
      title,
      prompt: () => vscode.l10n.t('Health check source IP: an unused address in the VPC (optional; leave empty for no health check)'),
      get: (s) => s.healthCheckSourceIp,
      validate: optionalText((v) => healthCheckIpProblem('source', v)),
      set: (s, text) => {
        s.healthCheckSourceIp = text.trim() || undefined;
      },
    }),
    inputStep<ConnectionState>({
      when: (s) => !s.programmatic && s.healthCheckSourceIp !== undefined && s.given.healthCheckTargetIp === undefined,
      title,
      prompt: () => vscode.l10n.t('Health check target IP: the customer-side device (required with a source IP)'),
      get: (s) => s.healthCheckTargetIp,
      validate: (v) => (v.trim() === '' ? vscode.l10n.t('The health check target IP is required with a health check source IP.') : healthCheckIpProblem('target', v.trim())),
      set: (s, text) => {
        s.healthCheckTargetIp = text.trim();
      },
    }),
  ];
}
