// Plans the route entries that make a peer connection carry traffic: on each side, in the chosen
// route tables, one entry per destination block of the other VPC, next hop the connection.
//
// The plan is idempotent (entries already there are listed, not added again) and explains what
// stands in the way: a destination already routed elsewhere (the API keeps destinations unique per
// table), a destination equal to or inside a local vSwitch (the API refuses it), overlapping
// address space, more specific routes that keep part of the traffic, less specific ones the new
// entry overrides, and the 200-custom-entry quota. A side whose account the user has no profile
// for gets instructions for its owner instead (see routeManual.ts).

import { cidrEquals, contains, longestPrefixMatch, moreSpecificWithin, normalizeCidr, overlaps, tryParseCidr, type Cidr } from './cidr';
import { isUsable, otherSide, peerEnd, PEER_SIDES, sidePlace, type PeerSide, type SidePlace } from './peerStatus';
import { describeNextHop, type HopName, isLocalRoute, pointsAtConnection, VPC_PEER_NEXT_HOP } from './routeCoverage';
import { manualRouteInstructions, type ManualRouteInstructions } from './routeManual';
import type { RouteTablesView } from './routeRemoval';
import { type PeerConnection, type RouteEntry, type RouteTable, type VSwitch, type Vpc } from './types';
import { titleOf } from './resourceTitle';
import { ROUTE_TABLE_CUSTOM_ENTRY_QUOTA, routeDestinationCaution, routeDestinationProblem, routeEntryNameProblem } from './validation/route';

/** What the user can see of one side: its VPC, route tables, their entries and the VPC's vSwitches. */
export interface RouteSideView extends RouteTablesView {
  vpc?: Pick<Vpc, 'id' | 'cidrBlock' | 'secondaryCidrs' | 'ipv6Cidrs'>;
  vSwitches?: readonly VSwitch[];
}

export interface RoutePlanOptions {
  /** Sides to plan; both by default. */
  sides?: readonly PeerSide[];
  /**
   * Route tables per side; by default the VPC's system route table. For a side nobody here can
   * see, the table its owner should use (else the instructions hold a placeholder).
   */
  routeTableIds?: Partial<Record<PeerSide, readonly string[]>>;
  /**
   * Destinations per side: blocks of the OTHER side's VPC, e.g. chosen vSwitch CIDRs. By default
   * the other VPC's IPv4 blocks (primary and secondary).
   */
  destinations?: Partial<Record<PeerSide, readonly string[]>>;
  /** Names the next hops of routes already there (another connection by its name), for the messages. */
  hopName?: HopName;
  /** Also route the other VPC's IPv6 blocks (off by default: `UnsupportedFeature.VpcPeerIpv6` in some regions). */
  includeIpv6?: boolean;
  /** Name of the new entries; `peer-<connection id>` by default. */
  entryName?: string;
}

export interface RoutePlanInput {
  connection: PeerConnection;
  /** The sides the user can see; a side left out belongs to an account without a profile. */
  sides: Partial<Record<PeerSide, RouteSideView>>;
  options?: RoutePlanOptions;
}

export interface PlannedRoute extends SidePlace {
  routeTableId: string;
  destination: string;
  nextHopType: typeof VPC_PEER_NEXT_HOP;
  nextHopId: string;
  name: string;
  description: string;
}

export interface ExistingRoute extends PlannedRoute {
  existingEntryId: string;
}

export type RouteConflictKind =
  /** The destination is not a routable block (malformed, reserved, a default route). */
  | 'invalidDestination'
  /** A chosen destination is not inside the other VPC's address space. */
  | 'outsidePeerVpc'
  /** The table already routes exactly this destination to another next hop. */
  | 'sameDestinationOtherNextHop'
  /** The destination equals or lies inside a local vSwitch (refused), or contains one (that part stays local). */
  | 'overlapsLocalVSwitch'
  /** The destination overlaps the local VPC's own blocks (no vSwitch there yet). */
  | 'overlapsLocalVpc'
  /** The destination lies inside 100.64.0.0/10, which Alibaba Cloud services use. */
  | 'sharedAddressSpace'
  /** A more specific existing route keeps part of the destination's traffic away from the connection. */
  | 'moreSpecificRoute'
  /** A less specific existing route currently carries this traffic; the new entry overrides it. */
  | 'lessSpecificRoute'
  /** The table has no room left for custom entries. */
  | 'quotaExceeded'
  /** A chosen route table is not one of the VPC's. */
  | 'unknownRouteTable'
  /** The VPC has no system route table in the given data. */
  | 'noSystemRouteTable'
  /** vSwitches bound to a custom route table that the plan does not touch. */
  | 'tableNotCovered';

