// Router interface specs and statuses (the documented spec table, with the bandwidth each spec
// stands for, lives with the validation rules in src/model, shared with the extension).

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
