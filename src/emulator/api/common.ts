// Checks and helpers shared by every action: regions, DryRun, the caller's resource groups.

import { ApiError, dryRunPassed, invalidParameter } from '../errors';
import type { RegionalTable } from '../world/table';
import type { ActionResult, CallContext } from './context';
import { numberedAnswer } from './paging';

const MAX_FILTERS = 5;

/**
 * The `Filter.N.Key` / `Filter.N.Value.M` of a Describe call (at most five, keys of `fields` only),
 * as the test a record must pass: every filter lists the value of its key's field, or no value.
 */
export function recordFilter<R>(ctx: CallContext, fields: Readonly<Record<string, keyof R>>): (record: R) => boolean {
  const filters = ctx.params.filters('Filter');
  if (filters.length > MAX_FILTERS) throw invalidParameter('Filter', `at most ${MAX_FILTERS} filters may be given, not ${filters.length}.`);
  for (const filter of filters) {
    if (!Object.hasOwn(fields, filter.key)) throw invalidParameter('Filter.N.Key', `"${filter.key}" is not one of ${Object.keys(fields).join(', ')}.`);
  }
  return (record) => filters.every((f) => f.values.length === 0 || f.values.includes(String(record[fields[f.key]] ?? '')));
}

/**
 * The test of a Describe call's optional parameters that each name the value of one record field
 * (`VpcName` → `name`): a record passes when every one given equals its field.
 */
export function givenEquals<R>(ctx: CallContext, fields: Readonly<Record<string, keyof R>>): (record: R) => boolean {
  const given = Object.entries(fields).flatMap(([param, field]) => {
    const value = ctx.params.string(param);
    return value === undefined ? [] : [{ field, value }];
  });
  return (record) => given.every(({ field, value }) => record[field] === value);
}

/** A page-numbered Describe of what the caller has of one kind in `RegionId`, narrowed by `Filter.N` over `fields`. */
export function describeFiltered<R extends { id: string; accountUid: string; regionId: string }>(
  ctx: CallContext,
  table: RegionalTable<R, string>,
  fields: Readonly<Record<string, keyof R>>,
  wire: { list: string; item: string; toWire: (record: R) => unknown },
): ActionResult {
  const regionId = requiredRegion(ctx);
  const passes = recordFilter(ctx, fields);
  return numberedAnswer(ctx.params, table.ownedBy(ctx.caller.uid, regionId).filter(passes), wire.list, wire.item, wire.toWire);
}

/** The `RegionId` parameter, which must name a region of this world. */
export function requiredRegion(ctx: CallContext, name = 'RegionId'): string {
  const regionId = ctx.params.requiredString(name);
  checkRegion(ctx, regionId, name);
  return regionId;
}

export function optionalRegion(ctx: CallContext, name = 'RegionId'): string | undefined {
  const regionId = ctx.params.string(name);
  if (regionId !== undefined) checkRegion(ctx, regionId, name);
  return regionId;
}

/**
 * The caller's own record in `regionId`, named by the `param` parameter. Another account's record,
 * or one in another region, is `code` NotFound like one that does not exist, as the service answers.
 */
export function callerRecord<R extends { accountUid: string; regionId: string }>(
  ctx: CallContext,
  regionId: string,
  param: string,
  records: { get(id: string): R | undefined },
  code: string,
  noun: string,
): R {
  const id = ctx.params.requiredString(param);
  const record = records.get(id);
  if (!record || record.accountUid !== ctx.caller.uid || record.regionId !== regionId) {
    throw new ApiError(code, `Specified ${noun} "${id}" does not exist in ${regionId}.`, 404);
  }
  return record;
}

function checkRegion(ctx: CallContext, regionId: string, name: string): void {
  if (!ctx.world.hasRegion(regionId)) {
    throw new ApiError('InvalidRegionId.NotFound', `The specified ${name} "${regionId}" does not exist or is not open to this account.`, 404);
  }
}

/** Ends a call that only validates: `DryRun=true` answers `DryRunOperation` once every check passed. */
export function stopIfDryRun(ctx: CallContext): void {
  if (ctx.params.boolean('DryRun')) throw dryRunPassed();
}

/** The resource group named by `name`, or the caller's default; it must belong to the caller. */
export function resourceGroupOf(ctx: CallContext, name = 'ResourceGroupId'): string {
  const id = ctx.params.string(name);
  if (id === undefined) return ctx.caller.defaultResourceGroupId;
  if (!ctx.caller.resourceGroups.some((group) => group.id === id)) {
    throw new ApiError('OperationFailed.NotExist.ResourceGroup', `The resource group "${id}" does not exist in this account.`);
  }
  return id;
}
