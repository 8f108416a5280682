// What a cloud provider's peering can do, declared once per provider so the tree, the graph and the
// commands ask instead of branching on the provider's name: a command that needs a feature the
// provider lacks says so (naming the provider) instead of offering it.

import type { CloudProvider } from './resourceRef';

export interface ProviderCapabilities {
  provider: CloudProvider;
  /** What people call the provider. */
  displayName: string;
  /** Peering VPCs of two regions (Alibaba Cloud); Huawei Cloud peers VPCs of one region only. */
  interRegionPeering: boolean;
  /** Bandwidth and link type of an inter-region connection. */
  bandwidth: boolean;
  /** A dry run that validates a create or a change without making it. */
  dryRun: boolean;
  /** Tags and resource groups on a connection. */
  tagsAndResourceGroups: boolean;
  /** A delete that also removes the routes through the connection (Force). */
  forceDelete: boolean;
  /** Router interfaces, virtual border routers and BGP (Express Connect). */
  expressConnect: boolean;
  /** Export as Terraform (the alicloud provider's resources). */
  terraform: boolean;
  /** How a peer account is named when no profile here holds it, as a person types it. */
  peerAccountExample: string;
  /** A VPC id as a person types it. */
  vpcIdExample: string;
  /** The console page a resource of a region opens at, when the cloud has one page for all of them. */
  regionConsole?: (regionId: string) => string;
}

export const ALIBABA_CAPABILITIES: ProviderCapabilities = {
  provider: 'alibaba',
  displayName: 'Alibaba Cloud',
  interRegionPeering: true,
  bandwidth: true,
  dryRun: true,
  tagsAndResourceGroups: true,
  forceDelete: true,
  expressConnect: true,
  terraform: true,
  peerAccountExample: 'its main account UID (digits only, e.g. 1234567890123456)',
  vpcIdExample: 'vpc-…',
};

export const HUAWEI_CAPABILITIES: ProviderCapabilities = {
  provider: 'huawei',
  displayName: 'Huawei Cloud',
  interRegionPeering: false,
  bandwidth: false,
  dryRun: false,
  tagsAndResourceGroups: false,
  // Deleting a Huawei peering removes its routes on both sides by itself: nothing to force.
  forceDelete: false,
  expressConnect: false,
  terraform: false,
  peerAccountExample: 'its project ID in the region, or its account ID (32 hex digits)',
  vpcIdExample: 'a UUID',
  // Huawei Cloud's console lists a region's VPCs, subnets, route tables and peerings on one service page.
  regionConsole: (regionId) => `https://console.huaweicloud.com/vpc/?region=${encodeURIComponent(regionId)}`,
};

/** What the provider's peering can do (Alibaba Cloud when the profile names none). */
export function capabilitiesOf(provider: CloudProvider | undefined): ProviderCapabilities {
  return provider === 'huawei' ? HUAWEI_CAPABILITIES : ALIBABA_CAPABILITIES;
}
