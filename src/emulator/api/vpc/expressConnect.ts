// Express Connect: virtual border routers (read only), BGP groups and BGP peers with the rules of
// reference §3.6 — ASN ranges, at most 8 peers per VBR, BfdMultiHop 1–255 and only with BFD. A
// group's or peer's change shows Modifying for a while and refuses a second change meanwhile.

import { isIpAddress } from '../../../model/cidr';
import { ApiError, invalidParameter, missingParameter, quotaExceeded } from '../../errors';
import type { BgpGroupRecord, BgpPeerRecord, VbrRecord } from '../../world/records';
import { callerRecord, describeFiltered, requiredRegion, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { numberedAnswer } from '../paging';
import { checkText } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';
import { checkLocalAsn, checkPeerAsn, DEFAULT_LOCAL_ASN } from './bgpRules';
import { bgpGroupToWire, bgpPeerToWire, vbrToWire } from './wire';

/** The `Filter.N.Key`s of DescribeVirtualBorderRouters and the field each one compares. */
const VBR_FILTERS: Record<string, keyof VbrRecord> = {
  VbrId: 'id', Status: 'status', Name: 'name', PhysicalConnectionId: 'physicalConnectionId', AccessPointId: 'accessPointId',
  VlanId: 'vlanId', VlanInterfaceId: 'vlanInterfaceId', CircuitCode: 'circuitCode',
};

export function describeVirtualBorderRouters(ctx: CallContext): ActionResult {
  return describeFiltered(ctx, ctx.world.vbrs, VBR_FILTERS, { list: 'VirtualBorderRouterSet', item: 'VirtualBorderRouterType', toWire: vbrToWire });
}

function callerVbr(ctx: CallContext, regionId: string, param = 'RouterId'): VbrRecord {
  return callerRecord(ctx, regionId, param, ctx.world.vbrs, 'InvalidRouterId.NotFound', 'virtual border router');
}

function callerGroup(ctx: CallContext, regionId: string): BgpGroupRecord {
  return callerRecord(ctx, regionId, 'BgpGroupId', ctx.world.bgpGroups, 'InvalidBgpGroupId.NotFound', 'BGP group');
}

function callerPeer(ctx: CallContext, regionId: string): BgpPeerRecord {
  return callerRecord(ctx, regionId, 'BgpPeerId', ctx.world.bgpPeers, 'InvalidBgpPeerId.NotFound', 'BGP peer');
}

/** The `PeerAsn` or `LocalAsn` parameter under its rule; `fallback` when absent (none: it is required). */
function asnParam(ctx: CallContext, name: 'PeerAsn' | 'LocalAsn', fallback: number | undefined): number {
  const asn = ctx.params.integer(name) ?? fallback;
  if (asn === undefined) throw missingParameter(name);
  const problem = name === 'PeerAsn' ? checkPeerAsn(asn) : checkLocalAsn(asn);
  if (problem) throw invalidParameter(name, problem);
  return asn;
}

/** The `AuthKey` parameter: at most 80 characters. */
function authKeyParam(ctx: CallContext): string | undefined {
  const authKey = ctx.params.string('AuthKey');
  if (authKey !== undefined && authKey.length > 80) throw invalidParameter('AuthKey', 'it must be at most 80 characters.');
  return authKey;
}

/** A BGP group or peer takes one change at a time: anything but Available is IncorrectStatus. */
function checkAvailable(record: { id: string; status: string }, kind: 'BgpGroup' | 'BgpPeer'): void {
  const noun = kind === 'BgpGroup' ? 'BGP group' : 'BGP peer';
  if (record.status !== 'Available') throw new ApiError(`IncorrectStatus.${kind}`, `${noun} "${record.id}" is ${record.status}, not Available.`);
}

export function describeBgpGroups(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = requiredRegion(ctx);
  const routerId = params.string('RouterId');
  const groupId = params.string('BgpGroupId');
  const matching = (routerId !== undefined ? world.bgpGroups.where('vbr', routerId) : world.bgpGroups.ownedBy(caller.uid, regionId)).filter(
    (g) => g.accountUid === caller.uid && g.regionId === regionId && (groupId === undefined || g.id === groupId),
  );
  return numberedAnswer(params, matching, 'BgpGroups', 'BgpGroup', bgpGroupToWire);
}

export function createBgpGroup(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const vbr = callerVbr(ctx, regionId);
  const peerAsn = asnParam(ctx, 'PeerAsn', undefined);
  const localAsn = asnParam(ctx, 'LocalAsn', DEFAULT_LOCAL_ASN);
  const ipVersion = params.enumValue('IpVersion', ['IPv4', 'IPv6'] as const) ?? 'IPv4';
  if (ipVersion === 'IPv6' && vbr.enableIpv6 !== true) throw new ApiError('OperationUnsupported.Ipv6NotEnabled', `IPv6 is not enabled on virtual border router "${vbr.id}".`);
  const routeLimit = params.integer('RouteQuota', { min: 1, max: 10000 }) ?? 110;
  const name = checkText('Name', params.string('Name'), TEXT_RULES.bgpGroupName) ?? '';
  const description = checkText('Description', params.string('Description'), TEXT_RULES.bgpGroupDescription) ?? '';
  const authKey = authKeyParam(ctx) ?? '';
  if (vbr.status !== 'active') throw new ApiError('IncorrectStatus.Vbr', `Virtual border router "${vbr.id}" is ${vbr.status}, not active.`);
  stopIfDryRun(ctx);

  const group: BgpGroupRecord = {
    id: world.ids.next('bgpg', regionId),
    accountUid: vbr.accountUid,
    regionId,
    vbrId: vbr.id,
    name,
    description,
    peerAsn,
    localAsn,
    authKey,
    ipVersion,
    isFakeAsn: params.boolean('IsFakeAsn') ?? false,
    routeLimit,
    hold: 30,
    keepalive: 10,
    status: 'Pending',
    createdAt: ctx.now,
  };
  world.bgpGroups.add(group);
  world.beginTransition('bgpGroup', group, 'Pending', 'Available');
  return { BgpGroupId: group.id };
}

/**
 * ModifyBgpGroupAttribute (SDK request model): name, description, peer ASN, local ASN,
 * authentication key (or clearing it), fake ASN and route quota of a group, under the same limits
 * as CreateBgpGroup; its peers take the new ASNs and key with it.
 */
export function modifyBgpGroupAttribute(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const group = callerGroup(ctx, regionId);
  const peerAsn = asnParam(ctx, 'PeerAsn', group.peerAsn);
  const localAsn = asnParam(ctx, 'LocalAsn', group.localAsn);
  if (peerAsn === localAsn) throw invalidParameter('PeerAsn', `${peerAsn} is also the local ASN; a VBR speaks eBGP only.`);
  const name = checkText('Name', params.string('Name'), TEXT_RULES.bgpGroupName);
  const description = checkText('Description', params.string('Description'), TEXT_RULES.bgpGroupDescription);
  const authKey = authKeyParam(ctx);
  const clearAuthKey = params.boolean('ClearAuthKey') ?? false;
  if (clearAuthKey && authKey !== undefined) throw invalidParameter('ClearAuthKey', 'it cannot be given together with AuthKey.');
  const routeLimit = params.integer('RouteQuota', { min: 1, max: 10000 });
  const isFakeAsn = params.boolean('IsFakeAsn');
  checkAvailable(group, 'BgpGroup');
  stopIfDryRun(ctx);

  group.peerAsn = peerAsn;
  group.localAsn = localAsn;
  if (name !== undefined) group.name = name;
  if (description !== undefined) group.description = description;
  if (authKey !== undefined) group.authKey = authKey;
  if (clearAuthKey) group.authKey = '';
  if (routeLimit !== undefined) group.routeLimit = routeLimit;
  if (isFakeAsn !== undefined) group.isFakeAsn = isFakeAsn;
  world.beginTransition('bgpGroup', group, 'Modifying', 'Available');
  return {};
}

export function deleteBgpGroup(ctx: CallContext): ActionResult {
  const { world } = ctx;
  const group = callerGroup(ctx, requiredRegion(ctx));
  const peers = world.bgpPeers.where('group', group.id);
  if (peers.length > 0) throw new ApiError('DependencyViolation.BgpPeer', `BGP group "${group.id}" still has ${peers.length} BGP peer(s); delete them first.`);
  checkAvailable(group, 'BgpGroup');
  stopIfDryRun(ctx);
  world.beginTransition('bgpGroup', group, 'Deleting', 'gone');
  return {};
}

export function describeBgpPeers(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = requiredRegion(ctx);
  const routerId = params.string('RouterId');
  const groupId = params.string('BgpGroupId');
  const peerId = params.string('BgpPeerId');
  let candidates: readonly BgpPeerRecord[];
  if (peerId !== undefined) candidates = [world.bgpPeers.get(peerId)].filter((p) => p !== undefined);
  else if (groupId !== undefined) candidates = world.bgpPeers.where('group', groupId);
  else if (routerId !== undefined) candidates = world.bgpPeersOfVbr(routerId);
  else candidates = world.bgpPeers.ownedBy(caller.uid, regionId);
  const matching = candidates.filter(
    (p) =>
      p.accountUid === caller.uid &&
      p.regionId === regionId &&
      (groupId === undefined || p.bgpGroupId === groupId) &&
      (routerId === undefined || world.bgpGroups.get(p.bgpGroupId)?.vbrId === routerId),
  );
  return numberedAnswer(params, matching, 'BgpPeers', 'BgpPeer', (p) => bgpPeerToWire(world, p));
}

/** BfdMultiHop: 1–255, and meaningful only while BFD is on (default 255 then). */
function bfdMultiHop(ctx: CallContext, enableBfd: boolean, current?: number): number | undefined {
  const hops = ctx.params.integer('BfdMultiHop', { min: 1, max: 255 });
  if (hops !== undefined && !enableBfd) throw invalidParameter('BfdMultiHop', 'it applies only when EnableBfd is true.');
  return enableBfd ? (hops ?? current ?? 255) : undefined;
}

function checkPeerIp(group: BgpGroupRecord, ip: string | undefined): void {
  if (ip === undefined) return;
  const version = group.ipVersion === 'IPv6' ? 6 : 4;
  if (!isIpAddress(ip, version)) throw invalidParameter('PeerIpAddress', `"${ip}" is not an ${group.ipVersion} address.`);
}

export function createBgpPeer(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const group = callerGroup(ctx, regionId);
  const peerIp = params.string('PeerIpAddress');
  checkPeerIp(group, peerIp);
  const ipVersion = params.enumValue('IpVersion', ['IPv4', 'IPv6'] as const) ?? (group.ipVersion as 'IPv4' | 'IPv6');
  if (ipVersion !== group.ipVersion) throw invalidParameter('IpVersion', `BGP group "${group.id}" is ${group.ipVersion}.`);
  const enableBfd = params.boolean('EnableBfd') ?? false;
  const hops = bfdMultiHop(ctx, enableBfd);
  checkAvailable(group, 'BgpGroup');
  const onVbr = world.bgpPeersOfVbr(group.vbrId);
  const quota = world.settings.quotas.bgpPeersPerVbr;
  if (onVbr.length >= quota) throw quotaExceeded('QuotaExceeded', `BgpPeerCountPerVbr of ${group.vbrId}`, onVbr.length, quota);
  const sameIp = peerIp && onVbr.find((p) => p.peerIpAddress === peerIp);
  if (sameIp) throw new ApiError('InvalidPeerIpAddress.Duplicate', `BGP peer "${sameIp.id}" on ${group.vbrId} already uses ${peerIp}.`);
  stopIfDryRun(ctx);

  const vbr = world.vbrs.get(group.vbrId);
  const peer: BgpPeerRecord = {
    id: world.ids.next('bgp', regionId),
    accountUid: group.accountUid,
    regionId,
    bgpGroupId: group.id,
    name: '',
    description: '',
    peerIpAddress: peerIp ?? '',
    ipVersion,
    enableBfd,
    bfdMultiHop: hops,
    status: 'Pending',
    // Only the VBR's own peer gateway answers; any other address keeps trying to connect.
    bgpStatus: peerIp !== undefined && peerIp === vbr?.peerGatewayIp ? 'Established' : 'Active',
    advertisedRouteCount: 0,
    receivedRouteCount: 0,
    modifiedAt: ctx.now,
  };
  world.bgpPeers.add(peer);
  world.beginTransition('bgpPeer', peer, 'Pending', 'Available');
  return { BgpPeerId: peer.id };
}

export function modifyBgpPeerAttribute(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const peer = callerPeer(ctx, regionId);
  const group = world.bgpGroups.get(peer.bgpGroupId)!;
  if (params.has('BgpGroupId') && params.string('BgpGroupId') !== peer.bgpGroupId) {
    throw invalidParameter('BgpGroupId', `BGP peer "${peer.id}" belongs to "${peer.bgpGroupId}" and cannot move to another group.`);
  }
  const peerIp = params.string('PeerIpAddress');
  checkPeerIp(group, peerIp);
  const enableBfd = params.boolean('EnableBfd') ?? peer.enableBfd;
  const hops = bfdMultiHop(ctx, enableBfd, peer.bfdMultiHop);
  checkAvailable(peer, 'BgpPeer');
  stopIfDryRun(ctx);

  if (peerIp !== undefined) peer.peerIpAddress = peerIp;
  peer.enableBfd = enableBfd;
  peer.bfdMultiHop = hops;
  peer.modifiedAt = ctx.now;
  world.beginTransition('bgpPeer', peer, 'Modifying', 'Available');
  return {};
}

export function deleteBgpPeer(ctx: CallContext): ActionResult {
  const peer = callerPeer(ctx, requiredRegion(ctx));
  checkAvailable(peer, 'BgpPeer');
  stopIfDryRun(ctx);
  ctx.world.beginTransition('bgpPeer', peer, 'Deleting', 'gone');
  return {};
}
