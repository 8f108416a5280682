// What the caller of an export says: which inventory, what to include, and how each account is
// reached from Terraform (never a secret: a CLI profile name, an endpoint, a note).

import type { InventorySnapshot } from '../model/types';

export type TerraformFormat = 'hcl' | 'cdktf';

/** How Terraform reaches one account; the extension's profile says which of these applies. */
export interface AccountAccess {
  /** The profile's display name, used for the provider alias and in comments. */
  readonly profileName: string;
  /** The aliyun CLI profile to name in `profile = "…"`, when the account comes from one. */
  readonly cliProfile?: string;
  /** Host names (no scheme) of the VPC and VpcPeer APIs, for an emulator such as the sandbox. */
  readonly endpoints?: { readonly vpc: string; readonly vpcpeer: string; readonly protocol: 'HTTP' | 'HTTPS' };
  /** Said above the provider block: where its credentials come from. */
  readonly credentialsNote?: string;
}

export interface TerraformExportInput {
  readonly snapshot: InventorySnapshot;
  readonly access: (accountUid: string) => AccountAccess | undefined;
  readonly regionName?: (regionId: string) => string | undefined;
  /** Only these peer connections (and their routes); router interfaces and BGP are left out. */
  readonly connectionIds?: readonly string[];
  readonly includeRoutes: boolean;
  readonly importBlocks: boolean;
}
