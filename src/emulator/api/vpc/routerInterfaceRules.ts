// Router interface specs and statuses (the documented spec table, with the bandwidth each spec
// stands for, lives with the validation rules in src/model, shared with the extension).

import { ROUTER_INTERFACE_SPEC_MBPS } from '../../../model/validation/routerInterface';
import type { RouterInterfaceRole, RouterType } from '../../../model/types';

export const ROUTER_INTERFACE_ROLES: readonly RouterInterfaceRole[] = ['InitiatingSide', 'AcceptingSide'];

/** The type of a router named by id alone: a VBR's id starts with `vbr-`, anything else is a VPC's vRouter. */
export const routerTypeOf = (routerId: string): RouterType => (routerId.startsWith('vbr-') ? 'VBR' : 'VRouter');

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