export type ConflictSeverity = 'error' | 'warning' | 'info';

export interface RouteConflict {
  kind: RouteConflictKind;
  /** `error`: the entry is not added; `warning`: added, but traffic will not flow as hoped; `info`: worth knowing. */
  severity: ConflictSeverity;
  side: PeerSide;
  routeTableId?: string;
  destination?: string;
  existing?: { entryId: string; destination: string; nextHop: string };
  message: string;
}

export interface RoutePlan {
  connectionId: string;
  /** Reasons no entry can be created at all (e.g. the connection is not Activated). */
  blockers: string[];
  toAdd: PlannedRoute[];
  alreadyPresent: ExistingRoute[];
  conflicts: RouteConflict[];
  /** Sides the user cannot reach: what their owners must add. */
  manual: ManualRouteInstructions[];
}

export function planRoutes(input: RoutePlanInput): RoutePlan {
  const { connection } = input;
  const options = input.options ?? {};
  const name = options.entryName ?? `peer-${connection.id}`;
  const plan: RoutePlan = { connectionId: connection.id, blockers: [], toAdd: [], alreadyPresent: [], conflicts: [], manual: [] };
  if (!isUsable(connection.status)) {
    plan.blockers.push(`Routes can point at an activated connection only; ${titleOf(connection)} is ${connection.status}.`);
  }
  const nameProblem = routeEntryNameProblem(name);
  if (nameProblem) plan.blockers.push(nameProblem);

  for (const side of options.sides ?? PEER_SIDES) {
    const destinations = destinationsFor(side, input, plan.conflicts);
    const template = (routeTableId: string, destination: string): PlannedRoute => ({
      ...sidePlace(connection, side),
      routeTableId,
      destination,
      nextHopType: VPC_PEER_NEXT_HOP,
      nextHopId: connection.id,
      name,
      description: `To ${peerEnd(connection, otherSide(side)).vpcId} through peer connection ${connection.id}`,
    });
    const view = input.sides[side];
    if (!view) {
      const tableIds = options.routeTableIds?.[side];
      plan.manual.push(manualRouteInstructions(connection, side, destinations.map((d) => d.text), tableIds, template));
      continue;
    }
    for (const table of chooseTables(side, view, options, plan.conflicts)) {
      planTable(side, table, view, sideBlocks(connection, side, view, true), destinations, template, plan, options.hopName);
    }
  }
  if (plan.blockers.length > 0) plan.toAdd = [];
  return plan;
}

/** Whether some planned entry was refused (the plan still holds the ones that can be added). */
export function hasBlockingConflicts(plan: RoutePlan): boolean {
  return plan.blockers.length > 0 || plan.conflicts.some((c) => c.severity === 'error');
}

// ── destinations ────────────────────────────────────────────────────────────────────────────────

/** The address space of one side: its VPC when visible, else what the connection reports. */
function sideBlocks(connection: PeerConnection, side: PeerSide, view: RouteSideView | undefined, includeIpv6: boolean): Cidr[] {
  const end = peerEnd(connection, side);
  const vpc = view?.vpc;
  const ipv4 = vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs] : end.ipv4Cidrs;
  const ipv6 = includeIpv6 ? (vpc ? vpc.ipv6Cidrs : end.ipv6Cidrs) : [];
  return [...ipv4, ...ipv6].map(tryParseCidr).filter((c): c is Cidr => c !== undefined);
}

