// "Why can't VPC A reach VPC B?" — checks, in the order an engineer would: is there a peer
// connection between them, is it Activated (and if not, who has to do what), do their address
// spaces overlap, and does each side route the other's blocks through the connection without a
// more specific route taking part of the traffic elsewhere. Sides whose routes the user cannot see
// are reported as unknown, not as broken.

import { contains, overlappingPairs, overlaps, tryParseCidr, type Cidr } from './cidr';
import { isBusinessLocked, isUsable, otherSide, peerEnd, type PeerSide, type ViewerAccounts } from './peerStatus';
import { titleOf } from './resourceTitle';
import { describeNextHop, isLiveRoute, isLocalRoute, pointsAtConnection, routeCoverage, VPC_PEER_NEXT_HOP } from './routeCoverage';
import { expiryText } from './timeText';
import { isTransitionalStatus } from './transitions';
import { type PeerConnection, type RouteEntry, type RouteTable, type Vpc } from './types';

export type Severity = 'ok' | 'warning' | 'error' | 'unknown';

export type FixAction = 'accept' | 'addRoutes' | 'deleteAndRecreate' | 'removeRoute' | 'createPeerConnection' | 'wait';

export interface Fix {
  action: FixAction;
  /** Ids (and for routes, destinations) the matching command takes as its arguments object. */
  args: Record<string, string | string[]>;
}

export type FindingCode =
  | 'sameVpc'
  | 'noConnection'
  | 'multipleConnections'
  | 'connectionActive'
  | 'awaitingAcceptance'
  | 'connectionRejected'
  | 'connectionExpired'
  | 'connectionInTransition'
  | 'connectionDeleting'
  | 'businessLocked'
  | 'addressSpaceUnknown'
  | 'cidrOverlap'
  | 'routesComplete'
  | 'routesMissing'
  | 'routesPartial'
  | 'routeDiverted'
  | 'routesUnknown';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  title: string;
  detail: string;
  fix?: Fix;
}

/** One of the two VPCs, as far as the user can see it. */
export interface DiagnosisVpc {
  vpcId: string;
  regionId?: string;
  accountUid?: string;
  name?: string;
  /** The VPC's blocks; when absent, those the connection reports for it. */
  cidrs?: readonly string[];
  /** Its route tables and their entries; absent when the user cannot see them. */
  routeTables?: readonly RouteTable[];
  routeEntries?: readonly RouteEntry[];
}

export interface ConnectivityInput {
  a: DiagnosisVpc;
  b: DiagnosisVpc;
  /** Every known connection; those between `a` and `b` are picked out. */
  connections: readonly PeerConnection[];
  viewer?: ViewerAccounts;
  /** Also check the IPv6 blocks (off by default, as peering routes are usually IPv4 only). */
  includeIpv6?: boolean;
  /** The time deadlines are measured from (ms since the epoch); the clock's when absent. */
  now?: number;
}

export interface ConnectivityDiagnosis {
  a: DiagnosisVpc;
  b: DiagnosisVpc;
  /** The connection the diagnosis looked at, if any. */
  connection?: PeerConnection;
  findings: Finding[];
  /** The worst severity found: error, then unknown, then warning, then ok. */
  verdict: Severity;
  summary: string;
}

/** A `DiagnosisVpc` from a loaded VPC and, when the user can see them, its routes. */
export function diagnosisVpc(vpc: Vpc, routeTables?: readonly RouteTable[], routeEntries?: readonly RouteEntry[], includeIpv6 = false): DiagnosisVpc {
  return {
    vpcId: vpc.id,
    regionId: vpc.regionId,
    accountUid: vpc.accountUid,
    name: vpc.name,
    cidrs: [vpc.cidrBlock, ...vpc.secondaryCidrs, ...(includeIpv6 ? vpc.ipv6Cidrs : [])].filter((c) => c !== ''),
    routeTables,
    routeEntries,
  };
}

/** A VPC as findings name it: `hub (vpc-…)`, or its id when it has no name. */
export function vpcTitle(vpc: Pick<DiagnosisVpc, 'vpcId' | 'name'>): string {
  return titleOf({ id: vpc.vpcId, name: vpc.name });
}

