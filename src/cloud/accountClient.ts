// The contract between the cloud layer and everything above it (the store reads through
// `InventoryReader`, commands write through `Operations`). Every method goes through the same
// concurrency limit, request timeout, retry with backoff and error mapping, and rejects with a
// `CloudError` (see errors.ts) — never with a raw SDK error.

import type {
  BgpGroup,
  BgpPeer,
  PeerConnection,
  Region,
  RouteEntry,
  RouterInterface,
  RouterInterfaceRole,
  RouterType,
  RouteTable,
  Tag,
  VirtualBorderRouter,
  Vpc,
  VSwitch,
} from '../model/types';
import type { NewRouteEntry } from '../model/routeCli';
import type { BgpGroupChange, CreatePeerConnectionInput as CreatePeerConnectionRequest, ModifyPeerConnectionInput } from '../model/validation';
import type { ProfileSpec } from './profiles';

export type { ProfileSpec } from './profiles';

/** Options every read accepts. */
export interface ReadOptions {
  /** Aborting stops waiting at once: the in-flight request is abandoned and no retry follows. */
  signal?: AbortSignal;
}

/** Options every write accepts. */
export interface WriteOptions {
  /**
   * Idempotency token (ASCII, ≤ 64 chars). Generate one per logical operation (e.g.
   * `crypto.randomUUID()`) and pass the SAME token when the person retries that operation, so a
   * request that reached the service before a failure is not applied twice. Required: writes are
   * retried automatically only because they carry it. Sent as `ClientToken` where the API has
   * that parameter; APIs without it (router interface connect/activate/deactivate/modify, route
   * deletion) are still safe to retry because their repeat is recognised as "already done".
   */
  clientToken: string;
  /**
   * Validate only: the service checks parameters, permissions and quotas without changing
   * anything. Operations whose API has no `DryRun` parameter reject with code
   * `DryRunUnsupported` before sending anything.
   */
  dryRun?: boolean;
  signal?: AbortSignal;
}

/** A write of one input: it resolves when the service has taken it (see `Operations`). */
export type Write<I, R = void> = (input: I, o: WriteOptions) => Promise<R>;

/** One page of a listing. */
export interface Page<T> {
  items: T[];
  /**
   * Opaque continuation: pass it back to get the next page; absent on the last page. For
   * page-number APIs it is the next page number, for token APIs the API's NextToken.
   */
  nextToken?: string;
  /** Total across all pages when the API reports it. */
  totalCount?: number;
}

/** Who the profile's credentials belong to (STS GetCallerIdentity). */
export interface CallerIdentity {
  /** The main account's UID, as a string (it can exceed 2^53). */
  accountUid: string;
  /** e.g. `acs:ram::1234:user/alice`. */
  arn?: string;
  /** `Account`, `RAMUser` or `AssumedRoleUser`. */
  identityType?: string;
  /** RAM user or role id, when not the main account. */
  principalId?: string;
}

/** Filter for `listBgpPeers`: any combination; at least the region is always given. */
export interface BgpPeerFilter {
  bgpGroupId?: string;
  vbrId?: string;
  bgpPeerId?: string;
}

