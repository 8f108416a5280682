// Router interfaces, the Express Connect links between two VPC routers or a VBR and a VPC router
// (reference §3.5): create each end Idle, point both at each other, connect from the initiating
// side (Connecting / AcceptingConnecting → Active), deactivate and activate the pair, delete an end
// that is Idle or Inactive and has no routes pointing at it.

import { ApiError, invalidParameter, quotaExceeded } from '../../errors';
import type { RouterType } from '../../../model/types';
import type { RouterInterfaceRecord } from '../../world/records';
import type { World } from '../../world/world';
import { callerRecord, describeFiltered, requiredRegion, stopIfDryRun } from '../common';
import type { ActionResult, CallContext } from '../context';
import { checkText } from '../validation';
import { TEXT_RULES } from '../../../model/validation/textRules';
import { ROUTER_INTERFACE_ROLES, ROUTER_INTERFACE_SPECS, routerTypeOf } from './routerInterfaceRules';
import { routerInterfaceToWire } from './wire';

const ROUTER_TYPES: readonly RouterType[] = ['VRouter', 'VBR'];

function incorrectStatus(ri: RouterInterfaceRecord, wanted: string): ApiError {
  return new ApiError('IncorrectStatus.RouterInterface', `Router interface "${ri.id}" is ${ri.status}; this operation needs ${wanted}.`);
}

function callerInterface(ctx: CallContext, regionId: string): RouterInterfaceRecord {
  return callerRecord(ctx, regionId, 'RouterInterfaceId', ctx.world.routerInterfaces, 'InvalidRouterInterfaceId.NotFound', 'router interface');
}

export function createRouterInterface(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = requiredRegion(ctx);
  const routerType = params.requiredEnum('RouterType', ROUTER_TYPES);
  const routerId = params.requiredString('RouterId');
  const role = params.requiredEnum('Role', ROUTER_INTERFACE_ROLES);
  const spec = params.requiredString('Spec');
  const oppositeRegionId = requiredRegion(ctx, 'OppositeRegionId');
  const oppositeRouterType = params.enumValue('OppositeRouterType', ROUTER_TYPES);
  const chargeType = params.enumValue('InstanceChargeType', ['PrePaid', 'PostPaid'] as const) ?? 'PostPaid';
  const name = checkText('Name', params.string('Name'), TEXT_RULES.routerInterfaceName) ?? '';
  const description = checkText('Description', params.string('Description'), TEXT_RULES.routerInterfaceDescription) ?? '';

  const vpc = routerType === 'VRouter' ? world.vpcOfRouter(routerId) : undefined;
  const owner = routerType === 'VRouter' ? vpc : world.vbrs.get(routerId);
  if (!owner || owner.accountUid !== caller.uid || owner.regionId !== regionId) {
    throw new ApiError('InvalidRouterId.NotFound', `Specified ${routerType} router "${routerId}" does not exist in ${regionId}.`, 404);
  }
  if (routerType === 'VBR' && role !== 'InitiatingSide') throw invalidParameter('Role', 'an interface on a VBR can only be the initiating side.');
  if (role === 'AcceptingSide' && spec !== 'Negative') throw invalidParameter('Spec', 'the accepting side uses the spec "Negative".');
  if (role === 'InitiatingSide' && !ROUTER_INTERFACE_SPECS.includes(spec)) throw invalidParameter('Spec', `"${spec}" is not one of ${ROUTER_INTERFACE_SPECS.join(', ')}.`);

  const existing = world.routerInterfaces.where('router', routerId);
  const quota = world.settings.quotas.routerInterfacesPerRouter;
  if (existing.length >= quota) throw quotaExceeded('QuotaExceeded', `RouterInterfaceCountPerRouter of ${routerId}`, existing.length, quota);
  const oppositeRouterId = params.string('OppositeRouterId');
  const twin = oppositeRouterId && existing.find((r) => r.oppositeRouterId === oppositeRouterId);
  if (twin) {
    throw new ApiError('ResourceAlreadyExist.RouterInterface', `Router "${routerId}" already has interface "${twin.id}" towards "${oppositeRouterId}"; two routers are linked by one pair.`);
  }
  stopIfDryRun(ctx);

  const ri: RouterInterfaceRecord = {
    id: world.ids.next('ri', regionId),
    accountUid: caller.uid,
    regionId,
    name,
    description,
    role,
    spec,
    status: 'Idle',
    businessStatus: 'Normal',
    routerId,
    routerType,
    vpcId: vpc?.id,
    accessPointId: params.string('AccessPointId') ?? (routerType === 'VBR' ? world.vbrs.get(routerId)?.accessPointId : undefined),
    oppositeInterfaceId: params.string('OppositeInterfaceId'),
    oppositeInterfaceOwnerId: params.string('OppositeInterfaceOwnerId'),
    oppositeRouterId,
    oppositeRouterType: oppositeRouterType ?? (oppositeRouterId ? routerTypeOf(oppositeRouterId) : undefined),
    oppositeRegionId,
    oppositeAccessPointId: params.string('OppositeAccessPointId'),
    chargeType: chargeType === 'PrePaid' ? 'PrePaid' : 'AfterPay',
    healthCheckSourceIp: params.string('HealthCheckSourceIp'),
    healthCheckTargetIp: params.string('HealthCheckTargetIp'),
    createdAt: ctx.now,
  };
  world.routerInterfaces.add(ri);
  return chargeType === 'PrePaid' ? { RouterInterfaceId: ri.id, OrderId: 200000000000 + world.routerInterfaces.size } : { RouterInterfaceId: ri.id };
}