/** Where a connection stands, as a sentence's verb: "hub-dr (pcc-…) is waiting for acceptance". */
const STATUS_PHRASE: Readonly<Record<string, string>> = {
  Creating: 'is being created',
  Accepting: 'is waiting for acceptance',
  Updating: 'is being updated',
  Activated: 'is active',
  Rejected: 'was rejected',
  Expired: 'expired before it was accepted',
  Deleting: 'is being deleted',
  Deleted: 'is deleted',
};

function statusPhrase(status: string): string {
  return STATUS_PHRASE[status] ?? `is ${status}`;
}

const SEVERITY_RANK: Record<Severity, number> = { ok: 0, warning: 1, unknown: 2, error: 3 };

export function diagnoseConnectivity(input: ConnectivityInput): ConnectivityDiagnosis {
  const { a, b } = input;
  const findings: Finding[] = [];
  const finish = (connection?: PeerConnection): ConnectivityDiagnosis => {
    const verdict = findings.reduce<Severity>((worst, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst] ? f.severity : worst), 'ok');
    return { a, b, connection, findings, verdict, summary: summarise(verdict, findings) };
  };

  if (a.vpcId === b.vpcId) {
    findings.push({ severity: 'error', code: 'sameVpc', title: 'Both ends are the same VPC', detail: `${vpcTitle(a)} reaches itself without peering; choose two different VPCs.` });
    return finish();
  }

  const candidates = input.connections.filter((c) => c.status !== 'Deleted' && joins(c, a.vpcId, b.vpcId));
  const connection = [...candidates].sort((x, y) => statusPreference(x) - statusPreference(y))[0];
  const blocksA = blocksOf(a, connection, input.includeIpv6 ?? false);
  const blocksB = blocksOf(b, connection, input.includeIpv6 ?? false);
  checkOverlap(a, b, blocksA, blocksB, findings);

  if (!connection) {
    const ends = { vpcId: a.vpcId, regionId: a.regionId, acceptingVpcId: b.vpcId, acceptingRegionId: b.regionId, acceptingAccountUid: b.accountUid };
    findings.unshift({
      severity: 'error',
      code: 'noConnection',
      title: 'No peer connection between the VPCs',
      detail: `No peer connection joins ${vpcTitle(a)} and ${vpcTitle(b)}.`,
      fix: { action: 'createPeerConnection', args: Object.fromEntries(Object.entries(ends).filter((arg): arg is [string, string] => arg[1] !== undefined)) },
    });
    return finish();
  }
  if (candidates.length > 1) {
    findings.push({
      severity: 'warning',
      code: 'multipleConnections',
      title: 'More than one peer connection joins the VPCs',
      detail: `${candidates.map((c) => `${titleOf(c)}: ${c.status}`).join('; ')}. This diagnosis looks at ${titleOf(connection)}. Stale requests can be deleted.`,
    });
  }
  findings.unshift(...statusFindings(connection, input.viewer, input.now ?? Date.now()));

  if (isUsable(connection.status)) {
    const sideA: PeerSide = connection.requester.vpcId === a.vpcId ? 'requester' : 'accepter';
    const sideB = otherSide(sideA);
    const hops = nextHopNamer(input.connections);
    findings.push(...routeFindings(connection, sideA, a, b, blocksA, blocksB, hops));
    findings.push(...routeFindings(connection, sideB, b, a, blocksB, blocksA, hops));
  }
  return finish(connection);
}

function joins(c: PeerConnection, x: string, y: string): boolean {
  return (c.requester.vpcId === x && c.accepter.vpcId === y) || (c.requester.vpcId === y && c.accepter.vpcId === x);
}

/** Which of several connections between the same VPCs to diagnose: the most alive one. */
function statusPreference(c: PeerConnection): number {
  const order = ['Activated', 'Updating', 'Creating', 'Accepting', 'Rejected', 'Expired', 'Deleting'];
  const index = order.indexOf(c.status);
  return index < 0 ? order.length : index;
}

