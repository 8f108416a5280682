// Route entries: DescribeRouteEntryList (token paging), CreateRouteEntry and DeleteRouteEntry with
// the rules of reference §3.4. Writes are asynchronous (Pending → Available, Deleting → gone) and,
// as in the service, a table takes one route change at a time.

import { contains, parseCidr, reservedRangeOf, SHARED_ADDRESS_SPACE, cidrEquals } from '../../../model/cidr';
import { ApiError, invalidParameter, missingParameter, quotaExceeded } from '../../errors';
import type { NextHopRecord, RouteEntryRecord, RouteTableRecord } from '../../world/records';
import { routeEntryIn } from '../../world/systemRoutes';
import type { World } from '../../world/world';
import { callerRecord, givenEquals, requiredRegion, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { tokenPage } from '../paging';
import { checkText } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';
import { routeEntryToWire } from './wire';

/** Next hop types the service knows but the emulator has no instances of. */
const UNMODELLED_NEXT_HOPS = [
  'Instance',
  'HaVip',
  'NetworkInterface',
  'VpnGateway',
  'IPv6Gateway',
  'NatGateway',
  'Attachment',
  'Ipv4Gateway',
  'GatewayEndpoint',
  'Ecr',
  'GatewayLoadBalancerEndpoint',
  'RouteTargetGroup',
];

function callerTable(ctx: CallContext, regionId: string): RouteTableRecord {
  return callerRecord(ctx, regionId, 'RouteTableId', ctx.world.routeTables, 'InvalidRouteTableId.NotFound', 'route table');
}

export function describeRouteEntryList(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const table = callerTable(ctx, regionId);
  const given = givenEquals<RouteEntryRecord>(ctx, { RouteEntryId: 'id', RouteEntryName: 'name', DestinationCidrBlock: 'destination', RouteEntryType: 'type' });
  const destinations = params.list('DestCidrBlockList');
  const ipVersion = params.string('IpVersion')?.toLowerCase();
  const nextHopId = params.string('NextHopId');
  const nextHopType = params.string('NextHopType');
  const matching = world.routeEntries.where('table', table.id).filter(
    (e) =>
      given(e) &&
      (destinations.length === 0 || destinations.includes(e.destination)) &&
      (ipVersion === undefined || ipVersion === 'ipv4') &&
      (nextHopId === undefined || e.nextHops.some((h) => h.id === nextHopId)) &&
      (nextHopType === undefined || e.nextHops.some((h) => h.type === nextHopType)),
  );
  const page = tokenPage(params, matching, { sizeParam: 'MaxResult', defaultSize: 10, maxSize: 100 });
  return {
    NextToken: page.nextToken,
    TotalCount: page.totalCount,
    RouteEntrys: { RouteEntry: page.items.map((e) => routeEntryToWire(world, e)) },
  };
}

/** A table takes one route change at a time: entries still settling block the next change. */
function checkTableIdle(world: World, table: RouteTableRecord): void {
  const busy = world.routeEntries.where('table', table.id).find((e) => e.status !== 'Available');
  if (busy) {
    throw new ApiError('IncorrectRouteEntryStatus', `Route table "${table.id}" is still applying a change (${busy.id} is ${busy.status}); retry when it is Available.`);
  }
}

export function createRouteEntry(ctx: CallContext): ActionResult {
  const { params, world } = ctx;
  const regionId = requiredRegion(ctx);
  const table = callerTable(ctx, regionId);
  const destinationText = params.requiredString('DestinationCidrBlock');
  const name = checkText('RouteEntryName', params.string('RouteEntryName'), TEXT_RULES.routeEntryName) ?? '';
  const description = checkText('Description', params.string('Description'), TEXT_RULES.routeEntryDescription) ?? '';
  const hops = requestedNextHops(ctx, table);
  const destination = checkDestination(world, table, destinationText, hops);
  const duplicate = world.routeEntries.where('table', table.id).find((e) => e.destination === destination);
  if (duplicate) {
    throw new ApiError('InvalidCIDRBlock.Duplicate', `Route table "${table.id}" already has a route to ${destination} (${duplicate.id}).`);
  }
  const custom = world.routeEntries.where('table', table.id).filter((e) => e.type === 'Custom').length;
  const quota = world.settings.quotas.customRouteEntriesPerTable;
  if (custom >= quota) throw quotaExceeded('QuotaExceeded', `RouteEntryNum of ${table.id}`, custom, quota);
  checkTableIdle(world, table);
  stopIfDryRun(ctx);

  const entry = routeEntryIn(table, {
    id: world.ids.next('rte', regionId),
    destination,
    type: 'Custom',
    status: 'Pending',
    name,
    description,
    nextHops: hops,
    modifiedAt: ctx.now,
  });
  world.routeEntries.add(entry);
  world.beginTransition('routeEntry', entry, 'Pending', 'Available');
  return { RouteEntryId: entry.id };
}

function requestedNextHops(ctx: CallContext, table: RouteTableRecord): NextHopRecord[] {
  const { params } = ctx;
  const single = params.has('NextHopType') || params.has('NextHopId');
  const list = params.objectList('NextHopList');
  if (single && list.length > 0) throw new ApiError('InvalidNexthopTypeAndList.BothNotNull', 'Give either NextHopType/NextHopId or NextHopList, not both.');
  if (!single && list.length === 0) throw new ApiError('InvalidNexthopTypeAndList.BothNull', 'Give NextHopType and NextHopId, or NextHopList.');
  if (single) {
    const type = params.string('NextHopType') ?? 'Instance';
    const id = params.string('NextHopId');
    if (id === undefined) throw missingParameter('NextHopId');
    return [checkNextHop(ctx, table, type, id, 'NextHopId')];
  }
  if (table.routerType === 'VBR') throw invalidParameter('NextHopList', 'a VBR route table takes a single next hop.');
  if (list.length < 2 || list.length > 4) throw invalidParameter('NextHopList', `an ECMP route needs 2 to 4 next hops, not ${list.length}.`);
  return list.map((item, i) => {
    const type = item.NextHopType ?? 'Instance';
    if (type === 'VpcPeer') throw new ApiError('InvalidNextHopType', 'A VPC peer connection cannot be one of several ECMP next hops.');
    if (item.NextHopId === undefined || item.NextHopId === '') throw missingParameter(`NextHopList.${i + 1}.NextHopId`);
    const weight = item.Weight === undefined ? undefined : Number(item.Weight);
    if (weight !== undefined && (!Number.isInteger(weight) || weight < 0 || weight > 255)) {
      throw invalidParameter(`NextHopList.${i + 1}.Weight`, `${item.Weight} is not a weight from 0 to 255.`);
    }
    return { ...checkNextHop(ctx, table, type, item.NextHopId, `NextHopList.${i + 1}.NextHopId`), weight };
  });
}

function checkNextHop(ctx: CallContext, table: RouteTableRecord, type: string, id: string, param: string): NextHopRecord {
  const { world, caller } = ctx;
  if (type === 'VpcPeer') {
    const peer = world.peers.get(id);
    const end = peer && [peer.requester, peer.accepter].find((e) => e.vpcId === table.vpcId && e.accountUid === caller.uid);
    if (!peer || !end) throw new ApiError('ResourceNotFound.VpcPeer', `No VPC peer connection "${id}" is attached to the VPC of route table "${table.id}".`);
    if (peer.status !== 'Activated') throw new ApiError('IncorrectStatus.VpcPeer', `The VPC peer connection "${id}" is ${peer.status}; routes need it Activated.`);
    return { type, id };
  }
  if (type === 'RouterInterface') {
    const ri = world.routerInterfaces.get(id);
    if (!ri || ri.accountUid !== caller.uid) throw new ApiError('InvalidNextHopId.NotFound', `Specified next hop "${id}" (${param}) does not exist.`, 404);
    if (ri.routerId !== table.routerId) throw new ApiError('InvalidRouterInterface', `Router interface "${id}" is not on router "${table.routerId}" of route table "${table.id}".`);
    if (ri.status !== 'Active') throw new ApiError('IncorrectStatus.RouterInterface', `Router interface "${id}" is ${ri.status}; routes need it Active.`);
    return { type, id };
  }
  if (UNMODELLED_NEXT_HOPS.includes(type)) {
    throw new ApiError('InvalidNextHopId.NotFound', `Specified next hop "${id}" of type ${type} does not exist (the emulator models VpcPeer and RouterInterface next hops only).`, 404);
  }
  throw new ApiError('InvalidNextHopType', `"${type}" is not a next hop type.`);
}

function checkDestination(world: World, table: RouteTableRecord, text: string, hops: readonly NextHopRecord[]): string {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new ApiError('InvalidCidrBlock.Malformed', `Specified DestinationCidrBlock "${text}" is malformed: ${parsed.reason}`);
  if (parsed.hostBitsSet) throw new ApiError('InvalidCidrBlock.Malformed', `Specified DestinationCidrBlock "${text}" has host bits set; the network is ${parsed.cidr.text}.`);
  const cidr = parsed.cidr;
  if (cidr.version === 6) {
    if (hops.some((h) => h.type === 'VpcPeer')) throw new ApiError('UnsupportedFeature.VpcPeerIpv6', 'VPC peer connections do not carry IPv6 routes.');
    throw new ApiError('InvalidDestinationCidrBlock', 'The emulator supports IPv4 route entries only.');
  }
  if (cidrEquals(cidr, SHARED_ADDRESS_SPACE)) throw new ApiError('InvalidCidrBlock', '100.64.0.0/10 is reserved by Alibaba Cloud and cannot be a destination.');
  const reserved = cidr.prefix > 0 ? reservedRangeOf(cidr) : undefined;
  if (reserved && reserved.kind !== 'sharedAddressSpace') {
    throw new ApiError('InvalidDestinationCidrBlock', `${cidr.text} lies in ${reserved.name}, which cannot be routed.`);
  }
  if (table.vpcId) {
    const vSwitch = world.vSwitches.where('vpc', table.vpcId).find((s) => contains(s.cidrBlock, cidr));
    if (vSwitch) {
      throw new ApiError('InvalidCidrBlock', `Specified DestinationCidrBlock ${cidr.text} equals or lies within the CIDR block ${vSwitch.cidrBlock} of vSwitch "${vSwitch.id}".`);
    }
  }
  return cidr.text;
}

export function deleteRouteEntry(ctx: CallContext): ActionResult {
  const { world } = ctx;
  const regionId = requiredRegion(ctx);
  const entry = entryToDelete(ctx, regionId);
  if (entry.type !== 'Custom') throw new ApiError('OperationDenied.SystemRouteEntry', `Route entry "${entry.id}" is a system route and cannot be deleted.`);
  if (entry.status !== 'Available') throw new ApiError('IncorrectRouteEntryStatus', `Route entry "${entry.id}" is ${entry.status}; only Available routes can be deleted.`);
  checkTableIdle(world, world.routeTables.get(entry.routeTableId)!);
  stopIfDryRun(ctx);

  world.beginTransition('routeEntry', entry, 'Deleting', 'gone');
  return {};
}

function entryToDelete(ctx: CallContext, regionId: string): RouteEntryRecord {
  const { params, world, caller } = ctx;
  const notFound = (what: string): ApiError => new ApiError('InvalidRouteEntry.NotFound', `Specified route entry (${what}) does not exist.`, 404);
  const entryId = params.string('RouteEntryId');
  if (entryId !== undefined) {
    const entry = world.routeEntries.get(entryId);
    if (!entry || entry.accountUid !== caller.uid || entry.regionId !== regionId) throw notFound(entryId);
    if (params.has('RouteTableId') && entry.routeTableId !== params.string('RouteTableId')) throw notFound(`${entryId} in ${params.string('RouteTableId')}`);
    return entry;
  }
  if (!params.has('RouteTableId')) throw missingParameter('RouteEntryId');
  const table = callerTable(ctx, regionId);
  const destinationText = params.requiredString('DestinationCidrBlock');
  const parsed = parseCidr(destinationText);
  const destination = parsed.ok ? parsed.cidr.text : destinationText;
  const hopIds = params.has('NextHopId') ? [params.string('NextHopId')!] : params.objectList('NextHopList').map((h) => h.NextHopId ?? '');
  const entry = world
    .routeEntries.where('table', table.id)
    .find((e) => e.destination === destination && (hopIds.length === 0 || hopIds.every((id) => e.nextHops.some((h) => h.id === id))));
  if (!entry) throw notFound(`${destinationText} in ${table.id}`);
  return entry;
}
