// The last page of "Create Router Interface Connection…" when a person answers the questions:
// every value in one list, and Create. A refusal by the service comes back here with its hint.

import * as vscode from 'vscode';
import { ROUTER_INTERFACE_SPEC_MBPS } from '../../model/validation';
import { pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import type { ConnectionState } from './connectionState';
import { endPlace } from './routerEnds';

type ReviewValue = 'create' | 'info';

function valueLines(s: ConnectionState): string[] {
  const none = vscode.l10n.t('(none)');
  const mbps = ROUTER_INTERFACE_SPEC_MBPS[s.spec!] as number | undefined;
  const billing =
    s.chargeType === 'PrePaid'
      ? vscode.l10n.t('subscription, {0} × {1}', s.period ?? 1, s.pricingCycle ?? 'Month')
      : vscode.l10n.t('pay-as-you-go');
  const lines = [
    vscode.l10n.t('Initiating side: {0}', endPlace(s.initiator!)),
    vscode.l10n.t('Accepting side: {0}', endPlace(s.acceptor!)),
    mbps === undefined ? vscode.l10n.t('Spec: {0}', s.spec!) : vscode.l10n.t('Spec: {0} ({1} Mbit/s)', s.spec!, mbps.toLocaleString('en-US')),
    vscode.l10n.t('Billing: {0}', billing),
    vscode.l10n.t('Name of the initiating interface: {0}', s.name ?? none),
    vscode.l10n.t('Name of the accepting interface: {0}', s.acceptorName ?? s.name ?? none),
    vscode.l10n.t('Description: {0}', s.description ?? none),
  ];
  if (s.healthCheckSourceIp) lines.push(vscode.l10n.t('Health check: {0} → {1}', s.healthCheckSourceIp, s.healthCheckTargetIp ?? ''));
  return lines;
}

export function connectionReviewStep(title: () => string): WizardStep<ConnectionState> {
  return pickStep<ConnectionState, ReviewValue>({
    review: true,
    when: (s) => !s.programmatic,
    title,
    placeholder: () => vscode.l10n.t('Review the values below, then create both interfaces'),
    items: (s) => [{ label: `$(check) ${vscode.l10n.t('Create')}`, value: 'create' as const }, ...valueLines(s).map((label) => ({ label, value: 'info' as const }))],
    asksAgain: (value) => value === 'info',
    set: () => undefined,
  });
}