/** The side's blocks: the VPC's own when known, else those the connection reports for it. */
function blocksOf(side: DiagnosisVpc, connection: PeerConnection | undefined, includeIpv6: boolean): Cidr[] {
  const end = connection && (connection.requester.vpcId === side.vpcId ? connection.requester : connection.accepter);
  const texts = side.cidrs ?? (end ? [...end.ipv4Cidrs, ...(includeIpv6 ? end.ipv6Cidrs : [])] : []);
  return texts.map(tryParseCidr).filter((c): c is Cidr => c !== undefined && (includeIpv6 || c.version === 4));
}

// ── status ──────────────────────────────────────────────────────────────────────────────────────

function statusFindings(c: PeerConnection, viewer: ViewerAccounts | undefined, now: number): Finding[] {
  const findings: Finding[] = [];
  const name = titleOf(c);
  const stands = `${name} ${statusPhrase(c.status)}`;
  const accepterIsViewer = viewer !== undefined && [...viewer].includes(c.accepter.accountUid);
  const recreateArgs = { connectionId: c.id, vpcId: c.requester.vpcId, regionId: c.requester.regionId, acceptingVpcId: c.accepter.vpcId, acceptingRegionId: c.accepter.regionId, acceptingAccountUid: c.accepter.accountUid };
  switch (c.status) {
    case 'Activated':
      findings.push({ severity: 'ok', code: 'connectionActive', title: 'The peer connection is active', detail: `${stands}.` });
      break;
    case 'Accepting': {
      const who = accepterIsViewer ? `You hold account ${c.accepter.accountUid}; accept it from there.` : `Ask the owner of account ${c.accepter.accountUid} to accept it.`;
      const until = c.expiresAt ? ` Deadline: ${expiryText(c.expiresAt, now)}.` : '';
      findings.push({ severity: 'error', code: 'awaitingAcceptance', title: 'The peer connection waits for the accepter', detail: `${stands}. ${who}${until}`, fix: { action: 'accept', args: { connectionId: c.id } } });
      break;
    }
    case 'Rejected':
    case 'Expired':
      findings.push({
        severity: 'error',
        code: c.status === 'Rejected' ? 'connectionRejected' : 'connectionExpired',
        title: c.status === 'Rejected' ? 'The peer connection was rejected' : 'The peer connection request expired',
        detail: `${stands} and will never carry traffic; delete it and create a new request.`,
        fix: { action: 'deleteAndRecreate', args: recreateArgs },
      });
      break;
    case 'Deleting':
      findings.push({ severity: 'error', code: 'connectionDeleting', title: 'The peer connection is being deleted', detail: `${stands}; once it is gone, create a new one.`, fix: { action: 'wait', args: { connectionId: c.id } } });
      break;
    default:
      if (isTransitionalStatus('peerConnection', c.status)) {
        findings.push({ severity: 'warning', code: 'connectionInTransition', title: `The peer connection ${statusPhrase(c.status)}`, detail: `${stands}; wait for it to settle and diagnose again.`, fix: { action: 'wait', args: { connectionId: c.id } } });
      }
  }
  if (isBusinessLocked(c.bizStatus)) {
    findings.push({ severity: 'error', code: 'businessLocked', title: `The peer connection is ${c.bizStatus}`, detail: `${name} has business status ${c.bizStatus}: an overdue payment stops it; settle the account.` });
  }
  return findings;
}

// ── address space ───────────────────────────────────────────────────────────────────────────────

