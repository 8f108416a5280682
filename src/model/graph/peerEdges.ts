// One edge per VPC peer connection, requester → accepter, with the flags an engineer checks first:
// do the two ends' addresses overlap, and does each side route the other's blocks into it?

import { titleOf } from '../resourceTitle';
import type { PeerConnection, PeerEnd } from '../types';
import type { PeerEdge, PeerEndSummary, RouteCoverage, TerraformMark } from './elements';
import type { BuildMemo } from './buildMemo';
import type { GraphAssembly } from './graphAssembly';
import type { InventoryIndex } from './inventoryIndex';
import { overlappingBlocks } from './cidrOverlap';
import { peerEdgeId } from './ids';
import { routeCoverage, worseCoverage } from './peerRouteCoverage';
import { type TerraformLookup, terraformMarkOf } from './terraformMarks';

export function addPeerEdge(
  graph: GraphAssembly,
  index: InventoryIndex,
  connection: PeerConnection,
  memo?: BuildMemo,
  terraformOf?: TerraformLookup,
): void {
  const terraform = terraformMarkOf(terraformOf, [connection.id]);
  // The lookup hands out new objects: its strings are what say whether ownership changed.
  const inputs = memo ? [terraform?.address, terraform?.place, ...peerEdgeInputs(index, connection)] : [];
  const known = memo?.reuse<PeerEdge>(connection.id, inputs);
  if (known) {
    // The ends' nodes are made again (an external VPC exists only while some edge needs it).
    graph.vpcEnd(connection.requester, known.requester.cidrs);
    graph.vpcEnd(connection.accepter, known.accepter.cidrs);
    graph.addEdge(known);
    return;
  }
  const edge = peerEdgeOf(graph, index, connection, terraform);
  graph.addEdge(memo ? memo.remember(connection.id, inputs, edge) : edge);
}

/** The connection's edge built anew (no memo): what a patch of one connection builds. */
export function peerEdgeOf(graph: GraphAssembly, index: InventoryIndex, connection: PeerConnection, terraform: TerraformMark | undefined): PeerEdge {
  const edge = buildPeerEdge(graph, index, connection);
  if (terraform) edge.terraform = terraform;
  return edge;
}

/**
 * Everything an edge is built from, as objects the store replaces when they change: the
 * connection, each end's VPC, whether its account has a profile, its route tables and their entries.
 */
function peerEdgeInputs(index: InventoryIndex, connection: PeerConnection): unknown[] {
  const inputs: unknown[] = [connection];
  for (const end of [connection.requester, connection.accepter]) {
    inputs.push(index.vpcs.get(end.vpcId), index.activeAccounts.has(end.accountUid));
    const tables = index.routeTablesByVpc.get(end.vpcId) ?? [];
    inputs.push(tables.length);
    for (const table of tables) {
      const entries = index.routeEntriesByTable.get(table.id) ?? [];
      inputs.push(table, entries.length, ...entries);
    }
  }
  return inputs;
}

function buildPeerEdge(graph: GraphAssembly, index: InventoryIndex, connection: PeerConnection): PeerEdge {
  const requesterCidrs = endCidrs(index, connection.requester);
  const accepterCidrs = endCidrs(index, connection.accepter);
  const requester = endSummary(index, connection, connection.requester, requesterCidrs, accepterCidrs);
  const accepter = endSummary(index, connection, connection.accepter, accepterCidrs, requesterCidrs);
  const overlappingCidrs = overlappingBlocks(requesterCidrs, accepterCidrs);
  const scope = connection.requester.regionId === connection.accepter.regionId ? 'intraRegion' : 'interRegion';
  const warnings = peerWarnings(connection, requester, accepter, overlappingCidrs);

  const edge: PeerEdge = {
    id: peerEdgeId(connection.id),
    kind: 'peer',
    source: graph.vpcEnd(connection.requester, requesterCidrs),
    target: graph.vpcEnd(connection.accepter, accepterCidrs),
    connectionId: connection.id,
    name: connection.name,
    description: connection.description,
    status: connection.status,
    bizStatus: connection.bizStatus,
    bandwidthMbps: connection.bandwidthMbps,
    linkType: connection.linkType,
    scope,
    crossAccount: connection.requester.accountUid !== connection.accepter.accountUid,
    requester,
    accepter,
    overlap: overlappingCidrs.length > 0,
    overlappingCidrs,
    routeCoverage: worseCoverage(requester.routes, accepter.routes),
    managedService: connection.managedService,
    createdAt: connection.createdAt,
    expiresAt: connection.expiresAt,
    attention: warnings.length > 0,
    warnings,
    label: peerLabel(connection, scope, overlappingCidrs.length > 0, worseCoverage(requester.routes, accepter.routes)),
  };
  return edge;
}

