// Does one side of a peer connection route the other side's addresses into the connection?
//
// Every route table the side's vSwitches use counts: the system table always, a custom table only
// when vSwitches are bound to it (an unbound custom table carries no traffic). Within a table, each
// far block is judged the way the router would (longest-prefix match, `routeCoverage` of the route
// model): covered when the winning route goes through this connection, partly when only routes
// for parts of the block do. Only IPv4 blocks are checked: IPv6 routes through a peer connection
// are optional and most connections carry none.

import { tryParseCidr, type Cidr } from '../cidr';
import { isLiveRoute, routeCoverage as blockCoverage } from '../routeCoverage';
import type { RouteEntry, RouteTable } from '../types';
import type { RouteCoverage } from './elements';

export interface CoverageQuestion {
  connectionId: string;
  /** The side's route tables, or `undefined` when none were loaded for its VPC. */
  tables: RouteTable[] | undefined;
  entriesOf: (tableId: string) => RouteEntry[];
  /** The far side's address blocks (any family; only IPv4 is checked). */
  destinations: string[];
}

export function routeCoverage(question: CoverageQuestion): RouteCoverage {
  const tables = (question.tables ?? []).filter((table) => table.type === 'System' || table.vSwitchIds.length > 0);
  const destinations = question.destinations.map(tryParseCidr).filter((c): c is Cidr => c !== undefined && c.version === 4);
  if (tables.length === 0 || destinations.length === 0) return 'unknown';
  const perTable = tables.map((table) => tableCoverage(question.entriesOf(table.id).filter(isLiveRoute), question.connectionId, destinations));
  if (perTable.every((c) => c === 'covered')) return 'covered';
  if (perTable.every((c) => c === 'missing')) return 'missing';
  return 'partial';
}

function tableCoverage(entries: RouteEntry[], connectionId: string, destinations: Cidr[]): RouteCoverage {
  let full = 0;
  let touched = 0;
  for (const destination of destinations) {
    const { state } = blockCoverage(destination, entries, connectionId);
    if (state === 'routed') full++;
    else if (state === 'partial') touched++;
  }
  if (full === destinations.length) return 'covered';
  return full + touched === 0 ? 'missing' : 'partial';
}

const COVERAGE_ORDER: RouteCoverage[] = ['missing', 'partial', 'unknown', 'covered'];

/** The side that needs attention first: missing before partial before unknown before covered. */
export function worseCoverage(a: RouteCoverage, b: RouteCoverage): RouteCoverage {
  return COVERAGE_ORDER.indexOf(a) <= COVERAGE_ORDER.indexOf(b) ? a : b;
}
