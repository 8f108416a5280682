// What the store tells its listeners. Every event names exactly what changed, so the tree can
// refresh one node and the graph can apply a delta instead of redrawing.

/** The ids of a region's resources that changed in place, by kind. */
export interface ChangedIds {
  peerConnectionIds: string[];
  routerInterfaceIds: string[];
  bgpGroupIds: string[];
  bgpPeerIds: string[];
}

export type TopologyChange =
  /** The set of active profiles changed (added, removed, replaced). */
  | { kind: 'profiles' }
  /** An account's identity or region list loaded, failed or started loading again. */
  | { kind: 'account'; profileId: string }
  /** One region of one account finished loading, failed, or started loading again. */
  | { kind: 'region'; profileId: string; regionId: string }
  /**
   * Individual resources changed in place (a polled status moved on, a resource appeared or
   * disappeared) without reloading the region.
   */
  | ({ kind: 'resources'; profileId: string; regionId: string } & ChangedIds)
  /** Route tables, route entries or vSwitches of one VPC loaded or reloaded. */
  | { kind: 'vpcDetails'; profileId: string; regionId: string; vpcId: string };