function destinationsFor(side: PeerSide, input: RoutePlanInput, conflicts: RouteConflict[]): Cidr[] {
  const other = otherSide(side);
  const includeIpv6 = input.options?.includeIpv6 ?? false;
  const peerBlocks = sideBlocks(input.connection, other, input.sides[other], includeIpv6);
  const chosen = input.options?.destinations?.[side];
  const result: Cidr[] = [];
  const add = (cidr: Cidr): void => {
    if (!result.some((c) => cidrEquals(c, cidr))) result.push(cidr);
  };
  if (!chosen) {
    peerBlocks.forEach(add);
    return result;
  }
  for (const text of chosen) {
    const parsed = normalizeCidr(text);
    const problem = routeDestinationProblem(text, { nextHopType: VPC_PEER_NEXT_HOP });
    if (!parsed.ok || problem) {
      conflicts.push({ kind: 'invalidDestination', severity: 'error', side, destination: text, message: problem ?? '' });
      continue;
    }
    const peerVpcId = peerEnd(input.connection, other).vpcId;
    if (peerBlocks.length > 0 && !peerBlocks.some((block) => contains(block, parsed.cidr))) {
      conflicts.push({
        kind: 'outsidePeerVpc',
        severity: 'error',
        side,
        destination: parsed.cidr.text,
        message: `${parsed.cidr.text} is not inside the address space of ${peerVpcId} (${peerBlocks.map((b) => b.text).join(', ')}); the peer connection only reaches that VPC.`,
      });
      continue;
    }
    add(parsed.cidr);
  }
  return result;
}

// ── tables ──────────────────────────────────────────────────────────────────────────────────────

function chooseTables(side: PeerSide, view: RouteSideView, options: RoutePlanOptions, conflicts: RouteConflict[]): RouteTable[] {
  const vpcTables = view.routeTables.filter((t) => t.routerType === 'VRouter' && (!view.vpc || t.vpcId === undefined || t.vpcId === view.vpc.id));
  const chosenIds = options.routeTableIds?.[side];
  let chosen: RouteTable[];
  if (chosenIds) {
    chosen = [];
    for (const id of chosenIds) {
      const table = vpcTables.find((t) => t.id === id);
      if (table) chosen.push(table);
      else conflicts.push({ kind: 'unknownRouteTable', severity: 'error', side, routeTableId: id, message: `Route table ${id} is not a route table of ${view.vpc?.id ?? 'this VPC'}.` });
    }
  } else {
    chosen = vpcTables.filter((t) => t.type === 'System');
    if (chosen.length === 0) {
      conflicts.push({ kind: 'noSystemRouteTable', severity: 'error', side, message: `No system route table of ${view.vpc?.id ?? 'this VPC'} is loaded; choose the route tables explicitly.` });
    }
  }
  for (const table of vpcTables) {
    if (table.type !== 'Custom' || chosen.includes(table) || table.vSwitchIds.length === 0) continue;
    conflicts.push({
      kind: 'tableNotCovered',
      severity: 'info',
      side,
      routeTableId: table.id,
      message: `vSwitches ${table.vSwitchIds.join(', ')} use custom route table ${titleOf(table)}, which this plan leaves alone: their traffic will not reach the peer VPC unless it is chosen too.`,
    });
  }
  return chosen;
}

