// What each error code means for the person in front of the editor: a short hint they can act
// on, and how the code behaves under retry. Codes come from the VPC 2016-04-28 and VpcPeer
// 2022-01-01 API documentation, the SDK's own error names, STS and signature checks, plus a few
// codes this layer raises itself (network, timeout, abort, missing secret).
//
// Placeholders in hints: `{endpoint}` (host the request went to) and `{action}` (API action).

/**
 * How a code behaves when the same request is sent again:
 * - `transient`: the service or network was momentarily unable; retry any request.
 * - `busy`: the resource or its VPC is in the middle of another change; retry a WRITE that the
 *   operation declares as waiting on it (see the busy lists in operations), never blindly.
 * - `final`: sending the same request again gives the same answer.
 */
export type RetryClass = 'transient' | 'busy' | 'final';

export interface ErrorInfo {
  hint: string;
  retry: RetryClass;
}

const REFRESH = 'It may have been deleted or never existed in this region: refresh the view and check the id.';
const CDT_SELF = 'Open Cloud Data Transfer (CDT) for this account first, then try again.';
const CDT_CROSS_BORDER_SELF =
  'Open cross-border Cloud Data Transfer (CDT) for this account first (needed for connections leaving mainland China), then try again.';
const CDT_ACCEPTER = 'The accepting account has not opened Cloud Data Transfer (CDT): ask its owner to open it, then try again.';
const CDT_CROSS_BORDER_ACCEPTER =
  'The accepting account has not opened cross-border Cloud Data Transfer (CDT): ask its owner to open it, then try again.';
const QUOTA_CENTER = 'or ask for a higher quota in the Quota Center (console: Quota Center → VPC)';
const KEYS = "Check the profile's keys: the AccessKey ID and secret must belong together and be enabled in RAM.";