export function modifyRouterInterfaceAttribute(ctx: CallContext): ActionResult {
  const { params } = ctx;
  const regionId = requiredRegion(ctx);
  const ri = callerInterface(ctx, regionId);
  const name = checkText('Name', params.string('Name'), TEXT_RULES.routerInterfaceName);
  const description = checkText('Description', params.string('Description'), TEXT_RULES.routerInterfaceDescription);
  const oppositeOwner = params.integer('OppositeInterfaceOwnerId', { min: 1 });
  const oppositeRouterType = params.enumValue('OppositeRouterType', ROUTER_TYPES);
  const changesOpposite = ['OppositeInterfaceId', 'OppositeRouterId', 'OppositeRouterType', 'OppositeInterfaceOwnerId'].some((p) => params.has(p));
  if (changesOpposite && ri.status !== 'Idle') throw incorrectStatus(ri, 'Idle to change the opposite interface');
  stopIfDryRun(ctx);

  if (name !== undefined) ri.name = name;
  if (description !== undefined) ri.description = description;
  if (params.has('OppositeInterfaceId')) ri.oppositeInterfaceId = params.string('OppositeInterfaceId');
  if (params.has('OppositeRouterId')) ri.oppositeRouterId = params.string('OppositeRouterId');
  if (oppositeRouterType !== undefined) ri.oppositeRouterType = oppositeRouterType;
  else if (params.has('OppositeRouterId')) ri.oppositeRouterType = routerTypeOf(ri.oppositeRouterId ?? '');
  if (oppositeOwner !== undefined) ri.oppositeInterfaceOwnerId = String(oppositeOwner);
  if (params.has('HealthCheckSourceIp')) ri.healthCheckSourceIp = params.string('HealthCheckSourceIp');
  if (params.has('HealthCheckTargetIp')) ri.healthCheckTargetIp = params.string('HealthCheckTargetIp');
  if (params.boolean('DeleteHealthCheckIp')) ri.healthCheckSourceIp = ri.healthCheckTargetIp = undefined;
  return {};
}

export function connectRouterInterface(ctx: CallContext): ActionResult {
  const { world } = ctx;
  const regionId = requiredRegion(ctx);
  const ri = callerInterface(ctx, regionId);
  if (ri.role !== 'InitiatingSide') throw new ApiError('OperationDenied.NotInitiatingSide', `Router interface "${ri.id}" is the accepting side; connect from the initiating side.`);
  if (ri.status !== 'Idle') throw incorrectStatus(ri, 'Idle');
  if (!ri.oppositeInterfaceId || !ri.oppositeRouterId || !ri.oppositeInterfaceOwnerId) {
    throw new ApiError('IncorrectOppositeInterfaceInfo.NotSet', `Router interface "${ri.id}" does not name its opposite interface, router and owner yet.`);
  }
  const opposite = world.routerInterfaces.get(ri.oppositeInterfaceId);
  if (!opposite || opposite.accountUid !== ri.oppositeInterfaceOwnerId || opposite.routerId !== ri.oppositeRouterId || opposite.regionId !== ri.oppositeRegionId) {
    throw new ApiError('IncorrectOppositeInterfaceInfo.NotMatch', `No router interface "${ri.oppositeInterfaceId}" of account ${ri.oppositeInterfaceOwnerId} on "${ri.oppositeRouterId}" in ${ri.oppositeRegionId}.`);
  }
  if (opposite.oppositeInterfaceId !== ri.id || opposite.oppositeRouterId !== ri.routerId || opposite.oppositeInterfaceOwnerId !== ri.accountUid) {
    throw new ApiError('IncorrectOppositeInterfaceInfo.NotSet', `The opposite interface "${opposite.id}" does not point back at "${ri.id}" yet.`);
  }
  if (opposite.role !== 'AcceptingSide') throw new ApiError('IncorrectOppositeInterfaceInfo.NotMatch', `The opposite interface "${opposite.id}" is not an accepting side.`);
  if (opposite.status !== 'Idle') throw incorrectStatus(opposite, 'Idle on both ends');
  stopIfDryRun(ctx);

  world.beginTransition('routerInterface', ri, 'Connecting', 'Active');
  world.beginTransition('routerInterface', opposite, 'AcceptingConnecting', 'Active');
  return {};
}