/** What the connection reports for an end, or the loaded VPC's blocks when it reports none. */
function endCidrs(index: InventoryIndex, end: PeerEnd): string[] {
  const reported = [...end.ipv4Cidrs, ...end.ipv6Cidrs];
  if (reported.length > 0) return reported;
  const vpc = index.vpcs.get(end.vpcId);
  return vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrs, ...vpc.ipv6Cidrs].filter(Boolean) : [];
}

function endSummary(index: InventoryIndex, connection: PeerConnection, end: PeerEnd, cidrs: string[], farCidrs: string[]): PeerEndSummary {
  const managed = index.activeAccounts.has(end.accountUid);
  const routes: RouteCoverage = managed
    ? routeCoverage({
        connectionId: connection.id,
        tables: index.routeTablesByVpc.get(end.vpcId),
        entriesOf: (tableId) => index.routeEntriesByTable.get(tableId) ?? [],
        destinations: farCidrs,
      })
    : 'unknown';
  const vpcName = index.vpcs.get(end.vpcId)?.name || undefined;
  return { accountUid: end.accountUid, regionId: end.regionId, vpcId: end.vpcId, ...(vpcName ? { vpcName } : {}), cidrs, managed, routes };
}

function peerWarnings(connection: PeerConnection, requester: PeerEndSummary, accepter: PeerEndSummary, overlapping: string[]): string[] {
  const warnings: string[] = [];
  if (overlapping.length > 0) warnings.push(`The two VPCs' address ranges overlap: ${overlapping.join(', ')}.`);
  // Routes through a connection can only exist once it is Activated; before that none is expected.
  if (connection.status === 'Activated') {
    for (const [side, end, far] of [['requester', requester, 'accepter'], ['accepter', accepter, 'requester']] as const) {
      const vpc = titleOf({ id: end.vpcId, name: end.vpcName });
      if (end.routes === 'missing') warnings.push(`The ${side} VPC ${vpc} has no route to the ${far}'s CIDRs through this connection.`);
      if (end.routes === 'partial') warnings.push(`The ${side} VPC ${vpc} routes only part of the ${far}'s CIDRs through this connection.`);
    }
  }
  if (connection.bizStatus && connection.bizStatus !== 'Normal') warnings.push(`Business status is ${connection.bizStatus}.`);
  return warnings;
}

function peerLabel(connection: PeerConnection, scope: PeerEdge['scope'], overlap: boolean, routes: RouteCoverage): string {
  const bandwidth = scope === 'interRegion' && connection.bandwidthMbps > 0 ? ` · ${connection.bandwidthMbps} Mbps` : '';
  const flags: string[] = [];
  if (overlap) flags.push('CIDR overlap');
  if (connection.status === 'Activated' && (routes === 'missing' || routes === 'partial')) flags.push(`routes ${routes}`);
  if (connection.bizStatus && connection.bizStatus !== 'Normal') flags.push(connection.bizStatus);
  return flags.length > 0 ? `${connection.status}${bandwidth}\n⚠ ${flags.join(', ')}` : `${connection.status}${bandwidth}`;
}
