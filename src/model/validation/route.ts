// CreateRouteEntry's documented limits (VPC 2016-04-28): RouteEntryName 1–128 and Description
// 1–256 characters, neither starting with http:// or https://; the destination must be a valid
// CIDR block (a bare IP means /32), must not be `100.64.0.0/10` itself, and must not equal or sit
// inside a vSwitch CIDR of the table's VPC (it may contain one). Destinations inside other
// reserved ranges (loopback, multicast, link-local, …) are refused too: the service answers
// `InvalidCidrBlock` for them and no peer VPC can use them.

import { contains, normalizeCidr, reservedRangeHits, SHARED_ADDRESS_SPACE } from '../cidr';
import { type VSwitch } from '../types';
import { TEXT_RULES, textRuleProblem } from './textRules';

/** Custom route entries one route table holds. */
export const ROUTE_TABLE_CUSTOM_ENTRY_QUOTA = 200;

export function routeEntryNameProblem(name: string): string | undefined {
  return textRuleProblem('The route entry name', name, TEXT_RULES.routeEntryName);
}

export interface RouteDestinationContext {
  /** The vSwitches of the VPC that owns the route table. */
  vSwitches?: ReadonlyArray<Pick<VSwitch, 'id' | 'cidrBlock'>>;
  /** The next hop kind; a `VpcPeer` next hop cannot carry a default route (peering is not transit). */
  nextHopType?: string;
}

/** The destination CIDR block of a new route entry; `undefined` when CreateRouteEntry would take it. */
export function routeDestinationProblem(destination: string, context: RouteDestinationContext = {}): string | undefined {
  const parsed = normalizeCidr(destination);
  if (!parsed.ok) return `The destination CIDR block is invalid: ${parsed.reason}`;
  const cidr = parsed.cidr;
  if (cidr.prefix === 0 && context.nextHopType === 'VpcPeer') {
    return `The destination CIDR block ${cidr.text} cannot point at a peer connection: peering carries traffic only to the peer VPC's own addresses.`;
  }
  for (const hit of reservedRangeHits(cidr)) {
    if (hit.range.kind === 'sharedAddressSpace') {
      if (hit.relation === 'equal') return `The destination CIDR block must not be ${SHARED_ADDRESS_SPACE.text} itself (reserved by Alibaba Cloud); a more specific block inside it is allowed.`;
    } else if (hit.relation !== 'contains') {
      return `The destination CIDR block ${cidr.text} lies in the ${hit.range.name} range, which cannot be routed.`;
    }
  }
  for (const vSwitch of context.vSwitches ?? []) {
    const local = normalizeCidr(vSwitch.cidrBlock);
    if (!local.ok) continue;
    const where = contains(local.cidr, cidr) ? (local.cidr.prefix === cidr.prefix ? 'equal' : 'lie inside') : undefined;
    if (where) return `The destination CIDR block must not ${where} a vSwitch CIDR of this VPC: ${cidr.text} vs ${local.cidr.text} (${vSwitch.id}).`;
  }
  return undefined;
}

/**
 * A caution (not a refusal) for destinations inside `100.64.0.0/10`: the current SDK notes allow
 * them, older API documentation refuses them, and Alibaba Cloud services use that range.
 */
export function routeDestinationCaution(destination: string): string | undefined {
  const parsed = normalizeCidr(destination);
  if (!parsed.ok) return undefined;
  const insideShared = reservedRangeHits(parsed.cidr).some((hit) => hit.range.kind === 'sharedAddressSpace' && hit.relation === 'inside');
  if (!insideShared) return undefined;
  return `${parsed.cidr.text} lies inside ${SHARED_ADDRESS_SPACE.text}, which Alibaba Cloud services use; some regions refuse routes there and traffic to those services may be affected.`;
}