export const ERROR_CATALOG: Readonly<Record<string, ErrorInfo>> = {
  // ── Success in disguise ──
  DryRunOperation: { hint: 'Dry run passed: the request is valid and would be carried out.', retry: 'final' },

  // ── Throttling, service availability ──
  Throttling: { hint: 'Alibaba Cloud is rate-limiting requests; the request was retried with backoff. Try again in a moment.', retry: 'transient' },
  'Throttling.User': { hint: 'This account is sending too many requests; lower "vpcPeering.maxConcurrentRequests" or wait a moment.', retry: 'transient' },
  'Throttling.Api': { hint: 'This API is rate-limited right now; wait a moment and try again.', retry: 'transient' },
  'Throttling.DeepPageSkip': { hint: 'Deep paging was rate-limited; wait a moment and refresh.', retry: 'transient' },
  'Rejected.Throttling': { hint: 'Alibaba Cloud is rate-limiting requests; wait a moment and try again.', retry: 'transient' },
  ServiceUnavailable: { hint: 'The service is temporarily unavailable; try again in a moment.', retry: 'transient' },
  InternalError: { hint: 'The service had an internal error; try again in a moment.', retry: 'transient' },
  SystemBusy: { hint: 'The service is busy; try again in a moment.', retry: 'transient' },
  UnknownError: { hint: 'The service reported an unknown error; try again in a moment.', retry: 'transient' },
  SignatureNonceUsed: { hint: 'A request nonce was reused; the request is retried with a fresh one.', retry: 'transient' },

  // ── Raised by this layer ──
  NetworkError: { hint: 'Cannot reach {endpoint}: check the network or proxy.', retry: 'transient' },
  RequestTimeout: { hint: 'No answer from {endpoint} in time: check the network or proxy, or raise "vpcPeering.requestTimeoutSeconds".', retry: 'transient' },
  InvalidResponse: { hint: '{endpoint} answered with something that is not an API response (a proxy page?): check the network or proxy.', retry: 'transient' },
  Aborted: { hint: 'Cancelled.', retry: 'final' },
  MissingSecret: { hint: 'No AccessKey secret is stored for this profile: add the access key again.', retry: 'final' },
  CredentialsUnavailable: { hint: 'No usable credentials for this profile: check the aliyun CLI profile, the environment variables or the stored key.', retry: 'final' },
  DryRunUnsupported: { hint: 'This operation cannot be dry-run; run it for real or not at all.', retry: 'final' },
  InvalidClientToken: { hint: 'Every change needs a client token (ASCII, at most 64 characters); this is a bug in the caller.', retry: 'final' },
  ClientClosed: { hint: 'This profile was closed; reopen it.', retry: 'final' },
  WaitTimeout: { hint: 'The resource did not reach the expected state in time; refresh later to see where it stands.', retry: 'final' },
  Unknown: { hint: 'Unexpected error; see the message and the log.', retry: 'final' },

  // ── Credentials and signatures ──
  InvalidCredentials: { hint: 'No credentials are configured for this profile: add an access key, an aliyun CLI profile or environment variables.', retry: 'final' },
  'InvalidAccessKeyId.NotFound': { hint: `The AccessKey ID is unknown to Alibaba Cloud. ${KEYS}`, retry: 'final' },
  'InvalidAccessKeyId.Inactive': { hint: 'This AccessKey is disabled: enable it in the RAM console or use another key.', retry: 'final' },
  InvalidAccessKeyId: { hint: `The AccessKey ID was rejected. ${KEYS}`, retry: 'final' },
  SignatureDoesNotMatch: { hint: `The signature does not match: the AccessKey secret is wrong for this key id. ${KEYS}`, retry: 'final' },
  IncompleteSignature: { hint: `The request signature was incomplete. ${KEYS}`, retry: 'final' },
  'InvalidSecurityToken.Expired': { hint: 'The STS token has expired: refresh the credentials (for example run `aliyun configure`) and try again.', retry: 'final' },
  'InvalidSecurityToken.Malformed': { hint: 'The STS token is malformed: refresh the credentials of this profile.', retry: 'final' },
  'InvalidSecurityToken.MismatchWithAccessKey': { hint: 'The STS token does not belong to this AccessKey ID: refresh the credentials of this profile.', retry: 'final' },
  'InvalidTimeStamp.Expired': { hint: "The request's time is too far from the service's: check this computer's clock.", retry: 'final' },
  Forbidden: { hint: 'This identity may not call {action}: grant it the matching RAM permission (vpc:{action}).', retry: 'final' },
  'Forbidden.RAM': { hint: 'This RAM identity may not call {action}: grant it the matching RAM permission (vpc:{action}).', retry: 'final' },
  'Forbidden.NoPermission': { hint: 'This identity may not call {action}: grant it the matching RAM permission (vpc:{action}).', retry: 'final' },
  NoPermission: { hint: 'This identity may not call {action}: grant it the matching RAM permission (vpc:{action}).', retry: 'final' },
  'InvalidRegionId.NotFound': { hint: 'The region id is unknown: check the region (refresh the region list).', retry: 'final' },
  UnsupportedRegion: { hint: 'VPC peering is not available in this region (or for this region pair).', retry: 'final' },
  IdempotentParameterMismatch: { hint: 'This client token was already used with different parameters: start the operation again from the beginning.', retry: 'final' },
  MissingSecurityToken: { hint: 'The STS credentials lack their security token: refresh the credentials of this profile.', retry: 'final' },
  'InvalidTimeStamp.Format': { hint: "The request's timestamp was rejected: check this computer's clock and time zone.", retry: 'final' },
  'InvalidAction.NotFound': { hint: 'The endpoint does not offer {action}: check the endpoint of this profile.', retry: 'final' },
  InvalidVersion: { hint: 'The endpoint does not offer this API version: check the endpoint of this profile.', retry: 'final' },
  'ResourceNotFound.VpcId': { hint: `The requesting VPC was not found. ${REFRESH}`, retry: 'final' },
  'ResourceNotFound.AcceptingVpcId': { hint: 'The accepting VPC was not found: check its id, its region and the accepting account UID.', retry: 'final' },
  MissingParameter: { hint: 'A required parameter is missing; see the message.', retry: 'final' },
  InvalidParameter: { hint: 'A parameter was rejected; see the message.', retry: 'final' },

  // ── VpcPeer: create / accept / modify ──
  'OperationFailed.CdtNotOpened': { hint: CDT_SELF, retry: 'final' },
  'OperationFailed.CrossBorderCdtNotOpened': { hint: CDT_CROSS_BORDER_SELF, retry: 'final' },
  'OperationFailed.AcceptUserCdtNotOpened': { hint: CDT_ACCEPTER, retry: 'final' },
  'OperationFailed.AcceptUserCrossBorderCdtNotOpened': { hint: CDT_CROSS_BORDER_ACCEPTER, retry: 'final' },
  'IncorrectStatus.Vpc': { hint: 'The requesting VPC is not Available (still being created or changed): wait and try again.', retry: 'final' },
  'IncorrectStatus.AcceptingVpc': { hint: 'The accepting VPC is not Available (still being created or changed): wait and try again.', retry: 'final' },
  'IncorrectStatus.VpcPeer': {
    hint: 'The connection is not in a state that allows this: it may be changing (wait until it settles) or already accepted, rejected or expired (refresh to see its status).',
    retry: 'busy',
  },
  IncorrectStatus: { hint: 'The resource is changing state; wait until it settles and try again.', retry: 'busy' },
  'ResourceAlreadyExist.RouterInterface': {
    hint: 'These two routers are already linked by a pair of router interfaces (one pair per two routers): keep using that link, or delete it first.',
    retry: 'final',
  },
  'ResourceAlreadyExist.VpcPeer': { hint: 'A peer connection between these two VPCs already exists: use it, or delete it first.', retry: 'final' },
  'OperationDenied.CloudBoxExistsInVpc': { hint: 'The requesting VPC contains CloudBox resources, which cannot be peered.', retry: 'final' },
  'OperationDenied.CloudBoxExistsInAcceptingVpc': { hint: 'The accepting VPC contains CloudBox resources, which cannot be peered.', retry: 'final' },
  'QuotaExceeded.VpcPeerCountPerVpc': { hint: `Quota "peer connections per VPC" is used up for this VPC: delete unused connections ${QUOTA_CENTER}.`, retry: 'final' },
  'QuotaExceeded.IntraRegionVpcPeerCountPerVpc': { hint: `Quota "intra-region peer connections per VPC" is used up: delete unused connections ${QUOTA_CENTER}.`, retry: 'final' },
  'QuotaExceeded.CrossRegionVpcPeerCountPerVpc': { hint: `Quota "cross-region peer connections per VPC" is used up: delete unused connections ${QUOTA_CENTER}.`, retry: 'final' },
  'QuotaExceeded.VpcPeerCountPerUserPerRegion': { hint: `Quota "peer connections per account per region" is used up: delete unused connections ${QUOTA_CENTER}.`, retry: 'final' },
  'QuotaExceeded.Bandwidth': { hint: `The bandwidth asked for exceeds the quota "peer connection bandwidth": ask for less ${QUOTA_CENTER}.`, retry: 'final' },
  QuotaExceeded: { hint: `A quota is used up (the message names it: e.g. 200 custom entries per route table, 5 router interfaces per router, 8 BGP peers per VBR): remove unused resources ${QUOTA_CENTER}.`, retry: 'final' },
  'IncorrectBusinessStatus.VpcPeer': { hint: 'The connection is locked for billing reasons (overdue payment): settle the account, then try again.', retry: 'final' },
  'IncorrectBusinessStatus.AcceptUserVpcPeer': { hint: "The accepting account's peering is locked for billing reasons: its owner must settle the account.", retry: 'final' },
  'IncorrectBusinessStatus.AcceptVpcPeer': { hint: "The accepting side is locked for billing reasons: its owner must settle the account.", retry: 'final' },
  'OperationFailed.NotExist.ResourceGroup': { hint: 'The resource group does not exist in this account: pick another one.', retry: 'final' },
  'OperationFailed.ViolativeVpcPeer': { hint: 'Peering between these two regions is not allowed.', retry: 'final' },
  'OperationDenied.OperateShareResource': { hint: 'A shared VPC cannot be peered by this account; use the owner account.', retry: 'final' },
  'OperationFailed.InterRegionLinkTypeNotSupported': { hint: 'Link type only applies to cross-region connections: leave it empty for an intra-region one.', retry: 'final' },
  'OperationFailed.RegionIdNotSupportLinkType': { hint: 'This region does not offer the chosen link type: pick another (Gold is the default).', retry: 'final' },
  'OperationFailed.SpecificLinkTypeNotSupported': { hint: 'The chosen link type is not offered for this connection: pick another (Gold is the default).', retry: 'final' },
  'OperationFailed.CrossBusinessNotAllowed': { hint: 'These two accounts belong to different business sites and cannot be peered.', retry: 'final' },
  'OperationFailed.BandwidthCannotBeChangedInSameRegion': { hint: 'Intra-region connections have unlimited bandwidth; it cannot be changed.', retry: 'final' },

  // ── VpcPeer: get / delete / reject ──
  'ResourceNotFound.InstanceId': { hint: `The peer connection was not found. ${REFRESH}`, retry: 'final' },
  'ResourceNotFound.VpcPeer': { hint: `The peer connection was not found. ${REFRESH}`, retry: 'final' },
  'OperationDenied.RouteEntryExist': { hint: 'Routes still point at this connection: remove them first, or delete with Force.', retry: 'final' },
  'OperationDenied.ServiceManagedInstance': { hint: 'This connection is managed by another Alibaba Cloud service; change it there.', retry: 'final' },

  // ── VpcPeer tags ──
  InvalidTagKey: { hint: 'A tag key is invalid: at most 128 characters, not starting with "acs:" or "aliyun", no "http://" or "https://".', retry: 'final' },
  'NumberExceed.Tags': { hint: 'Too many tags: at most 20 per resource.', retry: 'final' },
  'NumberExceed.ResourceIds': { hint: 'Too many resources in one request: tag at most 50 at a time.', retry: 'final' },
  'Forbidden.TagKeys': { hint: 'These tag keys may not be used (reserved prefixes "acs:" and "aliyun").', retry: 'final' },
  'Forbidden.TagKey.Duplicated': { hint: 'The same tag key appears twice: each key once per resource.', retry: 'final' },
  'InvalidInstanceIds.NotFound': { hint: `A resource to tag was not found. ${REFRESH}`, retry: 'final' },
  'InvalidInstanceType.NotFound': { hint: 'The resource type is unknown; use PeerConnection.', retry: 'final' },
  'BothEmpty.TagsAndResources': { hint: 'Give resource ids or tags to list.', retry: 'final' },

  // ── Routes ──
  'InvalidCIDRBlock.Duplicate': { hint: 'The route table already has a route to this destination: remove it first, or keep it.', retry: 'final' },
  'InvalidRouteEntry.Duplicate': { hint: 'This route already exists in the table.', retry: 'final' },
  'RouteConflict.AlreadyExist': { hint: 'A conflicting route already exists in the table: remove it first.', retry: 'final' },
  'RouterEntryConflict.Duplicated': { hint: 'This route already exists in the table.', retry: 'final' },
  'Duplicated.VpcNextHop': { hint: 'A route with the same destination and next hop already exists.', retry: 'final' },
  'OperationFailed.CidrConflictWithPrefixList': { hint: 'The destination overlaps a prefix list already routed in this table: pick another destination.', retry: 'final' },
  'OperationUnsupported.DestinationCidrBlockOverlapWithVSwitch': { hint: 'The destination equals or lies inside a vSwitch CIDR of this VPC: route to the peer VPC\'s CIDR instead.', retry: 'final' },
  InvalidCidrBlock: { hint: 'The destination CIDR is not allowed (it overlaps a vSwitch of this VPC or a reserved range such as 100.64.0.0/10).', retry: 'final' },
  'InvalidCidrBlock.Malformed': { hint: 'The destination is not a valid CIDR block (for example 10.1.0.0/16).', retry: 'final' },
  'IllegalParam.CidrBlock': { hint: 'The destination is not a valid CIDR block (for example 10.1.0.0/16).', retry: 'final' },
  InvalidDestinationCidrBlock: { hint: 'The destination CIDR block is not allowed here.', retry: 'final' },
  IncorrectRouteEntryStatus: { hint: 'Other routes in this table are still being created or changed; wait and try again.', retry: 'busy' },
  IncorrectVpcStatus: { hint: 'The VPC is busy with another change (vSwitch or route); wait and try again.', retry: 'busy' },
  TaskConflict: { hint: 'Another change is running in this VPC; wait and try again.', retry: 'busy' },
  OperationConflict: { hint: 'Another operation on this resource is running; wait and try again.', retry: 'busy' },
  'OperationFailed.DistibuteLock': { hint: 'Another change holds the lock on this resource; wait and try again.', retry: 'busy' },
  LastTokenProcessing: { hint: 'The previous request with the same client token is still being processed; wait and try again.', retry: 'busy' },
  'UnsupportedFeature.VpcPeerIpv6': { hint: 'Routes over a peer connection support IPv4 destinations only.', retry: 'final' },
  'IncorrectStatus.RouterInterface': { hint: 'The router interface is not Active (or is changing state): wait until it settles, or activate it.', retry: 'busy' },
  InvalidRouterInterface: { hint: 'The router interface cannot be a next hop here (wrong VPC or not connected).', retry: 'final' },
  'InvalidNextHop.NotFound': { hint: `The next hop was not found. ${REFRESH}`, retry: 'final' },
  'InvalidNexthopTypeAndList.BothNull': { hint: 'Give a next hop (type and id).', retry: 'final' },
  'InvalidNexthopTypeAndList.BothNotNull': { hint: 'Give either a single next hop or a next-hop list, not both.', retry: 'final' },
  InvalidNextHopType: { hint: 'This next hop type is not allowed for this route table.', retry: 'final' },
  'InvalidRouteTableId.NotFound': { hint: `The route table was not found. ${REFRESH}`, retry: 'final' },
  'InvalidNextHopId.NotFound': { hint: `The next hop was not found. ${REFRESH}`, retry: 'final' },
  'InvalidVpc.NotFound': { hint: `The VPC was not found. ${REFRESH}`, retry: 'final' },
  'InvalidRouteEntry.NotFound': { hint: `The route entry was not found. ${REFRESH}`, retry: 'final' },

  // ── Router interfaces ──
  'IncorrectOppositeInterfaceInfo.NotSet': { hint: 'Set the opposite interface (id, router, owner) on both interfaces before connecting.', retry: 'busy' },
  'IncorrectOppositeInterfaceInfo.NotMatch': {
    hint: "No accepting interface matches the opposite side given (id, router, owner account, region): check the far end's details, then connect again.",
    retry: 'final',
  },
  'OperationDenied.NotInitiatingSide': { hint: 'Only the initiating end of a router interface link can connect: connect from the other end.', retry: 'final' },
  'IncorrectBusinessStatus.RouterInterface': { hint: 'The router interface is locked for billing reasons (overdue payment): settle the account, then try again.', retry: 'final' },
  'InvalidRouterInterfaceId.NotFound': { hint: `The router interface was not found. ${REFRESH}`, retry: 'final' },
  'InvalidRouterId.NotFound': { hint: `The router (a VPC's router or a virtual border router) was not found. ${REFRESH}`, retry: 'final' },

  // ── Express Connect BGP ──
  'DependencyViolation.BgpPeer': { hint: 'The BGP group still has BGP peers: delete them first (Delete BGP Peer), then delete the group.', retry: 'busy' },
  'OperationUnsupported.Ipv6NotEnabled': {
    hint: 'IPv6 is not enabled on the virtual border router: enable it (Express Connect console → Virtual Border Routers → Enable IPv6) and refresh, or use IPv4.',
    retry: 'final',
  },
  'IncorrectStatus.Vbr': { hint: 'The virtual border router is not active: wait until it is (check its physical connection), then try again.', retry: 'final' },
  'IncorrectStatus.BgpGroup': { hint: 'The BGP group is being created, changed or deleted: wait until it is Available, then try again.', retry: 'busy' },
  'IncorrectStatus.BgpPeer': { hint: 'The BGP peer is being created, changed or deleted: wait until it is Available, then try again.', retry: 'busy' },
  'InvalidBgpGroupId.NotFound': { hint: `The BGP group was not found. ${REFRESH}`, retry: 'final' },
  'InvalidBgpPeerId.NotFound': { hint: `The BGP peer was not found. ${REFRESH}`, retry: 'final' },
  'InvalidPeerIpAddress.Duplicate': { hint: 'Another BGP peer on this virtual border router already uses this address: pick another address, or change that peer.', retry: 'final' },
  'DependencyViolation.RouteEntry': { hint: 'Route entries still point at this resource: remove them first.', retry: 'final' },
};

