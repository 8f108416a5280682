// VPC inventory reads: DescribeRegions, DescribeVpcs, DescribeVpcAttribute, DescribeVSwitches and
// DescribeRouteTableList. Each account sees only its own resources; a page costs the VPCs of one
// account in one region, never the whole world.

import { ApiError } from '../../errors';
import { regionInfo } from '../../regions';
import type { RouteTableRecord, VpcRecord, VSwitchRecord } from '../../world/records';
import { callerRecord, givenEquals, optionalRegion, requiredRegion } from '../common';
import type { ActionResult, CallContext } from '../context';
import { numberedAnswer } from '../paging';
import { hasTags } from '../validation';
import { routerTypeOf } from './routerInterfaceRules';
import { routeTableToWire, vpcAttributeToWire, vpcToWire, vSwitchToWire } from './wire';

export function describeRegions(ctx: CallContext): ActionResult {
  const english = ctx.params.string('AcceptLanguage') === 'en-US';
  return {
    Regions: {
      Region: ctx.world.regions().map((id) => {
        const info = regionInfo(id);
        return { RegionId: id, LocalName: (english ? info?.nameEn : info?.nameZh) ?? id, RegionEndpoint: info?.vpcEndpoint ?? 'vpc.aliyuncs.com' };
      }),
    },
  };
}

export function describeVpcs(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = requiredRegion(ctx);
  const ids = params.commaList('VpcId', { max: 20, noun: 'VPC ids' });
  const isDefault = params.boolean('IsDefault');
  const ownerId = params.integer('VpcOwnerId', { min: 0 });
  const tags = params.tags('Tag');
  const given = givenEquals<VpcRecord>(ctx, { VpcName: 'name', ResourceGroupId: 'resourceGroupId' });
  const candidates = ids.length > 0 ? ids.map((id) => world.vpcs.get(id)).filter((v) => v !== undefined) : world.vpcs.ownedBy(caller.uid, regionId);
  const matching = candidates.filter(
    (v) =>
      v.accountUid === caller.uid &&
      v.regionId === regionId &&
      given(v) &&
      (isDefault === undefined || v.isDefault === isDefault) &&
      (ownerId === undefined || v.accountUid === String(ownerId)) &&
      hasTags(v.tags, tags),
  );
  return numberedAnswer(params, matching, 'Vpcs', 'Vpc', (v) => vpcToWire(world, v));
}

export function describeVpcAttribute(ctx: CallContext): ActionResult {
  const vpc = callerRecord(ctx, requiredRegion(ctx), 'VpcId', ctx.world.vpcs, 'InvalidVpcId.NotFound', 'VPC');
  const isDefault = ctx.params.boolean('IsDefault');
  if (isDefault !== undefined && isDefault !== vpc.isDefault) throw new ApiError('InvalidVpcId.NotFound', `Specified VPC "${vpc.id}" is not ${isDefault ? 'the' : 'a non-'}default VPC.`, 404);
  return vpcAttributeToWire(ctx.world, vpc);
}

export function describeVSwitches(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = optionalRegion(ctx);
  const vpcId = params.string('VpcId');
  if (regionId === undefined && vpcId === undefined) throw new ApiError('MissingParameter', 'Either RegionId or VpcId must be given.');
  const ids = params.commaList('VSwitchId');
  const given = givenEquals<VSwitchRecord>(ctx, { VpcId: 'vpcId', VSwitchName: 'name', ZoneId: 'zoneId' });
  const routeTableId = params.string('RouteTableId');
  const isDefault = params.boolean('IsDefault');
  const ownerId = params.integer('VSwitchOwnerId', { min: 0 });
  const resourceGroupId = params.string('ResourceGroupId');
  const tags = params.tags('Tag');

  let candidates: readonly VSwitchRecord[];
  if (ids.length > 0) candidates = ids.map((id) => world.vSwitches.get(id)).filter((s) => s !== undefined);
  else if (vpcId !== undefined) candidates = world.vSwitches.where('vpc', vpcId);
  else candidates = world.vpcs.ownedBy(caller.uid, regionId!).flatMap((v) => world.vSwitches.where('vpc', v.id));
  const matching = candidates.filter((s) => {
    const vpc = world.vpcs.get(s.vpcId);
    return (
      s.accountUid === caller.uid &&
      (regionId === undefined || s.regionId === regionId) &&
      given(s) &&
      (routeTableId === undefined || world.effectiveRouteTableId(s) === routeTableId) &&
      (isDefault === undefined || !isDefault) &&
      (ownerId === undefined || s.accountUid === String(ownerId)) &&
      (resourceGroupId === undefined || vpc?.resourceGroupId === resourceGroupId) &&
      tags.length === 0
    );
  });
  return numberedAnswer(params, matching, 'VSwitches', 'VSwitch', (s) => vSwitchToWire(world, s));
}

export function describeRouteTableList(ctx: CallContext): ActionResult {
  const { params, world, caller } = ctx;
  const regionId = requiredRegion(ctx);
  const vpcId = params.string('VpcId');
  const routerId = params.string('RouterId');
  const routerType = vpcId !== undefined ? 'VRouter' : (params.enumValue('RouterType', ['VRouter', 'VBR'] as const) ?? routerTypeOf(routerId ?? ''));
  const ids = params.commaList('RouteTableId');
  const given = givenEquals<RouteTableRecord>(ctx, { VpcId: 'vpcId', RouterId: 'routerId', RouteTableName: 'name' });
  const type = params.enumValue('RouteTableType', ['System', 'Custom'] as const);
  const resourceGroupId = params.string('ResourceGroupId');
  const tags = params.tags('Tag');

  let candidates: readonly RouteTableRecord[];
  if (ids.length > 0) candidates = ids.map((id) => world.routeTables.get(id)).filter((t) => t !== undefined);
  else if (vpcId !== undefined) candidates = world.routeTables.where('vpc', vpcId);
  else if (routerId !== undefined) candidates = world.routeTables.where('router', routerId);
  else if (routerType === 'VBR') candidates = world.vbrs.ownedBy(caller.uid, regionId).flatMap((v) => world.routeTables.where('router', v.id));
  else candidates = world.vpcs.ownedBy(caller.uid, regionId).flatMap((v) => world.routeTables.where('vpc', v.id));

  const matching = candidates.filter(
    (t) =>
      t.accountUid === caller.uid &&
      t.regionId === regionId &&
      t.routerType === routerType &&
      given(t) &&
      (type === undefined || t.type === type) &&
      (resourceGroupId === undefined || (t.vpcId !== undefined && world.vpcs.get(t.vpcId)?.resourceGroupId === resourceGroupId)) &&
      tags.length === 0,
  );
  return numberedAnswer(params, matching, 'RouterTableList', 'RouterTableListType', (t) => routeTableToWire(world, t));
}
