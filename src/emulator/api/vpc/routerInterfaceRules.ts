// Router interface specs, statuses and the bandwidth each spec stands for (the documented spec
// table lives with the validation rules in src/model, shared with the extension).

import { ROUTER_INTERFACE_SPEC_MBPS } from '../../../model/validation/routerInterface';

export const ROUTER_INTERFACE_SPECS: readonly string[] = Object.keys(ROUTER_INTERFACE_SPEC_MBPS);

export const ROUTER_INTERFACE_STATUSES = [
  'Idle',
  'AcceptingConnecting',
  'Connecting',
  'Activating',
  'Active',
  'Modifying',
  'Deactivating',
  'Inactive',
  'Deleting',
] as const;

/** Mbit/s of a spec; an accepting side (`Negative`) takes the initiator's bandwidth. */
export function bandwidthOfSpec(spec: string): number | undefined {
  return ROUTER_INTERFACE_SPEC_MBPS[spec];
}