/** Everything the store reads. All list methods return every page unless named `…Page`. */
export interface InventoryReader {
  /** Regions the account can use (DescribeRegions, English names). */
  describeRegions(o?: ReadOptions): Promise<Region[]>;
  /** One page (50 VPCs) of DescribeVpcs. `token` undefined = first page. */
  listVpcsPage(regionId: string, token: string | undefined, o?: ReadOptions): Promise<Page<Vpc>>;
  /** All VPCs of the region: the first page, then pages 2..n concurrently once the total is known. */
  listVpcs(regionId: string, o?: ReadOptions): Promise<Vpc[]>;
  /** One page (100) of ListVpcPeerConnections for `RegionId = regionId`. */
  listPeerConnectionsPage(
    regionId: string,
    token: string | undefined,
    o?: ReadOptions,
  ): Promise<Page<PeerConnection>>;
  /**
   * Every connection this account takes part in that touches the region: as requester in that
   * region AND as accepter whose accepting region is that region. Each connection once.
   */
  listPeerConnections(regionId: string, o?: ReadOptions): Promise<PeerConnection[]>;
  /** GetVpcPeerConnectionAttribute; `undefined` when the service says ResourceNotFound.InstanceId. */
  getPeerConnection(id: string, o?: ReadOptions): Promise<PeerConnection | undefined>;
  /** All vSwitches of one VPC. */
  listVSwitches(regionId: string, vpcId: string, o?: ReadOptions): Promise<VSwitch[]>;
  /** All route tables (system and custom) of one VPC. */
  listRouteTables(regionId: string, vpcId: string, o?: ReadOptions): Promise<RouteTable[]>;
  /** The route table(s) of a virtual border router (DescribeRouteTableList with RouterType VBR). */
  listVbrRouteTables(regionId: string, vbrId: string, o?: ReadOptions): Promise<RouteTable[]>;
  /** All entries of one route table, of a VPC or a VBR (token-paged, 100 a page, sequential). */
  listRouteEntries(regionId: string, routeTableId: string, o?: ReadOptions): Promise<RouteEntry[]>;
  /** All router interfaces of the account in the region. */
  listRouterInterfaces(regionId: string, o?: ReadOptions): Promise<RouterInterface[]>;
  /** All virtual border routers of the account in the region. */
  listVbrs(regionId: string, o?: ReadOptions): Promise<VirtualBorderRouter[]>;
  /** BGP groups in the region, optionally of one VBR. Auth keys are never returned, only `hasAuthKey`. */
  listBgpGroups(regionId: string, vbrId?: string, o?: ReadOptions): Promise<BgpGroup[]>;
  /** BGP peers in the region matching the filter. */
  listBgpPeers(regionId: string, filter: BgpPeerFilter, o?: ReadOptions): Promise<BgpPeer[]>;
}

/** What a create resolves to: the new resource's id. APIs documented "No dry run" return only this. */
export interface Created {
  id: string;
}

/**
 * A create of an API with a DryRun parameter: the new id, or the answer to a dry run that passed
 * (the service would have made the change).
 */
export type CreatedOrDryRun = (Created & { dryRun: false }) | { dryRun: true; id?: undefined };

/**
 * A create that can be a dry run. Asked without one (neither the input nor the options say
 * `dryRun: true`) it resolves to the new id; otherwise to either answer.
 */
export interface DryRunnableCreate<I> {
  (input: I & { dryRun?: false }, o: WriteOptions & { dryRun?: false }): Promise<Created & { dryRun: false }>;
  (input: I, o: WriteOptions): Promise<CreatedOrDryRun>;
}

/**
 * Every parameter of CreateVpcPeerConnection (see the model's type for the limits). The ClientToken
 * travels in `WriteOptions`; `dryRun` here or there asks for a dry run.
 */
export type CreatePeerConnectionInput = Omit<CreatePeerConnectionRequest, 'clientToken'>;

/** Optional parts of AcceptVpcPeerConnection. */
export interface AcceptPeerConnectionExtra {
  resourceGroupId?: string;
  tags?: Tag[];
}

/** ModifyVpcPeerConnection; only the given fields change (limits in the model's type). */
export type PeerConnectionChanges = Pick<ModifyPeerConnectionInput, 'name' | 'description' | 'bandwidthMbps' | 'linkType'>;

export type CreateRouteEntryInput = NewRouteEntry;

/** Names a resource in a region: `InRegion<'bgpPeerId'>` is `{ regionId: string; bgpPeerId: string }`. */
type InRegion<K extends string> = { regionId: string } & Record<K, string>;

type BgpIpVersion = 'IPv4' | 'IPv6';

export type DeleteRouteEntryInput = InRegion<'routeTableId' | 'routeEntryId'>;

/** What both create and modify set: the opposite end, and the interface's own texts and health check. */
export interface RouterInterfaceSettings {
  oppositeRouterId?: string;
  oppositeRouterType?: RouterType;
  oppositeInterfaceId?: string;
  oppositeInterfaceOwnerId?: string;
  name?: string;
  description?: string;
  healthCheckSourceIp?: string;
  healthCheckTargetIp?: string;
}

export interface CreateRouterInterfaceInput extends RouterInterfaceSettings {
  regionId: string;
  routerId: string;
  routerType: RouterType;
  role: RouterInterfaceRole;
  /** e.g. `Large.1`; an accepting side uses `Negative`. */
  spec: string;
  oppositeRegionId: string;
  /** `PostPaid` (default) or `PrePaid`. */
  instanceChargeType?: 'PrePaid' | 'PostPaid';
  /** PrePaid only. */
  period?: number;
  pricingCycle?: 'Month' | 'Year';
  autoPay?: boolean;
  resourceGroupId?: string;
  tags?: Tag[];
}

