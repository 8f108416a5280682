// Router interface specs and roles (CreateRouterInterface, VPC 2016-04-28): the initiating side
// chooses a spec from Mini.2 to Xlarge.1, the accepting side uses `Negative`, and a VBR can only
// initiate.

import { type RouterInterfaceRole, type RouterType } from '../types';

/** Spec → bandwidth in Mbit/s, as documented. */
export const ROUTER_INTERFACE_SPEC_MBPS: Readonly<Record<string, number>> = {
  'Mini.2': 2,
  'Mini.5': 5,
  'Small.1': 10,
  'Small.2': 20,
  'Small.5': 50,
  'Middle.1': 100,
  'Middle.2': 200,
  'Middle.5': 500,
  'Large.1': 1000,
  'Large.2': 2000,
  'Large.5': 5000,
  'Xlarge.1': 10000,
};

export const ACCEPTING_SIDE_SPEC = 'Negative';
export const ROUTER_INTERFACE_ROLES: readonly RouterInterfaceRole[] = ['InitiatingSide', 'AcceptingSide'];

export function routerInterfaceRoleProblem(role: string, routerType?: RouterType): string | undefined {
  if (!(ROUTER_INTERFACE_ROLES as readonly string[]).includes(role)) {
    return `The router interface role must be InitiatingSide or AcceptingSide; got "${role}".`;
  }
  if (routerType === 'VBR' && role !== 'InitiatingSide') return 'A router interface on a virtual border router must be the InitiatingSide.';
  return undefined;
}

export function routerInterfaceSpecProblem(spec: string, role: RouterInterfaceRole): string | undefined {
  if (role === 'AcceptingSide') {
    return spec === ACCEPTING_SIDE_SPEC ? undefined : `An AcceptingSide router interface must use the spec "${ACCEPTING_SIDE_SPEC}"; got "${spec}".`;
  }
  if (routerInterfaceSpecBandwidth(spec) !== undefined) return undefined;
  return `The router interface spec must be one of ${Object.keys(ROUTER_INTERFACE_SPEC_MBPS).join(', ')}; got "${spec}".`;
}

/** Bandwidth of a spec in Mbit/s, or `undefined` for `Negative` and unknown specs. */
export function routerInterfaceSpecBandwidth(spec: string): number | undefined {
  return Object.hasOwn(ROUTER_INTERFACE_SPEC_MBPS, spec) ? ROUTER_INTERFACE_SPEC_MBPS[spec] : undefined;
}