function planTable(
  side: PeerSide,
  table: RouteTable,
  view: RouteSideView,
  ownBlocks: readonly Cidr[],
  destinations: readonly Cidr[],
  template: (routeTableId: string, destination: string) => PlannedRoute,
  plan: RoutePlan,
  hopName?: HopName,
): void {
  const entries = view.routeEntries.filter((e) => e.routeTableId === table.id && tryParseCidr(e.destination));
  const localEntries = entries.filter(isLocalRoute);
  const otherEntries = entries.filter((e) => !isLocalRoute(e));
  const vSwitchBlocks: Array<{ id: string; cidr: Cidr }> = [];
  for (const vsw of view.vSwitches ?? []) {
    const cidr = tryParseCidr(vsw.cidrBlock);
    if (cidr && (!view.vpc || vsw.vpcId === view.vpc.id)) vSwitchBlocks.push({ id: vsw.id, cidr });
  }
  for (const entry of localEntries) {
    const cidr = tryParseCidr(entry.destination);
    if (cidr && ownBlocks.some((b) => contains(b, cidr)) && !vSwitchBlocks.some((v) => cidrEquals(v.cidr, cidr))) {
      vSwitchBlocks.push({ id: `local route ${entry.id}`, cidr });
    }
  }
  let room = ROUTE_TABLE_CUSTOM_ENTRY_QUOTA - entries.filter((e) => e.type === 'Custom').length;
  const conflict = (c: Omit<RouteConflict, 'side' | 'routeTableId'>): void => {
    plan.conflicts.push({ side, routeTableId: table.id, ...c });
  };
  const existingOf = (e: RouteEntry): RouteConflict['existing'] => ({ entryId: e.id, destination: e.destination, nextHop: describeNextHop(e) });

  for (const destination of destinations) {
    const planned = template(table.id, destination.text);
    const d = destination.text;

    const holdingVSwitch = vSwitchBlocks.find((v) => contains(v.cidr, destination));
    if (holdingVSwitch) {
      const how = cidrEquals(holdingVSwitch.cidr, destination) ? 'equals' : 'lies inside';
      conflict({ kind: 'overlapsLocalVSwitch', severity: 'error', destination: d, message: `${d} ${how} the local vSwitch CIDR ${holdingVSwitch.cidr.text} (${holdingVSwitch.id}); the API refuses such a route and this traffic stays in the VPC.` });
      continue;
    }
    const same = otherEntries.find((e) => cidrEquals(e.destination, destination));
    if (same && pointsAtConnection(same, planned.nextHopId)) {
      plan.alreadyPresent.push({ ...planned, existingEntryId: same.id });
      continue;
    }
    if (same) {
      conflict({ kind: 'sameDestinationOtherNextHop', severity: 'error', destination: d, existing: existingOf(same), message: `${titleOf(table)} already routes ${d} to ${describeNextHop(same, hopName)} (${same.id}); a table holds one route per destination. Remove that route first to send ${d} through the peer connection.` });
      continue;
    }

    const caution = routeDestinationCaution(d);
    if (caution) conflict({ kind: 'sharedAddressSpace', severity: 'warning', destination: d, message: caution });
    const heldVSwitches = vSwitchBlocks.filter((v) => contains(destination, v.cidr));
    if (heldVSwitches.length > 0) {
      conflict({ kind: 'overlapsLocalVSwitch', severity: 'warning', destination: d, message: `${d} contains ${heldVSwitches.length === 1 ? 'the local vSwitch CIDR' : 'the local vSwitch CIDRs'} ${heldVSwitches.map((v) => `${v.cidr.text} (${v.id})`).join(', ')}: the VPCs overlap there and that traffic stays local.` });
    } else {
      const ownOverlap = ownBlocks.find((b) => overlaps(b, destination));
      if (ownOverlap) {
        conflict({ kind: 'overlapsLocalVpc', severity: 'warning', destination: d, message: `${d} overlaps this VPC's own block ${ownOverlap.text}: addresses in the overlap cannot be reached through peering, and vSwitches created there later will conflict.` });
      }
    }
    for (const inner of moreSpecificWithin(destination, otherEntries, (e) => e.destination)) {
      if (pointsAtConnection(inner, planned.nextHopId)) continue;
      conflict({ kind: 'moreSpecificRoute', severity: 'warning', destination: d, existing: existingOf(inner), message: `The more specific route ${inner.destination} → ${describeNextHop(inner, hopName)} (${inner.id}) keeps that part of ${d} away from the peer connection.` });
    }
    const current = longestPrefixMatch(destination, otherEntries, (e) => e.destination);
    if (current && !pointsAtConnection(current, planned.nextHopId)) {
      conflict({ kind: 'lessSpecificRoute', severity: 'info', destination: d, existing: existingOf(current), message: `Traffic to ${d} now follows ${current.destination} → ${describeNextHop(current, hopName)} (${current.id}); the new entry takes it to the peer connection instead.` });
    }
    if (room <= 0) {
      conflict({ kind: 'quotaExceeded', severity: 'error', destination: d, message: `${titleOf(table)} already holds ${ROUTE_TABLE_CUSTOM_ENTRY_QUOTA} custom route entries (the quota per route table); ${d} cannot be added.` });
      continue;
    }
    room--;
    plan.toAdd.push(planned);
  }
}