function checkOverlap(a: DiagnosisVpc, b: DiagnosisVpc, blocksA: Cidr[], blocksB: Cidr[], findings: Finding[]): void {
  for (const [side, blocks] of [[a, blocksA], [b, blocksB]] as const) {
    if (blocks.length === 0) {
      findings.push({ severity: 'unknown', code: 'addressSpaceUnknown', title: `The address space of ${vpcTitle(side)} is unknown`, detail: `Neither the VPC nor a peer connection reports the CIDR blocks of ${vpcTitle(side)}.` });
    }
  }
  const tagged = [...blocksA.map((cidr) => ({ cidr, vpc: a.vpcId, title: vpcTitle(a) })), ...blocksB.map((cidr) => ({ cidr, vpc: b.vpcId, title: vpcTitle(b) }))];
  const pairs = overlappingPairs(tagged, (t) => t.cidr).filter(([x, y]) => x.vpc !== y.vpc);
  if (pairs.length === 0) return;
  const overlappingBlocks = (vpcId: string): number => new Set(pairs.flat().filter((t) => t.vpc === vpcId).map((t) => t.cidr.text)).size;
  const whollyOverlapping = overlappingBlocks(a.vpcId) === blocksA.length || overlappingBlocks(b.vpcId) === blocksB.length;
  const list = pairs.map(([x, y]) => `${x.cidr.text} of ${x.title} with ${y.cidr.text} of ${y.title}`).join('; ');
  findings.push({
    severity: whollyOverlapping ? 'error' : 'warning',
    code: 'cidrOverlap',
    title: 'The VPCs’ address spaces overlap',
    detail: `${list}. Peering cannot route the overlapping addresses: each VPC keeps them local.${whollyOverlapping ? ' No part of one VPC is reachable from the other.' : ''}`,
  });
}

// ── routes ──────────────────────────────────────────────────────────────────────────────────────

/** A route's next hops in words: a known peer connection as `peer connection name (pcc-…)`. */
type NextHopNamer = (entry: RouteEntry) => string;

function nextHopNamer(connections: readonly PeerConnection[]): NextHopNamer {
  const byId = new Map(connections.map((c) => [c.id, c]));
  return (entry) => {
    const named = entry.nextHops.map((hop) => {
      const connection = hop.type === VPC_PEER_NEXT_HOP ? byId.get(hop.id) : undefined;
      return connection ? `peer connection ${titleOf(connection)}` : undefined;
    });
    return named.every((text) => text === undefined) ? describeNextHop(entry) : entry.nextHops.map((hop, i) => named[i] ?? `${hop.type} ${hop.id}`.trim()).join(' + ');
  };
}

