// Reading the route commands' arguments objects: the sides, and per-side lists of route table ids
// and destinations (the connection is read by the shared resolver). Every value is checked against
// the API's documented limits here, before anything is read or sent; a bad value is an
// ArgumentError naming the field.

import * as vscode from 'vscode';
import { type PeerSide, PEER_SIDES } from '../../model/peerStatus';
import { VPC_PEER_NEXT_HOP } from '../../model/routeCoverage';
import { resourceIdProblem } from '../../model/validation/ids';
import { routeDestinationProblem } from '../../model/validation/route';
import { ArgumentError, optionalStringArray } from '../shared/arguments';

export type PerSide<T> = Partial<Record<PeerSide, T>>;

/** `sides`: a non-empty list of `requester` and/or `accepter`. */
export function sidesArgument(args: Record<string, unknown> | undefined): PeerSide[] | undefined {
  const sides = optionalStringArray(args, 'sides');
  if (sides === undefined) return undefined;
  if (sides.length === 0) throw new ArgumentError(vscode.l10n.t('"sides" must name at least one side: "requester" and/or "accepter".'));
  for (const side of sides) {
    if (!(PEER_SIDES as readonly string[]).includes(side)) {
      throw new ArgumentError(vscode.l10n.t('"sides" may hold only "requester" and "accepter"; "{0}" is neither.', side));
    }
  }
  return [...new Set(sides as PeerSide[])];
}

/** `{ requester?: string[], accepter?: string[] }`, each value checked by `problem`. */
function perSideStrings(
  args: Record<string, unknown> | undefined,
  key: string,
  problem: (value: string, field: string) => string | undefined,
): PerSide<string[]> | undefined {
  const value = args?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ArgumentError(vscode.l10n.t('"{0}" must be an object such as {1}.', key, '{ "requester": ["…"], "accepter": ["…"] }'));
  }
  const result: PerSide<string[]> = {};
  for (const [side, list] of Object.entries(value as Record<string, unknown>)) {
    if (!(PEER_SIDES as readonly string[]).includes(side)) {
      throw new ArgumentError(vscode.l10n.t('"{0}" may have only the keys "requester" and "accepter"; "{1}" is neither.', key, side));
    }
    const field = `${key}.${side}`;
    if (list === undefined || list === null) continue;
    const items = optionalStringArray({ [field]: list }, field) ?? [];
    if (items.length === 0) throw new ArgumentError(vscode.l10n.t('"{0}" must hold at least one value.', field));
    items.forEach((item, index) => {
      const found = problem(item, `"${field}[${index}]"`);
      if (found) throw new ArgumentError(found);
    });
    result[side as PeerSide] = [...new Set(items)];
  }
  return result;
}

/** `routeTableIds`: `vtb-…` ids per side. */
export function routeTableIdsArgument(args: Record<string, unknown> | undefined): PerSide<string[]> | undefined {
  return perSideStrings(args, 'routeTableIds', (value, field) => resourceIdProblem('routeTable', value, field));
}

/**
 * The problem with one destination of a route through a peer connection, or undefined: a CIDR
 * block (a bare IP means /32), not `100.64.0.0/10`, no reserved range, no default route.
 */
export function peerRouteDestinationProblem(value: string, field?: string): string | undefined {
  const problem = routeDestinationProblem(value.trim(), { nextHopType: VPC_PEER_NEXT_HOP });
  return problem && field ? `${field}: ${problem}` : problem;
}

/** `destinations`: CIDR blocks per side (blocks of the OTHER side's VPC). */
export function destinationsArgument(args: Record<string, unknown> | undefined): PerSide<string[]> | undefined {
  return perSideStrings(args, 'destinations', peerRouteDestinationProblem);
}