/** Identifies one router interface for connect/activate/deactivate/delete. */
export type RouterInterfaceRef = InRegion<'routerInterfaceId'>;

/** ModifyRouterInterfaceAttribute: typically sets the opposite side before connecting. */
export type ModifyRouterInterfaceInput = RouterInterfaceRef & RouterInterfaceSettings;

/**
 * CreateBgpGroup on a VBR: the fields a change sets (limits in the model's type) but clearing a
 * key. The auth key is a secret: sent to the service, never logged nor placed in an error.
 */
export type CreateBgpGroupInput = InRegion<'vbrId'> & Omit<BgpGroupChange, 'clearAuthKey'> & Pick<BgpGroup, 'peerAsn'> & { ipVersion?: BgpIpVersion };

export type BgpGroupRef = InRegion<'bgpGroupId'>;

/**
 * ModifyBgpGroupAttribute: only the fields given are sent (and changed). The auth key is a
 * secret: sent to the service, never logged nor placed in an error.
 */
export type ModifyBgpGroupInput = BgpGroupRef & BgpGroupChange;

/** CreateBgpPeer in a group; `bfdMultiHop` (1–255) is required when BFD is on (1 for direct links). */
export type CreateBgpPeerInput = InRegion<'bgpGroupId'> & Partial<Pick<BgpPeer, 'peerIpAddress' | 'enableBfd' | 'bfdMultiHop'>> & { ipVersion?: BgpIpVersion };

export type BgpPeerRef = InRegion<'bgpPeerId'>;

/** ModifyBgpPeerAttribute: only the fields given are sent (and changed). */
export type ModifyBgpPeerInput = BgpPeerRef & Partial<Pick<BgpPeer, 'bgpGroupId' | 'peerIpAddress' | 'enableBfd' | 'bfdMultiHop'>>;

/**
 * Every change the extension makes. Writes are asynchronous in the cloud: they resolve when the
 * service has taken the request, not when the resource settles — follow up with `waitFor`.
 * Retried on throttling, 5xx, network errors and the documented "busy" codes, always with the
 * caller's ClientToken.
 */
export interface Operations {
  /** CreateVpcPeerConnection (requester account). Settles in Activated (same account) or Accepting. */
  createPeerConnection: DryRunnableCreate<CreatePeerConnectionInput>;
  /** AcceptVpcPeerConnection (accepter account): Accepting → Updating → Activated. */
  acceptPeerConnection(id: string, o: WriteOptions, extra?: AcceptPeerConnectionExtra): Promise<void>;
  /** RejectVpcPeerConnection (accepter account): Accepting → Rejected. */
  rejectPeerConnection(id: string, o: WriteOptions): Promise<void>;
  /** ModifyVpcPeerConnection: Activated → Updating → Activated. */
  modifyPeerConnection(id: string, changes: PeerConnectionChanges, o: WriteOptions): Promise<void>;
  /**
   * DeleteVpcPeerConnection: → Deleting → gone. `force` also removes routes pointing at the
   * connection; without it such routes make the call fail with OperationDenied.RouteEntryExist.
   * A retry that finds the connection already gone counts as success.
   */
  deletePeerConnection(id: string, opts: { force: boolean }, o: WriteOptions): Promise<void>;
  /** CreateRouteEntry; resolves to the new `rte-…` id. */
  createRouteEntry: DryRunnableCreate<CreateRouteEntryInput>;
  /** DeleteRouteEntry by id; a retry that finds it already gone counts as success. */
  deleteRouteEntry: Write<DeleteRouteEntryInput>;
  /** CreateRouterInterface; the new interface is Idle. Resolves to the `ri-…` id. No dry run. */
  createRouterInterface: Write<CreateRouterInterfaceInput, Created>;
  /** ModifyRouterInterfaceAttribute. No dry run. */
  modifyRouterInterfaceAttribute: Write<ModifyRouterInterfaceInput>;
  /** ConnectRouterInterface from the initiating side, only when Idle → Connecting → Active. No dry run. */
  connectRouterInterface: Write<RouterInterfaceRef>;
  /** ActivateRouterInterface: Inactive → Activating → Active. No dry run. */
  activateRouterInterface: Write<RouterInterfaceRef>;
  /** DeactivateRouterInterface: Active → Deactivating → Inactive. No dry run. */
  deactivateRouterInterface: Write<RouterInterfaceRef>;
  /** DeleteRouterInterface, only when Idle or Inactive. No dry run. */
  deleteRouterInterface: Write<RouterInterfaceRef>;
  /** CreateBgpGroup on a VBR; resolves to the `bgpg-…` id. No dry run. */
  createBgpGroup: Write<CreateBgpGroupInput, Created>;
  /** ModifyBgpGroupAttribute (the group shows Modifying, then Available). No dry run. */
  modifyBgpGroup: Write<ModifyBgpGroupInput>;
  /** DeleteBgpGroup (its peers must be gone: DependencyViolation.BgpPeer is retried a while). No dry run. */
  deleteBgpGroup: Write<BgpGroupRef>;
  /** CreateBgpPeer in a group; resolves to the `bgp-…` id. No dry run. */
  createBgpPeer: Write<CreateBgpPeerInput, Created>;
  /** ModifyBgpPeerAttribute. No dry run. */
  modifyBgpPeer: Write<ModifyBgpPeerInput>;
  /** DeleteBgpPeer. No dry run. */
  deleteBgpPeer: Write<BgpPeerRef>;
}

