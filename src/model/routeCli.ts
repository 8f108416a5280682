// `aliyun` CLI command lines for route changes someone else has to make: the owner of the other
// side of a peer connection, whose account the user has no profile for. Arguments are quoted for
// POSIX shells; placeholders such as `<route table of vpc-…>` stay quoted so that pasting them
// unedited fails at the API instead of redirecting the shell.

import type { SidePlace } from './peerStatus';

/** What the owner of a side nobody here can reach must run: adding routes (routeManual.ts) or removing them (routeRemoval.ts). */
export interface OwnerInstructions extends SidePlace {
  summary: string;
  commands: readonly string[];
}

/** Quotes `value` for a POSIX shell unless it consists of characters that need no quoting. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function command(api: string, args: ReadonlyArray<readonly [string, string | undefined]>): string {
  const parts = ['aliyun', 'vpc', api];
  for (const [name, value] of args) if (value !== undefined && value !== '') parts.push(`--${name}`, shellQuote(value));
  return parts.join(' ');
}

/**
 * A new route entry as CreateRouteEntry takes it: what the cloud client sends for a side the user
 * holds, and what the command line spells out for a side someone else holds.
 */
export interface NewRouteEntry {
  regionId: string;
  routeTableId: string;
  /** CIDR (a bare IP means /32). */
  destination: string;
  /** e.g. `VpcPeer` (next hop `pcc-…`), `RouterInterface`, `Instance`. */
  nextHopType: string;
  nextHopId: string;
  name?: string;
  description?: string;
}

export function createRouteEntryCommand(entry: NewRouteEntry): string {
  return command('CreateRouteEntry', [
    ['RegionId', entry.regionId],
    ['RouteTableId', entry.routeTableId],
    ['DestinationCidrBlock', entry.destination],
    ['NextHopType', entry.nextHopType],
    ['NextHopId', entry.nextHopId],
    ['RouteEntryName', entry.name],
    ['Description', entry.description],
  ]);
}

/** Finds the system route table of a VPC, to replace a route table placeholder. */
export function findSystemRouteTableCommand(regionId: string, vpcId: string): string {
  return command('DescribeRouteTableList', [
    ['RegionId', regionId],
    ['VpcId', vpcId],
    ['RouteTableType', 'System'],
  ]);
}

/** Lists the entries of a table that point at a peer connection. */
export function listRoutesToConnectionCommand(regionId: string, routeTableId: string, connectionId: string): string {
  return command('DescribeRouteEntryList', [
    ['RegionId', regionId],
    ['RouteTableId', routeTableId],
    ['NextHopType', 'VpcPeer'],
    ['NextHopId', connectionId],
  ]);
}

/** The placeholder used where the route table of a VPC nobody here can see is needed. */
export function routeTablePlaceholder(vpcId: string): string {
  return `<system route table of ${vpcId}>`;
}