/** Hints for codes not in the catalog, by family (prefix or fragment). */
const FAMILY_HINTS: readonly { test: (code: string) => boolean; info: ErrorInfo }[] = [
  { test: (c) => c.includes('Throttling'), info: { hint: ERROR_CATALOG.Throttling.hint, retry: 'transient' } },
  { test: (c) => c.startsWith('QuotaExceeded'), info: { hint: `A quota is used up: free some ${QUOTA_CENTER}.`, retry: 'final' } },
  { test: (c) => c.startsWith('ResourceNotFound') || /^Invalid.*\.NotFound$/.test(c), info: { hint: `Not found. ${REFRESH}`, retry: 'final' } },
  { test: (c) => c.startsWith('Forbidden') || c.startsWith('NoPermission'), info: ERROR_CATALOG.Forbidden },
  { test: (c) => c.startsWith('IncorrectStatus'), info: { hint: 'The resource is in a state that does not allow this; wait until it settles, then try again.', retry: 'final' } },
  { test: (c) => c.startsWith('InvalidAccessKeyId') || c.startsWith('InvalidSecurityToken'), info: { hint: KEYS, retry: 'final' } },
  { test: (c) => c.startsWith('Missing') || c.startsWith('Invalid') || c.startsWith('IllegalParam'), info: ERROR_CATALOG.InvalidParameter },
];

/** The catalog entry for a code, else the family's, else `undefined`. */
export function lookupError(code: string): ErrorInfo | undefined {
  return ERROR_CATALOG[code] ?? FAMILY_HINTS.find((f) => f.test(code))?.info;
}

/** Fills `{endpoint}` and `{action}` in a hint. */
export function renderHint(hint: string, context: { endpoint?: string; action?: string }): string {
  return hint
    .replace(/\{endpoint\}/g, context.endpoint ?? 'the Alibaba Cloud endpoint')
    .replace(/\{action\}/g, context.action ?? 'this operation');
}