/** Both ends of a connected link, which activate and deactivate together. */
function pairOf(world: World, ri: RouterInterfaceRecord): RouterInterfaceRecord[] {
  const opposite = ri.oppositeInterfaceId ? world.routerInterfaces.get(ri.oppositeInterfaceId) : undefined;
  return opposite && opposite.oppositeInterfaceId === ri.id ? [ri, opposite] : [ri];
}

export function activateRouterInterface(ctx: CallContext): ActionResult {
  const ri = callerInterface(ctx, requiredRegion(ctx));
  if (ri.status !== 'Inactive') throw incorrectStatus(ri, 'Inactive');
  if (ri.businessStatus !== 'Normal') throw new ApiError('IncorrectBusinessStatus.RouterInterface', `Router interface "${ri.id}" is ${ri.businessStatus}.`);
  stopIfDryRun(ctx);
  for (const end of pairOf(ctx.world, ri)) ctx.world.beginTransition('routerInterface', end, 'Activating', 'Active');
  return {};
}

export function deactivateRouterInterface(ctx: CallContext): ActionResult {
  const ri = callerInterface(ctx, requiredRegion(ctx));
  if (ri.status !== 'Active') throw incorrectStatus(ri, 'Active');
  stopIfDryRun(ctx);
  for (const end of pairOf(ctx.world, ri)) ctx.world.beginTransition('routerInterface', end, 'Deactivating', 'Inactive');
  return {};
}

export function deleteRouterInterface(ctx: CallContext): ActionResult {
  const { world } = ctx;
  const ri = callerInterface(ctx, requiredRegion(ctx));
  if (ri.status !== 'Idle' && ri.status !== 'Inactive') throw incorrectStatus(ri, 'Idle or Inactive');
  const routes = world.routeEntries.where('nextHop', ri.id);
  if (routes.length > 0) {
    throw new ApiError('DependencyViolation.RouteEntry', `${routes.length} route entr${routes.length === 1 ? 'y points' : 'ies point'} at router interface "${ri.id}" (e.g. ${routes[0].id}); delete them first.`);
  }
  stopIfDryRun(ctx);
  world.beginTransition('routerInterface', ri, 'Deleting', 'gone');
  return {};
}

/** The `Filter.N.Key`s of DescribeRouterInterfaces and the field each one compares. */
const FILTER_FIELDS: Record<string, keyof RouterInterfaceRecord> = {
  RouterInterfaceId: 'id', RouterId: 'routerId', RouterType: 'routerType', RouterInterfaceOwnerId: 'accountUid',
  OppositeInterfaceId: 'oppositeInterfaceId', OppositeRouterType: 'oppositeRouterType', OppositeRouterId: 'oppositeRouterId',
  OppositeInterfaceOwnerId: 'oppositeInterfaceOwnerId', Status: 'status', Name: 'name', Role: 'role', VpcId: 'vpcId', AccessPointId: 'accessPointId',
};

export function describeRouterInterfaces(ctx: CallContext): ActionResult {
  const toWire = (ri: RouterInterfaceRecord): unknown => routerInterfaceToWire(ctx.world, ri);
  return describeFiltered(ctx, ctx.world.routerInterfaces, FILTER_FIELDS, { list: 'RouterInterfaceSet', item: 'RouterInterfaceType', toWire });
}