function routeFindings(c: PeerConnection, side: PeerSide, self: DiagnosisVpc, other: DiagnosisVpc, ownBlocks: Cidr[], otherBlocks: Cidr[], hops: NextHopNamer): Finding[] {
  const end = peerEnd(c, side);
  const selfName = vpcTitle(self);
  const otherName = vpcTitle(other);
  const connectionName = titleOf(c);
  if (!self.routeTables || !self.routeEntries) {
    return [{
      severity: 'unknown',
      code: 'routesUnknown',
      title: `Routes of ${selfName} are not visible`,
      detail: `No profile here can read the route tables of ${selfName} (account ${end.accountUid}). Ask its owner to check that ${otherBlocks.map((b) => b.text).join(', ') || `the blocks of ${otherName}`} route to ${connectionName}.`,
    }];
  }
  // Blocks that overlap this VPC's own are reported by the overlap finding; no route can fix them.
  const destinations = otherBlocks.filter((d) => !ownBlocks.some((own) => overlaps(own, d)));
  const tables = self.routeTables.filter((t) => t.routerType === 'VRouter' && (t.type === 'System' || t.vSwitchIds.length > 0));
  const findings: Finding[] = [];
  let complete = true;
  for (const table of tables) {
    const entries = self.routeEntries.filter((e) => e.routeTableId === table.id && isLiveRoute(e));
    const missing: Array<{ destination: string; note: string }> = [];
    const partial: Array<{ destination: string; note: string }> = [];
    for (const destination of destinations) {
      const coverage = routeCoverage(destination, entries, c.id);
      if (coverage.state === 'routed') {
        for (const thief of coverage.divertingRoutes.filter((e) => !isLocalRoute(e))) {
          complete = false;
          findings.push(divertedFinding(c, self, table, destination, thief, 'warning', hops));
        }
      } else if (coverage.state === 'partial') {
        complete = false;
        partial.push({ destination: destination.text, note: `only ${coverage.partialRoutes.map((e) => e.destination).join(', ')}` });
      } else {
        complete = false;
        const winner = coverage.winner;
        // A route through the connection may hold the block while a more specific one wins over it.
        const shadowed = winner && entries.some((e) => pointsAtConnection(e, c.id) && coversLessSpecifically(e, destination, winner));
        if (winner && shadowed) findings.push(divertedFinding(c, self, table, destination, winner, 'error', hops));
        else missing.push({ destination: destination.text, note: winner ? `now follows ${winner.destination} → ${hops(winner)}` : '' });
      }
    }
    const tableName = `${table.type === 'System' ? 'system' : 'custom'} route table ${titleOf(table)}`;
    // Missing and partly routed blocks are one finding each per table, fixed by adding their routes there.
    const addRoutesFinding = (items: typeof missing, finding: Pick<Finding, 'severity' | 'code' | 'title'>, gap: string): void => {
      if (items.length === 0) return;
      const fix: Fix = { action: 'addRoutes', args: { connectionId: c.id, side, routeTableId: table.id, destinations: items.map((item) => item.destination) } };
      findings.push({ ...finding, detail: `The ${tableName} ${gap} ${items.map(withNote).join(', ')}.`, fix });
    };
    addRoutesFinding(missing, { severity: 'error', code: 'routesMissing', title: `${selfName} has no route to ${otherName} through the connection` }, `lacks a route through ${connectionName} for`);
    addRoutesFinding(partial, { severity: 'warning', code: 'routesPartial', title: `${selfName} routes only part of ${otherName} through the connection` }, `routes through ${connectionName} only parts of`);
  }
  if (complete && tables.length > 0 && destinations.length > 0) {
    findings.push({ severity: 'ok', code: 'routesComplete', title: `${selfName} routes ${otherName} through the connection`, detail: `Every route table in use sends ${destinations.map((d) => d.text).join(', ')} to ${connectionName}.` });
  }
  return findings;
}

function withNote(item: { destination: string; note: string }): string {
  return item.note ? `${item.destination} (${item.note})` : item.destination;
}

/** Whether `viaConnection` holds all of `destination` but `winner` is more specific, so it wins. */
function coversLessSpecifically(viaConnection: RouteEntry, destination: Cidr, winner: RouteEntry): boolean {
  const via = tryParseCidr(viaConnection.destination);
  const win = tryParseCidr(winner.destination);
  return via !== undefined && win !== undefined && via.prefix < win.prefix && contains(via, destination);
}

function divertedFinding(c: PeerConnection, self: DiagnosisVpc, table: RouteTable, destination: Cidr, thief: RouteEntry, severity: 'warning' | 'error', hops: NextHopNamer): Finding {
  const part = contains(thief.destination, destination) ? destination.text : `${thief.destination} (part of ${destination.text})`;
  return {
    severity,
    code: 'routeDiverted',
    title: `A more specific route in ${vpcTitle(self)} takes traffic away from the connection`,
    detail: `In ${titleOf(table)}, traffic to ${part} follows ${thief.destination} → ${hops(thief)} (${thief.id}) instead of ${titleOf(c)}.`,
    fix: { action: 'removeRoute', args: { routeTableId: table.id, routeEntryId: thief.id, regionId: thief.regionId } },
  };
}

// ── summary ─────────────────────────────────────────────────────────────────────────────────────

function summarise(verdict: Severity, findings: readonly Finding[]): string {
  const first = (severity: Severity): Finding | undefined => findings.find((f) => f.severity === severity);
  switch (verdict) {
    case 'ok':
      return 'The VPCs can reach each other through the peer connection.';
    case 'warning':
      return `The VPCs can reach each other, with a caveat: ${first('warning')?.title ?? ''}.`;
    case 'unknown':
      return `Nothing visible blocks the traffic, but part of the path cannot be checked: ${first('unknown')?.title ?? ''}.`;
    case 'error':
      return `The VPCs cannot fully reach each other: ${first('error')?.title ?? ''}.`;
  }
}
