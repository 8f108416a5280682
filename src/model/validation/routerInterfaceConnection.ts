// Limits of CreateRouterInterface / ModifyRouterInterfaceAttribute (VPC 2016-04-28) beyond the
// spec and role (routerInterface.ts):
// - Name: 2–128 characters, starting with a letter or Chinese character; letters, Chinese
//   characters, digits, `_` and `-`.
// - Description: 2–256 characters, starting with a letter or Chinese character, not http(s)://.
// - Billing: `PostPaid` (pay-as-you-go, the default) or `PrePaid` (subscription), which needs a
//   Period: 1–9 when PricingCycle is Month, 1–3 when it is Year.
// - Health check: HealthCheckSourceIp (an unused address of the local VPC) and
//   HealthCheckTargetIp (the customer-side device) apply to links over an Express Connect circuit,
//   i.e. with a virtual border router at one end; the target is required once a source is given.

import { isIpAddress } from '../cidr';
import { wholeNumberProblem } from './text';
import { TEXT_RULES, textRuleProblem } from './textRules';

export type RouterInterfaceChargeType = 'PostPaid' | 'PrePaid';
export type RouterInterfacePricingCycle = 'Month' | 'Year';

export const ROUTER_INTERFACE_PERIODS: Readonly<Record<RouterInterfacePricingCycle, readonly [number, number]>> = {
  Month: [1, 9],
  Year: [1, 3],
};

export function routerInterfaceNameProblem(name: string): string | undefined {
  return textRuleProblem('The router interface name', name, TEXT_RULES.routerInterfaceName);
}

export function routerInterfaceDescriptionProblem(description: string): string | undefined {
  return textRuleProblem('The router interface description', description, TEXT_RULES.routerInterfaceDescription);
}

export function chargeTypeProblem(value: unknown): string | undefined {
  if (value === 'PostPaid' || value === 'PrePaid') return undefined;
  return `The charge type must be PostPaid (pay-as-you-go) or PrePaid (subscription); got ${JSON.stringify(value)}.`;
}

export function pricingCycleProblem(value: unknown): string | undefined {
  if (value === 'Month' || value === 'Year') return undefined;
  return `The pricing cycle must be Month or Year; got ${JSON.stringify(value)}.`;
}

/** Period of a subscription: 1–9 months or 1–3 years. */
export function routerInterfacePeriodProblem(value: unknown, cycle: RouterInterfacePricingCycle): string | undefined {
  const unit = cycle === 'Month' ? 'months' : 'years';
  return wholeNumberProblem('The subscription period', value, ROUTER_INTERFACE_PERIODS[cycle], `a whole number of ${unit}`);
}

export function healthCheckIpProblem(field: 'source' | 'target', value: string): string | undefined {
  return isIpAddress(value, 4) ? undefined : `The health check ${field} IP must be a single IPv4 address (no prefix length); "${value}" is not.`;
}

/**
 * The pair of health check addresses: both or neither, each a single IPv4 address, and only on a
 * link that runs over an Express Connect circuit (a virtual border router at one end).
 */
export function healthCheckProblem(source: string | undefined, target: string | undefined, withVbr: boolean): string | undefined {
  if (source === undefined && target === undefined) return undefined;
  if (!withVbr) return 'Health check addresses apply only to a link with a virtual border router (VBR) at one end.';
  if (source === undefined) return 'The health check source IP is required with a health check target IP.';
  if (target === undefined) return 'The health check target IP is required with a health check source IP.';
  return healthCheckIpProblem('source', source) ?? healthCheckIpProblem('target', target);
}