/** One account, reachable through one profile. Built by `createAccountClient`. */
export interface AccountClient {
  readonly profile: ProfileSpec;
  /** STS GetCallerIdentity; cached after the first success. */
  identity(o?: ReadOptions): Promise<CallerIdentity>;
  readonly reader: InventoryReader;
  readonly operations: Operations;
  /** Drops cached per-region clients and credentials; later calls fail with code `ClientClosed`. */
  close(): void;
}

/** Supplies secrets the extension keeps outside settings (VS Code SecretStorage). */
export interface SecretProvider {
  /**
   * The access key secret for an `accessKey` or `sandbox` profile; `undefined` when none is
   * stored (the client then fails with code `MissingSecret`).
   */
  accessKeySecret(profile: ProfileSpec): Promise<string | undefined>;
}

/** One finished attempt of one API request, for logs and the benchmark. Never holds a secret. */
export interface RequestEvent {
  profileId: string;
  /** `vpc`, `vpcpeer` or `sts`. */
  product: 'vpc' | 'vpcpeer' | 'sts';
  /** API action, e.g. `DescribeVpcs`. */
  action: string;
  regionId?: string;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  /** Wall time of this attempt, excluding the wait in the concurrency queue. */
  durationMs: number;
  /** Time spent waiting for a free slot in the concurrency limiter before this attempt. */
  queuedMs: number;
  /** `ok`; `retry` = failed and will be tried again after `retryDelayMs`; `error` = gave up; `aborted`. */
  outcome: 'ok' | 'retry' | 'error' | 'aborted';
  errorCode?: string;
  requestId?: string;
  retryDelayMs?: number;
}

/** Tuning for `createAccountClient`; every field has a sensible default. */
export interface AccountClientOptions {
  /** Most requests in flight at once for this account (default 16). */
  maxConcurrent?: number;
  /** TCP connect time limit per request, ms (default 5000). */
  connectTimeoutMs?: number;
  /** Response time limit per request, ms (default 15000). */
  readTimeoutMs?: number;
  /** Retry policy; see retryPolicy.ts for the defaults. */
  retry?: Partial<RetryTuning>;
  /** Source of randomness for backoff jitter, in [0, 1) (default Math.random); seed it in tests. */
  random?: () => number;
  /** Called once per attempt of every request. Must not throw. */
  instrumented?: (event: RequestEvent) => void;
  /** Appended to the SDK's user agent. */
  userAgent?: string;
}

/** Numbers that shape retrying (exponential backoff with full jitter). */
export interface RetryTuning {
  /** Most attempts per request, the first included (default 6). */
  maxAttempts: number;
  /** Upper bound of the first retry's delay, ms (default 200). */
  baseDelayMs: number;
  /** Upper bound of any single delay, ms (default 10000). */
  maxDelayMs: number;
  /** Give up retrying once this much time has passed since the first attempt, ms (default 60000). */
  maxTotalMs: number;
}
